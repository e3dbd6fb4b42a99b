-- usages: verified model-loading calls and the verification of code-search hits

-- One model-loading call found by parsing a file.
CREATE TABLE usages (
  usage_id VARCHAR PRIMARY KEY,        -- stable hash of (blob_sha or path, line, column, api)
  repository VARCHAR,                  -- null for local scans
  path VARCHAR NOT NULL,
  blob_sha VARCHAR,
  language VARCHAR NOT NULL,           -- python | java
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  library VARCHAR NOT NULL,            -- transformers, diffusers, sentence-transformers ...
  api VARCHAR NOT NULL,                -- fully-qualified API, e.g. transformers.AutoModel.from_pretrained
  kind VARCHAR NOT NULL,               -- model | tokenizer | pipeline | adapter | dataset
  model_literal VARCHAR,               -- the id as written (or the pattern / expression text)
  model_id VARCHAR,                    -- canonical Hub id when known
  resolution VARCHAR NOT NULL,         -- literal | constant | default | argparse | pattern | unknown
  keyword_args VARCHAR[],              -- keyword names used in the call
  api_sequence VARCHAR[],              -- normalised calls of the scope, in order
  snippet VARCHAR,
  extracted_at TIMESTAMP NOT NULL
);

-- Verification of each (model, file) code-search hit.
CREATE TABLE hit_verifications (
  model_id VARCHAR NOT NULL,
  blob_sha VARCHAR NOT NULL,
  verdict VARCHAR NOT NULL,            -- verified | unresolved-call | mention-only | unparsed
  detail VARCHAR,
  PRIMARY KEY (model_id, blob_sha)
);
