/*
 * goal_assess.c — scoring a policy_goal in SQL: goal_assess(), goal_status()
 * and the goal_track() aggregate, all of which return what goal_rules.c
 * decides, as the goal_assessment row or the goal_state enum.
 */
#include "policy_ext.h"
#include "policy_goal.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

/* --- the result ---------------------------------------------------------- */

/*
 * What every call of one call site shares, looked up once: the goal_state
 * labels and, for the row, its blessed descriptor (goal_track's final
 * function runs once per group: a million times for a million series).
 */
typedef struct ResultCache
{
	Datum		labels[GS_NSTATES];
	TupleDesc	row;			/* NULL for goal_status */
} ResultCache;

static ResultCache *
result_cache(FunctionCallInfo fcinfo, bool row)
{
	ResultCache *c = (ResultCache *) fcinfo->flinfo->fn_extra;
	Oid			enum_type;
	TupleDesc	td = NULL;
	MemoryContext old;
	int			i;

	if (c != NULL)
		return c;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (row)
	{
		if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "goal_assessment: the result type is not a row type");
		td = BlessTupleDesc(CreateTupleDescCopy(td));
		enum_type = TupleDescAttr(td, 0)->atttypid;
	}
	else
		enum_type = get_fn_expr_rettype(fcinfo->flinfo);
	c = palloc(sizeof(ResultCache));
	c->row = td;
	for (i = 0; i < GS_NSTATES; i++)
		c->labels[i] = DirectFunctionCall2(enum_in,
										   CStringGetDatum(goal_state_name((GoalState) i)),
										   ObjectIdGetDatum(enum_type));
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = c;
	return c;
}

static Datum
pace_datum(double pct)
{
	return PointerGetDatum(md_make(goal_pace_decimal(pct), MK_PERCENT, MB_PA));
}

static Datum
assessment_datum(FunctionCallInfo fcinfo, const GoalAssessment *a)
{
	ResultCache *c = result_cache(fcinfo, true);
	Datum		v[12];
	bool		n[12];

	memset(n, 0, sizeof(n));
	v[0] = c->labels[a->status];
	v[1] = CStringGetTextDatum(a->reason);
	v[2] = Float8GetDatum(a->ratio), n[2] = !a->has_ratio;
	v[3] = Float8GetDatum(a->progress), n[3] = !a->has_progress;
	v[4] = PeriodGetDatum(a->base.period), n[4] = !a->has_base;
	v[5] = Float8GetDatum(a->base.value), n[5] = !a->has_base;
	v[6] = PeriodGetDatum(a->latest.period), n[6] = !a->has_latest;
	v[7] = Float8GetDatum(a->latest.value), n[7] = !a->has_latest;
	v[8] = a->has_observed ? pace_datum(a->observed_pace) : 0, n[8] = !a->has_observed;
	v[9] = a->has_required ? pace_datum(a->required_pace) : 0, n[9] = !a->has_required;
	v[10] = Float8GetDatum(a->projected), n[10] = !a->has_projected;
	v[11] = BoolGetDatum(a->met), n[11] = !a->has_met;
	return HeapTupleGetDatum(heap_form_tuple(c->row, v, n));
}

static GoalMethod
method_arg(text *t)
{
	GoalMethod	m;

	if (!goal_method_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &m))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown goal method: \"%s\"", text_to_cstring(t)),
				 errhint("Use statcan, unsd or prorata.")));
	return m;
}

/* An observation's value with its shortest decimal, for exact comparisons. */
static GoalObs
observation(int64_t period, double value)
{
	GoalObs		o = {period, value, {0, 0}};

	if (isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("an observation of a goal is infinite"),
				 errdetail("The value for %s is %s.", period_cstring(period),
						   value > 0 ? "Infinity" : "-Infinity")));
	md_double_decimal(value, &o.exact);
	return o;
}

/* --- goal_assess, goal_status ---------------------------------------------- */

/*
 * Arguments: goal, base_period, base_value, cur_period, cur_value, method.
 * A NULL baseline falls back to the goal's own; a NULL observation is
 * insufficient data; NaN is a missing value.
 */
static bool
assess_args(FunctionCallInfo fcinfo, GoalAssessment *a)
{
	PolicyGoal *g;
	GoalObs		base,
				cur;
	bool		has_base = false,
				has_cur = false;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(5))
		return false;
	g = goal_arg(fcinfo, 0);
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2) && !isnan(PG_GETARG_FLOAT8(2)))
	{
		base = observation(PG_GETARG_PERIOD(1), PG_GETARG_FLOAT8(2));
		has_base = true;
	}
	else
		has_base = goal_stated_base(g, &base);
	if (!PG_ARGISNULL(3) && !PG_ARGISNULL(4) && !isnan(PG_GETARG_FLOAT8(4)))
	{
		cur = observation(PG_GETARG_PERIOD(3), PG_GETARG_FLOAT8(4));
		has_cur = true;
	}
	goal_assess_obs(g, has_base ? &base : NULL, has_cur ? &cur : NULL,
					method_arg(PG_GETARG_TEXT_PP(5)), a);
	return true;
}

