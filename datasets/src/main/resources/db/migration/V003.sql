-- usages: model-loading calls parsed from files, per-file extraction state, verification of code-search hits

-- One model-loading call found by parsing a file.
CREATE TABLE usages (
  usage_id VARCHAR PRIMARY KEY,        -- stable hash of (blob_sha or path, line, column, api, id slot)
  repository VARCHAR,                  -- a code-search hit's repository; null for local scans
  path VARCHAR NOT NULL,
  blob_sha VARCHAR,                    -- git blob sha of the content
  language VARCHAR NOT NULL,           -- python | java
  line INTEGER NOT NULL,               -- 1-based
  col INTEGER NOT NULL,                -- 1-based, in bytes
  library VARCHAR NOT NULL,            -- transformers, diffusers, sentence-transformers ...
  api VARCHAR NOT NULL,                -- fully-qualified API, e.g. transformers.AutoModel.from_pretrained
  kind VARCHAR NOT NULL,               -- model | tokenizer | processor | config | pipeline | adapter | dataset | space
  model_literal VARCHAR,               -- the id as written, the pattern (facebook/opt-{size}) or the unresolved expression
  model_id VARCHAR,                    -- canonical Hub id when known
  resolution VARCHAR NOT NULL,         -- literal | constant | default | argparse | pattern | unknown | absent
  keyword_args VARCHAR[],              -- keyword names used in the call, in order
  api_sequence VARCHAR[],              -- normalised calls of the scope, in evaluation order
  snippet VARCHAR,
  extracted_at TIMESTAMP NOT NULL
);

-- Which fetched files were extracted, and how it went (makes `usage extract` resumable).
CREATE TABLE usage_files (
  blob_sha VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL,             -- parsed | prefiltered | too-large | binary | timed-out | unsupported | failed | crashed | not-fetched
  syntax_errors BOOLEAN NOT NULL DEFAULT false,
  usages INTEGER NOT NULL DEFAULT 0,
  detail VARCHAR,
  extracted_at TIMESTAMP NOT NULL
);

-- Verification of each (model, file) code-search hit.
CREATE TABLE hit_verifications (
  model_id VARCHAR NOT NULL,
  blob_sha VARCHAR NOT NULL,
  verdict VARCHAR NOT NULL,            -- verified | unresolved-call | mention-only | unparsed
  detail VARCHAR,                      -- e.g. the verifying call (api:line) or why the file was not parsed
  verified_at TIMESTAMP NOT NULL,
  PRIMARY KEY (model_id, blob_sha)
);
