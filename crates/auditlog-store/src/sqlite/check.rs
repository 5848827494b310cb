//! SQLite's own consistency check, and the check at start-up that the store still holds every
//! entry its signed checkpoints cover.

use rusqlite::{params, Connection};

use auditlog_core::OrgId;

use crate::{CheckpointAhead, EngineCheck, Result, StoreError};

pub(super) fn integrity(conn: &Connection) -> EngineCheck {
    // Damage can make the check itself fail: that is a finding too.
    let lines = conn.prepare("pragma integrity_check").and_then(|mut stmt| {
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<String>>>()
    });
    let problems = match lines {
        Ok(lines) => lines.into_iter().filter(|l| l != "ok").collect(),
        Err(e) => vec![e.to_string()],
    };
    EngineCheck {
        what: "SQLite's integrity_check (every page, table and index)".into(),
        ran: true,
        problems,
    }
}

pub(super) fn checkpoints_ahead(conn: &Connection) -> Result<Vec<CheckpointAhead>> {
    let mut stmt = conn.prepare(
        "select o.id, c.size, coalesce(t.size, 0) from organizations o
         join (select org, max(size) as size from checkpoints group by org) c on c.org = o.ord
         left join trees t on t.org = o.ord
         where c.size > coalesce(t.size, 0)",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    rows.map(|row| {
        let (id, signed, held) = row?;
        let org = OrgId::stored(&id)
            .ok_or_else(|| StoreError::Internal(format!("stored organization id {id:?}")))?;
        Ok(CheckpointAhead {
            org,
            signed: signed as u64,
            held: held as u64,
        })
    })
    .collect()
}

pub(super) fn forget_checkpoints_above(
    tx: &rusqlite::Transaction,
    ord: i64,
    size: u64,
) -> Result<u64> {
    let n = tx.execute(
        "delete from checkpoints where org = ?1 and size > ?2",
        params![ord, size as i64],
    )?;
    Ok(n as u64)
}
