#!/usr/bin/env python3
"""Round 7 of the labelling methods: each project's share of PTM-related issues, estimated from
its own unlabelled issues, and the classifier's probabilities shifted by it (README, "Round 7").

Not part of hfmine: the figures in the README's Round 7 table were printed by `score` below, from
probabilities that hfmine's own `issues classify --method classifier --train` wrote.

The shift is the expectation-maximisation of Saerens, Latinne and Decaestecker (2002): starting
from the training issues' share pt, a project's share pi is the mean over all its issues of the
probabilities re-weighed by (pi / pt) and ((1 - pi) / (1 - pt)), iterated to a fixed point; each
probability is then re-weighed by that share, in full (alpha 1) or damped (the ratios raised to
alpha 0.5 or 0.25), and compared with the model's own threshold. Figures are out of fold, on the
tuning part's labelled issues, as drawn and weighted back to every issue of the tuning
repositories by the strata of `prescreen.txt`, as the labelling benchmark weighs them.

Usage:
  project_prior_shift.py folds LABELLED_SET_DIR OUT_DIR
      writes OUT_DIR/folds.csv (5 folds of the tuning repositories, by a hash of the name) and
      OUT_DIR/train-K.csv (the tuning part's gold rows outside fold K), one per fold
  then, for each K, on a store of the real issue objects (`hfmine issues import DIR/*.jsonl`):
      hfmine --work-dir W issues classify --method classifier --train OUT_DIR/train-K.csv
      hfmine --work-dir W sql --format csv "select repository, issue_number, value, evidence
          from issue_labels where source = 'classifier' and label_kind = 'ptm'" > OUT_DIR/p-K.csv
  project_prior_shift.py score LABELLED_SET_DIR ISSUES_DIR OUT_DIR
      prints PTM precision, recall and F1 per variant, per stratum and weighted
"""
import collections
import csv
import glob
import hashlib
import json
import os
import re
import sys

FOLDS = 5
VARIANTS = [("configured", 0.0), ("damped 0.25", 0.25), ("damped 0.5", 0.5), ("in full", 1.0)]


def labelled_set(directory):
    manifest = {row["id"]: row for row in csv.DictReader(open(os.path.join(directory, "manifest.csv")))}
    gold = list(csv.DictReader(open(os.path.join(directory, "gold.csv"))))
    return manifest, gold


def repository(issue_id):
    return issue_id.split("#")[0]


def folds(directory, out):
    manifest, gold = labelled_set(directory)
    tuning = [row for row in gold if manifest[row["id"]]["part"] == "tuning"]
    fold_of = {}
    for row in tuning:
        name = repository(row["id"])
        fold_of[name] = int(hashlib.sha256(name.encode()).hexdigest(), 16) % FOLDS
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "folds.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["repository", "fold"])
        writer.writerows(sorted(fold_of.items()))
    for k in range(FOLDS):
        with open(os.path.join(out, f"train-{k}.csv"), "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(gold[0].keys()))
            writer.writeheader()
            writer.writerows(row for row in tuning if fold_of[repository(row["id"])] != k)


def shifted(p, pi, pt, alpha):
    up = (pi / pt) ** alpha
    down = ((1 - pi) / (1 - pt)) ** alpha
    return up * p / (up * p + down * (1 - p))


def project_share(probabilities, pt, iterations=200):
    pi = pt
    for _ in range(iterations):
        pi = sum(shifted(p, pi, pt, 1.0) for p in probabilities) / len(probabilities)
        pi = min(max(pi, 1e-4), 1 - 1e-4)
    return pi


def training_share(path):
    answers = [row["ptm"] == "yes" for row in csv.DictReader(open(path)) if row["ptm"] in ("yes", "no")]
    return sum(answers) / len(answers)


def model_answers(path):
    probability, said = {}, {}
    for row in csv.DictReader(open(path)):
        issue = f"{row['repository']}#{row['issue_number']}"
        probability[issue] = float(re.search(r"P\(ptm\) = ([0-9.]+)", row["evidence"]).group(1))
        said[issue] = row["value"] == "true"
    return probability, said


def prescreen(directory):
    lines = [line for line in open(os.path.join(directory, "prescreen.txt")).read().splitlines()
             if line.strip() and not line.startswith("#")]
    return re.compile(lines[0].replace("(?i)", ""), re.IGNORECASE)


def population(issues_dir, repositories, pattern):
    counts = collections.Counter()
    for path in glob.glob(os.path.join(issues_dir, "*.jsonl")):
        for line in open(path):
            issue = json.loads(line)
            if "pull_request" in issue or issue["repository_url"].split("/repos/")[1] not in repositories:
                continue
            text = (issue.get("title") or "") + "\n" + (issue.get("body") or "")
            counts["P" if pattern.search(text) else "R"] += 1
    return counts


def figures(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return precision, recall, f1


def score(directory, issues_dir, out):
    manifest, gold_rows = labelled_set(directory)
    gold = {row["id"]: row["ptm"] == "yes" for row in gold_rows
            if row["ptm"] in ("yes", "no") and manifest[row["id"]]["part"] == "tuning"}
    fold_of = {row["repository"]: row["fold"] for row in csv.DictReader(open(os.path.join(out, "folds.csv")))}
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # (variant, stratum) -> tp, fp, fn, tn
    for k in range(FOLDS):
        probability, said = model_answers(os.path.join(out, f"p-{k}.csv"))
        pt = training_share(os.path.join(out, f"train-{k}.csv"))
        threshold = min(p for issue, p in probability.items() if said[issue])
        by_repository = collections.defaultdict(list)
        for issue in probability:
            if fold_of.get(repository(issue)) == str(k):
                by_repository[repository(issue)].append(issue)
        for issues in by_repository.values():
            pi = project_share([probability[i] for i in issues], pt)
            for name, alpha in VARIANTS:
                for issue in issues:
                    if issue in gold:
                        decided = shifted(probability[issue], pi, pt, alpha) >= threshold
                        cell = counts[(name, manifest[issue]["stratum"])]
                        cell[0 if gold[issue] and decided else 1 if decided else 2 if gold[issue] else 3] += 1
    strata = population(issues_dir, set(fold_of), prescreen(directory))
    print(f"population: {sum(strata.values())} issues of the tuning repositories (P {strata['P']}, R {strata['R']})")
    for name, _ in VARIANTS:
        drawn = [sum(counts[(name, s)][i] for s in "PR") for i in range(4)]
        weighted = [0.0] * 4
        for s in "PR":
            weight = strata[s] / sum(counts[(name, s)])
            weighted = [w + c * weight for w, c in zip(weighted, counts[(name, s)])]
        p, r, f = figures(*drawn[:3])
        _, _, f_r = figures(*counts[(name, "R")][:3])
        wp, wr, wf = figures(*weighted[:3])
        share = (weighted[0] + weighted[1]) / sum(weighted)
        labels = (weighted[0] + weighted[2]) / sum(weighted)
        print(f"{name:12s} n={sum(drawn)}  P {p:.3f} R {r:.3f} F1 {f:.3f} | stratum R F1 {f_r:.3f} | "
              f"weighted P {wp:.3f} R {wr:.3f} F1 {wf:.3f} | share: labels {labels:.3f}, method {share:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "folds":
        folds(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
