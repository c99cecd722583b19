// sources: src/period_parse.c src/period_calendar.c
/*
 * period_fuzz.c — libFuzzer harness for the period type's plain-C parser
 * (src/period_parse.c) and calendar (src/period_calendar.c).
 *
 * Every input is used three ways:
 *
 *   1. as text, given to period_parse() in strict and in lenient mode (and
 *      again with its ASCII letters case-flipped and with blanks around it);
 *   2. (8 bytes or more) its first 8 bytes as a little-endian int64, whose
 *      period_valid() verdict is checked against an independent oracle;
 *   3. (8 bytes or more) the same bytes read as a frequency, a day and a
 *      length, from which a valid period is built, so that the calendar
 *      functions (shift, diff, year_ago, ytd, parent) see valid values of
 *      every frequency and not only the few that random text parses to.
 *
 * Each valid period met on the way goes through the same checks; a broken
 * invariant prints what broke and the input, then abort()s, which libFuzzer
 * and test/fuzz/replay.sh both report as a crash.  See doc/fuzzing.md.
 *
 * No allocation per input: every buffer is on the stack.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

#define FUZZ_NAME "period_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longest input that is also tried case-flipped and padded with blanks. */
#define VARIANT_MAX 256


static int32_t max_day;			/* 9999-12-31 */
static const char *skip_list;	/* $PERIOD_FUZZ_SKIP, read once */
static int64_t max_unit[PF_YEAR + 1];	/* last unit of each frequency */

/* Reporting (fail, CHECK) is in fuzz_check.h. */

/* Text of a period known to be valid (for messages). */
typedef struct
{
	char		s[PERIOD_MAXLEN + 8];
} PText;

static PText
ptext(int64_t p)
{
	PText		t;

	if (period_valid(p))
		t.s[period_format(p, t.s)] = '\0';
	else
		snprintf(t.s, sizeof(t.s), "<0x%016llx>", (unsigned long long) p);
	return t;
}

#define PT(p) (ptext(p).s)

/* --- helpers ------------------------------------------------------------ */

/*
 * PERIOD_FUZZ_SKIP="year_ago,parent" turns off those groups of checks, to
 * keep fuzzing past a bug already reported (doc/fuzzing.md).  Groups: shift,
 * year_ago, ytd (with ytd_prior), parent, diff, validity, primitives,
 * lenient, variants.
 */
static bool
skipped(const char *group)
{
	return in_list(skip_list, group);
}

static uint64_t
le(const uint8_t *d, int nbytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = nbytes - 1; i >= 0; i--)
		v = (v << 8) | d[i];
	return v;
}

static bool
freq_ok(int f)
{
	return f >= PF_DAY && f <= PF_YEAR;
}

/* The calendar year of a day, or the ISO year of its week. */
static int
year_of(PeriodFreq f, int32_t day)
{
	int			y,
				m,
				d;

	if (f == PF_WEEK)
		period_iso_week_of(day, &y, &m);
	else
		period_civil_from_days(day, &y, &m, &d);
	return y;
}

/*
 * An independent calendar to hold the one in period_calendar.c against (the
 * other checks compare the code with itself, so a consistently wrong leap
 * rule would pass them): H. Hinnant's days_from_civil / civil_from_days
 * ("chrono-Compatible Low-Level Date Algorithms"), moved to count days from
 * 0001-01-01 as period.h does.  1970-01-01 is day 719162 on that scale.
 */
#define REF_EPOCH_1970 719162

static int64_t
ref_days(int y, int m, int d)
{
	int64_t		yy = y - (m <= 2);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 + REF_EPOCH_1970;
}

