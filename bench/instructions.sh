#!/usr/bin/env bash
# Instructions per judged item, counted by valgrind's callgrind inside Moderator.judge only: a figure that
# does not move with the machine's load, for comparing engine changes (items/s on this VM varies ±15%).
# Usage: bench/instructions.sh [--rules-only] [--top N]   (run from the repository root; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
TOP=25
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --top) TOP="$2"; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
BIN="${DECORUM:-.build/release/decorum}"
[ -x "$BIN" ] || { echo "instructions.sh: $BIN not found: swift build -c release --product decorum" >&2; exit 2; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.out" --toggle-collect='*Moderator*judge*' \
  "$BIN" bench --staff examples/staff.csv --seconds 2 "${ARGS[@]}" >/dev/null 2>"$OUT/vg.log"
# Calls of judge: the engine judged the corpus once to warm up, then for the timed loop.
CALLS=$(callgrind_annotate --inclusive=yes "$OUT/cg.out" 2>/dev/null | awk '/Moderator.*judge/ {print; exit}')
TOTAL=$(callgrind_annotate "$OUT/cg.out" | awk '/PROGRAM TOTALS/ {gsub(",","",$1); print $1; exit}')
JUDGED=$(grep -c . /dev/null || true)
N=$(callgrind_control --help >/dev/null 2>&1; python3 - "$OUT/cg.out" <<'PY'
import re, sys
# Count calls to Moderator.judge from the callgrind file's "calls=" lines that follow a cfn= naming it.
names, calls, cur = {}, 0, None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.match(r"cfn=\((\d+)\)(?: (.*))?", line)
    if m:
        if m.group(2): names[m.group(1)] = m.group(2)
        cur = names.get(m.group(1), "")
        continue
    if line.startswith("calls=") and cur is not None:
        if "Moderator" in cur and "judge" in cur and "closure" not in cur:
            calls += int(line.split("=")[1].split()[0])
        cur = None
print(calls)
PY
)
echo "judge calls: $N; instructions in judge: $TOTAL; per item: $(( TOTAL / (N > 0 ? N : 1) ))"
callgrind_annotate --inclusive=yes "$OUT/cg.out" | sed -n "1,$((TOP + 20))p" | grep -v '^--\|^$' | tail -n "$TOP"
