-- github: code-search hits, fetched files, repositories, issues, comments

-- One code-search hit: a file that mentions a model id (a candidate until verified by parsing).
CREATE TABLE code_hits (
  model_id VARCHAR NOT NULL,
  repository VARCHAR NOT NULL,         -- "owner/name" as search returned it
  path VARCHAR NOT NULL,
  blob_sha VARCHAR NOT NULL,
  query VARCHAR NOT NULL,              -- the exact query, slice included
  slice VARCHAR NOT NULL,              -- e.g. "size:0..1000" or "all"
  html_url VARCHAR,
  found_at TIMESTAMP NOT NULL,
  PRIMARY KEY (model_id, repository, path, blob_sha)
);

-- One code-search query slice and its outcome (the slice's crawl unit holds state and cursor).
CREATE TABLE code_search_slices (
  model_id VARCHAR NOT NULL,
  query VARCHAR NOT NULL,
  slice VARCHAR NOT NULL,
  total_count BIGINT,
  incomplete_results BOOLEAN,
  truncated BOOLEAN NOT NULL DEFAULT false,  -- could not be split below 1,000 results
  PRIMARY KEY (model_id, slice)
);

-- File contents by blob sha: fetched once, shared by every hit, fork and model.
CREATE TABLE files (
  blob_sha VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL,             -- ok | skipped | failed
  skip_reason VARCHAR,                 -- too-large | binary | gone
  byte_length BIGINT,
  content VARCHAR,
  fetched_at TIMESTAMP NOT NULL
);

-- Repository metadata; renamed repositories keep their old name in renamed_from.
CREATE TABLE repositories (
  full_name VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL,             -- ok | gone (404) | blocked (451)
  renamed_from VARCHAR,
  github_id BIGINT,
  description VARCHAR,
  language VARCHAR,
  topics VARCHAR[],
  license VARCHAR,
  stars BIGINT,
  forks BIGINT,
  watchers BIGINT,
  open_issues BIGINT,
  size_kb BIGINT,
  commits BIGINT,
  issues_total BIGINT,
  is_fork BOOLEAN,
  archived BOOLEAN,
  disabled BOOLEAN,
  default_branch VARCHAR,
  created_at TIMESTAMP,
  pushed_at TIMESTAMP,
  fetched_at TIMESTAMP NOT NULL
);

-- Downstream projects chosen for the issue study (hfmine repos select).
CREATE TABLE repository_selection (
  full_name VARCHAR PRIMARY KEY,
  selected_at TIMESTAMP NOT NULL
);

-- GitHub issues (never pull requests).
CREATE TABLE issues (
  repository VARCHAR NOT NULL,
  number INTEGER NOT NULL,
  github_id BIGINT,
  title VARCHAR NOT NULL,
  body VARCHAR,
  state VARCHAR NOT NULL,              -- open | closed
  state_reason VARCHAR,                -- completed | not_planned | reopened | null
  author VARCHAR,
  author_association VARCHAR,
  labels VARCHAR[],
  comments_count INTEGER,
  html_url VARCHAR,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP,
  closed_at TIMESTAMP,
  source VARCHAR NOT NULL,             -- "github" or "import:<file name>"
  PRIMARY KEY (repository, number)
);

CREATE TABLE issue_comments (
  repository VARCHAR NOT NULL,
  issue_number INTEGER NOT NULL,
  comment_id BIGINT NOT NULL,
  author VARCHAR,
  author_association VARCHAR,
  body VARCHAR,
  created_at TIMESTAMP,
  updated_at TIMESTAMP,
  PRIMARY KEY (repository, comment_id)
);