static void
ref_civil(int64_t n, int *y, int *m, int *d)
{
	int64_t		z = n - REF_EPOCH_1970 + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

/* Day of the week, 0 = Monday, from Hinnant's weekday_from_days. */
static int
ref_weekday(int64_t n)
{
	int64_t		z = n - REF_EPOCH_1970;
	int64_t		sun0 = z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6;

	return (int) ((sun0 + 6) % 7);
}

/* ISO 8601: the week's Thursday fixes the year; week 1 holds 4 January. */
static void
ref_iso_week(int64_t n, int *y, int *w)
{
	int64_t		thursday = n - ref_weekday(n) + 3;
	int			m,
				d;

	ref_civil(thursday, y, &m, &d);
	*w = (int) ((thursday - ref_days(*y, 1, 1)) / 7 + 1);
}

/* 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year. */
static int
ref_iso_weeks(int y)
{
	int			jan1 = ref_weekday(ref_days(y, 1, 1));
	bool		leap = ref_days(y, 3, 1) - ref_days(y, 2, 28) == 2;

	return (jan1 == 3 || (jan1 == 2 && leap)) ? 53 : 52;
}

static void
init_once(void)
{
	int			f;

	if (max_day != 0)
		return;
	max_day = period_days_from_civil(PERIOD_MAX_YEAR, 12, 31);
	skip_list = getenv("PERIOD_FUZZ_SKIP");
	if (skip_list && *skip_list)
		fprintf(stderr, "period_fuzz: PERIOD_FUZZ_SKIP=%s: those checks are off\n", skip_list);
	for (f = PF_DAY; f <= PF_YEAR; f++)
	{
		int64_t		p;

		if (!period_of_day(max_day, (PeriodFreq) f, &p))
			abort();
		max_unit[f] = period_first_unit(p);
		/* known answers: the scale's origin, a Monday, and two well-known days */
		if (ref_days(1, 1, 1) != 0 || ref_weekday(0) != 0 ||
			ref_days(1970, 1, 1) != REF_EPOCH_1970 || ref_weekday(ref_days(2021, 3, 8)) != 0 ||
			ref_iso_weeks(2020) != 53 || ref_iso_weeks(2021) != 52)
			abort();
		/* the frequency codes read back as their frequency */
		{
			const char *code = period_freq_code((PeriodFreq) f);
			PeriodFreq	g;

			if (!period_freq_from_text(code, strlen(code), &g) || g != (PeriodFreq) f)
				abort();
		}
	}
}

/* --- text -> period ----------------------------------------------------- */

typedef struct
{
	bool		ok;
	int64_t		value;
} Parsed;

/*
 * Parse, and check the contract of a failure: a status that a parse can
 * return, an offset inside the input and a non-empty, terminated, ASCII
 * sentence (it goes into an ereport DETAIL as it is).
 */
static Parsed
parse_checked(const char *s, size_t len, bool lenient)
{
	PeriodError err;
	Parsed		r;
	int64_t		v2 = -1;
	bool		ok2;
	size_t		i,
				dlen;

	memset(&err, 0x5A, sizeof(err));	/* garbage: the parser must set all */
	err.detail[0] = '\0';
	r.value = -1;
	r.ok = period_parse(s, len, lenient, &r.value, &err);

	/* Without an error struct the answer is the same. */
	ok2 = period_parse(s, len, lenient, &v2, NULL);
	CHECK(ok2 == r.ok && (!ok2 || v2 == r.value),
		  "%s parse with err=NULL gave %d/%s, with err %d/%s",
		  lenient ? "lenient" : "strict", ok2, PT(v2), r.ok, PT(r.value));

	if (r.ok)
		return r;
	CHECK(err.status == PERIOD_BAD_SYNTAX || err.status == PERIOD_FIELD_RANGE,
		  "%s parse failed with status %d", lenient ? "lenient" : "strict", (int) err.status);
	CHECK(err.offset >= 0 && (size_t) err.offset <= len,
		  "%s parse error offset %d outside [0, %zu]", lenient ? "lenient" : "strict",
		  err.offset, len);
	dlen = strnlen(err.detail, sizeof(err.detail));
	CHECK(dlen > 0 && dlen < sizeof(err.detail),
		  "%s parse error detail is empty or unterminated (length %zu)",
		  lenient ? "lenient" : "strict", dlen);
	for (i = 0; i < dlen; i++)
		CHECK((unsigned char) err.detail[i] >= 0x20 && (unsigned char) err.detail[i] < 0x7F,
			  "%s parse error detail has byte 0x%02x at %zu: %s",
			  lenient ? "lenient" : "strict", (unsigned char) err.detail[i], i, err.detail);
	return r;
}

/* --- a valid period: its text and its parts ----------------------------- */

static void
check_value(int64_t p, const char *origin)
{
	char		buf[PERIOD_MAXLEN];	/* exactly what period_out pallocs */
	PeriodParts x;
	int			n,
				i;
	Parsed		back;
	int64_t		a,
				b,
				s;

	CHECK(period_valid(p), "%s gave an invalid period 0x%016llx", origin,
		  (unsigned long long) p);

	n = period_format(p, buf);
	CHECK(n > 0 && n < PERIOD_MAXLEN, "format of %s from %s has length %d", PT(p), origin, n);
	CHECK(strlen(buf) == (size_t) n, "format of %s returned %d, wrote %zu bytes",
		  PT(p), n, strlen(buf));
	for (i = 0; i < n; i++)
		CHECK(buf[i] > 0x20 && buf[i] < 0x7F, "format of 0x%016llx has byte 0x%02x",
			  (unsigned long long) p, (unsigned char) buf[i]);
	back = parse_checked(buf, (size_t) n, false);
	CHECK(back.ok && back.value == p,
		  "\"%s\" (format of 0x%016llx from %s) parses strictly to ok=%d 0x%016llx",
		  buf, (unsigned long long) p, origin, back.ok, (unsigned long long) back.value);
	back = parse_checked(buf, (size_t) n, true);
	CHECK(back.ok && back.value == p, "\"%s\" parses leniently to ok=%d %s",
		  buf, back.ok, PT(back.value));

	/* Units: the span is first unit .. last unit, rebuilt the long way. */
	x = period_unpack(p);
	CHECK(period_first_unit(p) <= period_last_unit(p) && period_units(p) >= 1,
		  "%s has %d units", buf, period_units(p));
	CHECK(period_is_span(p) == (period_units(p) > 1), "%s: is_span=%d with %d units",
		  buf, period_is_span(p), period_units(p));
	CHECK(period_of_day(x.first, x.freq, &a), "period_of_day(first day of %s) failed", buf);
	CHECK(period_unpack(a).first == x.first && period_first_unit(a) == period_first_unit(p),
		  "the unit holding the first day of %s is %s", buf, PT(a));
	CHECK(period_shift(a, period_units(p) - 1, &b), "%s: shifting its first unit by %d failed",
		  buf, period_units(p) - 1);
	CHECK(period_unpack(b).last == x.last, "%s: its last unit is %s", buf, PT(b));
	CHECK(period_make_span(a, b, &s) && s == p, "%s: span of %s and %s is %s", buf,
		  PT(a), PT(b), PT(s));
}

/* --- the calendar on a valid period ------------------------------------- */

/* period_shift, against unit arithmetic. */
static void
check_shift(int64_t p, int64_t n)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u1 = period_first_unit(p),
				u2 = period_last_unit(p);
	bool		expect = u1 + n >= 0 && u2 + n <= max_unit[f];
	int64_t		q = -1,
				r = -1;
	int32_t		d = 0;
	bool		ok;

	if (skipped("shift"))
		return;
	ok = period_shift(p, n, &q);
	CHECK(ok == expect, "shift(%s, %lld) returned %d (units %lld..%lld, last unit %lld)",
		  PT(p), (long long) n, ok, (long long) u1, (long long) u2, (long long) max_unit[f]);
	if (!ok)
		return;
	check_value(q, "period_shift");
	CHECK(period_freq_of(q) == f && period_units(q) == period_units(p),
		  "shift(%s, %lld) = %s changes frequency or length", PT(p), (long long) n, PT(q));
	CHECK(period_diff(q, p, &d) == PERIOD_OK && d == n,
		  "diff(shift(%s, %lld), itself) = %d", PT(p), (long long) n, d);
	CHECK(period_shift(q, -n, &r) && r == p, "shift(shift(%s, %lld), %lld) = %s",
		  PT(p), (long long) n, (long long) -n, PT(r));
}

