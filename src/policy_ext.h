/*
 * policy_ext.h — what the fmgr layers share: the Datum conventions of the
 * types and the one place that turns a parser's error into an ereport.
 */
#ifndef POLICY_EXT_H
#define POLICY_EXT_H

#include "postgres.h"
#include "fmgr.h"

#include "utils/numeric.h"

#include "compat.h"
#include "metric_delta.h"
#include "period.h"

/* period is an int64 passed by value (compat.h insists on FLOAT8PASSBYVAL). */
#define DatumGetPeriod(d)		((int64_t) DatumGetInt64(d))
#define PeriodGetDatum(p)		Int64GetDatum((int64) (p))
#define PG_GETARG_PERIOD(n)		DatumGetPeriod(PG_GETARG_DATUM(n))
#define PG_RETURN_PERIOD(p)		return PeriodGetDatum(p)

/* policy_ext.c: UTF-8 (libxml2, the fact extractor) into the server encoding */
extern char *utf8_to_server(const char *s, size_t len, size_t *outlen);
extern text *utf8_to_text(const char *s, size_t len);

/*
 * policy_ext.c: the allocator that the plain-C parsers (SDMX state machine,
 * HTML walker) are handed, over the memory context passed as ctx.
 */
extern void *pe_ctx_alloc(void *ctx, size_t size);
extern void *pe_ctx_realloc(void *ctx, void *p, size_t size);
extern void pe_ctx_free(void *ctx, void *p);

/* Days from 0001-01-01 (the period calendar) to 2000-01-01 (DateADT 0). */
#define PERIOD_PG_EPOCH			730119

extern void period_report_parse_error(const char *input, const PeriodError *err) pg_attribute_noreturn();
extern void period_report_range(void) pg_attribute_noreturn();
extern PeriodFreq period_freq_arg(text *t);
extern char *period_cstring(int64_t p);

/* metric_delta.c, for growth.c */
extern MetricDelta *md_make(MdDecimal v, MetricKind kind, MetricBasis basis);
extern MetricKind md_kind_arg(text *t);
extern bool md_change_numeric(Numeric cur, Numeric prev, MetricKind kind, MdDecimal *out);
extern bool md_change_double(double cur, double prev, MetricKind kind, MdDecimal *out);
extern bool md_double_decimal(double x, MdDecimal *out);
extern bool md_change_decimals(MdDecimal cur, MdDecimal prev, MetricKind kind, MdDecimal *out);
extern Numeric md_decimal_numeric(MdDecimal v);

/* policy_goal.c, for goal_assess.c */
struct PolicyGoal;
struct GoalObs;
extern struct PolicyGoal *goal_arg(FunctionCallInfo fcinfo, int n);
extern char *goal_cstring(const struct PolicyGoal *g);
extern bool goal_stated_base(const struct PolicyGoal *g, struct GoalObs *out);
extern void goal_check_delta(const struct PolicyGoal *g, const MetricDelta *d,
							 const char *fn, bool over_baseline_ok);

#endif							/* POLICY_EXT_H */
