-- policy_ext 0.2 -> 0.3: policy_goal, goal_met/goal_progress/
-- goal_required_pace, goal_assess/goal_status and the goal_track aggregate
-- (the same definitions as scripts/policy_goal.sql and
-- scripts/goal_assess.sql at 0.3).

\echo Use "ALTER EXTENSION policy_ext UPDATE TO '0.3'" to load this file. \quit

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
