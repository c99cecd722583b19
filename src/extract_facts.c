/*
 * extract_facts.c — the fmgr layer of the fact extractor (facts.h).
 *
 * The extractor writes each fact's typed parts as text; they are read here
 * with the types' own parsers, so a row holds exactly what the type's input
 * function would make of that text.  Text the parsers refuse would be a bug
 * in the extractor (the fuzz harness checks it never happens): it is an
 * internal error, never a NULL in its place.
 */
#include "postgres.h"

#include "catalog/pg_type_d.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "facts.h"
#include "policy_ext.h"
#include "policy_goal.h"

#define NCOLS 10

static const char *const kind_labels[] = {"level", "share", "delta", "goal"};

typedef struct Emitter
{
	ReturnSetInfo *rsinfo;
	const char *doc;			/* the UTF-8 text the extractor reads */
	Datum		kinds[lengthof(kind_labels)];
	TypeCacheEntry *int4range;
	MemoryContext row_cxt;		/* reset after every row */
} Emitter;

static Datum
period_datum(const char *s)
{
	int64_t		p;
	PeriodError err;

	if (!period_parse(s, strlen(s), false, &p, &err))
		elog(ERROR, "extract_facts wrote a period its parser refuses: \"%s\"", s);
	return PeriodGetDatum(p);
}

static Datum
delta_datum(const char *s)
{
	MetricDelta *d = palloc(sizeof(MetricDelta));
	MdError		err;

	if (!md_parse(s, strlen(s), d, &err))
		elog(ERROR, "extract_facts wrote a metric_delta its parser refuses: \"%s\"", s);
	return PointerGetDatum(d);
}

static Datum
goal_datum(const char *s)
{
	PolicyGoal *g = palloc0(sizeof(PolicyGoal));
	GoalError	err;

	if (!goal_parse(s, strlen(s), g, &err))
		elog(ERROR, "extract_facts wrote a policy_goal its parser refuses: \"%s\"", s);
	SET_VARSIZE(g, sizeof(PolicyGoal));
	return PointerGetDatum(g);
}

/* [start, end) in code points, shown 1-based as SQL's own string functions count. */
static Datum
span_datum(Emitter *e, long start, long end)
{
	RangeBound	lo = {Int32GetDatum((int32) (start + 1)), false, true, true};
	RangeBound	hi = {Int32GetDatum((int32) (end + 1)), false, false, false};

	return RangeTypePGetDatum(make_range(e->int4range, &lo, &hi, false));
}

/*
 * A unit is ASCII but for ‰: in a database whose encoding is not UTF8 it is
 * written "permille", so that a rate per thousand never makes an ASCII
 * document fail with 22P05 (doc/extract_facts.md, "The rows").
 */
static Datum
unit_datum(const char *unit)
{
	const unsigned char *p;

	for (p = (const unsigned char *) unit; *p; p++)
		if (*p >= 0x80)
			return GetDatabaseEncoding() == PG_UTF8 ?
				PointerGetDatum(utf8_to_text(unit, strlen(unit))) : CStringGetTextDatum("permille");
	return CStringGetTextDatum(unit);
}

static void
emit_fact(const Fact *f, void *arg)
{
	Emitter    *e = (Emitter *) arg;
	MemoryContext old = MemoryContextSwitchTo(e->row_cxt);
	Datum		v[NCOLS];
	bool		n[NCOLS];

	memset(n, 0, sizeof(n));
	v[0] = e->kinds[f->kind];
	v[1] = PointerGetDatum(utf8_to_text(e->doc + f->subject_off, f->subject_len));
	n[1] = f->subject_len == 0;
	if (!(n[2] = f->value[0] == '\0'))
		v[2] = DirectFunctionCall3(numeric_in, CStringGetDatum(f->value),
								   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	if (!(n[3] = f->unit[0] == '\0'))
		v[3] = unit_datum(f->unit);
	if (!(n[4] = f->qualifier[0] == '\0'))
		v[4] = CStringGetTextDatum(f->qualifier);
	if (!(n[5] = f->delta[0] == '\0'))
		v[5] = delta_datum(f->delta);
	if (!(n[6] = f->goal[0] == '\0'))
		v[6] = goal_datum(f->goal);
	if (!(n[7] = f->period[0] == '\0'))
		v[7] = period_datum(f->period);
	v[8] = span_datum(e, f->span_start, f->span_end);
	v[9] = PointerGetDatum(utf8_to_text(e->doc + f->sentence_off, f->sentence_len));
	tuplestore_putvalues(e->rsinfo->setResult, e->rsinfo->setDesc, v, n);
	MemoryContextSwitchTo(old);
	MemoryContextReset(e->row_cxt);
}

static void
tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

static FactDate
published_arg(DateADT d)
{
	FactDate	date;

	/* the period calendar runs from 0001 to 9999; so do relative periods */
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("published date out of range for extract_facts"),
				 errdetail("The date must be finite: relative periods such as \"this year\" are counted from it.")));
	j2date(d + POSTGRES_EPOCH_JDATE, &date.year, &date.month, &date.day);
	if (date.year < 1 || date.year > 9999)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("published date out of range for extract_facts"),
				 errdetail("The date must fall in the years 0001 to 9999, the range of type period.")));
	return date;
}

PG_FUNCTION_INFO_V1(extract_facts);
Datum
extract_facts(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	FactDate	published = published_arg(PG_GETARG_DATEADT(1));
	Emitter		e;
	FactsOut	out = {emit_fact, tick, &e};
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	Oid			kind_type;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	e.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	kind_type = TupleDescAttr(e.rsinfo->setDesc, 0)->atttypid;
	for (i = 0; i < (int) lengthof(kind_labels); i++)
		e.kinds[i] = DirectFunctionCall2(enum_in, CStringGetDatum(kind_labels[i]),
										 ObjectIdGetDatum(kind_type));
	e.int4range = lookup_type_cache(INT4RANGEOID, TYPECACHE_RANGE_INFO);
	e.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "extract_facts row",
									  ALLOCSET_SMALL_SIZES);
	/* the extractor reads UTF-8 by code point; the rows go back in the server encoding */
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		s = pg_server_to_any(s, (int) len, PG_UTF8);
		len = strlen(s);
	}
	e.doc = s;
	facts_extract(s, len, published, &out);
	MemoryContextDelete(e.row_cxt);
	return (Datum) 0;
}
