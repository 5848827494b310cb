//! PostgreSQL's reads of an organization's segments, for `postings::stored`: in one
//! repeatable-read transaction, from a blocking task that waits on each query, so that the one
//! query algorithm (synchronous) serves both backends.

use deadpool_postgres::Transaction;
use roaring::RoaringBitmap;
use tokio::runtime::Handle;
use tokio_postgres::types::ToSql;
use tokio_postgres::Row;

use crate::postings::blocks::{self, find};
use crate::postings::codec::decode_times;
use crate::postings::stored::{SegmentReader, Span};
use crate::Result;

pub(crate) struct Segments<'a> {
    pub(crate) tx: &'a Transaction<'a>,
    pub(crate) runtime: Handle,
    pub(crate) org: i64,
    /// The organization's segments, read in the transaction with what it needed to know first.
    pub(crate) spans: Vec<Span>,
    /// The organization's pruned entries, read with the segments.
    pub(crate) pruned: RoaringBitmap,
}

impl Segments<'_> {
    /// Runs `sql` as a statement prepared once per connection: a statement given as text is
    /// parsed, planned and described on every run, a round trip more each time.
    fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        self.runtime.block_on(async {
            let statement = self.tx.prepare_cached(sql).await?;
            Ok(self.tx.query(&statement, params).await?)
        })
    }
}

impl SegmentReader for Segments<'_> {
    fn spans(&self) -> Result<Vec<Span>> {
        Ok(self.spans.clone())
    }

    fn set(&self, span: &Span, kind: u8, value: &str) -> Result<Option<RoaringBitmap>> {
        let rows = self.query(
            "select terms from (
                 select last, terms from segment_blocks
                 where org = $1 and segment = $2 and kind = $3 and first <= $4
                 order by first desc limit 1) b
             where last >= $4",
            &[&self.org, &span.id, &i16::from(kind), &value],
        )?;
        rows.first()
            .map_or(Ok(None), |r| find(r.get::<_, &[u8]>(0), value))
    }

    /// In one query: in each segment, the block that would hold the prefix itself (if it
    /// reaches that far) and those whose first word has it. Search words are alphanumeric, so
    /// every word with the prefix sorts below it followed by the last character there is.
    fn prefixed(&self, spans: &[Span], kind: u8, prefix: &str) -> Result<Vec<RoaringBitmap>> {
        let ids: Vec<i64> = spans.iter().map(|s| s.id).collect();
        let end = format!("{prefix}\u{10FFFF}");
        let rows = self.query(
            // Laterally, so that each segment's floor bounds its own index range.
            "select b.segment, b.terms from unnest($2::bigint[]) as s (id)
             cross join lateral (
                 select coalesce(max(f.first), '') as floor from segment_blocks f
                 where f.org = $1 and f.segment = s.id and f.kind = $3 and f.first <= $4) f
             join segment_blocks b on b.org = $1 and b.segment = s.id and b.kind = $3
                 and b.first >= f.floor and b.first < $5 and b.last >= $4",
            &[&self.org, &ids, &i16::from(kind), &prefix, &end],
        )?;
        let mut out = vec![RoaringBitmap::new(); spans.len()];
        for r in &rows {
            let segment: i64 = r.get(0);
            let Some(at) = ids.iter().position(|id| *id == segment) else {
                continue;
            };
            blocks::prefixed(r.get::<_, &[u8]>(1), prefix, &mut out[at])?;
        }
        Ok(out)
    }

    fn values(&self, span: &Span, kind: u8) -> Result<Vec<String>> {
        let rows = self.query(
            "select terms from segment_blocks where org = $1 and segment = $2 and kind = $3
             order by first",
            &[&self.org, &span.id, &i16::from(kind)],
        )?;
        let mut out = Vec::new();
        for r in &rows {
            blocks::values(r.get::<_, &[u8]>(0), &mut out)?;
        }
        Ok(out)
    }

    fn each_set(
        &self,
        span: &Span,
        kind: u8,
        each: &mut dyn FnMut(&str, RoaringBitmap),
    ) -> Result<()> {
        let rows = self.query(
            "select terms from segment_blocks where org = $1 and segment = $2 and kind = $3
             order by first",
            &[&self.org, &span.id, &i16::from(kind)],
        )?;
        for r in &rows {
            blocks::each(r.get::<_, &[u8]>(0), &mut *each)?;
        }
        Ok(())
    }

    fn times(&self, span: &Span) -> Result<Vec<i64>> {
        let rows = self.query(
            "select times from segment_times where org = $1 and segment = $2",
            &[&self.org, &span.id],
        )?;
        let row = rows.first().ok_or_else(|| {
            crate::StoreError::Internal(format!("segment {} has no timestamps", span.id))
        })?;
        decode_times(row.get::<_, &[u8]>(0))
    }

    fn pruned(&self) -> Result<RoaringBitmap> {
        Ok(self.pruned.clone())
    }
}
