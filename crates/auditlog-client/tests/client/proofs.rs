use auditlog_client::{Error, NewEntry, NoteVerifier};
use auditlog_core::note::NoteSigner;

use crate::App;

fn entries(from: u32, to: u32) -> Vec<NewEntry> {
    (from..to)
        .map(|i| NewEntry::new("created", "thread", format!("thr_{i}"), "user_1"))
        .collect()
}

#[tokio::test]
async fn an_entry_is_proven_against_the_pinned_key_and_a_changed_one_is_not() {
    let app = App::spawn().await;
    let log = app.log("org_proof").await;
    let stored = log.record_batch(&entries(0, 7)).await.unwrap().value;
    let key = app.verifier();

    let checkpoint = log.verify_entry(&stored[4], &key).await.unwrap();
    assert_eq!(checkpoint.size, 7);
    assert_eq!(checkpoint.origin, "auditlog.test/org_proof");

    let mut changed = stored[4].clone();
    changed.user_id = "user_2".into();
    let err = log.verify_entry(&changed, &key).await.unwrap_err();
    assert!(matches!(err, Error::Verification(_)), "{err}");

    let other = NoteSigner::from_seed("auditlog.test", [8; 32]).unwrap();
    let other = NoteVerifier::parse(&other.verifier_key()).unwrap();
    let err = log.verify_entry(&stored[4], &other).await.unwrap_err();
    assert!(err.to_string().contains("signature"), "{err}");
    app.stop().await;
}

#[tokio::test]
async fn a_later_checkpoint_is_proven_to_extend_an_earlier_one() {
    let app = App::spawn().await;
    let log = app.log("org_grow").await;
    let key = app.verifier();
    log.record_batch(&entries(0, 5)).await.unwrap();
    let older = log.checkpoint(&key).await.unwrap();
    log.record_batch(&entries(5, 13)).await.unwrap();
    let newer = log.checkpoint(&key).await.unwrap();
    assert_eq!((older.size, newer.size), (5, 13));

    log.verify_extends(&older, &newer).await.unwrap();
    let rollback = log.verify_extends(&newer, &older).await.unwrap_err();
    assert!(rollback.to_string().contains("rollback"), "{rollback}");
    let mut forged = older.clone();
    forged.root[0] ^= 1;
    assert!(log.verify_extends(&forged, &newer).await.is_err());

    let inclusion = log.inclusion_proof(3, Some(13)).await.unwrap();
    assert!(inclusion.verify(&newer));
    assert!(!inclusion.verify(&older));
    app.stop().await;
}

#[tokio::test]
async fn another_organizations_checkpoint_does_not_stand_in() {
    let app = App::spawn().await;
    let log = app.log("org_one").await;
    let other = app.log("org_two").await;
    log.record_batch(&entries(0, 2)).await.unwrap();
    other.record_batch(&entries(0, 2)).await.unwrap();
    let note = other.checkpoint_note().await.unwrap();
    let err = auditlog_client::open_checkpoint(&app.verifier(), &note, Some("org_one"));
    assert!(err.unwrap_err().to_string().contains("org_two"));
    app.stop().await;
}
