#!/usr/bin/env python3
"""Red-dwarf (the Python reimplementation of Polis's pipeline, on PyPI) on the shared Polis conversations: its
groups against Polis's own (participants-votes.csv group-id), by adjusted Rand index, next to Agora's figures in
docs/consultations.md. Red-dwarf's defaults: 7-vote threshold on the final votes, PCA, k-means with k 2–5 by
silhouette, no base clusters; hidden statements zeroed as Polis does; random_state 1.

Run: python3 -m venv /tmp/rd && /tmp/rd/bin/pip install red-dwarf && /tmp/rd/bin/python bench/opinion-reddwarf.py [DATA]
DATA defaults to crates/domain/tests/data/polis (CC BY 4.0, The Computational Democracy Project).
"""
import sys, os, statistics
import pandas as pd
from sklearn.metrics import adjusted_rand_score
from reddwarf.implementations.polis import run_pipeline

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "crates/domain/tests/data/polis")
aris, same = [], 0
print(f"{'conversation':26} {'ARI':>6}  groups (Polis)  placed both / red-dwarf only / Polis only")
for name in sorted(d for d in os.listdir(data) if os.path.isdir(os.path.join(data, d))):
    comments = pd.read_csv(f"{data}/{name}/comments.csv")
    votes = pd.read_csv(f"{data}/{name}/votes.csv").sort_values("timestamp")
    votes = votes.drop_duplicates(["voter-id", "comment-id"], keep="last")  # the latest vote counts
    polis = pd.read_csv(f"{data}/{name}/participants-votes.csv")
    polis = dict(zip(polis.participant, polis["group-id"]))
    polis = {p: int(g) for p, g in polis.items() if pd.notna(g)}
    result = run_pipeline(
        votes=[{"participant_id": int(r["voter-id"]), "statement_id": int(r["comment-id"]), "vote": int(r["vote"]), "modified": int(r["timestamp"])}
               for _, r in votes.iterrows()],
        mod_out_statement_ids=[int(c) for c in comments[comments.moderated < 0]["comment-id"]],
        random_state=1,
    )
    ours = result.participants_df["cluster_id"].dropna()
    ours = {int(p): int(g) for p, g in ours.items()}
    both = [p for p in ours if p in polis]
    ari = adjusted_rand_score([polis[p] for p in both], [ours[p] for p in both])
    k, pk = len(set(ours.values())), len(set(polis.values()))
    aris.append(ari)
    same += k == pk
    print(f"{name:26} {ari:6.3f}  {k} ({pk})           {len(both)} / {len(ours) - len(both)} / {len(polis) - len(both)}")
print(f"median ARI {statistics.median(aris):.3f}, mean {statistics.mean(aris):.3f}; same number of groups on {same} of {len(aris)}")
