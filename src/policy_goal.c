/*
 * policy_goal.c — the SQL face of policy_goal: I/O, binary I/O, the btree
 * and hash support, accessors, goal_met(), goal_progress() and
 * goal_required_pace().  The parser is plain C in policy_goal_parse.c and
 * the scoring rules in goal_rules.c; the assessment functions and the
 * goal_track aggregate are in goal_assess.c.
 */
#include "policy_ext.h"
#include "policy_goal.h"

#include <math.h>

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

/* --- the Datum ----------------------------------------------------------- */

PolicyGoal *
goal_arg(FunctionCallInfo fcinfo, int n)
{
	PolicyGoal *g = (PolicyGoal *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n));

	if (VARSIZE(g) != sizeof(PolicyGoal) || g->version != GOAL_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("policy_goal value of format version %d is not known to this build",
						(int) g->version)));
	return g;
}

static PolicyGoal *
goal_new(void)
{
	PolicyGoal *g = palloc0(sizeof(PolicyGoal));

	SET_VARSIZE(g, sizeof(PolicyGoal));
	return g;
}

char *
goal_cstring(const PolicyGoal *g)
{
	char	   *buf = palloc(GOAL_MAXLEN);

	goal_format(g, buf);
	return buf;
}

/* --- I/O ----------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(policy_goal_in);
Datum
policy_goal_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	PolicyGoal *g = goal_new();
	GoalError	err;

	if (!goal_parse(s, strlen(s), g, &err))
		ereport(ERROR,
				(errcode(err.status == GOAL_OUT_OF_RANGE
						 ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE
						 : ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg(err.status == GOAL_OUT_OF_RANGE
						? "value out of range for type %s: \"%s\""
						: "invalid input syntax for type %s: \"%s\"", "policy_goal", s),
				 errdetail_internal("%s", err.detail)));
	SET_VARSIZE(g, sizeof(PolicyGoal));
	PG_RETURN_POINTER(g);
}

PG_FUNCTION_INFO_V1(policy_goal_out);
Datum
policy_goal_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(goal_cstring(goal_arg(fcinfo, 0)));
}

/*
 * Binary form: the version byte first, so that a later format can be told
 * apart; then the fields in network order.
 */
PG_FUNCTION_INFO_V1(policy_goal_send);
Datum
policy_goal_send(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, g->version);
	pq_sendbyte(&buf, g->comparator);
	pq_sendbyte(&buf, g->flags);
	pq_sendbyte(&buf, g->kind);
	pq_sendbyte(&buf, g->basis);
	pq_sendint64(&buf, g->deadline);
	pq_sendint64(&buf, g->base_period);
	for (i = 0; i < 4; i++)
	{
		pq_sendint64(&buf, g->coef[i]);
		pq_sendint16(&buf, g->exp[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(policy_goal_recv);
Datum
policy_goal_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	PolicyGoal *g = goal_new();
	int			i;

	/* version 1: five bytes, two int8 periods, four int8 + int2 decimals */
	if (buf->len - buf->cursor != 5 + 2 * 8 + 4 * 10)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary policy_goal"),
				 errdetail("A format version 1 goal is 61 bytes, not %d.",
						   buf->len - buf->cursor)));
	g->version = pq_getmsgbyte(buf);
	if (g->version != GOAL_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary policy_goal"),
				 errdetail("Format version %d is not known to this build.", (int) g->version)));
	g->comparator = pq_getmsgbyte(buf);
	g->flags = pq_getmsgbyte(buf);
	g->kind = pq_getmsgbyte(buf);
	g->basis = pq_getmsgbyte(buf);
	g->deadline = pq_getmsgint64(buf);
	g->base_period = pq_getmsgint64(buf);
	for (i = 0; i < 4; i++)
	{
		g->coef[i] = pq_getmsgint64(buf);
		g->exp[i] = (int16) pq_getmsgint(buf, 2);
	}
	if (!goal_valid(g))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary policy_goal"),
				 errdetail("The fields do not make a goal that the text form could state.")));
	PG_RETURN_POINTER(g);
}

/* --- btree and hash ------------------------------------------------------ */

PG_FUNCTION_INFO_V1(policy_goal_cmp);
Datum
policy_goal_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(goal_cmp(goal_arg(fcinfo, 0), goal_arg(fcinfo, 1)));
}

#define GOAL_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(goal_cmp(goal_arg(fcinfo, 0), goal_arg(fcinfo, 1)) op 0); \
}

GOAL_CMP_FN(policy_goal_lt, <)
GOAL_CMP_FN(policy_goal_le, <=)
GOAL_CMP_FN(policy_goal_eq, ==)
GOAL_CMP_FN(policy_goal_ne, !=)
GOAL_CMP_FN(policy_goal_ge, >=)
GOAL_CMP_FN(policy_goal_gt, >)

