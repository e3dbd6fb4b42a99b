"""Writes scipy-vectors.json: SciPy's answers on the samples below (run with Debian's python3-scipy)."""
import json
import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20240607)


def days(n, scale):
    # Resolution-time-like data: many zeros and small values, a long tail, plenty of ties.
    return [int(v) for v in np.floor(rng.exponential(scale, n))]


def distinct(n, low, high):
    return [float(v) for v in rng.choice(np.arange(low * 1000, high * 1000), n, replace=False) / 1000]


mwu_cases = [
    ("brief_example", [0, 0, 1, 2, 5, 9, 30, 40, 120], [0, 0, 0, 1, 1, 3, 4, 10]),
    ("no_ties_7_vs_8", [3, 7, 12, 15, 21, 28, 40], [1, 2, 4, 5, 8, 9, 11, 13]),
    ("ties_and_zeros_25_vs_20", [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 14, 20, 25, 30, 45, 60, 90, 200],
     [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 7, 9, 15]),
    ("n3_vs_n3_separated", [10, 11, 12], [1, 2, 3]),
    ("n3_vs_n4_no_ties", [1.5, 9.25, 4.0], [2.0, 3.0, 8.0, 0.5]),
    ("n3_vs_n500_no_ties", distinct(3, 0, 50), distinct(500, 0, 60)),
    ("n8_vs_n8_no_ties", distinct(8, 0, 10), distinct(8, 2, 12)),
    ("n9_vs_n9_no_ties", distinct(9, 0, 10), distinct(9, 2, 12)),
    ("n3_vs_n4_ties", [1, 2, 2], [2, 3, 3, 4]),
    ("u_at_half_no_ties", [1, 4, 5, 8], [2, 3, 6, 7]),
    ("all_zero_but_one", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("n50_vs_n60_no_ties", distinct(50, 0, 100), distinct(60, 5, 110)),
    ("days_401_vs_401", days(401, 40), days(401, 26)),
    ("days_500_vs_37", days(500, 10), days(37, 30)),
    ("days_12_vs_300", days(12, 60), days(300, 20)),
    ("n8_vs_n400_no_ties", distinct(8, 0, 100), distinct(400, 2, 120)),
]

mwu = []
for case_id, x, y in mwu_cases:
    entry = {"id": case_id, "x": x, "y": y, "p_auto": {}, "p_asymptotic": {}}
    for alternative in ("greater", "less", "two-sided"):
        auto = stats.mannwhitneyu(x, y, alternative=alternative)
        entry["U1"] = float(auto.statistic)
        entry["p_auto"][alternative] = float(auto.pvalue)
        entry["p_asymptotic"][alternative] = float(
            stats.mannwhitneyu(x, y, alternative=alternative, method="asymptotic").pvalue)
    ties = len(set(x) | set(y)) < len(x) + len(y)
    entry["auto_method"] = "asymptotic" if (len(x) > 8 and len(y) > 8) or ties else "exact"
    mwu.append(entry)

kruskal_cases = [
    ("three_groups_ties", [[0, 0, 0, 1, 1, 2, 3, 5], [0, 1, 1, 2, 2, 2, 4, 7, 8], [0, 0, 0, 0, 1, 1, 1, 2]]),
    ("seven_groups", [[0, 0, 1, 3, 5], [0, 1, 1, 2, 8, 13], [2, 4, 4, 6, 9], [0, 0, 0, 0, 1],
                      [1, 3, 3, 7, 21, 30], [0, 2, 2, 2], [5, 6, 10, 14, 40, 60, 90]]),
    ("two_groups_no_ties", [[1.0, 2.5, 4.0], [3.0, 5.5, 6.0, 7.0]]),
    ("unequal_3_to_500", [days(3, 80), days(40, 30), days(500, 20), days(120, 45)]),
    ("themes_like", [days(178, 40), days(172, 79), days(118, 30), days(115, 35), days(115, 15),
                     days(111, 30), days(106, 48)]),
]

kruskal = []
for case_id, groups in kruskal_cases:
    result = stats.kruskal(*groups)
    pooled = np.concatenate([np.asarray(g, dtype=float) for g in groups])
    ranks = stats.rankdata(pooled)
    n = len(pooled)
    _, counts = np.unique(pooled, return_counts=True)
    tie_sum = float(np.sum(counts ** 3 - counts))
    mean_ranks, start = [], 0
    for g in groups:
        mean_ranks.append(float(np.mean(ranks[start:start + len(g)])))
        start += len(g)
    variance = n * (n + 1) / 12 - tie_sum / (12 * (n - 1))
    pairs = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            z = (mean_ranks[i] - mean_ranks[j]) / np.sqrt(variance * (1 / len(groups[i]) + 1 / len(groups[j])))
            pairs.append([i, j, float(z), float(2 * stats.norm.sf(abs(z)))])
    order = np.argsort([p[3] for p in pairs], kind="stable")
    m, running = len(pairs), 0.0
    for step, k in enumerate(order):
        running = max(running, (m - step) * pairs[k][3])
        pairs[k].append(min(1.0, running))
    kruskal.append({"id": case_id, "groups": groups, "H": float(result.statistic), "p": float(result.pvalue),
                    "df": len(groups) - 1, "epsilon_squared": float(result.statistic) / (n - 1),
                    "mean_ranks": mean_ranks, "dunn": pairs})

chi_cases = [
    ("three_by_two", [[30, 10], [25, 20], [12, 28]]),
    ("two_by_two_yates", [[12, 5], [7, 15]]),
    ("two_by_two_small_difference", [[10, 10], [10, 11]]),
    ("seven_by_three", [[20, 5, 3], [15, 10, 2], [8, 12, 6], [30, 4, 1], [5, 5, 5], [10, 20, 4], [12, 6, 9]]),
    ("types_by_group", [[180, 150], [120, 160], [101, 91]]),
]
chi = []
for case_id, observed in chi_cases:
    statistic, p, dof, expected = stats.chi2_contingency(observed)
    chi.append({"id": case_id, "observed": observed, "statistic": float(statistic), "p": float(p),
                "dof": int(dof), "expected": expected.tolist()})

desc = []
for case_id, sample in [("odd", [5, 1, 3, 9, 7]), ("even_ties", [0, 0, 1, 2, 2, 10]), ("days_37", days(37, 30))]:
    a = np.asarray(sample, dtype=float)
    desc.append({"id": case_id, "sample": sample, "n": len(a), "mean": float(a.mean()),
                 "median": float(np.median(a)), "q1": float(np.percentile(a, 25)),
                 "q3": float(np.percentile(a, 75)), "min": float(a.min()), "max": float(a.max())})

with open("scipy-vectors.json", "w") as out:
    json.dump({"generator": "scipy %s, numpy %s (Debian python3-scipy)" % (scipy.__version__, np.__version__),
               "mannwhitneyu": mwu, "kruskal": kruskal, "chi2_contingency": chi, "descriptives": desc}, out, indent=1)
