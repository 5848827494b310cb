//! Migrations are history: every shipped file keeps its checksum, each store records what it
//! applied, a changed file is refused by name, and an fsck opens a store without migrating it.

use auditlog_core::{OrgId, Timestamp};
use auditlog_store::migrations::{Migration, POSTGRES, SQLITE};
use auditlog_store::testing::Backend;
use auditlog_store::{Organization, StoreError};

/// The SHA-256 of every migration as it shipped. A test failing here means a shipped migration
/// was edited: put the change in a new migration instead, and add that one here.
const SHIPPED: &[(&str, &str)] = &[
    (
        "sqlite/0001_init",
        "d3ea5d5b7cf391bbe483b57b362196106375d0186a5ffadc7f7ce2b362f5119e",
    ),
    (
        "sqlite/0002_merkle",
        "5fcb3fbee3a61bb0e12549c0fa53869004735d96d8b515b36b95ee119ca86cff",
    ),
    (
        "sqlite/0003_counts",
        "a96a18da7f7a0d2b69036280ffb76f0eee96e2ac15bcf69d6ccd71f260cf427d",
    ),
    (
        "sqlite/0004_history_index",
        "b23d3986ef0dcd4219fdf81e08060cd5259ac7f38702a571f6c72ed7cef90aa0",
    ),
    (
        "sqlite/0005_day_first",
        "1d1d6ff65328dcb43df398ba1680550a6d551dd8fb965ecad5340150a6c43cfb",
    ),
    (
        "sqlite/0006_actor_counts",
        "651eda9348fa4b25583d1649fe7d9158574ed13742087ccbb76d685f764d60f4",
    ),
    (
        "sqlite/0007_resource_counts",
        "2f6f5a8dc7174fc57b3ea5165225d25ed23e01ace5d9bb6938fb5d8a4e614b2f",
    ),
    (
        "sqlite/0008_search_words",
        "f8554000756baf1cfa0c01185c4d2ef30abab5e574c95a0ce265f20f3bf6a39d",
    ),
    (
        "sqlite/0009_target_counts",
        "242c2a717201c366bcf64e17303bba5d899fe29b0234f5e33bc9f6ce6b6cfed8",
    ),
    (
        "sqlite/0010_type_tokens",
        "1ae6c11251f1b798864b34b16e4a1129598443ddfc1c3077b3bf51d96ebbc76d",
    ),
    (
        "sqlite/0011_search_postings",
        "912ae57c383d6403d3d6e82692ea9c55901f25660653558c0f37d59a766dd9e7",
    ),
    (
        "sqlite/0012_segments",
        "dfb57a55ab010cadd812fa0d0d690384ac051a50bfa138651e18919d576b7b74",
    ),
    (
        "sqlite/0013_postings_only",
        "136e95e1ba47fa309a01dd583603a92f98c16cfee66b2eb7da3ba635c9af272a",
    ),
    (
        "sqlite/0014_packed_bodies",
        "d58f092ba4fa554f469de610c1dc2f0c20b57403a46b082e124d003d738576f3",
    ),
    (
        "sqlite/0015_tree_from_level_4",
        "f33b0776a7ee79a8ccdf5dd69f27a0ae7d418d9e89921cbca63ce30d2784100e",
    ),
    (
        "sqlite/0016_term_blocks",
        "b830c0b3dc310bd8080558e3af71355eda59da77542a0d162a196b82fcac4a3c",
    ),
    (
        "sqlite/0017_key_options",
        "5d49aab9ff108c07fae34ba38a38404c343ff738ab3b9edfff2c33d77eec3e1e",
    ),
    (
        "sqlite/0018_legal_holds",
        "9913542219bcf100e863388ff70de465608517ce9e3c30d473e2f00ac1f8eea1",
    ),
    (
        "sqlite/0019_streams",
        "4d275560e1aeb2ffc14e5892f2abbf875766416865572216a88365471896bca8",
    ),
    (
        "sqlite/0020_stream_batches",
        "5f9dc9f8b3309bff4a7c50acad96005d7d04f806563275175dc7efde0ab8921d",
    ),
    (
        "sqlite/0021_pruned",
        "30ca0cf877c9ebf962b614cd7ddfbe23e3dd3ce243c7bfaa137f547ecd835615",
    ),
    (
        "postgres/0001_init",
        "a63f2e29b41bea6c75fadbf21aca169c64630a02fe3a5002e690007b690d8c3c",
    ),
    (
        "postgres/0002_merkle",
        "fa24d056141534124f3ea72aa6fafb663f7dee469725d47525d5c0b59a81d81b",
    ),
    (
        "postgres/0003_counts",
        "ba1b5a3a5f51e13c305dc81d6d2096502892a50b6234ff477a0c6e4e309384e3",
    ),
    (
        "postgres/0004_history_index",
        "b23d3986ef0dcd4219fdf81e08060cd5259ac7f38702a571f6c72ed7cef90aa0",
    ),
    (
        "postgres/0005_actor_counts",
        "651eda9348fa4b25583d1649fe7d9158574ed13742087ccbb76d685f764d60f4",
    ),
    (
        "postgres/0006_resource_counts",
        "2f6f5a8dc7174fc57b3ea5165225d25ed23e01ace5d9bb6938fb5d8a4e614b2f",
    ),
    (
        "postgres/0007_search_words",
        "94fd364bb69b38cd1a077aec7c82eecfa2ae53372ae3cab75295986a91dff56d",
    ),
    (
        "postgres/0008_target_counts",
        "3a60e1538bc0ea3c6183e58ab8ebcc71eb3c7404e5ab67e64bcc29094c87e686",
    ),
    (
        "postgres/0009_segments",
        "34b2b6ebc74d4327143464cab240417a3b5c2dbece565836a16d574f1104f2cb",
    ),
    (
        "postgres/0010_postings_only",
        "ec2a9a27d88ce48212d5d4995cfc16ebedb5322bfbdf2a203d5638074a73a17c",
    ),
    (
        "postgres/0011_packed_bodies",
        "35b7b14d287ae3f9d0c1f8cead321d51ebdda9537e6f82143377182692c3c5d1",
    ),
    (
        "postgres/0012_tree_from_level_4",
        "f33b0776a7ee79a8ccdf5dd69f27a0ae7d418d9e89921cbca63ce30d2784100e",
    ),
    (
        "postgres/0013_term_blocks",
        "170d123869c0bc4e413bc0687a0b2ca4e8510e3cb9ad828a3306aab76c18ffbe",
    ),
    (
        "postgres/0014_key_options",
        "662bbb485830287120d1a173f31927a2414ab4d15866f84656a5cf5d60ca1844",
    ),
    (
        "postgres/0015_legal_holds",
        "45b91c193bdf465172d437c02c2d87afe26c77983a6c6eacfca0e8567411b5c5",
    ),
    (
        "postgres/0016_streams",
        "146342684b003e7c425bdef2ed3d7387097a8f26a739ce82b63dc1bad7f6df80",
    ),
    (
        "postgres/0017_stream_batches",
        "066a4713e81e1b25bae78fce0b4ae24f58440e558a2f4e9e06d0b28e8b71120e",
    ),
    (
        "postgres/0018_pruned",
        "fcb646358b078efb957834606a0774ea40db6c3af49e079a424c818c27575994",
    ),
    (
        "postgres/0019_awaiting_erasure",
        "aaa9988659ba49e47d82d50ac08a46d61c35f6c3fd2432503718ce926f33d84f",
    ),
];

