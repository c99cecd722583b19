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
