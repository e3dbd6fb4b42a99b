#!/usr/bin/env python3
"""Draws the sample of bench/usage-accuracy/reading-audit.csv from a `usage scan` output (JSON lines).

    python3 bench/reference/reading_audit_sample.py SCAN.jsonl ROOT > sample.tsv

ROOT is the folder scanned (one checkout per repository, named owner__name). Each (path, line, Hub id)
counts once; the usages are shuffled with a fixed seed and taken in that order into two strata, 50
whose id is written at the call (`literal`) and 100 resolved through names (`other`), at most 3 per
repository and stratum, so that no one repository fills a stratum. Judging each row by reading the
code is the part no script does."""
import json
import random
import sys

SEED = 2312
WANTED = {'literal': 50, 'other': 100}
PER_REPOSITORY = 3


def main():
    scan, root = sys.argv[1], sys.argv[2].rstrip('/') + '/'
    unique = {}
    with open(scan, encoding='utf-8') as lines:
        for line in lines:
            usage = json.loads(line)
            if usage['model_id']:
                unique.setdefault((usage['path'], usage['line'], usage['model_id']), usage)
    usages = list(unique.values())
    random.seed(SEED)
    random.shuffle(usages)
    taken, per_repository, drawn = {s: 0 for s in WANTED}, {}, []
    for usage in usages:
        stratum = 'literal' if usage['resolution'] == 'literal' else 'other'
        directory, _, path = usage['path'][len(root):].partition('/')
        if taken[stratum] >= WANTED[stratum] or per_repository.get((directory, stratum), 0) >= PER_REPOSITORY:
            continue
        per_repository[(directory, stratum)] = per_repository.get((directory, stratum), 0) + 1
        taken[stratum] += 1
        drawn.append((stratum, directory, path, usage))
    print('\t'.join(['n', 'stratum', 'repository', 'path', 'line', 'api', 'model_literal', 'model_id', 'resolution']))
    for n, (stratum, directory, path, usage) in enumerate(drawn, 1):
        owner, name = directory.split('__', 1)
        print('\t'.join(str(v) for v in [n, stratum, owner + '/' + name, path, usage['line'], usage['api'],
                                         usage['model_literal'], usage['model_id'], usage['resolution']]))


if __name__ == '__main__':
    main()
