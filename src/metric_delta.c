/*
 * metric_delta.c — the SQL face of metric_delta: I/O, constructors,
 * accessors, arithmetic, comparison and hashing.  The parser and the
 * decimal are plain C in metric_delta_parse.c.
 *
 * Arithmetic goes through numeric, exactly, and every computed change is
 * then rounded to MD_RESULT_DIGITS (15) significant digits, half away from
 * zero: "+10% pa" compounded twice is "+21% cum", not "+21.000000000000004%".
 */
#include "policy_ext.h"

#include <math.h>

#include "common/hashfn.h"
#include "common/shortest_dec.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#define PG_GETARG_MD(n)		((MetricDelta *) PG_GETARG_POINTER(n))

/* --- errors and conversions -------------------------------------------- */

static void
report_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("metric_delta value out of range"),
			 errdetail("A change must lie between 1e-30 and 1e48 in magnitude.")));
}

MetricDelta *
md_make(MdDecimal v, MetricKind kind, MetricBasis basis)
{
	MetricDelta *d = palloc0(sizeof(MetricDelta));

	d->coef = v.coef;
	d->exp = v.exp;
	d->kind = (uint8) kind;
	d->basis = (uint8) basis;
	return d;
}

static MdDecimal
md_value(const MetricDelta *d)
{
	MdDecimal	v = {d->coef, d->exp};

	return v;
}

static Numeric
text_numeric(const char *s)
{
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(s),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/* v × 10^shift as numeric, exactly. */
static Numeric
dec_to_numeric(MdDecimal v, int shift)
{
	char		buf[MD_MAXLEN];

	v.exp += shift;
	md_format_decimal(v, buf);
	return text_numeric(buf);
}

/* A decimal as numeric, exactly: for policy_goal's accessors too. */
Numeric
md_decimal_numeric(MdDecimal v)
{
	return dec_to_numeric(v, 0);
}

/* A numeric rounded to 15 significant digits; false if NaN or infinite. */
static bool
numeric_to_dec(Numeric n, MdDecimal *out)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	MdStatus	st = md_decimal_from_text(s, MD_RESULT_DIGITS, out);

	if (st == MD_OUT_OF_RANGE)
		report_out_of_range();
	return st == MD_OK;
}

#define NUM(d) NumericGetDatum(d)
#define NUMOP(fn, a, b) DatumGetNumeric(DirectFunctionCall2(fn, NUM(a), NUM(b)))

static Numeric
num_int(int64 v)
{
	return int64_to_numeric(v);
}

/* A level result: 15 significant digits, trailing zeros trimmed. */
static Numeric
level_result(Numeric n)
{
	char	   *s,
			   *r;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		return n;
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NUM(n)));
	r = palloc(strlen(s) + 3);
	md_round_text(s, MD_RESULT_DIGITS, r);
	return text_numeric(r);
}

/*
 * n with 40 decimal places: numeric_div and numeric_power choose their
 * result scale from their arguments' scales, and a growth factor near 1 loses
 * its significant digits when 1 is subtracted unless they carry that many.
 */
static Numeric
precise(Numeric n)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_round, NUM(n), Int32GetDatum(40)));
}

/* 1 + d/100 for a percent change: the growth factor. */
static Numeric
growth_factor(const MetricDelta *d)
{
	return precise(NUMOP(numeric_add, num_int(1), dec_to_numeric(md_value(d), -2)));
}

/* (factor − 1) × 100, as a percent change. */
static MdDecimal
percent_from_factor(Numeric factor)
{
	MdDecimal	v;

	if (!numeric_to_dec(NUMOP(numeric_mul, NUMOP(numeric_sub, factor, num_int(1)),
							  num_int(100)), &v))
		report_out_of_range();
	return v;
}

static MdDecimal
rounded(Numeric n)
{
	MdDecimal	v;

	if (!numeric_to_dec(n, &v))
		report_out_of_range();
	return v;
}

MetricKind
md_kind_arg(text *t)
{
	MetricKind	k;

	if (!md_kind_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &k))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown metric_delta kind: \"%s\"", text_to_cstring(t)),
				 errhint("Use %%, pp or abs.")));
	return k;
}

static MetricBasis
basis_arg(FunctionCallInfo fcinfo, int n)
{
	text	   *t;
	MetricBasis b;

	if (PG_NARGS() <= n || PG_ARGISNULL(n))
		return MB_NONE;
	t = PG_GETARG_TEXT_PP(n);
	if (!md_basis_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown metric_delta basis: \"%s\"", text_to_cstring(t)),
				 errhint("Use yoy, qoq, mom, wow, dod, pop, pa, cum, base, or NULL for none.")));
	return b;
}

