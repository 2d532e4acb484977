-- When the stored version of an article was produced (its latest provenance
-- "at"): a redelivered older version must not overwrite a newer one.
ALTER TABLE articles ADD COLUMN produced_at timestamptz;
