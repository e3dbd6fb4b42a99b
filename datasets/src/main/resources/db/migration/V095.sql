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
