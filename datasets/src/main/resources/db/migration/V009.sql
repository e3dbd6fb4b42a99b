-- pipeline: which stages of `hfmine run` finished, for which inputs

-- One row per stage of the study pipeline; a stage is skipped when it finished for the same inputs.
CREATE TABLE pipeline_stages (
  stage VARCHAR PRIMARY KEY,           -- stage name, e.g. code-search
  position INTEGER NOT NULL,           -- order of the stage in the pipeline
  inputs_sha256 VARCHAR NOT NULL,      -- hash of the configuration and upstream results the stage ran on
  state VARCHAR NOT NULL,              -- running | done | failed
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  summary VARCHAR,                     -- counts of the stage as JSON
  failures VARCHAR                     -- failed units with their reasons, one per line
);
