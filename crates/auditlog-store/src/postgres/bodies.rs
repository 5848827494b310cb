//! Entry bodies on PostgreSQL: packed by `crate::body` into `packed`, or, in rows written
//! before packing, JSON text in `body`; the organizations' dictionaries in `dictionaries`.
//! Readers select `body, packed, hash` side by side and decode a batch of rows at once,
//! loading the dictionaries the batch needs in one query.

use std::collections::BTreeSet;

use tokio_postgres::{Client, GenericClient, Row};

use auditlog_core::{Entry, StoredEntry};

use crate::body::{self, Dictionary, Packer, Unpacker};
use crate::{RawEntry, Result};

/// The stored body of a row whose `body, packed, hash` start at `at`.
fn stored(row: &Row, at: usize) -> &[u8] {
    match row.get::<_, Option<&[u8]>>(at + 1) {
        Some(packed) => packed,
        None => row
            .get::<_, Option<&str>>(at)
            .map_or(&[][..], str::as_bytes),
    }
}

/// Loads the dictionaries the rows need that the unpacker has not cached.
async fn load_missing(
    c: &impl GenericClient,
    bodies: &Unpacker,
    org: i64,
    rows: &[Row],
    at: usize,
) -> Result<()> {
    let missing: BTreeSet<i32> = rows
        .iter()
        .filter_map(|r| bodies.missing(org, stored(r, at)))
        .map(|id| id as i32)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let ids: Vec<i32> = missing.into_iter().collect();
    // One that is missing is reported by the unpacking that needs it.
    for row in c
        .query(
            "select id, bytes from dictionaries where org = $1 and id = any($2)",
            &[&org, &ids],
        )
        .await?
    {
        bodies.insert(org, row.get::<_, i32>(0) as u32, row.get(1));
    }
    Ok(())
}

/// The entries of rows whose `body, packed, hash` start at `at`, in the rows' order.
pub(crate) async fn entries(
    c: &impl GenericClient,
    bodies: &Unpacker,
    org: i64,
    rows: &[Row],
    at: usize,
) -> Result<Vec<Entry>> {
    crate::parsed(&unparsed(c, bodies, org, rows, at).await?)
}

/// The same as [`entries`], unparsed.
pub(crate) async fn unparsed(
    c: &impl GenericClient,
    bodies: &Unpacker,
    org: i64,
    rows: &[Row],
    at: usize,
) -> Result<Vec<StoredEntry>> {
    load_missing(c, bodies, org, rows, at).await?;
    rows.iter()
        .map(|r| bodies.stored(org, stored(r, at), r.get(at + 2)))
        .collect()
}

/// The rows' bodies as JSON, or why each has none (for the fsck, which reports, not fails).
pub(crate) async fn unpack(
    c: &impl GenericClient,
    bodies: &Unpacker,
    org: i64,
    rows: &[Row],
    at: usize,
) -> Result<Vec<std::result::Result<String, String>>> {
    load_missing(c, bodies, org, rows, at).await?;
    Ok(rows
        .iter()
        .map(|r| {
            bodies.unpack(org, stored(r, at)).and_then(|b| {
                String::from_utf8(b).map_err(|_| "a body that is not UTF-8".to_owned())
            })
        })
        .collect())
}

/// The organization's entry of this id.
pub(crate) async fn by_id(
    c: &deadpool_postgres::Client,
    bodies: &Unpacker,
    org: i64,
    id: &str,
) -> Result<Option<Entry>> {
    // With the organization's `awaiting` set: pruned, yet its row not emptied yet.
    let stmt = c
        .prepare_cached(
            "select e.body, e.packed, e.hash, e.seq, p.awaiting from entries e
             left join pruned p on p.org = e.org
             where e.org = $1 and e.id = $2",
        )
        .await?;
    let rows = c.query(&stmt, &[&org, &id]).await?;
    if rows.is_empty() {
        // Its month's partition may be gone, every entry in it pruned: the leaf remains.
        let gone = c
            .query_opt(
                "select 1 from pruned_leaves where org = $1 and id = $2",
                &[&org, &id],
            )
            .await?;
        return match gone {
            Some(_) => Err(crate::StoreError::Pruned),
            None => Ok(None),
        };
    }
    let awaiting = crate::pruning::decode(rows[0].get::<_, Option<&[u8]>>(4))?;
    if u32::try_from(rows[0].get::<_, i64>(3)).is_ok_and(|s| awaiting.contains(s)) {
        return Err(crate::StoreError::Pruned);
    }
    Ok(entries(&***c, bodies, org, &rows, 0)
        .await?
        .into_iter()
        .next())
}

/// The organization's stored rows after sequence `after`, in order, read from the entries
/// themselves: what an export and so a verifier see, which must not depend on an index.
pub(crate) async fn in_order(
    c: &mut deadpool_postgres::Client,
    bodies: &Unpacker,
    org: i64,
    after: u64,
    limit: u32,
) -> Result<Vec<Entry>> {
    // Rows and the `awaiting` set (pruned entries whose rows are not emptied yet, left out
    // here) as of one snapshot.
    let tx = c
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?;
    let awaiting = super::pruning::awaiting(&tx, org).await?;
    let (mut rows, mut from) = (Vec::new(), after);
    loop {
        // Past a stretch of awaiting rows without reading them.
        while u32::try_from(from + 1).is_ok_and(|next| awaiting.contains(next)) {
            from += 1;
        }
        let part = rows_in_order(&tx, org, from, limit, false).await?;
        let more = part.len() == limit as usize;
        from = part.last().map_or(from, |r| r.get::<_, i64>(3) as u64);
        rows.extend(
            part.into_iter()
                .filter(|r| !awaiting.contains(r.get::<_, i64>(3) as u32)),
        );
        if !more || rows.len() >= limit as usize {
            break;
        }
    }
    rows.truncate(limit as usize);
    entries(&*tx, bodies, org, &rows, 0).await
}