static void
require_same_kind(const MetricDelta *a, const MetricDelta *b, const char *what)
{
	if (a->kind != b->kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot %s changes of different kinds", what),
				 errdetail("One change is in %s, the other in %s.",
						   md_kind_name(a->kind), md_kind_name(b->kind))));
}

/* --- text and binary I/O ----------------------------------------------- */

PG_FUNCTION_INFO_V1(metric_delta_in);
Datum
metric_delta_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	MetricDelta *d = palloc0(sizeof(MetricDelta));
	MdError		err;

	if (!md_parse(s, strlen(s), d, &err))
	{
		if (err.status == MD_OUT_OF_RANGE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for type %s: \"%s\"", "metric_delta", s),
					 errdetail_internal("%s", err.detail)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "metric_delta", s),
				 errdetail_internal("%s", err.detail)));
	}
	PG_RETURN_POINTER(d);
}

PG_FUNCTION_INFO_V1(metric_delta_out);
Datum
metric_delta_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(MD_MAXLEN);

	md_format(PG_GETARG_MD(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Wire form: int64 coef, int16 exp, kind, basis; recv re-validates all. */
PG_FUNCTION_INFO_V1(metric_delta_recv);
Datum
metric_delta_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	MetricDelta *d = palloc0(sizeof(MetricDelta));

	d->coef = pq_getmsgint64(buf);
	d->exp = (int16) pq_getmsgint(buf, 2);
	d->kind = (uint8) pq_getmsgbyte(buf);
	d->basis = (uint8) pq_getmsgbyte(buf);
	if (!md_valid(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "metric_delta"),
				 errdetail("Kind %d, basis %d, exponent %d: not a canonical change.",
						   d->kind, d->basis, d->exp)));
	PG_RETURN_POINTER(d);
}

PG_FUNCTION_INFO_V1(metric_delta_send);
Datum
metric_delta_send(PG_FUNCTION_ARGS)
{
	MetricDelta *d = PG_GETARG_MD(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, d->coef);
	pq_sendint16(&buf, d->exp);
	pq_sendbyte(&buf, d->kind);
	pq_sendbyte(&buf, d->basis);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* --- constructors and accessors ---------------------------------------- */

static int
num_sign(Numeric n)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NUM(n), NUM(num_int(0))));
}

/*
 * The change from prev to cur as a decimal; false when a relative change is
 * undefined (prev zero, or prev and cur of opposite signs).  Shared by the
 * metric_delta() constructor and the window functions in growth.c.
 */
bool
md_change_numeric(Numeric cur, Numeric prev, MetricKind kind, MdDecimal *out)
{
	if (numeric_is_nan(cur) || numeric_is_nan(prev) ||
		numeric_is_inf(cur) || numeric_is_inf(prev))
		return false;
	if (kind != MK_PERCENT)
	{
		*out = rounded(NUMOP(numeric_sub, cur, prev));
		return true;
	}
	if (num_sign(prev) == 0 || num_sign(cur) * num_sign(prev) < 0)
		return false;
	*out = rounded(NUMOP(numeric_div,
						 precise(NUMOP(numeric_mul, NUMOP(numeric_sub, cur, prev), num_int(100))),
						 prev));
	return true;
}

/*
 * Doubles are taken at their shortest decimal, the digits PostgreSQL prints
 * for them, so that 100.1 against 100 is +0.1%, as a person reads it; the
 * change is then exact decimal arithmetic, rounded once.  Infinite or NaN
 * values give NULL, as numeric ones do.
 */
bool
md_double_decimal(double x, MdDecimal *out)
{
	static const double scale[] = {1, 10, 100, 1000, 10000};
	char		buf[DOUBLE_SHORTEST_DECIMAL_LEN];
	int			k;

	if (isnan(x) || isinf(x))
		return false;

	/*
	 * Statistics mostly have a few decimals.  If N / 10^k reads back as x for
	 * the smallest such k, N × 10^-k is x's shortest decimal (the doubles
	 * this near x are far closer together than 10^-k), found without Ryu.
	 */
	for (k = 0; k < 5; k++)
	{
		double		n = rint(x * scale[k]);

		if (fabs(n) < 9007199254740992.0 && n / scale[k] == x)
		{
			out->coef = (int64) n;
			out->exp = (int16) -k;
			*out = md_normalize(*out);
			return true;
		}
	}
	double_to_shortest_decimal_buf(x, buf);
	if (!md_decimal_exact(buf, out))
		elog(ERROR, "shortest decimal of a double has more than 18 digits: %s", buf);
	return true;
}

