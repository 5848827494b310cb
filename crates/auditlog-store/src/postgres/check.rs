//! PostgreSQL's own index check (amcheck, where installed), and the check at start-up that the
//! store still holds every entry its signed checkpoints cover.

use tokio_postgres::Client;

use auditlog_core::OrgId;

use crate::{CheckpointAhead, EngineCheck, Result, StoreError};

pub(super) async fn amcheck(client: &Client) -> Result<EngineCheck> {
    // The extension's schema, which a store's own `search_path` need not include.
    let schema: Option<String> = client
        .query_opt(
            "select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
             where e.extname = 'amcheck'",
            &[],
        )
        .await?
        .map(|r| r.get(0));
    let Some(schema) = schema else {
        return Ok(EngineCheck {
            what: "no engine check: amcheck is not installed in this database \
                   (CREATE EXTENSION amcheck; to have every index checked)"
                .into(),
            ran: false,
            problems: Vec::new(),
        });
    };
    let check = format!(
        "select \"{}\".bt_index_check($1::oid::regclass, true)",
        schema.replace('"', "\"\"")
    );
    let indexes = client
        .query(
            // Partitioned indexes (relkind I) hold nothing: their partitions' indexes are checked.
            "select c.oid, c.relname from pg_index i
             join pg_class c on c.oid = i.indexrelid
             join pg_namespace n on n.oid = c.relnamespace
             join pg_am am on am.oid = c.relam
             where n.nspname = current_schema() and am.amname = 'btree' and c.relkind = 'i'
             order by c.relname",
            &[],
        )
        .await?;
    let mut problems = Vec::new();
    for row in &indexes {
        let (oid, name): (u32, String) = (row.get(0), row.get(1));
        // heapallindexed: every row of the table must be found in the index too.
        if let Err(e) = client.query(check.as_str(), &[&oid]).await {
            problems.push(format!("index {name}: {}", StoreError::from(e)));
        }
    }
    Ok(EngineCheck {
        what: format!("amcheck of {} indexes", indexes.len()),
        ran: true,
        problems,
    })
}

pub(super) async fn checkpoints_ahead(client: &Client) -> Result<Vec<CheckpointAhead>> {
    let rows = client
        .query(
            "select o.id, c.size, coalesce(t.size, 0) from organizations o
             join (select org, max(size) as size from checkpoints group by org) c on c.org = o.ord
             left join trees t on t.org = o.ord
             where c.size > coalesce(t.size, 0)",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let id: String = r.get(0);
            let org = OrgId::stored(&id)
                .ok_or_else(|| StoreError::Internal(format!("stored organization id {id:?}")))?;
            Ok(CheckpointAhead {
                org,
                signed: r.get::<_, i64>(1) as u64,
                held: r.get::<_, i64>(2) as u64,
            })
        })
        .collect()
}
