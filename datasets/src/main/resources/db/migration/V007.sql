-- issue study: human annotations, trained classifiers, LLM answer cache and prompt validations

-- One annotator's labels for one issue, as imported from an annotation CSV (the same labels are
-- also in issue_labels under source human:<annotator>). Kept whole so agreement can tell "no
-- theme" from "not annotated".
CREATE TABLE annotations (
  repository VARCHAR NOT NULL,
  issue_number INTEGER NOT NULL,
  annotator VARCHAR NOT NULL,
  ptm BOOLEAN,                         -- null when the annotator was not asked
  themes VARCHAR[] NOT NULL,
  subthemes VARCHAR[] NOT NULL,
  issue_type VARCHAR,                  -- bug | question | enhancement | other | null
  note VARCHAR,
  source_file VARCHAR NOT NULL,
  source_line INTEGER NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  PRIMARY KEY (repository, issue_number, annotator)
);

-- A trained issue classifier (TF-IDF vocabulary and Smile models, Java-serialised).
CREATE TABLE issue_classifiers (
  name VARCHAR PRIMARY KEY,            -- "default" unless named
  training_file VARCHAR NOT NULL,
  examples INTEGER NOT NULL,
  vocabulary INTEGER NOT NULL,
  model BLOB NOT NULL,
  trained_at TIMESTAMP NOT NULL
);

-- Answers of the chat model, keyed by a hash of (model, system prompt, user prompt): a rerun
-- asks the endpoint nothing it already answered.
CREATE TABLE llm_cache (
  request_sha256 VARCHAR PRIMARY KEY,
  model VARCHAR NOT NULL,
  answer VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- Pilot validations of an LLM prompt against human labels (hfmine annotate validate).
CREATE TABLE llm_validations (
  model VARCHAR NOT NULL,
  prompt_sha256 VARCHAR NOT NULL,      -- hash of the system and user prompt templates and the taxonomy codes
  pilot_file VARCHAR NOT NULL,
  items INTEGER NOT NULL,
  kappa DOUBLE,
  threshold DOUBLE NOT NULL,
  passed BOOLEAN NOT NULL,
  validated_at TIMESTAMP NOT NULL
);
