-- policy_ext install script, concatenated by the Makefile from the
-- per-capability files in scripts/ (one per type, named for it).

\echo Use "CREATE EXTENSION policy_ext" to load this file. \quit
-- period: a statistical reporting period (doc/period.md).
-- Order of this section: type and I/O, functions, operator implementations,
-- casts, operators, aggregates (min and max name their sort operators),
-- operator classes.

CREATE TYPE period;

CREATE FUNCTION period_in(cstring) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_out(period) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_recv(internal) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_send(period) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Eight bytes by value: an int64 whose order is the type's order.
CREATE TYPE period (
    INPUT = period_in,
    OUTPUT = period_out,
    RECEIVE = period_recv,
    SEND = period_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain,
    CATEGORY = 'D'
);

COMMENT ON TYPE period IS 'statistical reporting period: year, half-year, trimester, quarter, month, ISO week, day, or a cumulative span of one frequency (2021-01/2021-11)';
COMMENT ON FUNCTION period_in(cstring) IS 'strict text input of period (the SDMX time-period forms)';
COMMENT ON FUNCTION period_out(period) IS 'canonical text output of period';
COMMENT ON FUNCTION period_recv(internal) IS 'binary input of period; rejects non-canonical encodings';
COMMENT ON FUNCTION period_send(period) IS 'binary output of period';

-- Functions

CREATE FUNCTION to_period(text) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_period(text) IS 'lenient period input: also 2001M1, 2012Q1, 2012 Q1, Nov 2021, 2021年第三季度, 2021年1-11月';

CREATE FUNCTION period_start(period) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_start(period) IS 'first day of the period';

CREATE FUNCTION period_end(period) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_end(period) IS 'last day of the period (inclusive)';

CREATE FUNCTION period_freq(period) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_freq(period) IS 'SDMX frequency code of the period: A, S, T, Q, M, W or D';

CREATE FUNCTION period_length(period) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_length(period) IS 'number of units of its frequency the period covers (11 for 2021-01/2021-11)';