/*
 * The hash key is the fields in little-endian order, not the struct's
 * bytes: the same goal hashes alike on every architecture.
 */
static void
hash_key(const PolicyGoal *g, unsigned char key[64])
{
	int			i,
				n = 0;
	int64_t		words[6] = {g->deadline, g->base_period,
		g->coef[0], g->coef[1], g->coef[2], g->coef[3]};

	key[n++] = g->comparator;
	key[n++] = g->flags;
	key[n++] = g->kind;
	key[n++] = g->basis;
	for (i = 0; i < 6; i++)
	{
		uint64_t	w = (uint64_t) words[i];
		int			b;

		for (b = 0; b < 8; b++)
			key[n++] = (unsigned char) (w >> (8 * b));
	}
	for (i = 0; i < 4; i++)
	{
		key[n++] = (unsigned char) ((uint16_t) g->exp[i] & 0xFF);
		key[n++] = (unsigned char) ((uint16_t) g->exp[i] >> 8);
	}
	while (n < 64)
		key[n++] = 0;
}

PG_FUNCTION_INFO_V1(policy_goal_hash);
Datum
policy_goal_hash(PG_FUNCTION_ARGS)
{
	unsigned char key[64];

	hash_key(goal_arg(fcinfo, 0), key);
	return hash_any(key, sizeof(key));
}

PG_FUNCTION_INFO_V1(policy_goal_hash_extended);
Datum
policy_goal_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char key[64];

	hash_key(goal_arg(fcinfo, 0), key);
	return hash_any_extended(key, sizeof(key), PG_GETARG_INT64(1));
}

/* --- accessors ----------------------------------------------------------- */

PG_FUNCTION_INFO_V1(goal_target);
Datum
goal_target(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(md_decimal_numeric(goal_decimal(goal_arg(fcinfo, 0), GS_TARGET)));
}

PG_FUNCTION_INFO_V1(goal_target_upper);
Datum
goal_target_upper(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);

	if (g->comparator != GC_BETWEEN)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(md_decimal_numeric(goal_decimal(g, GS_UPPER)));
}

PG_FUNCTION_INFO_V1(goal_target_delta);
Datum
goal_target_delta(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);

	if (g->kind == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(md_normalize(goal_decimal(g, GS_TARGET)),
							  (MetricKind) g->kind, (MetricBasis) g->basis));
}

PG_FUNCTION_INFO_V1(goal_comparator);
Datum
goal_comparator(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(goal_comparator_name(goal_arg(fcinfo, 0)->comparator)));
}

PG_FUNCTION_INFO_V1(goal_deadline);
Datum
goal_deadline(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(goal_arg(fcinfo, 0)->deadline);
}

PG_FUNCTION_INFO_V1(goal_deadline_kind);
Datum
goal_deadline_kind(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text((goal_arg(fcinfo, 0)->flags & GF_BY) ? "by" : "in"));
}

PG_FUNCTION_INFO_V1(goal_baseline_period);
Datum
goal_baseline_period(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);

	if (!(g->flags & GF_BASE_PERIOD))
		PG_RETURN_NULL();
	PG_RETURN_PERIOD(g->base_period);
}

PG_FUNCTION_INFO_V1(goal_baseline_value);
Datum
goal_baseline_value(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);

	if (!(g->flags & GF_BASE_VALUE))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(md_decimal_numeric(goal_decimal(g, GS_BASE)));
}

PG_FUNCTION_INFO_V1(goal_tolerance_fn);
Datum
goal_tolerance_fn(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);

	if (g->comparator != GC_APPROX)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(md_decimal_numeric(goal_tolerance(g)));
}

/* --- goal_met ------------------------------------------------------------- */

/* The goal's stated baseline, as an observation; false if it states none. */
bool
goal_stated_base(const PolicyGoal *g, GoalObs *out)
{
	if (!(g->flags & GF_BASE_VALUE))
		return false;
	out->period = g->base_period;
	out->exact = md_normalize(goal_decimal(g, GS_BASE));
	out->value = md_decimal_double(out->exact);
	return true;
}

/* The range a level must be in; a pa/cum goal needs its stated baseline. */
static void
range_or_error(const PolicyGoal *g, GoalRange *r, const char *fn)
{
	GoalObs		base;
	bool		has_base = goal_stated_base(g, &base);

	if (!goal_range(g, has_base ? &base : NULL, r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the goal \"%s\" states no baseline value", fn, goal_cstring(g)),
				 errdetail("A %s target is a level only from its baseline: write \"from VALUE in PERIOD\".",
						   md_basis_name(g->basis)),
				 errhint("To compare a change with it, pass a metric_delta.")));
}

static int
num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

