/*
 * facts.h — the fact extractor's interface (plain C, no postgres.h).
 *
 * facts_extract() reads a press release (UTF-8) and hands each fact it finds
 * to the caller as a Fact.  The typed parts of a fact are given as the text
 * forms of the extension's own types (period, metric_delta, policy_goal) and
 * of numeric, so that the fmgr layer (src/extract_facts.c) reads them with
 * the types' own parsers and the fuzz harness can check that every fact the
 * extractor writes is one the types accept.
 *
 * The extractor allocates no heap memory: a caller whose emit() does not
 * return (an ereport in the server) leaks nothing.
 */
#ifndef FACTS_H
#define FACTS_H

#include <stddef.h>

typedef enum FactKind
{
	FACT_LEVEL,					/* a level or a count: "1.396 million 5G base stations" */
	FACT_SHARE,					/* a percent of a total: "accounting for 33.2% of GDP" */
	FACT_DELTA,					/* a change: "increased by 10.1% year-on-year" */
	FACT_GOAL					/* a target: "strive to have more than 80,000 ... this year" */
} FactKind;

#define FACT_VALUE_LEN	48
#define FACT_UNIT_LEN	16
#define FACT_DELTA_LEN	64
#define FACT_GOAL_LEN	128
#define FACT_PERIOD_LEN	48

typedef struct Fact
{
	FactKind	kind;
	/* where the fact's evidence stands, in code points from the start of doc: [start, end) */
	long		span_start;
	long		span_end;
	/* the phrase the figure is about, as it stands in doc (bytes); length 0: none */
	size_t		subject_off;
	size_t		subject_len;
	/* the sentence the fact came from (bytes into doc) */
	size_t		sentence_off;
	size_t		sentence_len;
	/* each field below is NUL-terminated; "" means none (SQL NULL) */
	char		value[FACT_VALUE_LEN];	/* plain decimal, scale applied: "184100000000", "38.8" */
	char		unit[FACT_UNIT_LEN];	/* "CNY" "USD" "%" "pp" "t" ...; "" for a count */
	char		qualifier[3];	/* ">" ">=" "<" "<=" "~" or "" */
	char		delta[FACT_DELTA_LEN];	/* metric_delta text: "+10.1% yoy" */
	char		goal[FACT_GOAL_LEN];	/* policy_goal text: ">= 80000 by 2023" */
	char		period[FACT_PERIOD_LEN];	/* period text: "2021-01/2021-11" */
} Fact;

typedef struct FactDate
{
	int			year;
	int			month;
	int			day;
} FactDate;

typedef struct FactsOut
{
	/* called once per fact, in document order */
	void		(*emit) (const Fact *fact, void *arg);
	/* called between sentences (may be NULL): where a caller checks for a cancel */
	void		(*tick) (void *arg);
	void	   *arg;
} FactsOut;

/*
 * Extract the facts of doc[0..len) (UTF-8; invalid bytes are read as
 * U+FFFD, never past len) published on the given date; relative periods
 * ("this year", "前三季度") are resolved against it.  Returns the number of
 * facts emitted.
 */
extern long facts_extract(const char *doc, size_t len, FactDate published,
						  const FactsOut *out);

#endif							/* FACTS_H */
