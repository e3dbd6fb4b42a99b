-- usage imports: which Parquet files of Spark corpus scans were loaded into the store

-- One Parquet file of a corpus scan's output, loaded (makes `usage import` resumable and idempotent).
CREATE TABLE usage_imports (
  file VARCHAR NOT NULL,               -- the Parquet file, as given under the scan's output directory
  scan_started_at VARCHAR NOT NULL,    -- started_at of the scan's summary.json: tells re-runs into the same directory apart
  table_name VARCHAR NOT NULL,         -- usages | usage_files
  rows_read BIGINT NOT NULL,           -- rows in the file
  rows_added BIGINT NOT NULL,          -- rows new to the store (the rest were there already: same usage id or blob)
  imported_at TIMESTAMP NOT NULL,
  PRIMARY KEY (file, scan_started_at)
);
