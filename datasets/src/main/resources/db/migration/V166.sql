-- One embedding cache for every feature that embeds text: the search index's vectors move from
-- pick_embeddings to text_embeddings, which issue labelling fills too, so that a labelling run
-- that was killed, or run again after a sync, embeds only the issues it has not embedded before.
CREATE TABLE text_embeddings (
  text_sha256 VARCHAR NOT NULL,        -- SHA-256 of the embedded text (the text itself is not kept)
  embedder VARCHAR NOT NULL,           -- the embedding model and its version
  vector BLOB NOT NULL,                -- float32 little-endian, unit length
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (text_sha256, embedder)
);
INSERT INTO text_embeddings SELECT text_sha256, embedder, vector, created_at FROM pick_embeddings;
DROP TABLE pick_embeddings;
