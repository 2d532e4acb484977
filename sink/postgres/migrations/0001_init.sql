-- Tables of the linked articles. Offsets (char_start, char_end) count
-- Unicode code points into articles.text, end exclusive, exactly as the
-- start/end fields of the JSON messages ("end" is a reserved word in SQL).

CREATE TABLE articles (
    id           text PRIMARY KEY,
    source       text,
    url          text,
    title        text,
    language     text,
    published_at timestamptz,
    text         text,
    stages       jsonb,
    raw          jsonb NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_published_at_idx ON articles (published_at);
CREATE INDEX articles_source_idx ON articles (source, published_at);

CREATE TABLE entities (
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ref        text NOT NULL,
    name       text NOT NULL,
    type       text NOT NULL,
    link       text,
    score      double precision,
    PRIMARY KEY (article_id, ref)
);

CREATE INDEX entities_link_idx ON entities (link) WHERE link IS NOT NULL;

CREATE TABLE mentions (
    article_id text NOT NULL,
    ref        text NOT NULL,
    char_start integer NOT NULL,
    char_end   integer NOT NULL,
    text       text NOT NULL,
    FOREIGN KEY (article_id, ref) REFERENCES entities (article_id, ref) ON DELETE CASCADE
);

CREATE INDEX mentions_article_idx ON mentions (article_id, char_start);
CREATE INDEX mentions_ref_idx ON mentions (article_id, ref);

CREATE TABLE quotes (
    article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx           integer NOT NULL,
    char_start    integer NOT NULL,
    char_end      integer NOT NULL,
    text          text NOT NULL,
    kind          text NOT NULL,
    speaker_start integer,
    speaker_end   integer,
    speaker_text  text,
    speaker_name  text,
    speaker_ref   text,
    -- The Wikidata id of the speaker's entity (entities.link via speaker_ref),
    -- copied here so "all quotes by Q..." needs no join.
    speaker_link  text,
    cue_start     integer,
    cue_end       integer,
    cue_text      text,
    -- The sentences around the quote (from the first sentence it touches to
    -- the last), so "who is quoted about X" can find mentions near a quote.
    context_start integer NOT NULL,
    context_end   integer NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX quotes_speaker_link_idx ON quotes (speaker_link) WHERE speaker_link IS NOT NULL;
CREATE INDEX quotes_speaker_name_idx ON quotes (speaker_name);
