/*
 * period.c — the SQL face of the period type: I/O, binary I/O, functions
 * and arithmetic operators.  The calendar and the parser are plain C in
 * period_calendar.c and period_parse.c; comparison, hashing and sorting are
 * in period_opclass.c.
 */
#include "policy_ext.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

/* --- errors ------------------------------------------------------------ */

void
period_report_parse_error(const char *input, const PeriodError *err)
{
	if (err->status == PERIOD_FIELD_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				 errmsg("period field value out of range: \"%s\"", input),
				 errdetail_internal("%s", err->detail)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "period", input),
			 errdetail_internal("%s", err->detail)));
}

void
period_report_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("period out of range"),
			 errdetail("Periods lie between the years 1 and 9999.")));
}

PeriodFreq
period_freq_arg(text *t)
{
	PeriodFreq	f;

	if (!period_freq_from_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &f))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown period frequency: \"%s\"", text_to_cstring(t)),
				 errhint("Use one of A, S, T, Q, M, W, D (or year, half, trimester, quarter, month, week, day).")));
	return f;
}

/* The canonical text of a period, palloc'd: for output and for messages. */
char *
period_cstring(int64_t p)
{
	char	   *buf = palloc(PERIOD_MAXLEN);

	period_format(p, buf);
	return buf;
}

static void
report_mixed(int64_t a, int64_t b, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot %s periods of different frequencies", what),
			 errdetail("%s has frequency %s and %s has frequency %s.",
					   period_cstring(a), period_freq_code(period_freq_of(a)),
					   period_cstring(b), period_freq_code(period_freq_of(b)))));
}

/* --- text and binary I/O ----------------------------------------------- */

static int64_t
parse_or_report(const char *s, size_t len, bool lenient, const char *shown)
{
	int64_t		p;
	PeriodError err;

	if (!period_parse(s, len, lenient, &p, &err))
		period_report_parse_error(shown, &err);
	return p;
}

PG_FUNCTION_INFO_V1(period_in);
Datum
period_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);

	PG_RETURN_PERIOD(parse_or_report(s, strlen(s), false, s));
}

PG_FUNCTION_INFO_V1(period_out);
Datum
period_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(period_cstring(PG_GETARG_PERIOD(0)));
}

/* The wire form is the int64 itself; recv refuses anything not canonical. */
PG_FUNCTION_INFO_V1(period_recv);
Datum
period_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		p = pq_getmsgint64(buf);

	if (!period_valid(p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "period"),
				 errdetail("The value " INT64_FORMAT " is not the encoding of any period.", p)));
	PG_RETURN_PERIOD(p);
}

PG_FUNCTION_INFO_V1(period_send);
Datum
period_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_PERIOD(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(to_period);
Datum
to_period(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_PERIOD(parse_or_report(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), true,
									 text_to_cstring(t)));
}

/* --- accessors --------------------------------------------------------- */

PG_FUNCTION_INFO_V1(period_start);
Datum
period_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(period_unpack(PG_GETARG_PERIOD(0)).first - PERIOD_PG_EPOCH);
}

PG_FUNCTION_INFO_V1(period_end);
Datum
period_end(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(period_unpack(PG_GETARG_PERIOD(0)).last - PERIOD_PG_EPOCH);
}

PG_FUNCTION_INFO_V1(period_freq);
Datum
period_freq(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(period_freq_code(period_freq_of(PG_GETARG_PERIOD(0)))));
}

PG_FUNCTION_INFO_V1(period_length);
Datum
period_length(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(period_units(PG_GETARG_PERIOD(0)));
}

PG_FUNCTION_INFO_V1(period_is_cumulative);
Datum
period_is_cumulative(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(period_is_span(PG_GETARG_PERIOD(0)));
}

/* --- constructors and calendar functions ------------------------------- */

PG_FUNCTION_INFO_V1(period_from_date);
Datum
period_from_date(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	PeriodFreq	f = period_freq_arg(PG_GETARG_TEXT_PP(1));
	int64_t		p;

	if (DATE_NOT_FINITE(d) || !period_of_day((int32_t) d + PERIOD_PG_EPOCH, f, &p))
		period_report_range();
	PG_RETURN_PERIOD(p);
}

PG_FUNCTION_INFO_V1(period_year_ago_fn);
Datum
period_year_ago_fn(PG_FUNCTION_ARGS)
{
	int64_t		p;
	PeriodStatus st = period_year_ago(PG_GETARG_PERIOD(0), &p);

	if (st == PERIOD_NO_MATCH)
		PG_RETURN_NULL();
	if (st != PERIOD_OK)
		period_report_range();
	PG_RETURN_PERIOD(p);
}

PG_FUNCTION_INFO_V1(period_ytd_fn);
Datum
period_ytd_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(period_ytd(PG_GETARG_PERIOD(0)));
}

PG_FUNCTION_INFO_V1(period_parent_fn);
Datum
period_parent_fn(PG_FUNCTION_ARGS)
{
	int64_t		p = PG_GETARG_PERIOD(0);
	PeriodFreq	f = period_freq_arg(PG_GETARG_TEXT_PP(1));
	int64_t		r;
	PeriodStatus st = period_parent(p, f, &r);

	if (st == PERIOD_MIXED_FREQ)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period %s does not lie within one period of frequency %s",
						period_cstring(p), period_freq_code(f)),
				 errhint("A week belongs to the period that holds its Thursday; other periods must fit inside.")));
	if (st != PERIOD_OK)
		period_report_range();
	PG_RETURN_PERIOD(r);
}

