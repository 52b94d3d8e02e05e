#!/usr/bin/env bash
# Decorum's learned model against alt-profanity-check on the same held-out abusive test splits.
# Usage: bench/peer-compare.sh [DATA_DIR]   (default ../shared/datasets; run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/datasets}"
MODEL="${MODEL:-models/decorum-text.model}"
SCRATCH="${SCRATCH:-.build}"
OUT=bench/.splits
mkdir -p "$OUT"

if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install --quiet alt-profanity-check
fi

swift build -c release --scratch-path "$SCRATCH" --product decorum >/dev/null
DECORUM="$SCRATCH/release/decorum"

for split in davidson olid; do
  "$DECORUM" eval-model --data "$DATA" --dump-split "$split" --category abusive --out "$OUT/$split-abusive-test.jsonl"
  echo "== $split abusive (held-out test split, $(wc -l < "$OUT/$split-abusive-test.jsonl") rows)"
  "$DECORUM" eval-model --model "$MODEL" --score "$OUT/$split-abusive-test.jsonl" --category abusive
  bench/.venv/bin/python bench/peer_profanity_check.py "$OUT/$split-abusive-test.jsonl"
done