static void
check_year_ago(int64_t p)
{
	PeriodFreq	f = period_freq_of(p);
	PeriodParts x = period_unpack(p);
	int64_t		q = -1;
	PeriodStatus st = period_year_ago(p, &q);
	int			y1,
				m1,
				d1 = 0,
				y2,
				m2,
				d2 = 0;
	int			qy1,
				qm1,
				qd1,
				qy2,
				qm2,
				qd2;

	if (skipped("year_ago"))
		return;
	CHECK(st == PERIOD_OK || st == PERIOD_FIELD_RANGE || (st == PERIOD_NO_MATCH && f == PF_WEEK),
		  "year_ago(%s) returned status %d", PT(p), (int) st);
	if (f == PF_WEEK)
	{
		period_iso_week_of(x.first, &y1, &m1);
		period_iso_week_of(x.last, &y2, &m2);
	}
	else
	{
		period_civil_from_days(x.first, &y1, &m1, &d1);
		period_civil_from_days(x.last, &y2, &m2, &d2);
	}
	/* A year earlier exists exactly when the period starts after year 1. */
	CHECK((st == PERIOD_FIELD_RANGE) == (y1 == PERIOD_MIN_YEAR),
		  "year_ago(%s) returned status %d, but it starts in year %d", PT(p), (int) st, y1);
	if (st == PERIOD_NO_MATCH)
	{
		CHECK((y1 > 1 && m1 > period_iso_weeks_in_year(y1 - 1)) ||
			  (y2 > 1 && m2 > period_iso_weeks_in_year(y2 - 1)),
			  "year_ago(%s) found no match, yet both weeks exist a year earlier", PT(p));
		return;
	}
	if (st != PERIOD_OK)
		return;
	check_value(q, "period_year_ago");
	CHECK(period_freq_of(q) == f, "year_ago(%s) = %s changes frequency", PT(p), PT(q));
	if (f == PF_WEEK)
	{
		period_iso_week_of(period_unpack(q).first, &qy1, &qm1);
		period_iso_week_of(period_unpack(q).last, &qy2, &qm2);
		CHECK(qy1 == y1 - 1 && qm1 == m1 && qy2 == y2 - 1 && qm2 == m2,
			  "year_ago(%s) = %s is not the same weeks a year earlier", PT(p), PT(q));
		return;
	}
	period_civil_from_days(period_unpack(q).first, &qy1, &qm1, &qd1);
	period_civil_from_days(period_unpack(q).last, &qy2, &qm2, &qd2);
	if (f == PF_DAY)
	{
		/* Same month and day a year earlier; 29 February becomes the 28th. */
		CHECK(qy1 == y1 - 1 && qm1 == m1 && (qd1 == d1 || (m1 == 2 && d1 == 29 && qd1 == 28)) &&
			  qy2 == y2 - 1 && qm2 == m2 && (qd2 == d2 || (m2 == 2 && d2 == 29 && qd2 == 28)),
			  "year_ago(%s) = %s is not the same dates a year earlier", PT(p), PT(q));
	}
	else
	{
		/* Same months a year earlier (whole months: check_value saw to that). */
		int32_t		d = 0;
		int			per_year = f == PF_YEAR ? 1 : f == PF_HALF ? 2 : f == PF_TRIMESTER ? 3 :
			f == PF_QUARTER ? 4 : 12;

		CHECK(qy1 == y1 - 1 && qm1 == m1 && qy2 == y2 - 1 && qm2 == m2,
			  "year_ago(%s) = %s is not the same months a year earlier", PT(p), PT(q));
		CHECK(period_diff(p, q, &d) == PERIOD_OK && d == per_year,
			  "diff(%s, year_ago = %s) = %d, not %d", PT(p), PT(q), d, per_year);
	}
}

