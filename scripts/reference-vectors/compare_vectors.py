"""Writes scipy-compare-vectors.json: SciPy's answers for the groups of small CSV files.

Each case lists its rows in file order; `stats compare` must match `default` (SciPy's
mannwhitneyu called with the groups in file order and no other argument) and each `one_sided`
entry (x is the named group, whatever its place in the file).
Run from analyzers/src/test/resources/stats with Debian's python3-scipy.
"""
import json
import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261204)

cases = [
    # The "other" group comes first in the file: a default that ran one-sided on row order
    # would halve the p-value.
    ("other_first_in_file", [("other", v) for v in [0, 0, 1, 1, 3, 4, 10, 2, 5]]
     + [("ptm", v) for v in [0, 1, 2, 5, 9, 30, 40, 120, 7, 15]]),
    ("interleaved_small_exact", [("b", 3.5), ("a", 1.25), ("b", 8.0), ("a", 2.5), ("b", 9.75), ("a", 4.0),
                                 ("b", 6.0)]),
    ("days_60_vs_45", [(g, int(v)) for g, v in sorted(
        [("late", x) for x in np.floor(rng.exponential(30, 60))] + [("early", x) for x in np.floor(rng.exponential(20, 45))],
        key=lambda row: rng.random())]),
]

out = []
for case_id, rows in cases:
    order = []
    for group, _ in rows:
        if group not in order:
            order.append(group)
    values = {g: [v for h, v in rows if h == g] for g in order}
    x, y = values[order[0]], values[order[1]]
    default = stats.mannwhitneyu(x, y)
    entry = {"id": case_id, "rows": [[g, v] for g, v in rows], "file_order": order,
             "default": {"x": order[0], "y": order[1], "U1": float(default.statistic), "p": float(default.pvalue)},
             "one_sided": []}
    for first in order:
        other = [g for g in order if g != first][0]
        for alternative in ("greater", "less"):
            r = stats.mannwhitneyu(values[first], values[other], alternative=alternative)
            entry["one_sided"].append({"first": first, "alternative": alternative, "U1": float(r.statistic),
                                       "p": float(r.pvalue)})
    out.append(entry)

with open("scipy-compare-vectors.json", "w") as f:
    json.dump({"generator": "scipy %s, numpy %s" % (scipy.__version__, np.__version__), "cases": out}, f, indent=1)
