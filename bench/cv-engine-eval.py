#!/usr/bin/env python3
"""The whole engine, with and without the learned model, on GP-page comments no model saw.

`decorum train --cv-out DIR` writes DIR/fold-G.model (trained without cross-validation group G's
GP-page comments) and DIR/fold-G.jsonl (those comments). This runs `decorum eval` on each group
with its own model and with rules only, and adds the counts up: the tuning figure for the engine,
which never touches the development set's held-out part.

Usage (from the repository root): bench/cv-engine-eval.py DIR [DECORUM_BINARY] [STAFF_CSV]
"""
import collections, glob, json, os, subprocess, sys

cv = sys.argv[1]
decorum = sys.argv[2] if len(sys.argv) > 2 else ".build-wt/release/decorum"
staff = sys.argv[3] if len(sys.argv) > 3 else "examples/staff.csv"
groups = sorted(glob.glob(os.path.join(cv, "fold-*.jsonl")))

def run(engine_args):
    total = collections.defaultdict(lambda: [0, 0, 0])
    for path in groups:
        model = path[:-len(".jsonl")] + ".model"
        args = [decorum, "eval", "--json", "--staff", staff] + engine_args(model) + [path]
        report = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
        for c, s in report["categories"].items():
            t = total[c]
            t[0] += s["true_positives"]; t[1] += s["false_positives"]; t[2] += s["false_negatives"]
    return total

def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

rules = run(lambda m: ["--rules-only"])
model = run(lambda m: ["--model", m])
print(f"{'category':24}{'rules P / R / F1':22}{'with model P / R / F1':26}false pos.  true pos.")
for c in sorted(set(rules) | set(model)):
    a, b = prf(rules[c]), prf(model[c])
    print(f"{c:24}{a[0]:.3f} {a[1]:.3f} {a[2]:.3f}     {b[0]:.3f} {b[1]:.3f} {b[2]:.3f}         "
          f"{rules[c][1]:>3} -> {model[c][1]:<3}  {rules[c][0]:>3} -> {model[c][0]}")
for name, t in (("rules only", rules), ("with model", model)):
    s = [sum(v[i] for v in t.values()) for i in range(3)]
    p, r, f1 = prf(s)
    print(f"micro, {name}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f} (tp {s[0]}, fp {s[1]}, fn {s[2]})")
