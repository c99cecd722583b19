// sources: src/facts_extract.c src/facts_number.c src/facts_period.c src/facts_lexicon.c src/facts_text.c src/period_parse.c src/period_calendar.c src/metric_delta_parse.c src/policy_goal_parse.c src/goal_rules.c
// libs: -lm
/*
 * facts_fuzz.c — libFuzzer harness for the fact extractor (src/facts_*.c).
 *
 * Every input is a document, extracted twice: published 2021-01-05 and on a
 * date drawn from its length (so that the period rules meet every month).
 * For every fact handed to emit() it checks:
 *
 *   - kind is one of the four; value, unit, qualifier, delta, goal and
 *     period are NUL-terminated within their arrays; the unit is printable
 *     ASCII or "‰"; the qualifier is "", ">", ">=", "<", "<=" or "~";
 *   - the sentence, the subject and the span lie within the input, the span
 *     is not empty, the subject and the span lie within the sentence, and
 *     facts come in document order (by sentence, then by span start);
 *   - span offsets are code points, counted here by an independent reader
 *     of UTF-8 (a well-formed sequence of Unicode's table 3-7 is one code
 *     point, any other byte is one);
 *   - a value is a plain decimal ("-"? digits ("." digits)?), no exponent;
 *   - period, delta and goal texts are accepted by period_parse(), md_parse()
 *     and goal_parse(): the SQL function will read them with those;
 *   - a delta fact has a delta, a goal fact a goal;
 *   - an input with no digit, no Chinese numeral and no doubling word gives
 *     no level, share or delta fact (nothing invented from degraded text);
 *   - the count returned is the number of facts emitted.
 *
 * A broken invariant prints what broke and the input, then abort()s.  The
 * extractor allocates nothing, so any leak ASan reports is the harness's.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "metric_delta.h"
#include "period.h"
#include "policy_goal.h"

#define FUZZ_NAME "facts_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct Seen
{
	const uint8_t *doc;
	size_t		len;
	long		count;
	size_t		last_sentence;
	long		last_span;
	bool		numerals;		/* the input has a digit, a Chinese numeral or a doubling word */
} Seen;

/* Length of the well-formed UTF-8 sequence at s (Unicode table 3-7), or 0. */
static int
wellformed(const uint8_t *s, size_t n)
{
	uint8_t		a = s[0];

	if (a <= 0x7F)
		return 1;
	if (a >= 0xC2 && a <= 0xDF)
		return n >= 2 && s[1] >= 0x80 && s[1] <= 0xBF ? 2 : 0;
	if (a >= 0xE0 && a <= 0xEF)
	{
		uint8_t		lo = a == 0xE0 ? 0xA0 : 0x80,
					hi = a == 0xED ? 0x9F : 0xBF;

		return n >= 3 && s[1] >= lo && s[1] <= hi && s[2] >= 0x80 && s[2] <= 0xBF ? 3 : 0;
	}
	if (a >= 0xF0 && a <= 0xF4)
	{
		uint8_t		lo = a == 0xF0 ? 0x90 : 0x80,
					hi = a == 0xF4 ? 0x8F : 0xBF;

		return n >= 4 && s[1] >= lo && s[1] <= hi && s[2] >= 0x80 && s[2] <= 0xBF &&
			s[3] >= 0x80 && s[3] <= 0xBF ? 4 : 0;
	}
	return 0;
}

/* Code points in s[0..n). */
static long
code_points(const uint8_t *s, size_t n)
{
	size_t		i = 0;
	long		c = 0;

	while (i < n)
	{
		int			l = wellformed(s + i, n - i);

		i += l ? (size_t) l : 1;
		c++;
	}
	return c;
}

/* Byte offset where code point cp starts ("len" for the end). */
static size_t
byte_of(const uint8_t *s, size_t n, long cp)
{
	size_t		i = 0;

	while (i < n && cp > 0)
	{
		int			l = wellformed(s + i, n - i);

		i += l ? (size_t) l : 1;
		cp--;
	}
	return i;
}

static bool
has_nul(const char *s, size_t cap)
{
	return memchr(s, '\0', cap) != NULL;
}

