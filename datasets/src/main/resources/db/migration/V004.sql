-- patterns: usage patterns (clusters of usages) per model, library or API

-- One group of usages and how it was clustered (or why it was not).
CREATE TABLE pattern_groups (
  group_by VARCHAR NOT NULL,           -- model | library | api
  group_key VARCHAR NOT NULL,          -- the model id, library or API
  algorithm VARCHAR NOT NULL,          -- kmeans | hierarchical | dbscan
  usages INTEGER NOT NULL,
  status VARCHAR NOT NULL,             -- clustered | too-small | too-large
  message VARCHAR,                     -- why a group was not clustered
  patterns INTEGER NOT NULL,
  noise INTEGER NOT NULL,              -- usages no pattern takes (dbscan)
  silhouette DOUBLE,                   -- mean silhouette, cosine distance; null when undefined
  chosen_k INTEGER,                    -- k picked by silhouette (kmeans)
  silhouette_by_k VARCHAR,             -- JSON object k -> silhouette of every k tried (kmeans)
  coverage DOUBLE,                     -- UP-Miner coverage of the pattern sequences
  succinctness DOUBLE,                 -- 1 - patterns / distinct call sequences
  seed BIGINT NOT NULL,
  built_at TIMESTAMP NOT NULL,
  PRIMARY KEY (group_by, group_key)
);

-- One pattern (cluster) of a group, with its representative usage.
CREATE TABLE patterns (
  group_by VARCHAR NOT NULL,
  group_key VARCHAR NOT NULL,
  pattern INTEGER NOT NULL,            -- 1 = largest cluster of the group
  size INTEGER NOT NULL,
  coverage DOUBLE NOT NULL,            -- share of the group's usages in this pattern
  representative_usage_id VARCHAR NOT NULL, -- the medoid
  api_sequence VARCHAR[] NOT NULL,     -- most frequent ordered call sequence among members
  keyword_args VARCHAR[] NOT NULL,     -- distinct keyword arguments, most frequent first
  nearest_usage_ids VARCHAR[] NOT NULL, -- members nearest to the representative, nearest first
  summary VARCHAR,                     -- optional LLM summary
  PRIMARY KEY (group_by, group_key, pattern)
);

-- Membership of every clustered usage; pattern is null for noise.
CREATE TABLE pattern_members (
  group_by VARCHAR NOT NULL,
  group_key VARCHAR NOT NULL,
  usage_id VARCHAR NOT NULL,
  pattern INTEGER,                     -- null: noise
  distance DOUBLE,                     -- cosine distance to the pattern's representative
  PRIMARY KEY (group_by, group_key, usage_id)
);
