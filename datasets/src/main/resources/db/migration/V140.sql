-- pick evaluation runs: which source models the requests were drawn from

-- A run drawn from models with at least 2,000 downloads measures something else than one drawn
-- from the whole catalog; the floor and the pool it left are columns, not only inside `settings`.
ALTER TABLE pick_eval_runs ADD COLUMN min_source_downloads BIGINT; -- the fewest downloads a source model needed (--min-source-downloads; 0 = any); null for runs before this column
ALTER TABLE pick_eval_runs ADD COLUMN eligible_sources INTEGER; -- held-out models that met the floor and the other eligibility rules, the pool requests were drawn from; null for runs before this column
