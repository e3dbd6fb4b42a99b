-- Paired sign test of the three rankings of `pick evaluate` (fused, BM25 alone, embedding alone) over
-- the same requests: for each request, the reciprocal rank of its first hit (0 when none in the top
-- 10) under each ranking; a pair of rankings is compared on the requests where they differ. Reads the
-- latest stored run per ranker weights among runs of seed 17, sources with >= 2,000 downloads, and
-- judge E's file among the judgments (README: "Which ranker, judged").
WITH runs AS (
  SELECT run_id,
         CASE WHEN json_extract(settings, '$.ranking.weights.bm25')::DOUBLE = 0 THEN 'embedding'
              WHEN json_extract(settings, '$.ranking.weights.embedding')::DOUBLE = 0 THEN 'bm25'
              ELSE 'fused' END AS ranking,
         row_number() OVER (PARTITION BY json_extract(settings, '$.ranking.weights') ORDER BY run_at DESC) AS latest
  FROM pick_eval_runs
  WHERE seed = 17 AND min_source_downloads = 2000 AND judgments_file LIKE '%-E.csv%'),
rr AS (
  SELECT runs.ranking, r.request_id, max(CASE WHEN r.hit THEN 1.0 / r.rank ELSE 0 END) AS rr
  FROM pick_eval_results r JOIN runs ON r.run_id = runs.run_id AND runs.latest = 1
  WHERE r.system = 'hfmine' GROUP BY ALL),
compared(first, second) AS (VALUES ('bm25', 'fused'), ('embedding', 'fused'), ('bm25', 'embedding')),
pairs AS (
  SELECT c.first, c.second,
         count(*) FILTER (WHERE coalesce(a.rr, 0) > coalesce(b.rr, 0)) AS better,
         count(*) FILTER (WHERE coalesce(a.rr, 0) < coalesce(b.rr, 0)) AS worse,
         count(*) FILTER (WHERE coalesce(a.rr, 0) > 0 AND coalesce(b.rr, 0) = 0) AS hit10_only_first,
         count(*) FILTER (WHERE coalesce(a.rr, 0) = 0 AND coalesce(b.rr, 0) > 0) AS hit10_only_second
  FROM compared c CROSS JOIN (SELECT DISTINCT request_id FROM rr) q
  LEFT JOIN rr a ON a.ranking = c.first AND a.request_id = q.request_id
  LEFT JOIN rr b ON b.ranking = c.second AND b.request_id = q.request_id
  GROUP BY c.first, c.second)
SELECT first, second, better, worse, hit10_only_first, hit10_only_second,
       round(least(1.0, 2 * (SELECT sum(factorial((better + worse)::INTEGER) / (factorial(i::INTEGER) * factorial((better + worse - i)::INTEGER)))
                             FROM range(0, least(better, worse) + 1) t(i)) / pow(2, better + worse)), 3) AS sign_test_p
FROM pairs ORDER BY first, second
;