static void
check_ytd(int64_t p)
{
	PeriodFreq	f = period_freq_of(p);
	PeriodParts x = period_unpack(p);
	int64_t		q = -1;
	int			y,
				qy,
				m,
				d;

	if (skipped("ytd"))
		return;
	q = period_ytd(p);
	check_value(q, "period_ytd");
	CHECK(period_freq_of(q) == f && period_unpack(q).last == x.last,
		  "ytd(%s) = %s does not end with it", PT(p), PT(q));
	y = year_of(f, x.last);
	if (f == PF_WEEK)
	{
		period_iso_week_of(period_unpack(q).first, &qy, &m);
		CHECK(qy == y && m == 1, "ytd(%s) = %s does not start at week 1 of %d", PT(p), PT(q), y);
	}
	else
	{
		period_civil_from_days(period_unpack(q).first, &qy, &m, &d);
		CHECK(qy == y && m == 1 && d == 1, "ytd(%s) = %s does not start on 1 January %d",
			  PT(p), PT(q), y);
	}

	/* period_ytd_prior: the same start, one unit shorter; none if that is empty. */
	{
		int64_t		r = -1;
		bool		ok = period_ytd_prior(p, &r);

		CHECK(ok == (period_first_unit(q) < period_last_unit(p)),
			  "ytd_prior(%s) returned %d, ytd is %s", PT(p), ok, PT(q));
		if (ok)
		{
			check_value(r, "period_ytd_prior");
			CHECK(period_freq_of(r) == f && period_first_unit(r) == period_first_unit(q) &&
				  period_last_unit(r) == period_last_unit(p) - 1,
				  "ytd_prior(%s) = %s, ytd is %s", PT(p), PT(r), PT(q));
		}
	}
}

