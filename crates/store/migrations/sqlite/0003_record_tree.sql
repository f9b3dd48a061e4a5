-- The public record as a Merkle tree. Each entry gets its place in the tree, assigned in commit order by the
-- sequencer (so concurrent transactions cannot reorder a signed prefix). The tree keeps its own leaf hashes,
-- apart from the entries, so that proofs stay right when an entry row is tampered with — and expose it.
ALTER TABLE public_record ADD COLUMN leaf_index INTEGER;
CREATE UNIQUE INDEX public_record_leaf_index ON public_record(leaf_index);

CREATE TABLE record_leaves (
    leaf_index INTEGER PRIMARY KEY,
    leaf_hash TEXT NOT NULL
);

CREATE TABLE tree_heads (
    tree_size INTEGER PRIMARY KEY,
    root_hash TEXT NOT NULL,
    signed_at INTEGER NOT NULL,
    signature TEXT NOT NULL
);