/// `body, packed, hash, seq` of the rows after `after`, in sequence order; those of pruned
/// entries (no body) only when `pruned_too`.
async fn rows_in_order(
    c: &impl deadpool_postgres::GenericClient,
    org: i64,
    after: u64,
    limit: u32,
    pruned_too: bool,
) -> Result<Vec<Row>> {
    let stmt = c
        .prepare_cached(if pruned_too {
            "select body, packed, hash, seq from entries where org = $1 and seq > $2
             order by seq limit $3"
        } else {
            "select body, packed, hash, seq from entries where org = $1 and seq > $2
               and (body is not null or packed is not null)
             order by seq limit $3"
        })
        .await?;
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 3] =
        [&org, &(after as i64), &(limit as i64)];
    let rows = c.query(&stmt, &params).await?;
    if !pruned_too {
        return Ok(rows);
    }
    // The leaves of dropped months, merged in by sequence: two reads of at most `limit` rows
    // in index order, where one over their union sorted what the planner misjudged. A leaf
    // copied for a drop that then did not happen is in both: the row wins.
    let stmt = c
        .prepare_cached(
            "select null::text, null::bytea, hash, seq from pruned_leaves
             where org = $1 and seq > $2 order by seq limit $3",
        )
        .await?;
    let leaves = c.query(&stmt, &params).await?;
    let seq = |r: &Row| r.get::<_, i64>(3);
    let mut merged = Vec::with_capacity(limit as usize);
    let (mut rows, mut leaves) = (rows.into_iter().peekable(), leaves.into_iter().peekable());
    while merged.len() < limit as usize {
        let next = match (rows.peek().map(seq), leaves.peek().map(seq)) {
            (Some(r), Some(l)) if l < r => leaves.next(),
            (Some(r), Some(l)) if l == r => {
                leaves.next();
                rows.next()
            }
            (Some(_), _) => rows.next(),
            (None, _) => leaves.next(),
        };
        let Some(next) = next else { break };
        merged.push(next);
    }
    Ok(merged)
}

/// The same rows as [`in_order`], each as stored, for the fsck.
pub(crate) async fn raw_in_order(
    c: &deadpool_postgres::Client,
    bodies: &Unpacker,
    org: i64,
    after: u64,
    limit: u32,
) -> Result<Vec<RawEntry>> {
    let rows = rows_in_order(c, org, after, limit, true).await?;
    let unpacked = unpack(&***c, bodies, org, &rows, 0).await?;
    Ok(rows
        .iter()
        .zip(unpacked)
        .map(|(r, body)| RawEntry {
            sequence: r.get::<_, i64>(3) as u64,
            body,
            hash: r.get(2),
        })
        .collect())
}

async fn newest(tx: &Client, org: i64) -> Result<Option<Dictionary>> {
    Ok(tx
        .query_opt(
            "select id, bytes from dictionaries where org = $1 order by id desc limit 1",
            &[&org],
        )
        .await?
        .map(|r| (r.get::<_, i32>(0) as u32, r.get(1))))
}

/// Makes sure the packer knows the organization's newest dictionary; stores one whose training
/// finished, and starts training one that is due. Run holding the organization's head row, so
/// a dictionary another server stored is found here before this one stores its own.
pub(crate) async fn prepare(tx: &Client, packer: &mut Packer, org: i64, size: u64) -> Result<()> {
    if !packer.knows(org) || packer.due(org, size) {
        packer.learn(org, newest(tx, org).await?.as_ref());
    }
    if let Some((id, bytes)) = packer.finished(org) {
        match newest(tx, org).await? {
            Some(stored) => packer.learn(org, Some(&stored)),
            None => {
                tx.execute(
                    "insert into dictionaries (org, id, bytes) values ($1, $2, $3)",
                    &[&org, &(id as i32), &bytes],
                )
                .await?;
                packer.trained(org, (id, bytes));
            }
        }
    }
    if !packer.due(org, size) {
        return Ok(());
    }
    let rows = tx
        .query(
            "select body, packed, hash, seq from entries where org = $1 order by seq desc limit $2",
            &[&org, &(body::SAMPLES as i64)],
        )
        .await?;
    // Not from entries pruned but not yet emptied: a dictionary is kept for ever.
    let awaiting = tx
        .query_opt("select awaiting from pruned where org = $1", &[&org])
        .await?;
    let awaiting =
        crate::pruning::decode(awaiting.as_ref().and_then(|r| r.get::<_, Option<&[u8]>>(0)))?;
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| !awaiting.contains(r.get::<_, i64>(3) as u32))
        .collect();
    let samples: Vec<Vec<u8>> = unpack(tx, &packer.unpacker, org, &rows, 0)
        .await?
        .into_iter()
        .filter_map(|b| b.ok().map(String::into_bytes))
        .collect();
    packer.start_training(org, size, samples);
    Ok(())
}
