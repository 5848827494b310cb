//! `auditlog backup`: a consistent copy of a SQLite store, taken while its server runs. The
//! signing key is not in it: keep a copy of the key file apart (docs/operations.md).

use auditlog_store::Location;

use crate::cli::BackupArgs;

pub fn run(args: BackupArgs) -> Result<(), String> {
    match crate::serve::location(args.database.as_deref())? {
        Location::Sqlite(path) => {
            let bytes =
                auditlog_store::sqlite::backup(&path, &args.output).map_err(|e| e.to_string())?;
            println!(
                "backed up {} to {} ({bytes} bytes); check it with: auditlog verify --database sqlite://{} --organization ORG",
                path.display(),
                args.output.display(),
                args.output.display()
            );
            Ok(())
        }
        Location::Postgres(_) => Err(
            "a PostgreSQL store is backed up with PostgreSQL's tools: pg_dump --format=custom for \
             a snapshot, pg_basebackup with WAL archiving for point-in-time recovery \
             (docs/operations.md)"
                .into(),
        ),
    }
}
