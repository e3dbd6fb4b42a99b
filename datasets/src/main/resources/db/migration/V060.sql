-- model search (hfmine pick): safetensors sizes, extracted model attributes, embeddings, evaluations

ALTER TABLE models ADD COLUMN safetensors VARCHAR -- the Hub's safetensors object as JSON: parameter counts per dtype and their total
;

-- The template attributes of a model (config/pick/template.yaml), one row per value, with the
-- source that produced it; replaced whole for a model when its inputs change.
CREATE TABLE pick_attributes (
  model_id VARCHAR NOT NULL,
  attribute VARCHAR NOT NULL,          -- template attribute, e.g. function, license, parameters
  ordinal INTEGER NOT NULL,            -- position of the value among the attribute's values (0 first)
  value VARCHAR NOT NULL,              -- the value as text (numbers as plain digits)
  number DOUBLE,                       -- the value as a number, for number attributes
  source VARCHAR NOT NULL,             -- where it came from, e.g. card:license, section, safetensors:total, llm
  evidence VARCHAR,                    -- what the source saw: a card heading, a tag, a model-index entry, the LLM model
  PRIMARY KEY (model_id, attribute, ordinal)
);

-- One row per model whose attributes were extracted: what they were extracted from, so a run
-- extracts again only models whose listing, card or extraction settings changed.
CREATE TABLE pick_models (
  model_id VARCHAR PRIMARY KEY,
  inputs_sha256 VARCHAR NOT NULL,      -- hash of the model's listing fields, card text and the extraction settings
  card_status VARCHAR,                 -- status of the card the attributes came from (ok, missing ...)
  attributes INTEGER NOT NULL,         -- attributes with at least one value
  llm VARCHAR,                         -- chat model of the LLM pass, when one filled attributes
  extracted_at TIMESTAMP NOT NULL     -- when the attributes were extracted (UTC)
);

-- Sentence embeddings of the texts the search index embeds, keyed by the text's hash, so a
-- rebuilt index embeds only new or changed texts.
CREATE TABLE pick_embeddings (
  text_sha256 VARCHAR NOT NULL,        -- SHA-256 of the embedded text
  embedder VARCHAR NOT NULL,           -- the embedding model and its version
  vector BLOB NOT NULL,                -- float32 little-endian, unit length
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (text_sha256, embedder)
);

-- Runs of `hfmine pick evaluate`: the settings and what the requests were measured against.
CREATE TABLE pick_eval_runs (
  run_id VARCHAR PRIMARY KEY,          -- seed, request count and time of the run
  seed BIGINT NOT NULL,                -- seed of the request sample and mutations
  requests INTEGER NOT NULL,           -- synthesised plus hand-written requests
  judged INTEGER NOT NULL,             -- requests with a known suitable model (source or judged)
  top INTEGER NOT NULL,                -- ranking depth measured (hit@k for k up to this)
  judgments_file VARCHAR,              -- name of the judgments file, when one was given
  settings VARCHAR NOT NULL,           -- pick settings as JSON
  run_at TIMESTAMP NOT NULL           -- when the evaluation ran (UTC)
);

-- The requests of an evaluation run, as JSON in the template, with how they were made.
CREATE TABLE pick_eval_requests (
  run_id VARCHAR NOT NULL,            -- the evaluation run (pick_eval_runs.run_id)
  request_id VARCHAR NOT NULL,         -- id of the request within the run
  source_model VARCHAR,                -- the held-out model the request was synthesised from (null for hand-written ones)
  mutation VARCHAR NOT NULL,           -- how the request differs from its source model, e.g. license-tighten, language, none
  source_suitable BOOLEAN,             -- whether the source model still satisfies the mutated request's constraints
  request VARCHAR NOT NULL,            -- the request as JSON
  PRIMARY KEY (run_id, request_id)
);

-- What each system returned for each request, and which answers counted as hits.
CREATE TABLE pick_eval_results (
  run_id VARCHAR NOT NULL,            -- the evaluation run (pick_eval_runs.run_id)
  request_id VARCHAR NOT NULL,        -- the request within the run (pick_eval_requests.request_id)
  system VARCHAR NOT NULL,             -- hfmine or hub-search
  rank INTEGER NOT NULL,               -- 1 = first answer
  model_id VARCHAR NOT NULL,
  hit BOOLEAN NOT NULL,                -- the source model (when still suitable) or a model judged suitable
  PRIMARY KEY (run_id, request_id, system, rank)
);
