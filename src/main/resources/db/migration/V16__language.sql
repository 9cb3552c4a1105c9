-- The language a person asked in (a consultation request's `language`, else its Accept-Language): every message to
-- them is in it. Leads from before are English, as their messages were.
ALTER TABLE leads ADD COLUMN language varchar(2) NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es'));
