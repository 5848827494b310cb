-- The four lowest levels of the Merkle tree are computed from the entries' hashes when a proof
-- needs them (see tree.rs) instead of stored: 1.875 rows per entry, most of the tree's size.
delete from tree_nodes where level < 4;
