//! Entry bodies on SQLite: packed by `crate::body`, in the `body` column (a blob, or the JSON
//! text of a row written before packing), with the organizations' dictionaries in
//! `dictionaries`.

use rusqlite::types::{FromSql, FromSqlResult, ValueRef};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use auditlog_core::{Entry, StoredEntry};

use crate::body::{self, Dictionary, Packer, Unpacker};
use crate::{RawEntry, Result};

/// A `body` cell's bytes, text or blob.
pub(crate) struct Stored(pub Vec<u8>);

impl FromSql for Stored {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value.as_bytes().map(|b| Stored(b.to_vec()))
    }
}

/// The entry of a stored row, loading the dictionary it needs through `c`.
pub(crate) fn entry(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    body: &[u8],
    hash: &[u8],
) -> Result<Entry> {
    Ok(unparsed(c, bodies, org, body, hash)?.entry()?)
}

/// The same as [`entry`], unparsed.
pub(crate) fn unparsed(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    body: &[u8],
    hash: &[u8],
) -> Result<StoredEntry> {
    load_missing(c, bodies, org, body)?;
    bodies.stored(org, body, hash)
}

/// The organization's entry of this id.
pub(crate) fn by_id(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    id: &str,
) -> Result<Option<Entry>> {
    let row = c
        .prepare_cached("select body, hash from entries where id = ?1 and org = ?2")?
        .query_row(params![id, org], |r| {
            Ok((r.get::<_, Stored>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .optional()?;
    row.map(|(Stored(body), hash)| entry(c, bodies, org, &body, &hash))
        .transpose()
}

/// The organization's stored rows after sequence `after`, in order, read from the entries
/// themselves: what an export and so a verifier see, which must not depend on an index.
pub(crate) fn in_order(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    after: u64,
    limit: u32,
) -> Result<Vec<Entry>> {
    rows_in_order(c, org, after, limit, false)?
        .into_iter()
        .map(|(_, Stored(body), hash)| entry(c, bodies, org, &body, &hash))
        .collect()
}

/// `seq, body, hash` of the rows after `after`, in sequence order; those of pruned entries
/// (no body) only when `pruned_too`.
fn rows_in_order(
    c: &Connection,
    org: i64,
    after: u64,
    limit: u32,
    pruned_too: bool,
) -> Result<Vec<(i64, Stored, Vec<u8>)>> {
    let mut stmt = c.prepare_cached(if pruned_too {
        "select seq, body, hash from entries where org = ?1 and seq > ?2 order by seq limit ?3"
    } else {
        "select seq, body, hash from entries where org = ?1 and seq > ?2 and length(body) > 0
         order by seq limit ?3"
    })?;
    let rows = stmt.query_map(params![org, after as i64, limit], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The same rows as [`in_order`], each as stored, for the fsck.
pub(crate) fn raw_in_order(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    after: u64,
    limit: u32,
) -> Result<Vec<RawEntry>> {
    rows_in_order(c, org, after, limit, true)?
        .into_iter()
        .map(|(sequence, Stored(body), hash)| {
            Ok(RawEntry {
                sequence: sequence as u64,
                body: unpack(c, bodies, org, &body)?,
                hash,
            })
        })
        .collect()
}

/// A stored body's JSON, or why it has none (for the fsck, which reports rather than fails).
pub(crate) fn unpack(
    c: &Connection,
    bodies: &Unpacker,
    org: i64,
    body: &[u8],
) -> Result<std::result::Result<String, String>> {
    load_missing(c, bodies, org, body)?;
    Ok(bodies
        .unpack(org, body)
        .and_then(|b| String::from_utf8(b).map_err(|_| "a body that is not UTF-8".to_owned())))
}

fn load_missing(c: &Connection, bodies: &Unpacker, org: i64, body: &[u8]) -> Result<()> {
    if let Some(id) = bodies.missing(org, body) {
        let bytes: Option<Vec<u8>> = c
            .prepare_cached("select bytes from dictionaries where org = ?1 and id = ?2")?
            .query_row(params![org, id], |r| r.get(0))
            .optional()?;
        // One that is missing is reported by the unpacking that needs it.
        if let Some(bytes) = bytes {
            bodies.insert(org, id, &bytes);
        }
    }
    Ok(())
}

fn newest(tx: &Transaction, org: i64) -> Result<Option<Dictionary>> {
    Ok(tx
        .prepare_cached(
            "select id, bytes from dictionaries where org = ?1 order by id desc limit 1",
        )?
        .query_row([org], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Makes sure the packer knows the organization's newest dictionary; stores one whose training
/// finished, and starts training one that is due.
pub(crate) fn prepare(tx: &Transaction, packer: &mut Packer, org: i64, size: u64) -> Result<()> {
    if !packer.knows(org) || packer.due(org, size) {
        packer.learn(org, newest(tx, org)?.as_ref());
    }
    if let Some((id, bytes)) = packer.finished(org) {
        match newest(tx, org)? {
            Some(stored) => packer.learn(org, Some(&stored)),
            None => {
                tx.prepare_cached("insert into dictionaries (org, id, bytes) values (?1, ?2, ?3)")?
                    .execute(params![org, id, bytes])?;
                packer.trained(org, (id, bytes));
            }
        }
    }
    if !packer.due(org, size) {
        return Ok(());
    }
    let rows: Vec<Stored> = tx
        .prepare_cached("select body from entries where org = ?1 order by seq desc limit ?2")?
        .query_map(params![org, body::SAMPLES], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut samples = Vec::with_capacity(rows.len());
    for Stored(stored) in rows {
        load_missing(tx, &packer.unpacker, org, &stored)?;
        if let Ok(json) = packer.unpacker.unpack(org, &stored) {
            samples.push(json);
        }
    }
    packer.start_training(org, size, samples);
    Ok(())
}
