-- policy_ext 0.1 -> 0.2: metric_delta and the period-aware growth window
-- functions (the same definitions as scripts/metric_delta.sql and
-- scripts/growth.sql at 0.2).

\echo Use "ALTER EXTENSION policy_ext UPDATE TO '0.2'" to load this file. \quit

-- metric_delta: a reported change (doc/metric_delta.md).
-- Order: type and I/O, functions, operator implementations, operators,
-- aggregates, operator classes.

CREATE TYPE metric_delta;

CREATE FUNCTION metric_delta_in(cstring) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_out(metric_delta) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_recv(internal) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_send(metric_delta) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Sixteen bytes: a decimal (int64 coefficient, int16 exponent), kind, basis.
CREATE TYPE metric_delta (
    INPUT = metric_delta_in,
    OUTPUT = metric_delta_out,
    RECEIVE = metric_delta_recv,
    SEND = metric_delta_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE metric_delta IS 'reported change: +10.1% yoy, -0.3pp mom, +2930 yoy, +7% pa, -13.5% cum';
COMMENT ON FUNCTION metric_delta_in(cstring) IS 'text input of metric_delta';
COMMENT ON FUNCTION metric_delta_out(metric_delta) IS 'canonical text output of metric_delta, always signed';
COMMENT ON FUNCTION metric_delta_recv(internal) IS 'binary input of metric_delta; rejects non-canonical values';
COMMENT ON FUNCTION metric_delta_send(metric_delta) IS 'binary output of metric_delta';

-- Functions

CREATE FUNCTION metric_delta(numeric, numeric, text DEFAULT '%', text DEFAULT NULL) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'metric_delta_from_numeric' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION metric_delta(numeric, numeric, text, text) IS 'the change from previous (2nd) to current (1st): kind %, pp or abs; basis yoy, mom … or NULL; NULL where growth is undefined';
CREATE FUNCTION metric_delta(double precision, double precision, text DEFAULT '%', text DEFAULT NULL) RETURNS metric_delta
    AS 'MODULE_PATHNAME', 'metric_delta_from_float8' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION metric_delta(double precision, double precision, text, text) IS 'the change from previous (2nd) to current (1st), rounded to 15 significant digits';

CREATE FUNCTION delta_value(metric_delta) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_value(metric_delta) IS 'the number of the change: 10.1 for +10.1% yoy';
CREATE FUNCTION delta_kind(metric_delta) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_kind(metric_delta) IS 'kind of the change: %, pp or abs';
CREATE FUNCTION delta_basis(metric_delta) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_basis(metric_delta) IS 'basis of the change (yoy, mom, pa, cum …), NULL when not stated';
CREATE FUNCTION delta_base(numeric, metric_delta) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_base(numeric, metric_delta) IS 'the level the change started from: delta_base(X, ''+10.1%'') = X / 1.101';
CREATE FUNCTION delta_compound(metric_delta, numeric) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_compound(metric_delta, numeric) IS 'the cumulative change over n periods of the change: (1+a)^n - 1, or n times pp and absolute changes';
CREATE FUNCTION delta_annualize(metric_delta, numeric) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_annualize(metric_delta, numeric) IS 'the average annual (pa) change that gives the change over the years: (1+c)^(1/years) - 1';
CREATE FUNCTION delta_invert(metric_delta) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION delta_invert(metric_delta) IS 'the change that undoes it: 1/(1+a) - 1, or the negated pp or absolute change';

-- Operator implementations

CREATE FUNCTION numeric_pl_metric_delta(numeric, metric_delta) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_pl_numeric(metric_delta, numeric) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_pl(metric_delta, metric_delta) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION metric_delta_eq(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_ne(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_lt(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_le(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_gt(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_ge(metric_delta, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_cmp(metric_delta, metric_delta) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_hash(metric_delta) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION metric_delta_hash_extended(metric_delta, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION numeric_pl_metric_delta(numeric, metric_delta) IS 'implementation of numeric + metric_delta: the level after the change';
COMMENT ON FUNCTION metric_delta_pl_numeric(metric_delta, numeric) IS 'implementation of metric_delta + numeric: the level after the change';
COMMENT ON FUNCTION metric_delta_pl(metric_delta, metric_delta) IS 'implementation of metric_delta + metric_delta: two consecutive changes as one';
COMMENT ON FUNCTION metric_delta_eq(metric_delta, metric_delta) IS 'implementation of = for metric_delta';
COMMENT ON FUNCTION metric_delta_ne(metric_delta, metric_delta) IS 'implementation of <> for metric_delta';
COMMENT ON FUNCTION metric_delta_lt(metric_delta, metric_delta) IS 'implementation of < for metric_delta';
COMMENT ON FUNCTION metric_delta_le(metric_delta, metric_delta) IS 'implementation of <= for metric_delta';
COMMENT ON FUNCTION metric_delta_gt(metric_delta, metric_delta) IS 'implementation of > for metric_delta';
COMMENT ON FUNCTION metric_delta_ge(metric_delta, metric_delta) IS 'implementation of >= for metric_delta';
COMMENT ON FUNCTION metric_delta_cmp(metric_delta, metric_delta) IS 'btree comparison of changes: kind, then basis, then value';
COMMENT ON FUNCTION metric_delta_hash(metric_delta) IS 'hash of a metric_delta';
COMMENT ON FUNCTION metric_delta_hash_extended(metric_delta, bigint) IS 'seeded 64-bit hash of a metric_delta';

-- Operators

CREATE OPERATOR + (
    LEFTARG = numeric, RIGHTARG = metric_delta, PROCEDURE = numeric_pl_metric_delta, COMMUTATOR = +
);
CREATE OPERATOR + (
    LEFTARG = metric_delta, RIGHTARG = numeric, PROCEDURE = metric_delta_pl_numeric, COMMUTATOR = +
);
CREATE OPERATOR + (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_pl, COMMUTATOR = +
);
CREATE OPERATOR = (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = metric_delta, RIGHTARG = metric_delta, PROCEDURE = metric_delta_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR + (numeric, metric_delta) IS 'the level after the change: 100 + ''+10.1%'' = 110.1';
COMMENT ON OPERATOR + (metric_delta, numeric) IS 'the level after the change';
COMMENT ON OPERATOR + (metric_delta, metric_delta) IS 'two consecutive changes as one: (1+a)(1+b)-1 for %, sums for pp and absolute';
COMMENT ON OPERATOR = (metric_delta, metric_delta) IS 'equal: same kind, basis and value';
COMMENT ON OPERATOR <> (metric_delta, metric_delta) IS 'not equal';
COMMENT ON OPERATOR < (metric_delta, metric_delta) IS 'less: by kind, then basis, then value';
COMMENT ON OPERATOR <= (metric_delta, metric_delta) IS 'less or equal';
COMMENT ON OPERATOR > (metric_delta, metric_delta) IS 'greater: by kind, then basis, then value';
COMMENT ON OPERATOR >= (metric_delta, metric_delta) IS 'greater or equal';

-- Aggregates: the state is a metric_delta itself, so combining partial
-- chains is the same + that chains two changes.

CREATE AGGREGATE delta_chain(metric_delta) (
    SFUNC = metric_delta_pl, STYPE = metric_delta, COMBINEFUNC = metric_delta_pl,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE delta_chain(metric_delta) IS 'consecutive changes chained into one; each step is rounded to 15 significant digits';

-- Operator classes

CREATE OPERATOR CLASS metric_delta_ops
    DEFAULT FOR TYPE metric_delta USING btree AS
        OPERATOR 1 <,
        OPERATOR 2 <=,
        OPERATOR 3 =,
        OPERATOR 4 >=,
        OPERATOR 5 >,
        FUNCTION 1 metric_delta_cmp(metric_delta, metric_delta);

CREATE OPERATOR CLASS metric_delta_hash_ops
    DEFAULT FOR TYPE metric_delta USING hash AS
        OPERATOR 1 =,
        FUNCTION 1 metric_delta_hash(metric_delta),
        FUNCTION 2 metric_delta_hash_extended(metric_delta, bigint);

COMMENT ON OPERATOR CLASS metric_delta_ops USING btree IS 'default btree class for metric_delta: by kind, basis, value';
COMMENT ON OPERATOR CLASS metric_delta_hash_ops USING hash IS 'default hash class for metric_delta';

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
