#!/usr/bin/env bash
# Instructions per judged item, counted by valgrind's callgrind inside Moderator.judge only: a figure that
# does not move with the machine's load, for comparing engine changes (items/s on a shared VM varies a lot).
# Usage: bench/instructions.sh [--rules-only] [--top N]     (run from the repository root; needs valgrind)
#
# valgrind cannot follow the decorum binary's async start-up, nor read Swift's DWARF 5 debug information,
# so a small synchronous driver (bench/driver/main.swift) is linked against the release build's objects
# and run with its debug information stripped.
set -euo pipefail
cd "$(dirname "$0")/.."
TOP=25
RULES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --top) TOP="$2"; shift 2 ;;
    --rules-only) RULES="--rules-only"; shift ;;
    *) echo "instructions.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
swift build -c release --product decorum >/dev/null 2>&1 || { echo "instructions.sh: the release build failed: swift build -c release --product decorum" >&2; exit 1; }
R=.build/release
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
swiftc -O -I "$R/Modules" -I .build/checkouts/Yams/Sources/CYaml/include bench/driver/main.swift \
  "$R"/DecorumCore.build/*.o "$R"/Yams.build/*.o "$R"/CYaml.build/src/*.o -o "$OUT/driver"
objcopy --strip-debug "$OUT/driver" "$OUT/driver-nd"
PASSES=3
valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.out" --toggle-collect='*Moderator*judge*' \
  "$OUT/driver-nd" $RULES $PASSES >"$OUT/driver.txt" 2>"$OUT/vg.log"
ITEMS=$(awk '/^judged/ {print $2}' "$OUT/driver.txt")
TOTAL=$(awk '/Collected/ {print $4}' "$OUT/vg.log")
echo "engine: ${RULES:-with the model}; judged $ITEMS items; $TOTAL instructions inside judge; $((TOTAL / ITEMS)) per item"
echo "most instructions (self), top $TOP:"
callgrind_annotate "$OUT/cg.out" 2>/dev/null | awk '/file:function/ {on=1; next} on && NF && !/^-+$/' | head -n "$TOP" | cut -c1-160
