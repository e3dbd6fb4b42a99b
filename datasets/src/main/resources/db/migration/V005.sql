-- labels: PTM relevance, challenge themes and sub-themes, issue types, each with its source

-- One label of an issue. An issue may carry several themes and sub-themes; every automatic or
-- human labelling keeps its own rows, told apart by source.
CREATE TABLE issue_labels (
  repository VARCHAR NOT NULL,
  issue_number INTEGER NOT NULL,
  label_kind VARCHAR NOT NULL,         -- ptm | theme | subtheme | type
  value VARCHAR NOT NULL,              -- ptm: true/false; theme/subtheme: taxonomy code; type: bug/question/enhancement/other
  source VARCHAR NOT NULL,             -- rules | classifier | llm | human:<annotator>
  confidence DOUBLE,
  evidence VARCHAR,                    -- what fired (rules), or the model's answer (llm)
  labelled_at TIMESTAMP NOT NULL,
  PRIMARY KEY (repository, issue_number, label_kind, value, source)
);