PG_FUNCTION_INFO_V1(period_to_daterange);
Datum
period_to_daterange(PG_FUNCTION_ARGS)
{
	PeriodParts x = period_unpack(PG_GETARG_PERIOD(0));
	TypeCacheEntry *tc = (TypeCacheEntry *) fcinfo->flinfo->fn_extra;
	RangeBound	lo = {0},
				hi = {0};

	if (tc == NULL)
	{
		tc = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
		fcinfo->flinfo->fn_extra = tc;
	}
	lo.val = DateADTGetDatum(x.first - PERIOD_PG_EPOCH);
	lo.inclusive = true;
	lo.lower = true;
	hi.val = DateADTGetDatum(x.last + 1 - PERIOD_PG_EPOCH);
	hi.inclusive = false;
	hi.lower = false;
	PG_RETURN_RANGE_P(make_range(tc, &lo, &hi, false));
}

typedef struct GenerateState
{
	int64_t		next;
	int64_t		last;
} GenerateState;

PG_FUNCTION_INFO_V1(generate_periods);
Datum
generate_periods(PG_FUNCTION_ARGS)
{
	FuncCallContext *fc;
	GenerateState *st;
	int64_t		cur;

	if (SRF_IS_FIRSTCALL())
	{
		int64_t		from = PG_GETARG_PERIOD(0);
		int64_t		to = PG_GETARG_PERIOD(1);

		if (period_freq_of(from) != period_freq_of(to))
			report_mixed(from, to, "generate a series between");
		if (period_is_span(from) || period_is_span(to))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("generate_periods() takes single periods, not spans"),
					 errhint("Use period_start() and period_end() of the span's ends.")));
		fc = SRF_FIRSTCALL_INIT();
		st = MemoryContextAlloc(fc->multi_call_memory_ctx, sizeof(GenerateState));
		st->next = from;
		st->last = to;
		fc->user_fctx = st;
	}
	fc = SRF_PERCALL_SETUP();
	st = fc->user_fctx;
	cur = st->next;
	if (cur > st->last)
		SRF_RETURN_DONE(fc);
	/* Past the last period of the calendar, stop rather than wrap. */
	if (!period_shift(cur, 1, &st->next))
		st->next = INT64_MAX;
	SRF_RETURN_NEXT(fc, PeriodGetDatum(cur));
}

/* --- arithmetic operators ---------------------------------------------- */

static int64_t
shift_or_report(int64_t p, int64 n)
{
	int64_t		r;

	if (!period_shift(p, n, &r))
		period_report_range();
	return r;
}

PG_FUNCTION_INFO_V1(period_pl_int4);
Datum
period_pl_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(shift_or_report(PG_GETARG_PERIOD(0), PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(int4_pl_period);
Datum
int4_pl_period(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(shift_or_report(PG_GETARG_PERIOD(1), PG_GETARG_INT32(0)));
}

PG_FUNCTION_INFO_V1(period_mi_int4);
Datum
period_mi_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(shift_or_report(PG_GETARG_PERIOD(0), -(int64) PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(period_mi_period);
Datum
period_mi_period(PG_FUNCTION_ARGS)
{
	int64_t		a = PG_GETARG_PERIOD(0);
	int64_t		b = PG_GETARG_PERIOD(1);
	int32_t		n;

	if (period_diff(a, b, &n) != PERIOD_OK)
		report_mixed(a, b, "subtract");
	PG_RETURN_INT32(n);
}

/* --- containment and overlap ------------------------------------------- */

static bool
holds_date(int64_t p, DateADT d)
{
	PeriodParts x = period_unpack(p);

	return !DATE_NOT_FINITE(d) &&
		d >= x.first - PERIOD_PG_EPOCH && d <= x.last - PERIOD_PG_EPOCH;
}

PG_FUNCTION_INFO_V1(period_contains_date);
Datum
period_contains_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(holds_date(PG_GETARG_PERIOD(0), PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(date_contained_by_period);
Datum
date_contained_by_period(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(holds_date(PG_GETARG_PERIOD(1), PG_GETARG_DATEADT(0)));
}

static bool
contains(int64_t outer, int64_t inner)
{
	PeriodParts a = period_unpack(outer);
	PeriodParts b = period_unpack(inner);

	return a.first <= b.first && b.last <= a.last;
}

PG_FUNCTION_INFO_V1(period_contains);
Datum
period_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(contains(PG_GETARG_PERIOD(0), PG_GETARG_PERIOD(1)));
}

PG_FUNCTION_INFO_V1(period_contained_by);
Datum
period_contained_by(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(contains(PG_GETARG_PERIOD(1), PG_GETARG_PERIOD(0)));
}

PG_FUNCTION_INFO_V1(period_overlaps);
Datum
period_overlaps(PG_FUNCTION_ARGS)
{
	PeriodParts a = period_unpack(PG_GETARG_PERIOD(0));
	PeriodParts b = period_unpack(PG_GETARG_PERIOD(1));

	PG_RETURN_BOOL(a.first <= b.last && b.first <= a.last);
}