/*
 * period_parent for every frequency, against the units that hold its first
 * and last day; for a week under a coarser frequency (month to year), the
 * units that hold its Thursdays.  A day is not coarser than a week: a week's
 * parent day does not exist (MIXED_FREQ), as a month's does not.
 */
static void
check_parent(int64_t p)
{
	PeriodFreq	f = period_freq_of(p);
	PeriodParts x = period_unpack(p);
	int			g;

	if (skipped("parent"))
		return;
	for (g = 0; g <= PF_YEAR + 1; g++)
	{
		int64_t		q = -1,
					e1 = -1,
					e2 = -2;
		PeriodStatus st = period_parent(p, (PeriodFreq) g, &q);
		int32_t		a1 = x.first,
					a2 = x.last;
		bool		thursday = f == PF_WEEK && g > PF_WEEK;

		if (!freq_ok(g))
		{
			CHECK(st == PERIOD_BAD_SYNTAX, "parent(%s, %d) returned %d", PT(p), g, (int) st);
			continue;
		}
		CHECK(st == PERIOD_OK || st == PERIOD_MIXED_FREQ, "parent(%s, %s) returned status %d",
			  PT(p), period_freq_code((PeriodFreq) g), (int) st);
		if (g == (int) f)
		{
			CHECK((st == PERIOD_OK) == !period_is_span(p) && (st != PERIOD_OK || q == p),
				  "parent(%s, own frequency) returned %d, %s", PT(p), (int) st, PT(q));
			continue;
		}
		if (thursday)
		{
			a1 += 3;
			a2 -= 3;
		}
		/* 9999-W52 ends on 10000-01-02; the unit of its last day is that of 9999-12-31 */
		if (a2 > max_day)
			a2 = max_day;
		CHECK(period_of_day(a1, (PeriodFreq) g, &e1) && period_of_day(a2, (PeriodFreq) g, &e2),
			  "period_of_day failed on a day of %s", PT(p));
		CHECK((st == PERIOD_OK) == (e1 == e2),
			  "parent(%s, %s) returned %d, but its %s lie in %s and %s", PT(p),
			  period_freq_code((PeriodFreq) g), (int) st, thursday ? "Thursdays" : "ends",
			  PT(e1), PT(e2));
		if (st != PERIOD_OK)
			continue;
		check_value(q, "period_parent");
		CHECK(q == e1 && period_freq_of(q) == (PeriodFreq) g && !period_is_span(q),
			  "parent(%s, %s) = %s, expected %s", PT(p), period_freq_code((PeriodFreq) g),
			  PT(q), PT(e1));
		/* It contains p's days, or for a week under a coarser one its Thursdays. */
		CHECK(period_unpack(q).first <= a1 && a2 <= period_unpack(q).last,
			  "parent(%s, %s) = %s does not contain it", PT(p),
			  period_freq_code((PeriodFreq) g), PT(q));
	}
}

