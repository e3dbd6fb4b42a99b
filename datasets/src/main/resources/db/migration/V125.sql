-- Records of a Hub listing page that hfmine could not read (an id outside the Hub's id grammar, a
-- field of the wrong type). The rest of the page is stored; these are kept here so a sync that
-- skipped some says which, instead of failing the whole page or dropping them silently.
CREATE TABLE listing_rejects (
  unit_kind VARCHAR NOT NULL,     -- the listing: models-listing | datasets-listing
  unit_key VARCHAR NOT NULL,      -- the listing's query key (as in crawl_units.unit_key)
  page_url VARCHAR NOT NULL,      -- the listing page the record came on
  position INTEGER NOT NULL,      -- 1-based position of the record on that page
  record_id VARCHAR,              -- the record's id as the Hub sent it (cut to 200 characters), null when it had none
  reason VARCHAR NOT NULL,        -- why it was not stored, naming the field
  seen_at TIMESTAMP NOT NULL,     -- when the page was read (UTC)
  PRIMARY KEY (page_url, position)
);
