-- web: annotation samples and annotator preferences of hfmine serve's workspace

-- A sample of issues drawn for annotation in the browser, with the parameters that draw it again
-- (`hfmine annotate export` with the same size, seed, stratification, task and PTM source writes
-- the same issues to a CSV).
CREATE TABLE annotation_samples (
  name VARCHAR PRIMARY KEY,            -- chosen by whoever drew it, e.g. pilot-1
  task VARCHAR NOT NULL,               -- relevance | taxonomy
  size INTEGER NOT NULL,               -- issues asked for (the sample holds fewer when candidates run out)
  seed BIGINT NOT NULL,
  stratify BOOLEAN NOT NULL,           -- each repository gets a share proportional to its issues
  ptm_source VARCHAR,                  -- taxonomy task: whose PTM labels chose the candidates
  created_at TIMESTAMP NOT NULL
);

-- The issues of a sample in the order annotators see them.
CREATE TABLE annotation_sample_issues (
  sample VARCHAR NOT NULL,
  position INTEGER NOT NULL,           -- 1-based
  repository VARCHAR NOT NULL,
  issue_number INTEGER NOT NULL,
  PRIMARY KEY (sample, position)
);

-- Per annotator: blind mode hides machine labels and other annotators' labels while annotating.
CREATE TABLE annotation_annotators (
  annotator VARCHAR PRIMARY KEY,
  blind BOOLEAN NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
