-- statistics: the resolution-time study's sample, descriptives and tests

-- The last `hfmine stats resolution` run: its parameters and how the issues were filtered.
-- Every resolution_* table holds that run's results; a new run replaces them all at once.
CREATE TABLE resolution_runs (
  ran_at TIMESTAMP NOT NULL,
  seed BIGINT NOT NULL,
  day_counting VARCHAR NOT NULL,       -- calendar (UTC dates) | elapsed (24-hour periods)
  label_sources VARCHAR NOT NULL,      -- issue_labels sources in order of preference, comma-separated
  alternative VARCHAR NOT NULL,        -- greater | less | two-sided (PTM vs non-PTM)
  bootstrap_resamples INTEGER NOT NULL,
  confidence DOUBLE NOT NULL,
  issues BIGINT NOT NULL,              -- issues in the store
  open_excluded BIGINT NOT NULL,       -- still open: no resolution time
  closed_without_date BIGINT NOT NULL, -- state closed but closed_at missing
  closed_before_created BIGINT NOT NULL,
  closed_without_ptm_label BIGINT NOT NULL,
  closed_ptm BIGINT NOT NULL,
  closed_non_ptm BIGINT NOT NULL,
  conventions VARCHAR NOT NULL         -- the statistical conventions followed (SciPy's), one per line
);

-- Balanced sampling per project: closed issues available and drawn per group.
CREATE TABLE resolution_projects (
  repository VARCHAR PRIMARY KEY,
  closed_ptm BIGINT NOT NULL,
  closed_non_ptm BIGINT NOT NULL,
  sampled_per_group BIGINT NOT NULL,   -- min of the two; 0 when dropped
  dropped BOOLEAN NOT NULL             -- a group was empty
);

-- The resolution time of every issue that entered a comparison, by scope and group:
-- scope group (ptm / non-ptm, the balanced sample), theme or subtheme (closed PTM issues).
CREATE TABLE resolution_values (
  scope VARCHAR NOT NULL,
  grp VARCHAR NOT NULL,
  repository VARCHAR NOT NULL,
  issue_number INTEGER NOT NULL,
  days INTEGER NOT NULL,
  PRIMARY KEY (scope, grp, repository, issue_number)
);

-- n, mean, median, quartiles, range and the bootstrap interval of the median per scope and group.
CREATE TABLE resolution_descriptives (
  scope VARCHAR NOT NULL,
  grp VARCHAR NOT NULL,
  n BIGINT NOT NULL,
  mean DOUBLE NOT NULL,
  median DOUBLE NOT NULL,
  q1 DOUBLE NOT NULL,
  q3 DOUBLE NOT NULL,
  iqr DOUBLE NOT NULL,
  min DOUBLE NOT NULL,
  max DOUBLE NOT NULL,
  median_ci_low DOUBLE NOT NULL,
  median_ci_high DOUBLE NOT NULL,
  PRIMARY KEY (scope, grp)
);

-- One row per test; statistic and p are null when the test could not run (note says why).
CREATE TABLE resolution_tests (
  test_id VARCHAR PRIMARY KEY,         -- ptm-vs-non-ptm | issue-types | themes | subthemes
  test VARCHAR NOT NULL,               -- mann-whitney-u | chi-square | kruskal-wallis-h
  subject VARCHAR NOT NULL,            -- what is compared, in words
  n BIGINT NOT NULL,
  group_count INTEGER NOT NULL,
  statistic DOUBLE,                    -- U1, chi-square or H
  df INTEGER,
  p_value DOUBLE,
  method VARCHAR,                      -- exact | asymptotic; yates for a corrected 2x2 chi-square
  alternative VARCHAR,
  note VARCHAR
);

-- Effect sizes of a test: a12, cliffs-delta, epsilon-squared.
CREATE TABLE resolution_effect_sizes (
  test_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  value DOUBLE NOT NULL,
  magnitude VARCHAR NOT NULL,
  PRIMARY KEY (test_id, name)
);

-- Dunn's pairwise comparisons after a Kruskal-Wallis test, Holm-adjusted over the test's pairs.
CREATE TABLE resolution_posthoc (
  test_id VARCHAR NOT NULL,
  group_a VARCHAR NOT NULL,
  group_b VARCHAR NOT NULL,
  z DOUBLE NOT NULL,                   -- positive when group_a ranks higher
  p_value DOUBLE NOT NULL,
  p_holm DOUBLE NOT NULL,
  PRIMARY KEY (test_id, group_a, group_b)
);

-- The issue-type x group contingency table behind the chi-square balance check.
CREATE TABLE resolution_issue_types (
  issue_type VARCHAR NOT NULL,
  grp VARCHAR NOT NULL,
  issues BIGINT NOT NULL,
  PRIMARY KEY (issue_type, grp)
);
