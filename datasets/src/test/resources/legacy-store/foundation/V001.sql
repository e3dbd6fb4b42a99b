-- foundation: models, cards, card metadata, near-duplicate groups, selections, crawl units

-- One row per Hugging Face model, as the Hub or a dump describes it.
CREATE TABLE models (
  id VARCHAR PRIMARY KEY,              -- canonical "org/name" (or legacy "name")
  author VARCHAR,
  downloads BIGINT,                    -- last 30 days, as the Hub reports it
  likes BIGINT,
  tags VARCHAR[],
  pipeline_tag VARCHAR,
  library_name VARCHAR,
  created_at TIMESTAMP,
  last_modified TIMESTAMP,
  gated VARCHAR,                       -- "false", "auto" or "manual"
  private BOOLEAN,
  sha VARCHAR,
  card_data VARCHAR,                   -- the Hub's cardData object, as JSON text
  source VARCHAR NOT NULL,             -- "hub" or "import:<file name>"
  fetched_at TIMESTAMP NOT NULL
);

-- The README of a model; status tells a missing card from a malformed or oversized one.
CREATE TABLE model_cards (
  model_id VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL,             -- ok | missing | too-large | failed
  text VARCHAR,
  byte_length BIGINT,
  sha256 VARCHAR,
  error VARCHAR,
  fetched_at TIMESTAMP NOT NULL
);

-- The YAML front matter of a card, parsed with size and depth limits.
CREATE TABLE card_metadata (
  model_id VARCHAR PRIMARY KEY,
  status VARCHAR NOT NULL,             -- ok | absent | malformed | too-large
  error VARCHAR,
  license VARCHAR,
  tags VARCHAR[],
  datasets VARCHAR[],
  base_model VARCHAR[],
  language VARCHAR[],
  pipeline_tag VARCHAR,
  model_index VARCHAR,                 -- model-index as JSON text
  raw VARCHAR                          -- the whole header as JSON text
);

-- Near-identical cards: the earliest-created card of a group is its original.
CREATE TABLE card_duplicates (
  model_id VARCHAR PRIMARY KEY,
  original_id VARCHAR NOT NULL,
  group_size INTEGER NOT NULL,
  similarity DOUBLE NOT NULL,          -- cosine to the original; 1.0 for the original itself
  threshold DOUBLE NOT NULL
);

-- A named model selection and the funnel that produced it.
CREATE TABLE model_selection (
  model_id VARCHAR PRIMARY KEY,
  selected_at TIMESTAMP NOT NULL
);

CREATE TABLE selection_funnel (
  selection VARCHAR NOT NULL,          -- "models" or "repositories"
  step INTEGER NOT NULL,
  description VARCHAR NOT NULL,
  remaining BIGINT NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (selection, step)
);

-- A unit of crawl work (a listing, a card, a search slice ...): what was fetched and how it went.
CREATE TABLE crawl_units (
  kind VARCHAR NOT NULL,               -- e.g. models-listing, model-card, code-search
  unit_key VARCHAR NOT NULL,           -- identifies the unit within its kind
  state VARCHAR NOT NULL,              -- pending | running | done | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  cursor VARCHAR,                      -- where a paginated unit resumes
  last_error VARCHAR,
  items BIGINT NOT NULL DEFAULT 0,     -- records stored by the unit so far
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (kind, unit_key)
);
