-- se-tasks: datasets and arXiv abstracts beside models, SE-task matches with their evidence, the funnel state of every model and dataset, LLM confirmations

-- One row per Hugging Face dataset, as GET /api/datasets or a dump describes it.
CREATE TABLE datasets (
  id VARCHAR PRIMARY KEY,              -- "org/name" (or a legacy un-namespaced name)
  author VARCHAR,
  downloads BIGINT,                    -- last 30 days, as the Hub reports it
  likes BIGINT,
  tags VARCHAR[],
  created_at TIMESTAMP,
  last_modified TIMESTAMP,
  gated VARCHAR,                       -- "false", "auto" or "manual"
  private BOOLEAN,
  sha VARCHAR,
  card_data VARCHAR,                   -- the Hub's cardData object, as JSON text
  source VARCHAR NOT NULL,             -- "hub" or "import:<file name>"
  fetched_at TIMESTAMP NOT NULL
);

-- The README of a dataset (GET /datasets/{id}/resolve/main/README.md), like model_cards.
CREATE TABLE dataset_cards (
  dataset_id VARCHAR PRIMARY KEY,      -- Hugging Face dataset id ("org/name")
  status VARCHAR NOT NULL,             -- ok | missing | too-large | forbidden | failed
  text VARCHAR,
  byte_length BIGINT,
  sha256 VARCHAR,
  error VARCHAR,
  fetched_at TIMESTAMP NOT NULL
);

-- The YAML front matter of a dataset card.
CREATE TABLE dataset_card_metadata (
  dataset_id VARCHAR PRIMARY KEY,      -- Hugging Face dataset id ("org/name")
  status VARCHAR NOT NULL,             -- ok | absent | malformed | too-large
  error VARCHAR,
  license VARCHAR,
  tags VARCHAR[],
  task_categories VARCHAR[],           -- the card's task_categories (the dataset counterpart of pipeline_tag)
  language VARCHAR[],
  raw VARCHAR                          -- the whole header as JSON text
);

-- An arXiv paper named by an arxiv:ID tag of a model or dataset, as the arXiv API (Atom) returns it.
CREATE TABLE arxiv_papers (
  arxiv_id VARCHAR PRIMARY KEY,        -- the id as tagged, without version (e.g. 2305.06161)
  status VARCHAR NOT NULL,             -- ok | missing (arXiv knows no such paper) | failed (retried next run)
  title VARCHAR,                       -- paper title as arXiv lists it
  abstract VARCHAR,                    -- the abstract, white space collapsed
  published TIMESTAMP,                 -- first version
  updated TIMESTAMP,                   -- latest version
  categories VARCHAR[],                -- arXiv categories, primary first (e.g. cs.SE)
  error VARCHAR,                       -- why the paper is missing or failed
  fetched_at TIMESTAMP NOT NULL
);

-- The SE-task classification run whose results the se_task_* tables hold (one row; a new run replaces it).
CREATE TABLE se_task_runs (
  run_key VARCHAR PRIMARY KEY,         -- hash of the taxonomy, the rule origins and the matcher version
  state VARCHAR NOT NULL,              -- running | matched | done
  taxonomy VARCHAR NOT NULL,           -- file or classpath location of the taxonomy
  taxonomy_sha256 VARCHAR NOT NULL,
  rule_origins VARCHAR NOT NULL,       -- exclusion rule origins applied, comma-separated
  dedup_threshold DOUBLE NOT NULL,
  cursor_kind VARCHAR,                 -- where a killed matching run resumes: the kind and the last id done
  cursor_id VARCHAR,
  started_at TIMESTAMP NOT NULL,       -- when the run began (UTC)
  finished_at TIMESTAMP                -- when it finished (UTC); empty while running
);

-- One task found in one text of a model or dataset: the evidence behind every classification.
CREATE TABLE se_task_matches (
  item_kind VARCHAR NOT NULL,          -- model | dataset
  item_id VARCHAR NOT NULL,
  task_id VARCHAR NOT NULL,            -- task id of the taxonomy (e.g. code-generation)
  activity VARCHAR NOT NULL,           -- SDLC activity of the task (e.g. software-implementation)
  source VARCHAR NOT NULL,             -- card (README body) | metadata (YAML front matter) | abstract (arXiv)
  source_ref VARCHAR,                  -- the arXiv id for abstracts
  start_char INTEGER NOT NULL,         -- character span of the match in the card text or the abstract
  end_char INTEGER NOT NULL,
  matched_text VARCHAR NOT NULL,       -- the words as written
  excluded_by VARCHAR                  -- id of the exclusion rule that dropped the match; empty when it stands
);