#[test]
fn every_shipped_migration_keeps_the_checksum_it_shipped_with() {
    let embedded: Vec<(String, String)> = SQLITE
        .iter()
        .chain(POSTGRES)
        .map(|m| (format!("{}/{}", m.engine, m.name), m.checksum()))
        .collect();
    let pinned: Vec<(String, String)> = SHIPPED
        .iter()
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .collect();
    assert_eq!(embedded, pinned);
}

#[test]
fn every_migration_file_is_embedded_in_order() {
    for (engine, shipped) in [("sqlite", SQLITE), ("postgres", POSTGRES)] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(engine);
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let names: Vec<String> = shipped.iter().map(|m| format!("{}.sql", m.name)).collect();
        assert_eq!(files, names, "{engine}");
    }
}

fn shipped(backend: &Backend) -> &'static [Migration] {
    match backend {
        Backend::Sqlite(_) => SQLITE,
        Backend::Postgres(_) => POSTGRES,
    }
}

fn schema_error(result: auditlog_store::Result<impl Sized>) -> String {
    match result {
        Err(StoreError::Schema(why)) => why,
        Err(other) => panic!("expected a schema error, got {other}"),
        Ok(_) => panic!("expected a schema error, but it opened"),
    }
}

async fn recorded(backend: &Backend) -> Vec<Vec<Option<String>>> {
    let sql = "select name, checksum from auditlog_migrations order by name";
    backend.query_text(sql, sql).await
}

async fn each_applied_migration_is_recorded_with_its_checksum() {
    let backend = Backend::fresh().await;
    drop(backend.open().await);
    let expected: Vec<Vec<Option<String>>> = shipped(&backend)
        .iter()
        .map(|m| vec![Some(m.name.to_owned()), Some(m.checksum())])
        .collect();
    assert_eq!(recorded(&backend).await, expected);
}

async fn a_store_refuses_to_open_when_an_applied_migration_differs_from_the_shipped_file() {
    let backend = Backend::fresh().await;
    drop(backend.open().await);
    let tampered = "update auditlog_migrations set checksum = 'abc' where name = '0003_counts'";
    backend.execute_batch(tampered, tampered).await;

    let why = schema_error(backend.try_open().await);
    let engine = shipped(&backend)[0].engine;
    assert!(
        why.contains(&format!("migrations/{engine}/0003_counts.sql")),
        "{why}"
    );
    assert!(why.contains("must never change"), "{why}");
    // Read-only, the same.
    let why = schema_error(backend.open_read_only().await);
    assert!(why.contains("0003_counts.sql"), "{why}");
}