/* The change between two doubles already in decimal (see md_double_decimal). */
bool
md_change_decimals(MdDecimal cur, MdDecimal prev, MetricKind kind, MdDecimal *out)
{
	char		a[MD_MAXLEN],
				b[MD_MAXLEN];
	MdStatus	st = md_change_decimal(cur, prev, kind, out);

	if (st != MD_OUT_OF_RANGE)
		return st == MD_OK;
	/* Too far apart in scale for 128 bits: numeric does it. */
	snprintf(a, sizeof(a), "%lde%d", (long) cur.coef, (int) cur.exp);
	snprintf(b, sizeof(b), "%lde%d", (long) prev.coef, (int) prev.exp);
	return md_change_numeric(text_numeric(a), text_numeric(b), kind, out);
}

bool
md_change_double(double cur, double prev, MetricKind kind, MdDecimal *out)
{
	MdDecimal	ca,
				cb;

	if (!md_double_decimal(cur, &ca) || !md_double_decimal(prev, &cb))
		return false;
	return md_change_decimals(ca, cb, kind, out);
}

PG_FUNCTION_INFO_V1(metric_delta_from_numeric);
Datum
metric_delta_from_numeric(PG_FUNCTION_ARGS)
{
	MetricKind	kind = PG_ARGISNULL(2) ? MK_PERCENT : md_kind_arg(PG_GETARG_TEXT_PP(2));
	MdDecimal	v;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) ||
		!md_change_numeric(PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1), kind, &v))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(v, kind, basis_arg(fcinfo, 3)));
}

PG_FUNCTION_INFO_V1(metric_delta_from_float8);
Datum
metric_delta_from_float8(PG_FUNCTION_ARGS)
{
	MetricKind	kind = PG_ARGISNULL(2) ? MK_PERCENT : md_kind_arg(PG_GETARG_TEXT_PP(2));
	MdDecimal	v;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) ||
		!md_change_double(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), kind, &v))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(v, kind, basis_arg(fcinfo, 3)));
}

PG_FUNCTION_INFO_V1(delta_value);
Datum
delta_value(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(dec_to_numeric(md_value(PG_GETARG_MD(0)), 0));
}

PG_FUNCTION_INFO_V1(delta_kind);
Datum
delta_kind(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(md_kind_name(PG_GETARG_MD(0)->kind)));
}

PG_FUNCTION_INFO_V1(delta_basis);
Datum
delta_basis(PG_FUNCTION_ARGS)
{
	MetricDelta *d = PG_GETARG_MD(0);

	if (d->basis == MB_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(md_basis_name(d->basis)));
}

/* --- applying a change to a level -------------------------------------- */

/* level + change: a percent change scales, pp and absolute ones add. */
PG_FUNCTION_INFO_V1(numeric_pl_metric_delta);
Datum
numeric_pl_metric_delta(PG_FUNCTION_ARGS)
{
	Numeric		v = PG_GETARG_NUMERIC(0);
	MetricDelta *d = PG_GETARG_MD(1);

	if (d->kind == MK_PERCENT)
		PG_RETURN_NUMERIC(level_result(NUMOP(numeric_mul, v, growth_factor(d))));
	PG_RETURN_NUMERIC(level_result(NUMOP(numeric_add, v, dec_to_numeric(md_value(d), 0))));
}

PG_FUNCTION_INFO_V1(metric_delta_pl_numeric);
Datum
metric_delta_pl_numeric(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(numeric_pl_metric_delta, PG_GETARG_DATUM(1), PG_GETARG_DATUM(0));
}

/* The level a change started from: "X, up 10.1%" gives X / 1.101. */
PG_FUNCTION_INFO_V1(delta_base);
Datum
delta_base(PG_FUNCTION_ARGS)
{
	Numeric		v = PG_GETARG_NUMERIC(0);
	MetricDelta *d = PG_GETARG_MD(1);
	Numeric		factor;

	if (d->kind != MK_PERCENT)
		PG_RETURN_NUMERIC(level_result(NUMOP(numeric_sub, v, dec_to_numeric(md_value(d), 0))));
	factor = growth_factor(d);
	if (num_sign(factor) == 0)
		PG_RETURN_NULL();		/* a fall of 100% leaves no trace of the base */
	PG_RETURN_NUMERIC(level_result(NUMOP(numeric_div, v, factor)));
}

/* --- arithmetic on changes --------------------------------------------- */

/* Two consecutive changes as one: (1+a)(1+b)−1 for percent, sums else. */
static MetricDelta *
chain(const MetricDelta *a, const MetricDelta *b)
{
	MetricBasis basis = (a->basis == MB_NONE && b->basis == MB_NONE) ? MB_NONE : MB_CUM;
	MdDecimal	v;

	require_same_kind(a, b, "chain");
	if (a->kind == MK_PERCENT)
		v = percent_from_factor(NUMOP(numeric_mul, growth_factor(a), growth_factor(b)));
	else
		v = rounded(NUMOP(numeric_add, dec_to_numeric(md_value(a), 0),
						  dec_to_numeric(md_value(b), 0)));
	return md_make(v, a->kind, basis);
}

