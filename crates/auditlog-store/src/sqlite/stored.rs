//! SQLite's reads of an organization's segments, for `postings::stored`: on one connection,
//! inside the caller's read transaction.

use roaring::RoaringBitmap;
use rusqlite::{params, Connection, OptionalExtension};

use super::segments::segments;
use crate::postings::codec::{decode_set, decode_times};
use crate::postings::stored::{SegmentReader, Span};
use crate::Result;

pub(crate) struct Segments<'a> {
    pub(crate) c: &'a Connection,
    pub(crate) org: i64,
}

impl SegmentReader for Segments<'_> {
    fn spans(&self) -> Result<Vec<Span>> {
        segments(self.c, self.org)
    }

    fn set(&self, span: &Span, kind: u8, value: &str) -> Result<Option<RoaringBitmap>> {
        let bits: Option<Vec<u8>> = self
            .c
            .prepare_cached(
                "select bits from segment_terms
                 where org = ?1 and segment = ?2 and kind = ?3 and value = ?4",
            )?
            .query_row(params![self.org, span.id, kind, value], |r| r.get(0))
            .optional()?;
        bits.map(|b| decode_set(&b)).transpose()
    }

    fn prefixed(&self, span: &Span, kind: u8, prefix: &str) -> Result<Vec<RoaringBitmap>> {
        let mut stmt = self.c.prepare_cached(
            "select value, bits from segment_terms
             where org = ?1 and segment = ?2 and kind = ?3 and value >= ?4 order by value",
        )?;
        let mut rows = stmt.query(params![self.org, span.id, kind, prefix])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let word = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            if !word.starts_with(prefix) {
                break;
            }
            out.push(decode_set(
                r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?,
            )?);
        }
        Ok(out)
    }

    fn values(&self, span: &Span, kind: u8) -> Result<Vec<String>> {
        let mut stmt = self.c.prepare_cached(
            "select value from segment_terms where org = ?1 and segment = ?2 and kind = ?3
             order by value",
        )?;
        let rows = stmt.query_map(params![self.org, span.id, kind], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn times(&self, span: &Span) -> Result<Vec<i64>> {
        let blob: Vec<u8> = self
            .c
            .prepare_cached("select times from segment_times where org = ?1 and segment = ?2")?
            .query_row(params![self.org, span.id], |r| r.get(0))?;
        decode_times(&blob)
    }
}