PG_FUNCTION_INFO_V1(goal_assess);
Datum
goal_assess(PG_FUNCTION_ARGS)
{
	GoalAssessment a;

	if (!assess_args(fcinfo, &a))
		PG_RETURN_NULL();
	return assessment_datum(fcinfo, &a);
}

PG_FUNCTION_INFO_V1(goal_status);
Datum
goal_status(PG_FUNCTION_ARGS)
{
	GoalAssessment a;

	if (!assess_args(fcinfo, &a))
		PG_RETURN_NULL();
	return result_cache(fcinfo, false)->labels[a.status];
}

/* --- goal_track -------------------------------------------------------------- */

/*
 * The state is fixed-size and holds no pointers: serialising it is a copy,
 * and it stays the same size however long the series.
 */
typedef struct GoalTrack
{
	PolicyGoal	goal;
	int32		method;
	GoalSeries	series;
} GoalTrack;

/*
 * New states are carved from blocks of the aggregate's context, on cache
 * lines and without chunk headers: alone, a 320-byte GoalTrack takes a
 * 512-byte chunk and its header, so that a million series took 528 MB
 * instead of 320 (and the hash table's size decides when it spills).
 * Blocks grow from 4 states to 256 while the context lives; a reset (each
 * group, when sorted; each batch, when hashed) starts over.
 */
typedef struct TrackArena
{
	MemoryContext cxt;			/* NULL once reset */
	char	   *next;
	int			left,			/* states left in the block */
				block;			/* states in the last block */
} TrackArena;

#define TRACK_LINE	64

static void
arena_reset(void *arg)
{
	((TrackArena *) arg)->cxt = NULL;
}

static GoalTrack *
arena_state(FunctionCallInfo fcinfo, MemoryContext agg)
{
	TrackArena *ar = (TrackArena *) fcinfo->flinfo->fn_extra;
	const size_t size = TYPEALIGN(TRACK_LINE, sizeof(GoalTrack));
	GoalTrack  *st;

	if (ar == NULL)
		fcinfo->flinfo->fn_extra = ar =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(TrackArena));
	if (ar->cxt != agg || ar->left == 0)
	{
		MemoryContextCallback *cb;

		if (ar->cxt != agg)
		{
			cb = MemoryContextAlloc(agg, sizeof(MemoryContextCallback));
			cb->func = arena_reset;
			cb->arg = ar;
			MemoryContextRegisterResetCallback(agg, cb);
			ar->cxt = agg;
			ar->block = 4;
		}
		else if (ar->block < 256)
			ar->block *= 2;
		ar->next = (char *) TYPEALIGN(TRACK_LINE,
									  MemoryContextAlloc(agg, ar->block * size + TRACK_LINE));
		ar->left = ar->block;
	}
	st = (GoalTrack *) ar->next;
	ar->next += size;
	ar->left--;
	memset(st, 0, sizeof(GoalTrack));
	return st;
}

static GoalTrack *
track_state(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext agg;

	/* a state exists only inside an aggregate: check the context once, at its birth */
	if (!PG_ARGISNULL(0))
		return (GoalTrack *) PG_GETARG_POINTER(0);
	if (!AggCheckCallContext(fcinfo, &agg))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return arena_state(fcinfo, agg);
}

static void
different_goals(const PolicyGoal *a, const PolicyGoal *b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("goal_track got two different goals in one group"),
			 errdetail("\"%s\" and \"%s\".", goal_cstring(a), goal_cstring(b)),
			 errhint("Group by the goal, or by the series it belongs to.")));
}

/* Every row of a group must carry the same goal and method. */
static void
same_goal(GoalTrack *st, const PolicyGoal *g, int method)
{
	if (st->goal.version == 0)
	{
		st->goal = *g;
		st->method = method;
		return;
	}
	/* equal goals are equal bytes (policy_goal.h): the cheap test, per row */
	if (memcmp(&st->goal.version, &g->version,
			   sizeof(PolicyGoal) - offsetof(PolicyGoal, version)) != 0)
		different_goals(&st->goal, g);
	if (st->method != method)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("goal_track got two different methods in one group")));
}

/*
 * The goal of a row after the first: compared as it lies in the row.  A
 * goal is stored with a 1-byte header (it is under 127 bytes), which
 * detoasting would copy, per row, just to compare it.
 */
