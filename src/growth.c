/*
 * growth.c — the period-aware window functions yoy(), pop() and
 * ytd_decumulate(), used OVER (PARTITION BY series ORDER BY period).
 *
 * They find the comparison row by its period, never by its position: each
 * row's (period, value) is appended to a per-partition cache as the window
 * passes it, and the row a year (or a period) earlier is looked up there by
 * binary search.  The comparison period always sorts before the current one,
 * so it has been seen already when the rows are in period order — and the
 * cache refuses rows that are not, naming the period, rather than answer
 * from the wrong row.
 */
#include "policy_ext.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/memutils.h"
#include "utils/fmgrprotos.h"
#include "windowapi.h"

/*
 * The comparison period of each period seen, memoised: every partition of a
 * panel walks the same months, so after the first one the calendar is not
 * consulted again.  Direct-mapped; key 0 (no valid period) marks a free slot.
 */
#define MEMO_SLOTS 1024

typedef struct MemoSlot
{
	int64_t		key;
	int64_t		target;
	bool		found;
} MemoSlot;

/* Rows seen so far in the current partition; lives across partitions. */
typedef struct GrowthCache
{
	MemoSlot	memo[MEMO_SLOTS];
	MemoryContext cxt;			/* reset at each partition */
	int64		n;
	int64		cap;
	int64_t    *periods;		/* ascending */
	Datum	   *values;
	bool	   *nulls;			/* value NULL, NaN or infinite */
	MdDecimal  *decimals;		/* float8 values as their shortest decimal */
	MetricKind	kind;
	bool		is_numeric;		/* else float8, by value */
} GrowthCache;

static void
report_order(int64_t prev, int64_t cur)
{
	char	   *a = period_cstring(prev);
	char	   *b = period_cstring(cur);

	if (prev == cur)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period %s appears more than once in the window partition", b),
				 errhint("Give each series its own partition (PARTITION BY), or remove the duplicate rows.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("window rows are not ordered by period: %s follows %s", b, a),
			 errhint("Use OVER (PARTITION BY … ORDER BY period).")));
}

/*
 * The cache for this call, emptied when a new partition starts (the
 * partition-local memory is zeroed then), with the current row appended.
 * Returns the current row's period, or -1 if it is NULL.
 */
static int64_t
cache_current(FunctionCallInfo fcinfo, GrowthCache **out)
{
	WindowObject win = PG_WINDOW_OBJECT();
	bool	   *started = WinGetPartitionLocalMemory(win, sizeof(bool));
	GrowthCache *c = fcinfo->flinfo->fn_extra;
	bool		pnull,
				vnull;
	Datum		p = WinGetFuncArgCurrent(win, 1, &pnull);
	Datum		v = WinGetFuncArgCurrent(win, 0, &vnull);

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GrowthCache));
		c->cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "policy_ext growth cache",
									   ALLOCSET_DEFAULT_SIZES);
		fcinfo->flinfo->fn_extra = c;
	}
	if (!*started)
	{
		bool		knull;
		Datum		k = PG_NARGS() > 2 ? WinGetFuncArgCurrent(win, 2, &knull) : (Datum) 0;

		/* The kind is read once per partition, so it must not vary by row. */
		if (PG_NARGS() > 2 && !get_fn_expr_arg_stable(fcinfo->flinfo, 2))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the kind argument of a growth window function must be a constant"),
					 errhint("Write %s, pp or abs as a literal.", "'%'")));
		MemoryContextReset(c->cxt);
		c->n = 0;
		c->cap = 64;
		c->periods = MemoryContextAlloc(c->cxt, c->cap * sizeof(int64_t));
		c->values = MemoryContextAlloc(c->cxt, c->cap * sizeof(Datum));
		c->nulls = MemoryContextAlloc(c->cxt, c->cap * sizeof(bool));
		c->decimals = MemoryContextAlloc(c->cxt, c->cap * sizeof(MdDecimal));
		c->kind = (PG_NARGS() > 2 && !knull) ? md_kind_arg(DatumGetTextPP(k)) : MK_PERCENT;
		c->is_numeric = get_fn_expr_argtype(fcinfo->flinfo, 0) == NUMERICOID;
		*started = true;
	}
	*out = c;
	if (pnull)
		return -1;
	if (c->n > 0 && c->periods[c->n - 1] >= DatumGetPeriod(p))
		report_order(c->periods[c->n - 1], DatumGetPeriod(p));
	if (c->n == c->cap)
	{
		c->cap *= 2;
		c->periods = repalloc(c->periods, c->cap * sizeof(int64_t));
		c->values = repalloc(c->values, c->cap * sizeof(Datum));
		c->nulls = repalloc(c->nulls, c->cap * sizeof(bool));
		c->decimals = repalloc(c->decimals, c->cap * sizeof(MdDecimal));
	}
	c->periods[c->n] = DatumGetPeriod(p);
	c->nulls[c->n] = vnull;
	if (!vnull && c->is_numeric)
	{
		MemoryContext old = MemoryContextSwitchTo(c->cxt);

		v = datumCopy(v, false, -1);
		MemoryContextSwitchTo(old);
	}
	c->values[c->n] = vnull ? (Datum) 0 : v;
	/* Each double is turned into its decimal once, not once per comparison. */
	if (!vnull && !c->is_numeric)
		c->nulls[c->n] = !md_double_decimal(DatumGetFloat8(v), &c->decimals[c->n]);
	c->n++;
	return DatumGetPeriod(p);
}