PG_FUNCTION_INFO_V1(metric_delta_pl);
Datum
metric_delta_pl(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(chain(PG_GETARG_MD(0), PG_GETARG_MD(1)));
}

/* (1+a)^n − 1, or n × d: the change over n periods of d each. */
PG_FUNCTION_INFO_V1(delta_compound);
Datum
delta_compound(PG_FUNCTION_ARGS)
{
	MetricDelta *d = PG_GETARG_MD(0);
	Numeric		n = PG_GETARG_NUMERIC(1);

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the number of periods must be finite")));
	if (d->kind != MK_PERCENT)
		PG_RETURN_POINTER(md_make(rounded(NUMOP(numeric_mul, dec_to_numeric(md_value(d), 0), n)),
								  d->kind, MB_CUM));
	if (num_sign(growth_factor(d)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot compound a fall of more than 100%%: %s",
						DatumGetCString(DirectFunctionCall1(metric_delta_out, PointerGetDatum(d))))));
	PG_RETURN_POINTER(md_make(percent_from_factor(NUMOP(numeric_power, growth_factor(d), n)),
							  MK_PERCENT, MB_CUM));
}

/* (1+c)^(1/years) − 1, or d / years: the average change per year. */
PG_FUNCTION_INFO_V1(delta_annualize);
Datum
delta_annualize(PG_FUNCTION_ARGS)
{
	MetricDelta *d = PG_GETARG_MD(0);
	Numeric		years = PG_GETARG_NUMERIC(1);
	Numeric		inv;

	if (numeric_is_nan(years) || numeric_is_inf(years) || num_sign(years) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the number of years must be positive and finite")));
	if (d->kind != MK_PERCENT)
		PG_RETURN_POINTER(md_make(rounded(NUMOP(numeric_div, dec_to_numeric(md_value(d), 0), years)),
								  d->kind, MB_PA));
	if (num_sign(growth_factor(d)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot annualize a fall of more than 100%%")));
	inv = NUMOP(numeric_div, precise(num_int(1)), years);
	PG_RETURN_POINTER(md_make(percent_from_factor(NUMOP(numeric_power, growth_factor(d), inv)),
							  MK_PERCENT, MB_PA));
}

/* The change that undoes d: 1/(1+a) − 1, or −d.  NULL after a 100% fall. */
PG_FUNCTION_INFO_V1(delta_invert);
Datum
delta_invert(PG_FUNCTION_ARGS)
{
	MetricDelta *d = PG_GETARG_MD(0);
	MdDecimal	v = md_value(d);

	if (d->kind != MK_PERCENT)
	{
		v.coef = -v.coef;
		PG_RETURN_POINTER(md_make(v, d->kind, d->basis));
	}
	if (num_sign(growth_factor(d)) == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(percent_from_factor(NUMOP(numeric_div, precise(num_int(1)), growth_factor(d))),
							  MK_PERCENT, d->basis));
}

/* --- comparison and hashing -------------------------------------------- */

#define MD_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(md_cmp(PG_GETARG_MD(0), PG_GETARG_MD(1)) op 0); \
}

MD_CMP_FN(metric_delta_eq, ==)
MD_CMP_FN(metric_delta_ne, !=)
MD_CMP_FN(metric_delta_lt, <)
MD_CMP_FN(metric_delta_le, <=)
MD_CMP_FN(metric_delta_gt, >)
MD_CMP_FN(metric_delta_ge, >=)

PG_FUNCTION_INFO_V1(metric_delta_cmp);
Datum
metric_delta_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(md_cmp(PG_GETARG_MD(0), PG_GETARG_MD(1)));
}

/*
 * Hash the logical fields, laid out little-endian by hand, so the hash does
 * not depend on the platform's byte order or on padding.
 */
static void
hash_key(const MetricDelta *d, unsigned char key[12])
{
	uint64		c = (uint64) d->coef;
	int			i;

	for (i = 0; i < 8; i++)
		key[i] = (unsigned char) (c >> (8 * i));
	key[8] = (unsigned char) ((uint16) d->exp & 0xFF);
	key[9] = (unsigned char) ((uint16) d->exp >> 8);
	key[10] = d->kind;
	key[11] = d->basis;
}

PG_FUNCTION_INFO_V1(metric_delta_hash);
Datum
metric_delta_hash(PG_FUNCTION_ARGS)
{
	unsigned char key[12];

	hash_key(PG_GETARG_MD(0), key);
	return hash_any(key, sizeof(key));
}

PG_FUNCTION_INFO_V1(metric_delta_hash_extended);
Datum
metric_delta_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char key[12];

	hash_key(PG_GETARG_MD(0), key);
	return hash_any_extended(key, sizeof(key), PG_GETARG_INT64(1));
}