static bool
same_goal_bytes(const GoalTrack *st, Datum d)
{
	const struct varlena *v = (const struct varlena *) DatumGetPointer(d);
	const size_t body = sizeof(PolicyGoal) - offsetof(PolicyGoal, version);

	if (VARATT_IS_SHORT(v))
		return VARSIZE_SHORT(v) == VARHDRSZ_SHORT + body &&
			memcmp(&st->goal.version, VARDATA_SHORT(v), body) == 0;
	if (!VARATT_IS_EXTENDED(v))
		return VARSIZE(v) == VARHDRSZ + body &&
			memcmp(&st->goal.version, VARDATA(v), body) == 0;
	return false;				/* compressed or external: the slow way */
}

/* args: state, goal, period, value [, method]; *skip for a row with a NULL */
static GoalTrack *
track_row(FunctionCallInfo fcinfo, bool *skip)
{
	GoalTrack  *st = track_state(fcinfo, "goal_track");
	int			method = GM_STATCAN;

	if (PG_NARGS() > 4)
	{
		if (PG_ARGISNULL(4))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("goal_track: the method must not be NULL")));
		method = method_arg(PG_GETARG_TEXT_PP(4));
	}
	*skip = PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3);
	if (*skip)
		return st;
	if (st->goal.version != 0 && st->method == method &&
		same_goal_bytes(st, PG_GETARG_DATUM(1)))
		return st;
	same_goal(st, goal_arg(fcinfo, 1), method);
	return st;
}

PG_FUNCTION_INFO_V1(goal_track_transfn);
Datum
goal_track_transfn(PG_FUNCTION_ARGS)
{
	bool		skip;
	GoalTrack  *st = track_row(fcinfo, &skip);
	double		v;

	if (skip)
		PG_RETURN_POINTER(st);
	v = PG_GETARG_FLOAT8(3);
	if (isinf(v))
		(void) observation(PG_GETARG_PERIOD(2), v);
	if (!isnan(v))
		goal_series_add(&st->series, &st->goal, PG_GETARG_PERIOD(2), v);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(goal_track_delta_transfn);
Datum
goal_track_delta_transfn(PG_FUNCTION_ARGS)
{
	bool		skip;
	GoalTrack  *st = track_row(fcinfo, &skip);
	MetricDelta *d;

	if (skip)
		PG_RETURN_POINTER(st);
	d = (MetricDelta *) PG_GETARG_POINTER(3);
	goal_check_delta(&st->goal, d, "goal_track", false);
	goal_series_add(&st->series, &st->goal, PG_GETARG_PERIOD(2),
					md_decimal_double((MdDecimal) {d->coef, d->exp}));
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(goal_track_combine);
Datum
goal_track_combine(PG_FUNCTION_ARGS)
{
	GoalTrack  *into;
	GoalTrack  *from;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	into = track_state(fcinfo, "goal_track_combine");
	from = (GoalTrack *) PG_GETARG_POINTER(1);
	if (from->goal.version == 0)
		PG_RETURN_POINTER(into);
	same_goal(into, &from->goal, from->method);
	goal_series_merge(&into->series, &from->series);
	PG_RETURN_POINTER(into);
}

PG_FUNCTION_INFO_V1(goal_track_serialize);
Datum
goal_track_serialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = palloc(VARHDRSZ + sizeof(GoalTrack));

	SET_VARSIZE(b, VARHDRSZ + sizeof(GoalTrack));
	memcpy(VARDATA(b), PG_GETARG_POINTER(0), sizeof(GoalTrack));
	PG_RETURN_BYTEA_P(b);
}

PG_FUNCTION_INFO_V1(goal_track_deserialize);
Datum
goal_track_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	GoalTrack  *st = palloc(sizeof(GoalTrack));

	if (VARSIZE_ANY_EXHDR(b) != sizeof(GoalTrack))
		elog(ERROR, "goal_track: a serialised state of %d bytes, expected %d",
			 (int) VARSIZE_ANY_EXHDR(b), (int) sizeof(GoalTrack));
	memcpy(st, VARDATA_ANY(b), sizeof(GoalTrack));
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(goal_track_final);
Datum
goal_track_final(PG_FUNCTION_ARGS)
{
	GoalTrack  *st;
	const GoalObs *b,
			   *l;
	GoalObs		base,
				latest;
	int64_t		conflict;
	GoalAssessment a;
	bool		has_base;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (GoalTrack *) PG_GETARG_POINTER(0);
	if (st->goal.version == 0)
		PG_RETURN_NULL();
	if (!goal_series_pick(&st->series, &st->goal, &b, &l, &conflict))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("goal_track: the period %s comes twice with different values",
						period_cstring(conflict)),
				 errdetail("The goal \"%s\" would be scored on that figure.",
						   goal_cstring(&st->goal)),
				 errhint("Keep one figure per period and series (the latest release, say).")));
	if (b)
		base = observation(b->period, b->value);
	has_base = b != NULL || goal_stated_base(&st->goal, &base);
	if (l)
		latest = observation(l->period, l->value);
	goal_assess_obs(&st->goal, has_base ? &base : NULL, l ? &latest : NULL,
					(GoalMethod) st->method, &a);
	return assessment_datum(fcinfo, &a);
}
