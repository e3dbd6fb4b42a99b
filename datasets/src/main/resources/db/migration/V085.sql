-- model snapshots: downloads and likes of each model as of each day a listing saw it

-- One row per model and UTC day of a `models sync` (or import) that saw it: the Hub's counters
-- change daily, so keeping them per day lets a study follow a model's popularity over time while
-- `models` keeps the latest values.
CREATE TABLE model_snapshots (
  model_id VARCHAR NOT NULL,           -- Hub model id (namespace/name) of the snapshot
  snapshot_date DATE NOT NULL,         -- UTC day the listing saw the model; a later listing the same day replaces the row
  downloads BIGINT,                    -- downloads the Hub reported that day (its last-30-days count)
  likes BIGINT,                        -- likes the Hub reported that day
  source VARCHAR NOT NULL,             -- where the counts came from: hf-api (a listing) or import:<file name>
  fetched_at TIMESTAMP NOT NULL,       -- UTC time the counts were fetched or imported
  PRIMARY KEY (model_id, snapshot_date)
);