static void
check_diff(int64_t a, int64_t b)
{
	int32_t		d = 0,
				e = 0;
	PeriodStatus st = period_diff(a, b, &d);
	int64_t		r = -1;

	if (skipped("diff"))
		return;
	if (period_freq_of(a) != period_freq_of(b))
	{
		CHECK(st == PERIOD_MIXED_FREQ, "diff(%s, %s) returned %d", PT(a), PT(b), (int) st);
		return;
	}
	CHECK(st == PERIOD_OK && d == period_first_unit(a) - period_first_unit(b),
		  "diff(%s, %s) = %d (status %d)", PT(a), PT(b), d, (int) st);
	CHECK(period_diff(b, a, &e) == PERIOD_OK && e == -d, "diff(%s, %s) = %d, but back %d",
		  PT(a), PT(b), d, e);
	/* shifting b by the difference lines its start up with a's */
	if (period_shift(b, d, &r))
		CHECK(period_first_unit(r) == period_first_unit(a), "shift(%s, diff) = %s, not at %s",
			  PT(b), PT(r), PT(a));
}

static void
check_calendar(int64_t p, int64_t n, int64_t big_n, int64_t other)
{
	check_shift(p, 0);
	check_shift(p, n);
	check_shift(p, big_n);
	check_year_ago(p);
	check_ytd(p);
	check_parent(p);
	if (period_valid(other))
		check_diff(p, other);
}

/* --- int64 -> period ---------------------------------------------------- */

/*
 * For p in a domain where period_format is safe to call on an invalid value
 * (known frequency, days within 4,000,000), period_valid(p) must agree with
 * "p is what its own text parses back to": the parser only yields valid
 * periods, and a valid period's text parses back to it.
 */
static void
check_validity(int64_t p)
{
	bool		v = period_valid(p);
	PeriodParts x;
	char		buf[64];
	int			n;
	Parsed		back;

	if (skipped("validity"))
		return;
	if (p < 0)
	{
		CHECK(!v, "negative 0x%016llx is valid", (unsigned long long) p);
		return;
	}
	x = period_unpack(p);
	if (!freq_ok(x.freq))
	{
		CHECK(!v, "0x%016llx with frequency %d is valid", (unsigned long long) p, x.freq);
		return;
	}
	if (x.first > 4000000 || x.last > 4000000)
	{
		CHECK(!v, "0x%016llx with days %d..%d is valid", (unsigned long long) p, x.first, x.last);
		return;
	}
	n = period_format(p, buf);
	CHECK(n > 0 && n < (int) sizeof(buf), "format of invalid 0x%016llx wrote %d bytes",
		  (unsigned long long) p, n);
	back = parse_checked(buf, (size_t) n, false);
	CHECK(v == (back.ok && back.value == p),
		  "period_valid(0x%016llx) = %d, but its text \"%s\" parses to ok=%d 0x%016llx",
		  (unsigned long long) p, v, buf, back.ok, (unsigned long long) back.value);
}

