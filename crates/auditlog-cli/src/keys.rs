//! The checkpoint signing key: created on first start, readable by its owner only (in a data
//! directory only its owner may enter, when the server creates the directory); or loaded from
//! `AUDITLOG_SIGNING_KEY_FILE` (which every server sharing a database must be given). A key
//! that others may read is refused: whoever holds it can sign checkpoints of a forged log.

use std::io::Write;
use std::path::Path;

use rand::RngCore;

use auditlog_core::note::NoteSigner;
use auditlog_store::Store;

pub const DEFAULT_LOG_NAME: &str = "auditlog";

/// The key at `AUDITLOG_SIGNING_KEY_FILE`, or at `data_dir/signing-key` if it exists; refused
/// when others may read it.
pub fn load(data_dir: &Path) -> Result<Option<NoteSigner>, String> {
    if let Ok(file) = std::env::var("AUDITLOG_SIGNING_KEY_FILE") {
        return read(Path::new(&file)).map(Some);
    }
    let path = data_dir.join("signing-key");
    if path.exists() {
        return read(&path).map(Some);
    }
    Ok(None)
}

/// Creates `data_dir/signing-key` (and the directory, owner-only), or reads the key another
/// server starting at the same moment created.
pub fn create(data_dir: &Path) -> Result<NoteSigner, String> {
    create_private_dir(data_dir)?;
    let path = data_dir.join("signing-key");
    let name = std::env::var("AUDITLOG_LOG_NAME").unwrap_or_else(|_| DEFAULT_LOG_NAME.into());
    let mut seed = [0u8; 32];
    rand::rng().fill_bytes(&mut seed);
    let signer = NoteSigner::from_seed(&name, seed)
        .map_err(|_| format!("AUDITLOG_LOG_NAME {name:?} may not contain '+' or spaces"))?;
    // Written whole under a private name, then linked into place: a server starting at the
    // same moment either wins the link or reads the winner's complete key.
    let tmp = data_dir.join(format!(".signing-key.{}", std::process::id()));
    write_private(&tmp, &signer.private_key_text())?;
    let linked = std::fs::hard_link(&tmp, &path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => {
            // The key's directory entry must survive a crash like the checkpoints it signs.
            sync_dir(data_dir)?;
            tracing::info!(path = %path.display(), key = %signer.verifier_key(), "created a checkpoint signing key");
            Ok(signer)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(&path),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// The setting that records the verifier key of the key that signs this database's checkpoints.
const RECORDED_KEY: &str = "signing_key";

/// The key this server signs with, the same as every other server of the database: the first
/// records its verifier key, and a server with another key refuses to start (a second server
/// without `AUDITLOG_SIGNING_KEY_FILE`, or a restart after the key file was lost, would
/// otherwise sign checkpoints that no verifier of the first key accepts), unless told to
/// replace it. A missing key is created only when the database records none, or when asked.
pub async fn settle(
    store: &dyn Store,
    existing: Option<NoteSigner>,
    data_dir: &Path,
    replace: bool,
) -> Result<NoteSigner, String> {
    let recorded = store
        .setting(RECORDED_KEY)
        .await
        .map_err(|e| e.to_string())?;
    let signer = match (existing, &recorded) {
        (Some(signer), _) => signer,
        (None, Some(recorded)) if !replace => {
            return Err(format!(
                "this database's checkpoints are signed with key {recorded}, and this server \
                 has no key ({} is missing). Give it that key (AUDITLOG_SIGNING_KEY_FILE, or \
                 restore the file); if the key is lost for good, start once with \
                 --replace-signing-key",
                data_dir.join("signing-key").display()
            ));
        }
        (None, _) => create(data_dir)?,
    };
    let ours = signer.verifier_key();
    match recorded {
        Some(recorded) if recorded == ours => Ok(signer),
        Some(recorded) if !replace => Err(format!(
            "this database's checkpoints are signed with key {recorded}, and this server's key \
             is {ours}. Give every server the same key (AUDITLOG_SIGNING_KEY_FILE), or restore \
             the key file; if that key is lost for good, start once with --replace-signing-key"
        )),
        Some(recorded) => {
            tracing::warn!(old = %recorded, new = %ours, "replacing the database's signing key as asked");
            store
                .replace_setting(RECORDED_KEY, &ours)
                .await
                .map_err(|e| e.to_string())?;
            Ok(signer)
        }
        None => {
            // Servers starting together agree on the first key recorded.
            if !store
                .insert_setting(RECORDED_KEY, &ours)
                .await
                .map_err(|e| e.to_string())?
            {
                let winner = store
                    .setting(RECORDED_KEY)
                    .await
                    .map_err(|e| e.to_string())?;
                if winner.as_deref() != Some(ours.as_str()) {
                    return Err(format!(
                        "another server recorded signing key {} for this database as this one \
                         started; give every server the same key (AUDITLOG_SIGNING_KEY_FILE)",
                        winner.unwrap_or_default()
                    ));
                }
            }
            Ok(signer)
        }
    }
}

/// Creates the directory (and its parents) accessible to its owner only, if missing.
pub fn create_private_dir(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))
}

fn sync_dir(dir: &Path) -> Result<(), String> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(())
}

fn read(path: &Path) -> Result<NoteSigner, String> {
    refuse_if_shared(path)?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    NoteSigner::parse(&text).map_err(|_| {
        format!(
            "{}: not a signing key (PRIVATE+KEY+<name>+<id>+<key>)",
            path.display()
        )
    })
}

/// Fails when anyone but the owner may read or change the key file.
fn refuse_if_shared(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(format!(
                "{}: the signing key is accessible to others (mode {:04o}); anyone who can read \
                 it can sign checkpoints of a forged log. Restrict it with: chmod 600 {}",
                path.display(),
                mode & 0o7777,
                path.display()
            ));
        }
    }
    Ok(())
}

fn write_private(path: &Path, text: &str) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(format!("{text}\n").as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("{}: {e}", path.display()))
}
