-- web: PTM-enriched samples drawn in hfmine serve's workspace (annotate export --enrich in the browser)

-- The design of an enriched draw as annotate export describes it ("330 prescreened + 270 random, at
-- most 8 and 2 per repository"); null for a plain or project-stratified sample and for samples
-- drawn before this column.
ALTER TABLE annotation_samples ADD COLUMN enrichment VARCHAR;
-- What the draw left out before sampling, as the form said it ("issues already annotated", "the
-- issues of earlier samples", both joined by "; "); null when nothing was left out.
ALTER TABLE annotation_samples ADD COLUMN leaves_out VARCHAR;
-- Stratum of an enriched sample's issue: P (prescreened) or R (random), as annotate export's
-- --manifest writes it; null for a plain sample. Never shown to annotators (they would learn which
-- issues the prescreen picked).
ALTER TABLE annotation_sample_issues ADD COLUMN stratum VARCHAR;
