-- Period-aware growth: window functions that find the comparison row by
-- period, not by position (doc/metric_delta.md, "Window functions").
-- Window functions fetch their own arguments, so none is STRICT; like
-- lag() and lead() they are IMMUTABLE.

CREATE FUNCTION yoy(numeric, period) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_yoy' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION yoy(numeric, period, text) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_yoy' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION yoy(double precision, period) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_yoy' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION yoy(double precision, period, text) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_yoy' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION pop(numeric, period) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_pop' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION pop(numeric, period, text) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_pop' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION pop(double precision, period) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_pop' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION pop(double precision, period, text) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'growth_pop' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION ytd_decumulate(numeric, period) RETURNS numeric
    AS 'MODULE_PATHNAME', 'growth_ytd_decumulate' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION ytd_decumulate(double precision, period) RETURNS double precision
    AS 'MODULE_PATHNAME', 'growth_ytd_decumulate' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION yoy(numeric, period) IS 'window: % change on the row whose period is a year earlier (NULL if there is none)';
COMMENT ON FUNCTION yoy(numeric, period, text) IS 'window: change (%, pp or abs) on the row whose period is a year earlier';
COMMENT ON FUNCTION yoy(double precision, period) IS 'window: % change on the row whose period is a year earlier (NULL if there is none)';
COMMENT ON FUNCTION yoy(double precision, period, text) IS 'window: change (%, pp or abs) on the row whose period is a year earlier';
COMMENT ON FUNCTION pop(numeric, period) IS 'window: % change on the row of the previous period (mom, qoq, wow, dod)';
COMMENT ON FUNCTION pop(numeric, period, text) IS 'window: change (%, pp or abs) on the row of the previous period';
COMMENT ON FUNCTION pop(double precision, period) IS 'window: % change on the row of the previous period (mom, qoq, wow, dod)';
COMMENT ON FUNCTION pop(double precision, period, text) IS 'window: change (%, pp or abs) on the row of the previous period';
COMMENT ON FUNCTION ytd_decumulate(numeric, period) IS 'window: the single-period value of a year-to-date figure (minus the figure ending a period earlier)';
COMMENT ON FUNCTION ytd_decumulate(double precision, period) IS 'window: the single-period value of a year-to-date figure (minus the figure ending a period earlier)';
