"""Scores alt-profanity-check on a JSON Lines split {id, text, label}: F1 and items/s."""
import json
import sys
import time

from profanity_check import predict

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
texts = [r["text"] for r in rows]
labels = [bool(r["label"]) for r in rows]

# Per-item calls, as a moderation service would make them, repeated for at least a second.
passes, said = 0, []
start = time.perf_counter()
while True:
    said = [bool(predict([t])[0]) for t in texts]
    passes += 1
    if time.perf_counter() - start >= 1:
        break
per_item = len(texts) * passes / (time.perf_counter() - start)

# Batched, its fastest way.
start = time.perf_counter()
predict(texts)
batched = len(texts) / (time.perf_counter() - start)

tp = sum(1 for s, y in zip(said, labels) if s and y)
fp = sum(1 for s, y in zip(said, labels) if s and not y)
fn = sum(1 for s, y in zip(said, labels) if not s and y)
p = tp / (tp + fp) if tp + fp else 0
r = tp / (tp + fn) if tp + fn else 0
f1 = 2 * p * r / (p + r) if p + r else 0
print(f"alt-profanity-check rows={len(rows)} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
      f"items_per_s={int(per_item)} batched_items_per_s={int(batched)}")