/* The calendar primitives on one day and one (year, index) pair. */
static void
check_primitives(int32_t day, PeriodFreq f, int y, int idx)
{
	int			yy,
				m,
				d,
				w;
	int64_t		p = -1,
				q = -1;
	bool		ok;

	if (skipped("primitives"))
		return;
	if (day >= 0 && day <= max_day)
	{
		int			ry,
					rm,
					rd,
					rw;

		period_civil_from_days(day, &yy, &m, &d);
		ref_civil(day, &ry, &rm, &rd);
		CHECK(yy == ry && m == rm && d == rd, "day %d is %04d-%02d-%02d, not %04d-%02d-%02d",
			  day, yy, m, d, ry, rm, rd);
		CHECK(period_valid_date(yy, m, d) && period_days_from_civil(yy, m, d) == day,
			  "day %d is %04d-%02d-%02d, which is day %d", day, yy, m, d,
			  period_days_from_civil(yy, m, d));
		period_iso_week_of(day, &yy, &w);
		ref_iso_week(day, &ry, &rw);
		CHECK(yy == ry && w == rw, "day %d is in week %04d-W%02d, not %04d-W%02d", day, yy, w,
			  ry, rw);
		CHECK(w >= 1 && w <= period_iso_weeks_in_year(yy) &&
			  period_iso_week_start(yy, w) <= day && day < period_iso_week_start(yy, w) + 7,
			  "day %d is in week %04d-W%02d, which starts on day %d", day, yy, w,
			  period_iso_week_start(yy, w));
	}
	if (y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR)
	{
		int			ry,
					rm,
					rd;

		CHECK(period_iso_weeks_in_year(y) == ref_iso_weeks(y), "year %d has %d ISO weeks, not %d",
			  y, period_iso_weeks_in_year(y), ref_iso_weeks(y));
		/* a date is valid when the reference calendar gives it back unchanged */
		m = 1 + (idx & 0x7F) % 13;
		d = 1 + ((idx >> 1) & 0x3F) % 32;
		ref_civil(ref_days(y, m > 12 ? 12 : m, 1) + d - 1, &ry, &rm, &rd);
		CHECK(period_valid_date(y, m, d) == (m <= 12 && ry == y && rm == m && rd == d),
			  "period_valid_date(%d, %d, %d) = %d", y, m, d, period_valid_date(y, m, d));
		if (m <= 12 && ry == y && rm == m && rd == d)
			CHECK(period_days_from_civil(y, m, d) == ref_days(y, m, d),
				  "%04d-%02d-%02d is day %d, not %lld", y, m, d, period_days_from_civil(y, m, d),
				  (long long) ref_days(y, m, d));
	}
	ok = period_of_day(day, f, &p);
	CHECK(ok == (day >= 0 && day <= max_day), "period_of_day(%d, %d) returned %d", day, f, ok);
	if (ok)
	{
		check_value(p, "period_of_day");
		CHECK(period_unpack(p).first <= day && day <= period_unpack(p).last && !period_is_span(p),
			  "period_of_day(%d, %s) = %s does not hold it", day, period_freq_code(f), PT(p));
	}

	ok = period_single(f, y, idx, &p);
	{
		int			count = f == PF_DAY ? period_days_from_civil(y + 1, 1, 1) - period_days_from_civil(y, 1, 1) :
			f == PF_WEEK ? period_iso_weeks_in_year(y) :
			f == PF_MONTH ? 12 : f == PF_QUARTER ? 4 : f == PF_TRIMESTER ? 3 : f == PF_HALF ? 2 : 1;
		bool		expect = y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR && idx >= 1 && idx <= count;

		CHECK(ok == expect, "period_single(%s, %d, %d) returned %d", period_freq_code(f), y, idx, ok);
	}
	if (!ok)
		return;
	check_value(p, "period_single");
	CHECK(!period_is_span(p), "period_single gave a span %s", PT(p));
	/* the first unit of the year, shifted idx - 1 times */
	CHECK(period_single(f, y, 1, &q), "period_single(%s, %d, 1) failed", period_freq_code(f), y);
	CHECK(year_of(f, period_unpack(q).first) == y &&
		  (period_unpack(q).first == 0 || year_of(f, period_unpack(q).first - 1) == y - 1),
		  "period_single(%s, %d, 1) = %s is not the first of the year", period_freq_code(f), y,
		  PT(q));
	CHECK(period_shift(q, idx - 1, &q) && q == p, "period_single(%s, %d, %d) = %s, not %s",
		  period_freq_code(f), y, idx, PT(p), PT(q));
}

/* period_freq_from_text: a known frequency from a short name, any case. */
static void
check_freq_text(const char *s, size_t size)
{
	PeriodFreq	f = (PeriodFreq) 0,
				g = (PeriodFreq) 0;
	char		buf[16];
	bool		ok = period_freq_from_text(s, size, &f);
	size_t		i;

	if (!ok)
		return;
	CHECK(freq_ok(f) && size >= 1 && size <= 9, "frequency text of %zu bytes gives %d", size, f);
	for (i = 0; i < size; i++)
		buf[i] = (char) ((s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i]);
	CHECK(period_freq_from_text(buf, size, &g) && g == f,
		  "frequency text upper-cased gives %d, not %d", g, f);
}

