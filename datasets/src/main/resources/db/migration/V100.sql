-- serve: look-ups by one column that the compound primary keys do not answer. DuckDB finds a row
-- through an index only when the filter is an equality on the index's whole key, so a usage page
-- looking up a usage's code-search hit by blob sha, or its pattern memberships by usage id, read
-- every row of code_hits and pattern_members (a million each on a large study: 50-150 ms apiece).
CREATE INDEX code_hits_blob_sha ON code_hits (blob_sha);
CREATE INDEX pattern_members_usage_id ON pattern_members (usage_id);