CREATE FUNCTION period_is_cumulative(period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_is_cumulative(period) IS 'true for a span of more than one unit (2021-01/2021-11)';

CREATE FUNCTION period(date, text) RETURNS period
    AS 'MODULE_PATHNAME', 'period_from_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period(date, text) IS 'the period of the given frequency (A, S, T, Q, M, W, D) that holds the date';

CREATE FUNCTION period_year_ago(period) RETURNS period
    AS 'MODULE_PATHNAME', 'period_year_ago_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_year_ago(period) IS 'the same period a year earlier (NULL for an ISO week 53 without a counterpart)';

CREATE FUNCTION period_ytd(period) RETURNS period
    AS 'MODULE_PATHNAME', 'period_ytd_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_ytd(period) IS 'the year-to-date span that ends with the period (2021-11 gives 2021-01/2021-11)';

CREATE FUNCTION period_parent(period, text) RETURNS period
    AS 'MODULE_PATHNAME', 'period_parent_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION period_parent(period, text) IS 'the period of the given frequency that holds the period (a week goes where its Thursday is)';

CREATE FUNCTION generate_periods(period, period) RETURNS SETOF period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION generate_periods(period, period) IS 'every period of one frequency from the first argument to the second, inclusive';

-- Operator implementations

CREATE FUNCTION period_eq(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_ne(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_lt(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_le(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_gt(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_ge(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_cmp(period, period) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_in_range(period, period, integer, boolean, boolean) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_hash(period) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_hash_extended(period, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION period_larger(period, period) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_smaller(period, period) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION period_pl_int4(period, integer) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION int4_pl_period(integer, period) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_mi_int4(period, integer) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_mi_period(period, period) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_contains_date(period, date) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION date_contained_by_period(date, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_contains(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_contained_by(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_overlaps(period, period) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION period_to_daterange(period) RETURNS daterange
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION period_eq(period, period) IS 'implementation of = for period';
COMMENT ON FUNCTION period_ne(period, period) IS 'implementation of <> for period';
COMMENT ON FUNCTION period_lt(period, period) IS 'implementation of < for period';
COMMENT ON FUNCTION period_le(period, period) IS 'implementation of <= for period';
COMMENT ON FUNCTION period_gt(period, period) IS 'implementation of > for period';
COMMENT ON FUNCTION period_ge(period, period) IS 'implementation of >= for period';
COMMENT ON FUNCTION period_cmp(period, period) IS 'btree comparison of periods: first day, then last day, then frequency';
COMMENT ON FUNCTION period_sortsupport(internal) IS 'btree sort support for period';
COMMENT ON FUNCTION period_in_range(period, period, integer, boolean, boolean) IS 'btree in_range support for period: RANGE n PRECEDING/FOLLOWING in units of the frequency';
COMMENT ON FUNCTION period_hash(period) IS 'hash of a period';
COMMENT ON FUNCTION period_hash_extended(period, bigint) IS 'seeded 64-bit hash of a period';
COMMENT ON FUNCTION period_larger(period, period) IS 'the later of two periods (support for max)';
COMMENT ON FUNCTION period_smaller(period, period) IS 'the earlier of two periods (support for min)';
COMMENT ON FUNCTION period_pl_int4(period, integer) IS 'implementation of period + integer: shift by units of its frequency';
COMMENT ON FUNCTION int4_pl_period(integer, period) IS 'implementation of integer + period: shift by units of its frequency';
COMMENT ON FUNCTION period_mi_int4(period, integer) IS 'implementation of period - integer: shift back by units of its frequency';
COMMENT ON FUNCTION period_mi_period(period, period) IS 'implementation of period - period: units between the starts (same frequency)';
COMMENT ON FUNCTION period_contains_date(period, date) IS 'implementation of period @> date';
COMMENT ON FUNCTION date_contained_by_period(date, period) IS 'implementation of date <@ period';
COMMENT ON FUNCTION period_contains(period, period) IS 'implementation of period @> period';
COMMENT ON FUNCTION period_contained_by(period, period) IS 'implementation of period <@ period';
COMMENT ON FUNCTION period_overlaps(period, period) IS 'implementation of period && period';
COMMENT ON FUNCTION period_to_daterange(period) IS 'the days of the period as a daterange';

-- Casts

CREATE CAST (period AS daterange) WITH FUNCTION period_to_daterange(period);
COMMENT ON CAST (period AS daterange) IS 'the days of the period, [first day, last day + 1)';

-- Operators

CREATE OPERATOR = (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR + (
    LEFTARG = period, RIGHTARG = integer, PROCEDURE = period_pl_int4, COMMUTATOR = +
);
CREATE OPERATOR + (
    LEFTARG = integer, RIGHTARG = period, PROCEDURE = int4_pl_period, COMMUTATOR = +
);
CREATE OPERATOR - (
    LEFTARG = period, RIGHTARG = integer, PROCEDURE = period_mi_int4
);
CREATE OPERATOR - (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_mi_period
);
CREATE OPERATOR @> (
    LEFTARG = period, RIGHTARG = date, PROCEDURE = period_contains_date,
    COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR <@ (
    LEFTARG = date, RIGHTARG = period, PROCEDURE = date_contained_by_period,
    COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @> (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_contains,
    COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR <@ (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_contained_by,
    COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR && (
    LEFTARG = period, RIGHTARG = period, PROCEDURE = period_overlaps,
    COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel
);

COMMENT ON OPERATOR = (period, period) IS 'equal: same days and same frequency';
COMMENT ON OPERATOR <> (period, period) IS 'not equal';
COMMENT ON OPERATOR < (period, period) IS 'earlier: by first day, then last day, then frequency';
COMMENT ON OPERATOR <= (period, period) IS 'earlier or equal';
COMMENT ON OPERATOR > (period, period) IS 'later: by first day, then last day, then frequency';
COMMENT ON OPERATOR >= (period, period) IS 'later or equal';
COMMENT ON OPERATOR + (period, integer) IS 'shift forward by units of the period''s frequency';
COMMENT ON OPERATOR + (integer, period) IS 'shift forward by units of the period''s frequency';
COMMENT ON OPERATOR - (period, integer) IS 'shift back by units of the period''s frequency';
COMMENT ON OPERATOR - (period, period) IS 'units between the starts of two periods of one frequency';
COMMENT ON OPERATOR @> (period, date) IS 'period contains the day';
COMMENT ON OPERATOR <@ (date, period) IS 'day lies in the period';
COMMENT ON OPERATOR @> (period, period) IS 'period contains every day of the other';
COMMENT ON OPERATOR <@ (period, period) IS 'every day of the period lies in the other';
COMMENT ON OPERATOR && (period, period) IS 'the periods share at least one day';

-- Aggregates

CREATE AGGREGATE min(period) (
    SFUNC = period_smaller, STYPE = period, COMBINEFUNC = period_smaller,
    SORTOP = <, PARALLEL = SAFE
);
CREATE AGGREGATE max(period) (
    SFUNC = period_larger, STYPE = period, COMBINEFUNC = period_larger,
    SORTOP = >, PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(period) IS 'earliest period in the type''s order';
COMMENT ON AGGREGATE max(period) IS 'latest period in the type''s order';

-- Operator classes.  The hash class serves hash joins and hash aggregation
-- even where nobody builds a hash index; in_range makes RANGE windows work.

CREATE OPERATOR CLASS period_ops
    DEFAULT FOR TYPE period USING btree AS
        OPERATOR 1 <,
        OPERATOR 2 <=,
        OPERATOR 3 =,
        OPERATOR 4 >=,
        OPERATOR 5 >,
        FUNCTION 1 period_cmp(period, period),
        FUNCTION 2 period_sortsupport(internal),
        FUNCTION 3 period_in_range(period, period, integer, boolean, boolean);

CREATE OPERATOR CLASS period_hash_ops
    DEFAULT FOR TYPE period USING hash AS
        OPERATOR 1 =,
        FUNCTION 1 period_hash(period),
        FUNCTION 2 period_hash_extended(period, bigint);

COMMENT ON OPERATOR CLASS period_ops USING btree IS 'default btree class for period: order by first day, last day, frequency; sort support; RANGE offsets in units';
COMMENT ON OPERATOR CLASS period_hash_ops USING hash IS 'default hash class for period (hash joins, hash aggregation, hash partitioning)';
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
-- policy_goal: an announced target (doc/policy_goal.md).
-- Order: type and I/O, functions, operator implementations, operators,
-- operator classes.  Scoring (goal_assess, goal_track) is in goal_assess.sql.

CREATE TYPE policy_goal;

CREATE FUNCTION policy_goal_in(cstring) RETURNS policy_goal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION policy_goal_out(policy_goal) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION policy_goal_recv(internal) RETURNS policy_goal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION policy_goal_send(policy_goal) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Variable length, a format-version byte first: goals will grow fields.
CREATE TYPE policy_goal (
    INPUT = policy_goal_in,
    OUTPUT = policy_goal_out,
    RECEIVE = policy_goal_recv,
    SEND = policy_goal_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE policy_goal IS 'announced target: >= 80000 by 2023, < 0% yoy in 2021, >= 7% pa by 2025 from 2020';
COMMENT ON FUNCTION policy_goal_in(cstring) IS 'text input of policy_goal';
COMMENT ON FUNCTION policy_goal_out(policy_goal) IS 'canonical text output of policy_goal';
COMMENT ON FUNCTION policy_goal_recv(internal) IS 'binary input of policy_goal; checks the format version and the fields';
COMMENT ON FUNCTION policy_goal_send(policy_goal) IS 'binary output of policy_goal, format version first';

-- Accessors

CREATE FUNCTION goal_target(policy_goal) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_target(policy_goal) IS 'the target number: the level, or the number of the change (the lower end of between)';
CREATE FUNCTION goal_target_upper(policy_goal) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_target_upper(policy_goal) IS 'the upper end of a between goal, NULL for other goals';
CREATE FUNCTION goal_target_delta(policy_goal) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_target_delta(policy_goal) IS 'the target as a metric_delta, NULL when the target is a level';
CREATE FUNCTION goal_comparator(policy_goal) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_comparator(policy_goal) IS 'the comparator: >=, >, <=, <, =, ~ or between';
CREATE FUNCTION goal_deadline(policy_goal) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_deadline(policy_goal) IS 'the deadline period';
CREATE FUNCTION goal_deadline_kind(policy_goal) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_deadline_kind(policy_goal) IS 'by (reached by the end of the deadline) or in (about the deadline period''s figure)';
CREATE FUNCTION goal_baseline_period(policy_goal) RETURNS period
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_baseline_period(policy_goal) IS 'the baseline period (from P), NULL when not stated';
CREATE FUNCTION goal_baseline_value(policy_goal) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_baseline_value(policy_goal) IS 'the baseline value (from V in P), NULL when not stated';
CREATE FUNCTION goal_tolerance(policy_goal) RETURNS numeric
    AS 'MODULE_PATHNAME', 'goal_tolerance_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_tolerance(policy_goal) IS 'the tolerance of ~: explicit, or half a unit of the last stated digit; NULL for other comparators';

-- Meeting and progress

CREATE FUNCTION goal_met(policy_goal, numeric) RETURNS boolean
    AS 'MODULE_PATHNAME', 'goal_met_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_met(policy_goal, numeric) IS 'does this value meet the goal (exactly compared)';
CREATE FUNCTION goal_met(policy_goal, double precision) RETURNS boolean
    AS 'MODULE_PATHNAME', 'goal_met_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_met(policy_goal, double precision) IS 'does this value meet the goal (compared at its shortest decimal)';
CREATE FUNCTION goal_met(policy_goal, metric_delta) RETURNS boolean
    AS 'MODULE_PATHNAME', 'goal_met_delta' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_met(policy_goal, metric_delta) IS 'does this change meet a goal on a change of its kind';
CREATE FUNCTION goal_progress(policy_goal, double precision, double precision) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_progress(policy_goal, double precision, double precision) IS 'share of the way from baseline (3rd) to target of the current value (2nd): d*(v - b)/|G - b|';
CREATE FUNCTION goal_required_pace(policy_goal, period, double precision) RETURNS metric_delta
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION goal_required_pace(policy_goal, period, double precision) IS 'the % pa still needed from the value in the period to reach the target by the deadline';

-- Operator implementations

CREATE FUNCTION policy_goal_eq(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_ne(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_lt(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_le(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_gt(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_ge(policy_goal, policy_goal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_cmp(policy_goal, policy_goal) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_hash(policy_goal) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION policy_goal_hash_extended(policy_goal, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION policy_goal_eq(policy_goal, policy_goal) IS 'implementation of = for policy_goal';
COMMENT ON FUNCTION policy_goal_ne(policy_goal, policy_goal) IS 'implementation of <> for policy_goal';
COMMENT ON FUNCTION policy_goal_lt(policy_goal, policy_goal) IS 'implementation of < for policy_goal';
COMMENT ON FUNCTION policy_goal_le(policy_goal, policy_goal) IS 'implementation of <= for policy_goal';
COMMENT ON FUNCTION policy_goal_gt(policy_goal, policy_goal) IS 'implementation of > for policy_goal';
COMMENT ON FUNCTION policy_goal_ge(policy_goal, policy_goal) IS 'implementation of >= for policy_goal';
COMMENT ON FUNCTION policy_goal_cmp(policy_goal, policy_goal) IS 'btree comparison of goals: deadline first, then comparator, target, tolerance, baseline';
COMMENT ON FUNCTION policy_goal_hash(policy_goal) IS 'hash of a policy_goal';
COMMENT ON FUNCTION policy_goal_hash_extended(policy_goal, bigint) IS 'seeded 64-bit hash of a policy_goal';

-- Operators

CREATE OPERATOR = (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = policy_goal, RIGHTARG = policy_goal, PROCEDURE = policy_goal_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR = (policy_goal, policy_goal) IS 'equal: the same goal, as its canonical text says';
COMMENT ON OPERATOR <> (policy_goal, policy_goal) IS 'not equal';
COMMENT ON OPERATOR < (policy_goal, policy_goal) IS 'less: by deadline, then comparator, target, tolerance, baseline';
COMMENT ON OPERATOR <= (policy_goal, policy_goal) IS 'less or equal';
COMMENT ON OPERATOR > (policy_goal, policy_goal) IS 'greater: by deadline, then comparator, target, tolerance, baseline';
COMMENT ON OPERATOR >= (policy_goal, policy_goal) IS 'greater or equal';

-- Operator classes

CREATE OPERATOR CLASS policy_goal_ops
    DEFAULT FOR TYPE policy_goal USING btree AS
        OPERATOR 1 <,
        OPERATOR 2 <=,
        OPERATOR 3 =,
        OPERATOR 4 >=,
        OPERATOR 5 >,
        FUNCTION 1 policy_goal_cmp(policy_goal, policy_goal);

CREATE OPERATOR CLASS policy_goal_hash_ops
    DEFAULT FOR TYPE policy_goal USING hash AS
        OPERATOR 1 =,
        FUNCTION 1 policy_goal_hash(policy_goal),
        FUNCTION 2 policy_goal_hash_extended(policy_goal, bigint);

COMMENT ON OPERATOR CLASS policy_goal_ops USING btree IS 'default btree class for policy_goal: by deadline first';
COMMENT ON OPERATOR CLASS policy_goal_hash_ops USING hash IS 'default hash class for policy_goal';
-- Scoring a policy_goal: the verdicts, goal_assess()/goal_status() for one
-- baseline and one observation, and the goal_track() aggregate for a
-- series (doc/policy_goal.md, "Scoring").

CREATE TYPE goal_state AS ENUM (
    'achieved', 'on_track', 'behind', 'off_track', 'regressing', 'missed',
    'insufficient_data'
);
COMMENT ON TYPE goal_state IS 'verdict on a goal: achieved, on_track, behind, off_track, regressing, missed, insufficient_data';

CREATE TYPE goal_assessment AS (
    status goal_state,
    reason text,
    ratio double precision,
    progress double precision,
    base_period period,
    base_value double precision,
    latest_period period,
    latest_value double precision,
    observed_pace metric_delta,
    required_pace metric_delta,
    projected double precision,
    met boolean
);
COMMENT ON TYPE goal_assessment IS 'a goal scored: status and reason, the method''s ratio, progress, baseline and latest observation, paces, projection';

-- Not STRICT: a NULL baseline falls back to the goal's own.
CREATE FUNCTION goal_assess(goal policy_goal, base_period period, base_value double precision,
                            cur_period period, cur_value double precision,
                            method text DEFAULT 'statcan') RETURNS goal_assessment
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION goal_assess(policy_goal, period, double precision, period, double precision, text) IS 'score a goal from a baseline and the latest observation with a method (statcan, unsd, prorata)';
CREATE FUNCTION goal_status(goal policy_goal, base_period period, base_value double precision,
                            cur_period period, cur_value double precision,
                            method text DEFAULT 'statcan') RETURNS goal_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION goal_status(policy_goal, period, double precision, period, double precision, text) IS 'the status of goal_assess() alone';

-- goal_track: the state is fixed-size (the goal and the few observations
-- the rules can use), so serialising it is a copy; SSPACE is its size as
-- allocated (320 bytes in a 528-byte chunk), so the planner keeps a hash
-- aggregate of a million series in memory when work_mem allows.

CREATE FUNCTION goal_track_transfn(internal, policy_goal, period, double precision) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION goal_track_transfn(internal, policy_goal, period, double precision, text) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION goal_track_delta_transfn(internal, policy_goal, period, metric_delta) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION goal_track_delta_transfn(internal, policy_goal, period, metric_delta, text) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION goal_track_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION goal_track_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION goal_track_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION goal_track_final(internal) RETURNS goal_assessment
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION goal_track_transfn(internal, policy_goal, period, double precision) IS 'goal_track transition: keeps the observations the rules can use';
COMMENT ON FUNCTION goal_track_transfn(internal, policy_goal, period, double precision, text) IS 'goal_track transition, with a method';
COMMENT ON FUNCTION goal_track_delta_transfn(internal, policy_goal, period, metric_delta) IS 'goal_track transition over changes';
COMMENT ON FUNCTION goal_track_delta_transfn(internal, policy_goal, period, metric_delta, text) IS 'goal_track transition over changes, with a method';
COMMENT ON FUNCTION goal_track_combine(internal, internal) IS 'goal_track: merges two partial states';
COMMENT ON FUNCTION goal_track_serialize(internal) IS 'goal_track: state to bytea, for parallel workers';
COMMENT ON FUNCTION goal_track_deserialize(bytea, internal) IS 'goal_track: state from bytea';
COMMENT ON FUNCTION goal_track_final(internal) IS 'goal_track: the assessment from the baseline and the latest observation';

CREATE AGGREGATE goal_track(policy_goal, period, double precision) (
    SFUNC = goal_track_transfn, STYPE = internal, SSPACE = 528, FINALFUNC = goal_track_final,
    COMBINEFUNC = goal_track_combine, SERIALFUNC = goal_track_serialize,
    DESERIALFUNC = goal_track_deserialize, PARALLEL = SAFE
);
CREATE AGGREGATE goal_track(policy_goal, period, double precision, text) (
    SFUNC = goal_track_transfn, STYPE = internal, SSPACE = 528, FINALFUNC = goal_track_final,
    COMBINEFUNC = goal_track_combine, SERIALFUNC = goal_track_serialize,
    DESERIALFUNC = goal_track_deserialize, PARALLEL = SAFE
);
CREATE AGGREGATE goal_track(policy_goal, period, metric_delta) (
    SFUNC = goal_track_delta_transfn, STYPE = internal, SSPACE = 528, FINALFUNC = goal_track_final,
    COMBINEFUNC = goal_track_combine, SERIALFUNC = goal_track_serialize,
    DESERIALFUNC = goal_track_deserialize, PARALLEL = SAFE
);
CREATE AGGREGATE goal_track(policy_goal, period, metric_delta, text) (
    SFUNC = goal_track_delta_transfn, STYPE = internal, SSPACE = 528, FINALFUNC = goal_track_final,
    COMBINEFUNC = goal_track_combine, SERIALFUNC = goal_track_serialize,
    DESERIALFUNC = goal_track_deserialize, PARALLEL = SAFE
);

COMMENT ON AGGREGATE goal_track(policy_goal, period, double precision) IS 'score a goal against a series of observations (statcan method)';
COMMENT ON AGGREGATE goal_track(policy_goal, period, double precision, text) IS 'score a goal against a series of observations with a method: statcan, unsd or prorata';
COMMENT ON AGGREGATE goal_track(policy_goal, period, metric_delta) IS 'score a goal on a change against a series of changes (statcan method)';
COMMENT ON AGGREGATE goal_track(policy_goal, period, metric_delta, text) IS 'score a goal on a change against a series of changes with a method';
-- SDMX-ML import (doc/sdmx.md): one row per observation of a data message,
-- read by libxml2's pull reader, keyed by period.

CREATE FUNCTION sdmx_observations(doc text,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(text) IS 'the observations of an SDMX-ML data message (2.0, 2.1, 3.0) held as text';

CREATE FUNCTION sdmx_observations(doc bytea,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_bytea' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(bytea) IS 'the observations of an SDMX-ML data message held as bytes, in the encoding it declares';

CREATE FUNCTION sdmx_observations(doc xml,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_xml' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(xml) IS 'the observations of an SDMX-ML data message held as xml';

-- VOLATILE: the file may change between calls.  The privilege check is in
-- the C function (pg_read_server_files), as for pg_read_file().
CREATE FUNCTION sdmx_observations_file(path text,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_file' LANGUAGE C VOLATILE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations_file(text) IS 'the observations of an SDMX-ML data message in a server file, read in chunks (needs pg_read_server_files)';
