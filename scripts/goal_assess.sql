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
