//! PostgreSQL's reads of an organization's segments, for `postings::stored`: in one
//! repeatable-read transaction, from a blocking task that waits on each query, so that the one
//! query algorithm (synchronous) serves both backends.

use roaring::RoaringBitmap;
use tokio::runtime::Handle;
use tokio_postgres::Transaction;

use super::segments::segments;
use crate::postings::codec::{decode_set, decode_times};
use crate::postings::stored::{SegmentReader, Span};
use crate::Result;

pub(crate) struct Segments<'a> {
    pub(crate) tx: &'a Transaction<'a>,
    pub(crate) runtime: Handle,
    pub(crate) org: i64,
}

impl SegmentReader for Segments<'_> {
    fn spans(&self) -> Result<Vec<Span>> {
        self.runtime.block_on(segments(self.tx, self.org))
    }

    fn set(&self, span: &Span, kind: u8, value: &str) -> Result<Option<RoaringBitmap>> {
        let row = self.runtime.block_on(self.tx.query_opt(
            "select bits from segment_terms
             where org = $1 and segment = $2 and kind = $3 and value = $4",
            &[&self.org, &span.id, &i16::from(kind), &value],
        ))?;
        row.map(|r| decode_set(r.get::<_, &[u8]>(0))).transpose()
    }

    fn prefixed(&self, span: &Span, kind: u8, prefix: &str) -> Result<Vec<RoaringBitmap>> {
        // Search words are alphanumeric, so every word with the prefix sorts below it followed
        // by the last character there is.
        let end = format!("{prefix}\u{10FFFF}");
        let rows = self.runtime.block_on(self.tx.query(
            "select bits from segment_terms
             where org = $1 and segment = $2 and kind = $3 and value >= $4 and value < $5",
            &[&self.org, &span.id, &i16::from(kind), &prefix, &end],
        ))?;
        rows.iter()
            .map(|r| decode_set(r.get::<_, &[u8]>(0)))
            .collect()
    }

    fn prefixed_union(&self, spans: &[Span], kind: u8, prefix: &str) -> Result<RoaringBitmap> {
        let ids: Vec<i64> = spans.iter().map(|s| s.id).collect();
        let end = format!("{prefix}\u{10FFFF}");
        let rows = self.runtime.block_on(self.tx.query(
            "select bits from segment_terms
             where org = $1 and segment = any($2) and kind = $3 and value >= $4 and value < $5",
            &[&self.org, &ids, &i16::from(kind), &prefix, &end],
        ))?;
        let mut out = RoaringBitmap::new();
        for row in &rows {
            out |= decode_set(row.get::<_, &[u8]>(0))?;
        }
        Ok(out)
    }

    fn values(&self, span: &Span, kind: u8) -> Result<Vec<String>> {
        let rows = self.runtime.block_on(self.tx.query(
            "select value from segment_terms where org = $1 and segment = $2 and kind = $3
             order by value",
            &[&self.org, &span.id, &i16::from(kind)],
        ))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn times(&self, span: &Span) -> Result<Vec<i64>> {
        let row = self.runtime.block_on(self.tx.query_one(
            "select times from segment_times where org = $1 and segment = $2",
            &[&self.org, &span.id],
        ))?;
        decode_times(row.get::<_, &[u8]>(0))
    }
}
