-- statistics without traps: every stored resolution time and test names how days were counted;
-- themes and sub-themes too small for the tests are recorded.

-- Resolution times under both readings of "days from creation to closure" (the study's wording
-- fits both). A column named only "days" hid which one it was.
ALTER TABLE resolution_values ADD COLUMN calendar_days INTEGER; -- UTC date of closure minus UTC date of creation (0 when closed the same UTC day)
ALTER TABLE resolution_values ADD COLUMN elapsed_days INTEGER; -- whole 24-hour periods from creation to closure (0 when closed within 24 hours)
ALTER TABLE resolution_values DROP COLUMN days;

-- Tests whose id ends in .calendar or .elapsed repeat the main tests on the other counting.
ALTER TABLE resolution_descriptives ADD COLUMN day_counting VARCHAR; -- how the days described were counted: calendar | elapsed
ALTER TABLE resolution_tests ADD COLUMN day_counting VARCHAR; -- how the tested days were counted: calendar | elapsed; null when the test uses no times

ALTER TABLE resolution_runs ADD COLUMN day_counting_definition VARCHAR; -- the day counting of the main results, in words
ALTER TABLE resolution_runs ADD COLUMN sampled_issues BIGINT; -- issues in the balanced sample (both groups)
ALTER TABLE resolution_runs ADD COLUMN sampled_days_differing BIGINT; -- of those, issues whose days differ between calendar and elapsed counting
ALTER TABLE resolution_runs ADD COLUMN min_group_size INTEGER; -- smallest theme or sub-theme that entered the Kruskal-Wallis tests
ALTER TABLE resolution_runs ADD COLUMN alpha DOUBLE; -- significance level used to word the conclusions

-- Themes and sub-themes left out of the Kruskal-Wallis tests (fewer closed PTM issues than
-- stats.min-group-size); they still appear in resolution_descriptives.
CREATE TABLE resolution_groups_left_out (
  scope VARCHAR NOT NULL,   -- theme | subtheme
  grp VARCHAR NOT NULL,     -- the theme or sub-theme code
  issues BIGINT NOT NULL,   -- its closed PTM issues
  PRIMARY KEY (scope, grp)
);

-- Kaplan-Meier curves of resolution time per group (ptm / non-ptm), all labelled issues: closed
-- issues are events, open ones are censored at the last time their repository was observed.
CREATE TABLE resolution_survival (
  grp VARCHAR NOT NULL,          -- ptm | non-ptm
  days_open INTEGER NOT NULL,    -- days since creation, counted as day_counting says
  day_counting VARCHAR NOT NULL, -- calendar | elapsed
  at_risk BIGINT NOT NULL,       -- issues still open just before days_open
  closed BIGINT NOT NULL,        -- issues closed at days_open (events)
  censored BIGINT NOT NULL,      -- open issues last observed at days_open
  survival DOUBLE NOT NULL,      -- Kaplan-Meier estimate of the share still open after days_open
  lower DOUBLE,                  -- lower confidence band (log scale, as R survfit); null once survival is 0
  upper DOUBLE,                  -- upper confidence band, at most 1; null once survival is 0
  PRIMARY KEY (grp, days_open)
);

-- Median survival (days until half the issues are closed) per group, with its confidence limits
-- as R's quantile.survfit gives them; null when the curve or band never falls to one half.
CREATE TABLE resolution_survival_medians (
  grp VARCHAR PRIMARY KEY,       -- ptm | non-ptm
  day_counting VARCHAR NOT NULL, -- calendar | elapsed
  issues BIGINT NOT NULL,        -- labelled issues, open and closed
  closed BIGINT NOT NULL,        -- of which closed (events)
  median DOUBLE,                 -- median days to closure
  median_lower DOUBLE,           -- its lower confidence limit
  median_upper DOUBLE,           -- its upper confidence limit
  confidence DOUBLE NOT NULL     -- confidence level of bands and limits
);