PG_FUNCTION_INFO_V1(goal_met_numeric);
Datum
goal_met_numeric(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	Numeric		v = PG_GETARG_NUMERIC(1);
	GoalRange	r;
	int			clo,
				chi;

	if (numeric_is_nan(v))
		PG_RETURN_NULL();
	range_or_error(g, &r, "goal_met");
	if (r.exact)
	{
		clo = num_cmp(v, md_decimal_numeric(r.lo));
		chi = num_cmp(v, md_decimal_numeric(r.hi));
		PG_RETURN_BOOL(goal_range_admits(&r, clo, chi));
	}
	PG_RETURN_BOOL(goal_range_met(&r, (MdDecimal) {0, 0},
								  DatumGetFloat8(DirectFunctionCall1(numeric_float8,
																	 NumericGetDatum(v)))));
}

PG_FUNCTION_INFO_V1(goal_met_float8);
Datum
goal_met_float8(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	double		v = PG_GETARG_FLOAT8(1);
	GoalRange	r;
	MdDecimal	exact = {0, 0};

	if (isnan(v))
		PG_RETURN_NULL();
	range_or_error(g, &r, "goal_met");
	if (r.exact && isinf(v))
		PG_RETURN_BOOL(goal_range_admits(&r, v > 0 ? 1 : -1, v > 0 ? 1 : -1));
	if (r.exact)
		md_double_decimal(v, &exact);
	PG_RETURN_BOOL(goal_range_met(&r, exact, v));
}

/*
 * A change meets a goal on that change: same kind; same basis when the
 * value states one.  Its number is then compared as a level would be.  A
 * change over the baseline (pa, cum) is compared only by goal_met: as a
 * series it would have to be levels.
 */
void
goal_check_delta(const PolicyGoal *g, const MetricDelta *d, const char *fn,
				 bool over_baseline_ok)
{
	char		buf[MD_MAXLEN];

	if (g->kind != 0 && (over_baseline_ok || !goal_over_baseline(g)) &&
		d->kind == g->kind && (d->basis == MB_NONE || d->basis == g->basis))
		return;
	md_format(d, buf);
	if (g->kind == 0 || (goal_over_baseline(g) && !over_baseline_ok))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the goal \"%s\" is measured on levels, not on changes such as \"%s\"",
						fn, goal_cstring(g), buf),
				 errdetail(g->kind == 0 ? "Its target is a level."
						   : "A change over the baseline (pa, cum) becomes a level target."),
				 errhint("Pass the levels themselves.")));
	if (d->kind != g->kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the change \"%s\" is in %s, the goal \"%s\" in %s",
						fn, buf, md_kind_name(d->kind), goal_cstring(g), md_kind_name(g->kind)),
				 errdetail("A goal on a change is met only by changes of the same kind (%%, pp or abs).")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: the change \"%s\" is %s, the goal \"%s\" %s",
					fn, buf, md_basis_name(d->basis), goal_cstring(g),
					g->basis == MB_NONE ? "states no basis" : md_basis_name(g->basis)),
			 errdetail("A change's basis, when it states one, must be the goal's."),
			 errhint("A change with no basis is taken to be on the goal's.")));
}

PG_FUNCTION_INFO_V1(goal_met_delta);
Datum
goal_met_delta(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	MetricDelta *d = (MetricDelta *) PG_GETARG_POINTER(1);
	GoalRange	r;
	MdDecimal	v = {d->coef, d->exp};

	/* "+7.2% pa" against ">= 7% pa": the changes themselves, as stated */
	goal_check_delta(g, d, "goal_met", true);
	goal_stated_range(g, &r);
	PG_RETURN_BOOL(goal_range_met(&r, v, 0));
}

/* --- progress and pace ----------------------------------------------------- */

PG_FUNCTION_INFO_V1(goal_progress);
Datum
goal_progress(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	double		cur = PG_GETARG_FLOAT8(1);
	double		base = PG_GETARG_FLOAT8(2);
	GoalRange	r;
	GoalObs		b = {g->base_period, base, {0, 0}};
	bool		defined;
	double		p;

	if (!isfinite(base) || !isfinite(cur))
		PG_RETURN_NULL();
	md_double_decimal(base, &b.exact);
	if (!goal_range(g, &b, &r))
		PG_RETURN_NULL();
	p = goal_progress_of(g, &r, &b, cur, &defined);
	if (!defined || !isfinite(p))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(p);
}

PG_FUNCTION_INFO_V1(goal_required_pace);
Datum
goal_required_pace(PG_FUNCTION_ARGS)
{
	PolicyGoal *g = goal_arg(fcinfo, 0);
	int64_t		p = PG_GETARG_PERIOD(1);
	double		cur = PG_GETARG_FLOAT8(2);
	GoalRange	r;
	double		pct;

	range_or_error(g, &r, "goal_required_pace");
	if (!goal_required_pace_of(&r, g->deadline, p, cur, &pct))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(goal_pace_decimal(pct), MK_PERCENT, MB_PA));
}