-- Where each model and dataset ended in the SE-task funnel.
CREATE TABLE se_task_items (
  item_kind VARCHAR NOT NULL,          -- model | dataset
  item_id VARCHAR NOT NULL,
  card_status VARCHAR NOT NULL,        -- none (no README) | empty (no words beyond the metadata) | ok
  matched BOOLEAN NOT NULL,            -- some task matched (before exclusions)
  only_abstract BOOLEAN NOT NULL,      -- every match came from an arXiv abstract
  kept BOOLEAN NOT NULL,               -- some match survived the exclusion rules
  tasks VARCHAR[],                     -- tasks of the matches that survived
  activities VARCHAR[],                -- their activities
  duplicate_of VARCHAR,                -- for a near-duplicate card: the original (earliest) item; empty otherwise
  card_similarity DOUBLE,              -- TF-IDF cosine to that original
  unique_card BOOLEAN,                 -- kept and not a near-duplicate variant (the set the LLM confirms)
  confirmed_activities VARCHAR[],      -- activities the LLM confirmed; empty until confirmation ran
  se_item BOOLEAN,                     -- confirmed for at least one activity; empty until confirmation ran
  PRIMARY KEY (item_kind, item_id)
);

-- Per (model or dataset, activity): a yes/no on SE relevance from the LLM or a human annotator.
CREATE TABLE se_task_labels (
  item_kind VARCHAR NOT NULL,
  item_id VARCHAR NOT NULL,
  activity VARCHAR NOT NULL,
  label_source VARCHAR NOT NULL,       -- llm | human:<annotator>
  relevant BOOLEAN NOT NULL,
  answer VARCHAR,                      -- the LLM's answer, or the annotator's note
  model VARCHAR,                       -- the chat model (llm labels)
  prompt_sha256 VARCHAR,               -- hash of the prompt (llm labels)
  labelled_at TIMESTAMP NOT NULL,      -- when the label was stored (UTC)
  PRIMARY KEY (item_kind, item_id, activity, label_source)
);

-- Samples drawn for human validation of the LLM step: a pilot per activity and a generalisation set.
CREATE TABLE se_task_samples (
  sample VARCHAR NOT NULL,             -- pilot | generalisation
  activity VARCHAR NOT NULL,
  item_kind VARCHAR NOT NULL,
  item_id VARCHAR NOT NULL,
  population BIGINT NOT NULL,          -- candidates the sample was drawn from
  seed BIGINT NOT NULL,
  drawn_at TIMESTAMP NOT NULL,         -- when the sample was drawn (UTC)
  PRIMARY KEY (sample, activity, item_kind, item_id)
);

-- Cohen's kappa of the LLM against human labels, per sample and activity.
CREATE TABLE se_task_validations (
  sample VARCHAR NOT NULL,             -- pilot | generalisation
  activity VARCHAR NOT NULL,
  model VARCHAR NOT NULL,              -- the chat model validated
  prompt_sha256 VARCHAR NOT NULL,      -- hash of the prompt files, taxonomy and limits
  annotator VARCHAR NOT NULL,          -- whose human labels were the reference
  items INTEGER NOT NULL,
  kappa DOUBLE,                        -- empty when undefined (one label only on both sides)
  agreement DOUBLE NOT NULL,           -- share of items with the same label
  threshold DOUBLE NOT NULL,
  passed BOOLEAN NOT NULL,
  validated_at TIMESTAMP NOT NULL      -- when the validation ran (UTC)
);

-- Benchmark results read from the tables of SE models' cards (HumanEval, MBPP, MMLU ...).
CREATE TABLE se_task_benchmarks (
  item_kind VARCHAR NOT NULL,
  item_id VARCHAR NOT NULL,
  benchmark VARCHAR NOT NULL,          -- canonical benchmark name as configured (e.g. HumanEval)
  metric VARCHAR,                      -- the column or row label the value sat under (e.g. pass@1)
  value DOUBLE NOT NULL,               -- the number as written (percent or fraction)
  row_text VARCHAR NOT NULL            -- the table row, for checking
);
