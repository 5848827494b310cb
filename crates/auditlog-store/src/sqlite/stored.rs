//! SQLite's reads of an organization's segments, for `postings::stored`: on one connection,
//! inside the caller's read transaction.

use roaring::RoaringBitmap;
use rusqlite::{params, Connection};

use super::segments::segments;
use crate::postings::blocks::{self, find};
use crate::postings::codec::decode_times;
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
        let mut stmt = self.c.prepare_cached(
            "select terms from segment_blocks
             where org = ?1 and segment = ?2 and kind = ?3 and last >= ?4 and first = (
                 select max(first) from segment_blocks
                 where org = ?1 and segment = ?2 and kind = ?3 and first <= ?4)",
        )?;
        let mut rows = stmt.query(params![self.org, span.id, kind, value])?;
        match rows.next()? {
            Some(r) => find(
                r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?,
                value,
            ),
            None => Ok(None),
        }
    }

    fn prefixed(&self, spans: &[Span], kind: u8, prefix: &str) -> Result<Vec<RoaringBitmap>> {
        // From the block that would hold the prefix itself, if it reaches that far, through
        // those of words after it.
        let mut stmt = self.c.prepare_cached(
            "select terms from segment_blocks
             where org = ?1 and segment = ?2 and kind = ?3 and last >= ?4 and first >= coalesce(
                 (select max(first) from segment_blocks
                  where org = ?1 and segment = ?2 and kind = ?3 and first <= ?4), '')
             order by first",
        )?;
        let mut out = Vec::with_capacity(spans.len());
        for span in spans {
            let mut union = RoaringBitmap::new();
            let mut rows = stmt.query(params![self.org, span.id, kind, prefix])?;
            while let Some(r) = rows.next()? {
                let blob = r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?;
                if blocks::prefixed(blob, prefix, &mut union)? {
                    break;
                }
            }
            out.push(union);
        }
        Ok(out)
    }

    fn values(&self, span: &Span, kind: u8) -> Result<Vec<String>> {
        let mut stmt = self.c.prepare_cached(
            "select terms from segment_blocks where org = ?1 and segment = ?2 and kind = ?3
             order by first",
        )?;
        let mut rows = stmt.query(params![self.org, span.id, kind])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            blocks::values(
                r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?,
                &mut out,
            )?;
        }
        Ok(out)
    }

    fn each_set(
        &self,
        span: &Span,
        kind: u8,
        each: &mut dyn FnMut(&str, RoaringBitmap),
    ) -> Result<()> {
        let mut stmt = self.c.prepare_cached(
            "select terms from segment_blocks where org = ?1 and segment = ?2 and kind = ?3
             order by first",
        )?;
        let mut rows = stmt.query(params![self.org, span.id, kind])?;
        while let Some(r) = rows.next()? {
            blocks::each(
                r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?,
                &mut *each,
            )?;
        }
        Ok(())
    }

    fn times(&self, span: &Span) -> Result<Vec<i64>> {
        let blob: Vec<u8> = self
            .c
            .prepare_cached("select times from segment_times where org = ?1 and segment = ?2")?
            .query_row(params![self.org, span.id], |r| r.get(0))?;
        decode_times(&blob)
    }

    fn pruned(&self) -> Result<RoaringBitmap> {
        super::pruning::of(self.c, self.org)
    }
}
