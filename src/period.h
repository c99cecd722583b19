/*
 * period.h — the period value, its calendar and its text forms, in plain C.
 *
 * Nothing here includes postgres.h: the parser and the calendar are built
 * into the backend module and, unchanged, into the fuzz harness and the
 * replay tool under test/fuzz/.
 *
 * Encoding (see doc/period.md, "Storage"): one non-negative int64
 *
 *     bits 63..32  first day   (days since 0001-01-01, proleptic Gregorian)
 *     bits 31..8   last day    (same scale, inclusive)
 *     bits  7..0   frequency   (PeriodFreq)
 *
 * so that the signed order of the integer is the type's total order: first
 * day, then last day, then frequency.  Comparison, hashing and sorting are
 * then single integer operations, as fast as int8.
 */
#ifndef POLICY_EXT_PERIOD_H
#define POLICY_EXT_PERIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Frequencies, in the order that breaks ties between equal day ranges. */
typedef enum PeriodFreq
{
	PF_DAY = 1,
	PF_WEEK = 2,
	PF_MONTH = 3,
	PF_QUARTER = 4,
	PF_TRIMESTER = 5,
	PF_HALF = 6,
	PF_YEAR = 7
} PeriodFreq;

#define PERIOD_MIN_YEAR 1
#define PERIOD_MAX_YEAR 9999

/* Longest canonical text: "9999-12-31/9999-12-31" plus NUL. */
#define PERIOD_MAXLEN 32

/* What a parse or an arithmetic step can come to. */
typedef enum PeriodStatus
{
	PERIOD_OK = 0,
	PERIOD_BAD_SYNTAX,			/* 22P02: not a period at all */
	PERIOD_FIELD_RANGE,			/* 22008: a field is outside its range */
	PERIOD_MIXED_FREQ,			/* 22023: operands of different frequency */
	PERIOD_NO_MATCH				/* no such period (week 53 a year earlier) */
} PeriodStatus;

/* Why a parse failed: the status, the byte offset and a sentence. */
typedef struct PeriodError
{
	PeriodStatus status;
	int			offset;
	char		detail[160];
} PeriodError;

typedef struct PeriodParts
{
	PeriodFreq	freq;
	int32_t		first;			/* day number of the first day */
	int32_t		last;			/* day number of the last day */
} PeriodParts;

/* --- encoding ----------------------------------------------------------- */

static inline int64_t
period_pack(PeriodFreq freq, int32_t first, int32_t last)
{
	return ((int64_t) first << 32) | ((int64_t) last << 8) | (int64_t) freq;
}

static inline PeriodParts
period_unpack(int64_t p)
{
	PeriodParts r;

	r.freq = (PeriodFreq) (p & 0xFF);
	r.last = (int32_t) ((p >> 8) & 0xFFFFFF);
	r.first = (int32_t) (p >> 32);
	return r;
}

static inline PeriodFreq
period_freq_of(int64_t p)
{
	return (PeriodFreq) (p & 0xFF);
}

/* --- calendar (period_calendar.c) -------------------------------------- */

extern int32_t period_days_from_civil(int y, int m, int d);
extern void period_civil_from_days(int32_t n, int *y, int *m, int *d);
extern bool period_valid_date(int y, int m, int d);
extern int	period_iso_weeks_in_year(int y);
extern int32_t period_iso_week_start(int y, int w);
extern void period_iso_week_of(int32_t day, int *y, int *w);

extern bool period_valid(int64_t p);
extern bool period_is_span(int64_t p);
extern bool period_single(PeriodFreq freq, int year, int index, int64_t *out);
extern bool period_of_day(int32_t day, PeriodFreq freq, int64_t *out);
extern bool period_make_span(int64_t a, int64_t b, int64_t *out);
extern int64_t period_first_unit(int64_t p);
extern int64_t period_last_unit(int64_t p);
extern int64_t period_unit_index(PeriodFreq freq, int32_t day);
extern int32_t period_units(int64_t p);
extern bool period_shift(int64_t p, int64_t n, int64_t *out);
extern PeriodStatus period_diff(int64_t a, int64_t b, int32_t *out);
extern PeriodStatus period_year_ago(int64_t p, int64_t *out);
extern int64_t period_ytd(int64_t p);
extern bool period_ytd_prior(int64_t p, int64_t *out);
extern PeriodStatus period_parent(int64_t p, PeriodFreq freq, int64_t *out);

/* --- text (period_parse.c) --------------------------------------------- */

extern bool period_parse(const char *s, size_t len, bool lenient,
						 int64_t *out, PeriodError *err);
/* Canonical text into buf (PERIOD_MAXLEN bytes), NUL-terminated; its length. */
extern int	period_format(int64_t p, char *buf);
extern bool period_freq_from_text(const char *s, size_t len, PeriodFreq *out);
extern const char *period_freq_code(PeriodFreq freq);

#endif							/* POLICY_EXT_PERIOD_H */
