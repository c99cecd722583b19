-- policy_ext 0.4 -> 0.5: html_to_text() and extract_facts() (the same
-- definitions as scripts/html_to_text.sql and scripts/extract_facts.sql at 0.5).

\echo Use "ALTER EXTENSION policy_ext UPDATE TO '0.5'" to load this file. \quit

-- html_to_text (doc/html_to_text.md): a web page's readable text, read by
-- libxml2's HTML parser with no network; scripts, styles and navigation
-- dropped, blocks on lines of their own, entities decoded, blanks folded.

CREATE FUNCTION html_to_text(html text) RETURNS text
    AS 'MODULE_PATHNAME', 'html_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION html_to_text(text) IS 'the readable text of an HTML page: scripts, styles and navigation dropped, one line per block, table cells separated by tabs, entities decoded, blanks folded';

-- Fact extraction (doc/extract_facts.md): the figures, changes and targets
-- of an English or Chinese press release, as typed rows.

CREATE TYPE fact_kind AS ENUM ('level', 'share', 'delta', 'goal');
COMMENT ON TYPE fact_kind IS 'what an extracted fact states: a level, a share of a total, a change, or a target';

-- IMMUTABLE: the rows depend on the text and the date only (relative periods
-- such as "this year" are resolved against published, never against now()).
CREATE FUNCTION extract_facts(doc text, published date,
        OUT kind fact_kind, OUT subject text, OUT value numeric, OUT unit text,
        OUT qualifier text, OUT delta metric_delta, OUT goal policy_goal,
        OUT period period, OUT span int4range, OUT sentence text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'extract_facts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20 COST 1000;
COMMENT ON FUNCTION extract_facts(text, date) IS 'the facts (levels, shares, changes, goals) of an English or Chinese press release published on the given date';