static bool
plain_decimal(const char *v)
{
	const char *p = v;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
	{
		p++;
		if (*p < '0' || *p > '9')
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

static bool
has_numerals(const uint8_t *s, size_t n)
{
	static const char *const marks[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八",
		"九", "十", "百", "千", "万", "亿", "零", "〇", "翻", "doubl", "tripl", "trebl",
		"third", "quarter", "fourth", "fifth", "tenth", "half", "半", NULL};
	size_t		i,
				j;
	int			k;

	for (i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') ||
			(i + 2 < n && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90 && s[i + 2] <= 0x99))
			return true;
	for (k = 0; marks[k]; k++)
	{
		size_t		l = strlen(marks[k]);

		/* ASCII letters in any case: "doubLed" is still a doubling word */
		for (i = 0; i + l <= n; i++)
		{
			for (j = 0; j < l; j++)
				if ((s[i + j] >= 'A' && s[i + j] <= 'Z' ? s[i + j] | 0x20 : s[i + j]) !=
					(unsigned char) marks[k][j])
					break;
			if (j == l)
				return true;
		}
	}
	return false;
}

static void
check_fact(const Fact *f, void *arg)
{
	Seen	   *w = arg;
	const uint8_t *d = w->doc;
	size_t		n = w->len;
	long		total = code_points(d, n);
	int64_t		p;
	MetricDelta md;
	PolicyGoal	g;

	w->count++;
	CHECK(f->kind >= FACT_LEVEL && f->kind <= FACT_GOAL, "kind %d", (int) f->kind);
	CHECK(has_nul(f->value, sizeof(f->value)) && has_nul(f->unit, sizeof(f->unit)) &&
		  has_nul(f->qualifier, sizeof(f->qualifier)) && has_nul(f->delta, sizeof(f->delta)) &&
		  has_nul(f->goal, sizeof(f->goal)) && has_nul(f->period, sizeof(f->period)),
		  "a text field is not NUL-terminated");
	/* "‰" (a rate per thousand) is the one unit that is not ASCII */
	for (const char *u = f->unit; *u && strcmp(f->unit, "\xE2\x80\xB0") != 0; u++)
		CHECK(*u > 0x20 && *u < 0x7F, "unit \"%s\" is not printable ASCII or \"‰\"", f->unit);
	CHECK(!f->qualifier[0] || strcmp(f->qualifier, ">") == 0 || strcmp(f->qualifier, ">=") == 0 ||
		  strcmp(f->qualifier, "<") == 0 || strcmp(f->qualifier, "<=") == 0 ||
		  strcmp(f->qualifier, "~") == 0, "qualifier \"%s\"", f->qualifier);

	/* where it stands */
	CHECK(f->sentence_len > 0 && f->sentence_off <= n && f->sentence_len <= n - f->sentence_off,
		  "sentence [%zu, +%zu) outside %zu bytes", f->sentence_off, f->sentence_len, n);
	CHECK(f->subject_len == 0 ||
		  (f->subject_off >= f->sentence_off &&
		   f->subject_off + f->subject_len <= f->sentence_off + f->sentence_len),
		  "subject [%zu, +%zu) outside its sentence [%zu, +%zu)", f->subject_off, f->subject_len,
		  f->sentence_off, f->sentence_len);
	CHECK(f->span_start >= 0 && f->span_start < f->span_end && f->span_end <= total,
		  "span [%ld, %ld) outside %ld code points", f->span_start, f->span_end, total);
	{
		size_t		b0 = byte_of(d, n, f->span_start),
					b1 = byte_of(d, n, f->span_end);

		CHECK(b0 >= f->sentence_off && b1 <= f->sentence_off + f->sentence_len,
			  "span bytes [%zu, %zu) outside the sentence [%zu, +%zu)", b0, b1,
			  f->sentence_off, f->sentence_len);
	}
	CHECK(f->sentence_off > w->last_sentence ||
		  (f->sentence_off == w->last_sentence && f->span_start >= w->last_span) ||
		  w->count == 1, "facts out of document order");
	w->last_sentence = f->sentence_off;
	w->last_span = f->span_start;

	/* what it says */
	CHECK(!f->value[0] || plain_decimal(f->value), "value \"%s\" is no plain decimal", f->value);
	CHECK(!f->period[0] || period_parse(f->period, strlen(f->period), false, &p, NULL),
		  "period \"%s\" refused by period_parse", f->period);
	CHECK(!f->delta[0] || md_parse(f->delta, strlen(f->delta), &md, NULL),
		  "delta \"%s\" refused by md_parse", f->delta);
	CHECK(!f->goal[0] || goal_parse(f->goal, strlen(f->goal), &g, NULL),
		  "goal \"%s\" refused by goal_parse", f->goal);
	CHECK(f->kind != FACT_DELTA || f->delta[0], "a delta fact without a delta");
	CHECK(f->kind != FACT_GOAL || f->goal[0], "a goal fact without a goal");
	CHECK(w->numerals || f->kind == FACT_GOAL,
		  "a %s fact (value \"%s\") from text with no number in it",
		  f->kind == FACT_DELTA ? "delta" : f->kind == FACT_SHARE ? "share" : "level", f->value);
}

static void
run(const uint8_t *data, size_t size, FactDate date, bool numerals)
{
	Seen		w;
	FactsOut	out;
	long		n;

	memset(&w, 0, sizeof(w));
	w.doc = data;
	w.len = size;
	w.numerals = numerals;
	out.emit = check_fact;
	out.tick = NULL;
	out.arg = &w;
	n = facts_extract((const char *) data, size, date, &out);
	CHECK(n == w.count, "returned %ld, emitted %ld", n, w.count);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FactDate	jan = {2021, 1, 5};
	FactDate	other = {2015 + (int) (size % 11), 1 + (int) (size % 12), 1 + (int) (size % 28)};
	bool		numerals;

	cur_data = data;
	cur_size = size;
	numerals = has_numerals(data, size);
	run(data, size, jan, numerals);
	run(data, size, other, numerals);
	return 0;
}
