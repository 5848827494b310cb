//! The PostgreSQL writer's rows: each table's new rows as column arrays, written with one
//! multi-row insert per table and organization, and the statements the writer prepares once per
//! connection.

use std::collections::HashMap;

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Statement};

use auditlog_core::merkle::{Frontier, Hash};
use auditlog_core::Entry;

use crate::Result;

/// The writer's statements, prepared once per connection: a statement given as text is
/// prepared, run and closed each time, a round trip and a parse more per statement per group.
#[derive(Default)]
pub(super) struct Statements(HashMap<&'static str, Statement>);

impl Statements {
    pub(super) async fn get(&mut self, tx: &Client, sql: &'static str) -> Result<Statement> {
        if let Some(statement) = self.0.get(sql) {
            return Ok(statement.clone());
        }
        let statement = tx.prepare(sql).await?;
        self.0.insert(sql, statement.clone());
        Ok(statement)
    }
}

/// What follows an organization's writes in their round trip.
pub(super) enum Then {
    Nothing,
    /// Read how far its segments reach (a segment may be due).
    ReadCovered,
    /// Commit the transaction (the group's last writes, no segment due).
    Commit,
}

/// Column arrays for one multi-row insert per table (`unnest`), instead of a statement per row.
#[derive(Default)]
pub(super) struct Rows {
    pub(super) seq: Vec<i64>,
    ts: Vec<i64>,
    id: Vec<String>,
    idempotency_key: Vec<Option<String>>,
    packed: Vec<Vec<u8>>,
    hash: Vec<Vec<u8>>,
    node_level: Vec<i32>,
    node_idx: Vec<i64>,
    node_hash: Vec<Vec<u8>>,
}

impl Rows {
    /// Adds an entry's row: `e` as prepared, at this sequence and timestamp.
    pub(super) fn push(
        &mut self,
        e: &Entry,
        (sequence, timestamp): (u64, i64),
        leaf: Hash,
        packed: Vec<u8>,
        frontier: &mut Frontier,
    ) {
        self.seq.push(sequence as i64);
        self.ts.push(timestamp);
        self.id.push(e.id.clone());
        self.idempotency_key.push(e.idempotency_key.clone());
        self.packed.push(packed);
        self.hash.push(leaf.to_vec());
        let mut completed = Vec::new();
        frontier.append(leaf, &mut completed);
        for (level, idx, hash) in completed
            .into_iter()
            .filter(|n| crate::tree::is_stored(n.0))
        {
            self.node_level.push(level as i32);
            self.node_idx.push(idx as i64);
            self.node_hash.push(hash.to_vec());
        }
    }

    /// Writes one organization's rows, its head and its tree's root, then does what `then`
    /// says: all pipelined, one round trip whatever the number of statements. A statement that
    /// fails aborts the transaction, so a `commit` sent behind it only ends it (PostgreSQL
    /// answers it with a rollback). Returns how far the segments reach, when read.
    pub(super) async fn write(
        &self,
        tx: &Client,
        st: &mut Statements,
        org: i64,
        (next, tree): (i64, &Frontier),
        then: Then,
    ) -> Result<Option<u64>> {
        // The columns that copied an entry's fields for the SQL listing stay null (0011).
        let entries = st
            .get(
                tx,
                "insert into entries (org, seq, ts, id, idempotency_key, packed, hash)
                 select $1, seq, ts, id, ikey, packed, hash
                 from unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bytea[],
                             $7::bytea[]) as t(seq, ts, id, ikey, packed, hash)",
            )
            .await?;
        let keys = st
            .get(
                tx,
                "insert into idempotency_keys (org, key, ts, seq)
                 select $1, k, ts, seq from unnest($2::text[], $3::bigint[], $4::bigint[])
                 as t(k, ts, seq) where k is not null",
            )
            .await?;
        let nodes = st
            .get(
                tx,
                "insert into tree_nodes (org, level, idx, hash)
                 select $1, l, i, h from unnest($2::int[], $3::bigint[], $4::bytea[]) as t(l, i, h)",
            )
            .await?;
        let head = st
            .get(tx, "update org_heads set next_seq = $2 where org = $1")
            .await?;
        let root = st
            .get(
                tx,
                "insert into trees (org, size, root) values ($1, $2, $3)
                 on conflict (org) do update set size = excluded.size, root = excluded.root",
            )
            .await?;
        let covered = st.get(tx, super::segments::COVERED).await?;
        let has_keys = self.idempotency_key.iter().any(Option::is_some);
        let (size, root_hash) = (tree.size() as i64, tree.root());
        let root_hash = root_hash.as_slice();
        type Params<'a, const N: usize> = [&'a (dyn ToSql + Sync); N];
        let entry_params: Params<7> = [
            &org,
            &self.seq,
            &self.ts,
            &self.id,
            &self.idempotency_key,
            &self.packed,
            &self.hash,
        ];
        let key_params: Params<4> = [&org, &self.idempotency_key, &self.ts, &self.seq];
        let node_params: Params<4> = [&org, &self.node_level, &self.node_idx, &self.node_hash];
        let head_params: Params<2> = [&org, &next];
        let root_params: Params<3> = [&org, &size, &root_hash];
        let org_param: Params<1> = [&org];
        let (_, _, _, _, _, covered) = tokio::try_join!(
            biased;
            tx.execute(&entries, &entry_params),
            async {
                match has_keys {
                    true => tx.execute(&keys, &key_params).await,
                    false => Ok(0),
                }
            },
            tx.execute(&nodes, &node_params),
            tx.execute(&head, &head_params),
            tx.execute(&root, &root_params),
            async {
                match then {
                    Then::ReadCovered => Ok(Some(tx.query_one(&covered, &org_param).await?)),
                    Then::Commit => tx.batch_execute("commit").await.map(|()| None),
                    Then::Nothing => Ok(None),
                }
            },
        )?;
        Ok(covered.map(|r| r.get::<_, i64>(0) as u64))
    }
}