async fn a_store_that_applied_a_migration_this_build_does_not_ship_is_refused() {
    let backend = Backend::fresh().await;
    drop(backend.open().await);
    let newer = "insert into auditlog_migrations (name, checksum, applied_at) values ('9999_future', 'x', 0)";
    let newer_pg = "insert into auditlog_migrations (name, checksum) values ('9999_future', 'x')";
    backend.execute_batch(newer, newer_pg).await;

    let why = schema_error(backend.try_open().await);
    assert!(why.contains("9999_future"), "{why}");
}

async fn a_store_from_before_checksums_gets_them_recorded_when_it_opens() {
    let backend = Backend::fresh().await;
    drop(backend.open().await);
    backend
        .execute_batch(
            "drop table auditlog_migrations",
            "alter table auditlog_migrations drop column checksum",
        )
        .await;

    drop(backend.open().await);
    let expected: Vec<Vec<Option<String>>> = shipped(&backend)
        .iter()
        .map(|m| vec![Some(m.name.to_owned()), Some(m.checksum())])
        .collect();
    assert_eq!(recorded(&backend).await, expected);
}

async fn an_fsck_open_reports_pending_migrations_and_changes_nothing() {
    let backend = Backend::fresh().await;
    let store = backend.open().await;
    let org = OrgId::parse("acme").unwrap();
    store
        .create_organization(&Organization {
            id: org.clone(),
            name: "Acme".into(),
            created_at: Timestamp::now(),
        })
        .await
        .unwrap();
    drop(store);
    let last = shipped(&backend).last().unwrap().name;
    let forget = format!("delete from auditlog_migrations where name = '{last}'");
    backend.execute_batch(&forget, &forget).await;
    let before = recorded(&backend).await;

    let why = schema_error(backend.open_read_only().await);
    assert!(why.contains("needs migrating"), "{why}");
    assert!(why.contains(last), "{why}");
    assert_eq!(recorded(&backend).await, before, "nothing was migrated");

    // Once migrated, it opens read-only, reads, and refuses every write.
    drop(backend.open().await);
    let store = backend.open_read_only().await.unwrap();
    assert_eq!(
        store.organization(&org).await.unwrap().unwrap().name,
        "Acme"
    );
    assert!(store.append(&org, Vec::new()).await.is_err());
    let other = Organization {
        id: OrgId::parse("other").unwrap(),
        name: "Other".into(),
        created_at: Timestamp::now(),
    };
    assert!(store.create_organization(&other).await.is_err());
    assert!(store.organization(&other.id).await.unwrap().is_none());
}

auditlog_store::on_both_backends!(
    each_applied_migration_is_recorded_with_its_checksum,
    a_store_refuses_to_open_when_an_applied_migration_differs_from_the_shipped_file,
    a_store_that_applied_a_migration_this_build_does_not_ship_is_refused,
    a_store_from_before_checksums_gets_them_recorded_when_it_opens,
    an_fsck_open_reports_pending_migrations_and_changes_nothing,
);

/// Migration 0010 gained the full-text postings table after it shipped; a store that had applied
/// the first 0010 got it from 0011 (and loses it, with the whole full-text index, to 0013).
#[tokio::test]
async fn a_store_that_applied_the_first_0010_migrates_to_the_last() {
    let backend = Backend::Sqlite(std::sync::Arc::new(tempfile::tempdir().unwrap()));
    drop(backend.open().await);
    backend
        .execute_batch(
            "create virtual table entry_search using fts5 (words, content = '', tokenize = 'ascii', detail = 'none');
             drop table auditlog_migrations; pragma user_version = 10;",
            "",
        )
        .await;

    drop(backend.open().await);
    let applied = recorded(&backend).await;
    assert_eq!(applied.len(), SQLITE.len());
    let gone = "select name from sqlite_master where name like 'entry_search%'";
    assert!(backend.query_text(gone, "").await.is_empty());
}

/// An fsck leaves the database file byte for byte as it was.
#[tokio::test]
async fn an_fsck_open_of_sqlite_writes_nothing_to_the_file() {
    let backend = Backend::Sqlite(std::sync::Arc::new(tempfile::tempdir().unwrap()));
    drop(backend.open().await);
    let Backend::Sqlite(data) = &backend else {
        unreachable!()
    };
    let file = data.path().join("audit.db");
    // The writer thread checkpoints the WAL into the file and removes it as it closes.
    let wal = data.path().join("audit.db-wal");
    for _ in 0..200 {
        if !wal.exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let before = std::fs::read(&file).unwrap();

    let store = backend.open_read_only().await.unwrap();
    assert!(store
        .organization(&OrgId::parse("x").unwrap())
        .await
        .unwrap()
        .is_none());
    drop(store);
    let after = std::fs::read(&file).unwrap();
    assert!(after == before, "the database file changed");
}