/* The cached row with period p (before the current one), or -1. */
static int64
cache_find(const GrowthCache *c, int64_t p)
{
	int64		lo = 0,
				hi = c->n - 2;	/* the current row is c->n - 1 */

	while (lo <= hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (c->periods[mid] == p)
			return mid;
		if (c->periods[mid] < p)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* The change from row `at` to the current row, as a metric_delta datum. */
static Datum
change_from(FunctionCallInfo fcinfo, const GrowthCache *c, int64 at, MetricBasis basis)
{
	int64		cur = c->n - 1;
	MdDecimal	v;
	bool		ok;

	if (at < 0 || c->nulls[at] || c->nulls[cur])
		PG_RETURN_NULL();
	if (c->is_numeric)
		ok = md_change_numeric(DatumGetNumeric(c->values[cur]),
							   DatumGetNumeric(c->values[at]), c->kind, &v);
	else
		ok = md_change_decimals(c->decimals[cur], c->decimals[at], c->kind, &v);
	if (!ok)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(md_make(v, c->kind, basis));
}

/* The period a year before p, through the memo; false if there is none. */
static bool
year_ago_memo(GrowthCache *c, int64_t p, int64_t *q)
{
	MemoSlot   *slot = &c->memo[((uint64) p * UINT64CONST(0x9E3779B97F4A7C15)) >> 54];

	if (slot->key != p)
	{
		slot->key = p;
		slot->found = period_year_ago(p, &slot->target) == PERIOD_OK;
	}
	*q = slot->target;
	return slot->found;
}

/* yoy(value, period [, kind]): the change on the same period a year earlier. */
PG_FUNCTION_INFO_V1(growth_yoy);
Datum
growth_yoy(PG_FUNCTION_ARGS)
{
	GrowthCache *c;
	int64_t		p = cache_current(fcinfo, &c);
	int64_t		q;

	if (p < 0 || !year_ago_memo(c, p, &q))
		PG_RETURN_NULL();
	return change_from(fcinfo, c, cache_find(c, q), MB_YOY);
}

static MetricBasis
pop_basis(PeriodFreq f)
{
	switch (f)
	{
		case PF_MONTH:
			return MB_MOM;
		case PF_QUARTER:
			return MB_QOQ;
		case PF_WEEK:
			return MB_WOW;
		case PF_DAY:
			return MB_DOD;
		default:
			return MB_POP;
	}
}

/*
 * pop(value, period [, kind]): the change on the period just before.  A
 * cumulative span has no single previous period: NULL.
 */
PG_FUNCTION_INFO_V1(growth_pop);
Datum
growth_pop(PG_FUNCTION_ARGS)
{
	GrowthCache *c;
	int64_t		p = cache_current(fcinfo, &c);
	int64_t		q;

	if (p < 0 || period_is_span(p) || !period_shift(p, -1, &q))
		PG_RETURN_NULL();
	return change_from(fcinfo, c, cache_find(c, q), pop_basis(period_freq_of(p)));
}

/*
 * ytd_decumulate(value, period): the value of the last unit of a
 * year-to-date figure, its figure minus the one ending a unit earlier.  The
 * first unit of a year is its own value, and so is a combined
 * January–February release (no single January figure exists); any other
 * figure whose predecessor is missing gives NULL.
 */
PG_FUNCTION_INFO_V1(growth_ytd_decumulate);
Datum
growth_ytd_decumulate(PG_FUNCTION_ARGS)
{
	GrowthCache *c;
	int64_t		p = cache_current(fcinfo, &c);
	int64_t		prior;
	int64		cur = c->n - 1,
				at;

	if (p < 0)
		PG_RETURN_NULL();
	if (period_ytd(p) != p)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ytd_decumulate() needs year-to-date periods, and %s is not one",
						period_cstring(p)),
				 errhint("A year-to-date period runs from the start of a year: 2021-01/2021-11, 2021-Q1/2021-Q3, 2021-01.")));
	if (c->nulls[cur])
		PG_RETURN_NULL();
	if (!period_ytd_prior(p, &prior) ||
		(period_freq_of(p) == PF_MONTH && period_units(p) == 2 && cache_find(c, prior) < 0))
		return c->values[cur];
	at = cache_find(c, prior);
	if (at < 0 || c->nulls[at])
		PG_RETURN_NULL();
	if (c->is_numeric)
		return DirectFunctionCall2(numeric_sub, c->values[cur], c->values[at]);
	PG_RETURN_FLOAT8(DatumGetFloat8(c->values[cur]) - DatumGetFloat8(c->values[at]));
}
