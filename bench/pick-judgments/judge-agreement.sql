-- Agreement of judge E with judges A and B on a seeded sample of 80 answers A and B had both judged
-- (seed 17, drawn from the 94 requests the ranker comparison pooled), E judging blind to their verdicts
-- (README: "Which ranker, judged"). Run from the worktree root: ./hfmine --work-dir DIR sql < THIS_FILE
WITH e AS (SELECT request_id, model_id, suitable AS e FROM read_csv('bench/pick-judgments/hub-2022-02-seed17-min2000-E-agreement.csv', header=true, all_varchar=true)),
     o AS (SELECT request_id, model_id, judge, suitable AS o FROM read_csv('bench/pick-judgments/hub-2022-02-seed17-min2000.csv', header=true, all_varchar=true) WHERE judge IN ('A', 'B')),
     s AS (SELECT judge, count(*) AS n, avg(CASE WHEN e = o THEN 1 ELSE 0 END) AS po,
                  avg(CASE WHEN e = 'yes' THEN 1 ELSE 0 END) AS pe1, avg(CASE WHEN o = 'yes' THEN 1 ELSE 0 END) AS po1
           FROM e JOIN o USING (request_id, model_id) GROUP BY judge)
SELECT 'E and ' || judge AS judges, n AS pairs, round(po, 3) AS agreement,
       round((po - (pe1 * po1 + (1 - pe1) * (1 - po1))) / (1 - (pe1 * po1 + (1 - pe1) * (1 - po1))), 3) AS cohens_kappa
FROM s ORDER BY judge
;
