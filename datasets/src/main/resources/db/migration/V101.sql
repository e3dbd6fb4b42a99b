-- serve: more single-column look-ups the compound primary keys do not answer (see V100). A usage
-- page reads the verdict of its hit by blob sha; "similar usages" and a model page read a model's
-- usages by model id, which without an index meant reading all of a large study's usages.
CREATE INDEX hit_verifications_blob_sha ON hit_verifications (blob_sha);
CREATE INDEX usages_model_id ON usages (model_id);