/* --- entry point -------------------------------------------------------- */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	Parsed		strict,
				lenient;
	int64_t		built = -1;
	int64_t		n = size > 0 ? (int8_t) data[size - 1] : 0;

	init_once();
	cur_data = data;
	cur_size = size;

	/* 1. text */
	check_freq_text(s, size);
	strict = parse_checked(s, size, false);
	lenient = parse_checked(s, size, true);
	if (strict.ok)
	{
		check_value(strict.value, "strict parse");
		CHECK(skipped("lenient") || (lenient.ok && lenient.value == strict.value),
			  "strict parse gives %s, lenient gives ok=%d %s", PT(strict.value), lenient.ok,
			  PT(lenient.value));
	}
	if (lenient.ok)
		check_value(lenient.value, "lenient parse");

	/* The same text with ASCII case flipped, and with blanks around it. */
	if (size <= VARIANT_MAX && !skipped("variants"))
	{
		char		buf[VARIANT_MAX + 4];
		size_t		i;
		Parsed		v;

		for (i = 0; i < size; i++)
		{
			char		ch = s[i];

			buf[i] = (ch >= 'a' && ch <= 'z') ? (char) (ch - 32) :
				(ch >= 'A' && ch <= 'Z') ? (char) (ch + 32) : ch;
		}
		v = parse_checked(buf, size, false);
		CHECK(v.ok == strict.ok && (!v.ok || v.value == strict.value),
			  "strict: case-flipped input gives ok=%d %s, the input ok=%d %s", v.ok,
			  PT(v.value), strict.ok, PT(strict.value));
		v = parse_checked(buf, size, true);
		CHECK(v.ok == lenient.ok && (!v.ok || v.value == lenient.value),
			  "lenient: case-flipped input gives ok=%d %s, the input ok=%d %s", v.ok,
			  PT(v.value), lenient.ok, PT(lenient.value));

		buf[0] = ' ';
		if (size > 0)
			memcpy(buf + 1, s, size);
		buf[size + 1] = '\t';
		v = parse_checked(buf, size + 2, false);
		CHECK(v.ok == strict.ok && (!v.ok || v.value == strict.value),
			  "strict: blank-padded input gives ok=%d %s, the input ok=%d %s", v.ok,
			  PT(v.value), strict.ok, PT(strict.value));
		v = parse_checked(buf, size + 2, true);
		CHECK(v.ok == lenient.ok && (!v.ok || v.value == lenient.value),
			  "lenient: blank-padded input gives ok=%d %s, the input ok=%d %s", v.ok,
			  PT(v.value), lenient.ok, PT(lenient.value));
	}

	if (size >= 8)
	{
		uint64_t	raw = le(data, 8);
		PeriodFreq	f = (PeriodFreq) (1 + data[0] % 7);
		int32_t		day1 = (int32_t) (le(data + 1, 3) % (uint64_t) (max_day + 1));
		int32_t		len = (int32_t) (le(data + 4, 2) >> ((data[0] >> 4) & 0xF));
		int32_t		day2 = day1 + len > max_day ? max_day : day1 + len;
		int64_t		a,
					b;

		/* 2. the raw int64, and it with one bit flipped */
		check_validity((int64_t) raw);
		check_validity((int64_t) (raw ^ ((uint64_t) 1 << (data[7] & 63))));
		if (period_valid((int64_t) raw))
			check_value((int64_t) raw, "raw int64");

		/* 3. a valid period built from the bytes: frequency, day, length */
		if (period_of_day(day1, f, &a) && period_of_day(day2, f, &b) &&
			period_make_span(a, b, &built))
		{
			check_value(built, "built from bytes");
			check_validity(period_pack(f, day1, day2));
			check_validity(built ^ ((int64_t) 1 << (data[7] % 63)));
		}
		else
			CHECK(0, "could not build a period of %s from days %d..%d",
				  period_freq_code(f), day1, day2);
		check_primitives((int32_t) (int16_t) le(data + 4, 2) + day1, f,
						 (int) (le(data + 1, 2) % 10003), (int) (int8_t) data[6]);
		check_calendar(built, (int8_t) data[6], (int32_t) le(data + 4, 4),
					   strict.ok ? strict.value : lenient.value);
		if (period_valid((int64_t) raw))
			check_calendar((int64_t) raw, n, (int16_t) le(data + 2, 2), built);
	}

	if (strict.ok)
		check_calendar(strict.value, n, n * 997, built);
	if (lenient.ok && (!strict.ok || lenient.value != strict.value))
		check_calendar(lenient.value, n, n * 4999, built);
	return 0;
}
