/*
 * period_parse.c — text to period and back.  Plain C, no postgres.h: the
 * parser returns false with a PeriodError (status, offset, sentence) and
 * the fmgr layer in period.c turns that into an ereport.
 *
 * Strict grammar (the cast; case-insensitive, surrounding blanks trimmed):
 *
 *   period   := single | single '/' single | single '/' duration
 *   single   := YYYY | YYYY-A1 | YYYY-S# | YYYY-H# | YYYY-T# | YYYY-Q#
 *             | YYYY-MM | YYYY-M## | YYYY-W## | YYYY-D### | YYYY-MM-DD[Thh:mm:ss[.f][Z]]
 *   duration := P [nY] [nM] [nW] [nD]
 *
 * Lenient mode (to_period) also reads the forms seen in files and releases:
 * "2001M1", "2012Q1", "2012 Q1", "Q1 2012", "2021-1", "Nov 2021",
 * "2021年", "2021年第三季度", "2021年上半年", "2021年1-11月", "2021年前三季度".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse_text.h"
#include "period.h"

typedef struct Cursor
{
	const char *s;
	size_t		len;
	size_t		pos;
	PeriodError *err;
} Cursor;

/* --- small helpers ----------------------------------------------------- */

static bool
at_end(const Cursor *c)
{
	return c->pos >= c->len;
}

static char
peek(const Cursor *c)
{
	return at_end(c) ? '\0' : c->s[c->pos];
}

static char
upper(char ch)
{
	return (ch >= 'a' && ch <= 'z') ? (char) (ch - 'a' + 'A') : ch;
}

static bool
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool
is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

static void
skip_blanks(Cursor *c)
{
	while (!at_end(c) && is_blank(peek(c)))
		c->pos++;
}

/* Accept a literal (ASCII case-insensitive, or UTF-8 bytes as they are). */
static bool
accept(Cursor *c, const char *lit)
{
	size_t		n = strlen(lit);
	size_t		i;

	if (c->len - c->pos < n)
		return false;
	for (i = 0; i < n; i++)
		if (upper(c->s[c->pos + i]) != upper(lit[i]))
			return false;
	c->pos += n;
	return true;
}

static bool fail_at(Cursor *c, PeriodStatus st, size_t off, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

static bool
fail_at(Cursor *c, PeriodStatus st, size_t off, const char *fmt,...)
{
	va_list		ap;

	if (c->err)
	{
		c->err->status = st;
		c->err->offset = (int) off;
		va_start(ap, fmt);
		vsnprintf(c->err->detail, sizeof(c->err->detail), fmt, ap);
		va_end(ap);
	}
	return false;
}

static bool
fail_unexpected(Cursor *c, const char *wanted)
{
	char		detail[sizeof(((PeriodError *) 0)->detail)];

	text_expected(detail, sizeof(detail), c->s, c->len, c->pos, wanted);
	return fail_at(c, PERIOD_BAD_SYNTAX, c->pos, "%s", detail);
}

/* Read a run of digits; *ndigits says how many (values capped, not wrapped). */
static bool
read_number(Cursor *c, int *value, int *ndigits)
{
	int			v = 0;
	int			n = 0;

	while (!at_end(c) && is_digit(peek(c)))
	{
		if (v < 100000000)
			v = v * 10 + (peek(c) - '0');
		n++;
		c->pos++;
	}
	*value = v;
	*ndigits = n;
	return n > 0;
}

/* Exactly `want` digits, then a value in [lo, hi] (else 22008). */
static bool
read_field(Cursor *c, int want, int lo, int hi, const char *what, int *out)
{
	size_t		start = c->pos;
	int			n;

	if (!read_number(c, out, &n))
		return fail_unexpected(c, what);
	if (n != want)
		return fail_at(c, PERIOD_BAD_SYNTAX, start,
					   "The %s must have %d digit%s (character %d).",
					   what, want, want == 1 ? "" : "s", text_char_number(c->s, c->len, start));
	if (*out < lo || *out > hi)
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "The %s must be between %d and %d, not %d.", what, lo, hi, *out);
	return true;
}

static bool
read_year(Cursor *c, int *y)
{
	size_t		start = c->pos;
	int			n;

	if (!read_number(c, y, &n))
		return fail_unexpected(c, "a four-digit year");
	if (n > 4 && *y > PERIOD_MAX_YEAR)
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "Year %d is outside the range 1 to 9999.", *y);
	if (n != 4)
		return fail_at(c, PERIOD_BAD_SYNTAX, start,
					   "The year must have four digits (character %d).",
					   text_char_number(c->s, c->len, start));
	if (*y < PERIOD_MIN_YEAR)
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "Year %d is outside the range 1 to 9999.", *y);
	return true;
}

static bool
make_single(Cursor *c, size_t start, PeriodFreq f, int y, int index, int64_t *out)
{
	if (period_single(f, y, index, out))
		return true;
	if (f == PF_WEEK)
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "Year %d has %d ISO weeks.", y, period_iso_weeks_in_year(y));
	if (f == PF_DAY)
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "Year %d has %d days.", y,
					   period_days_from_civil(y + 1, 1, 1) - period_days_from_civil(y, 1, 1));
	return fail_at(c, PERIOD_FIELD_RANGE, start, "Period number %d is out of range.", index);
}

/* --- strict single periods --------------------------------------------- */

/* Thh:mm:ss[.fff][Z] after a calendar date: the day that holds the instant. */
static bool
read_time(Cursor *c)
{
	int			v;

	if (!read_field(c, 2, 0, 23, "hour", &v))
		return false;
	if (!accept(c, ":"))
		return fail_unexpected(c, "\":\" after the hour");
	if (!read_field(c, 2, 0, 59, "minute", &v))
		return false;
	if (accept(c, ":") && !read_field(c, 2, 0, 59, "second", &v))
		return false;
	if (accept(c, "."))
	{
		int			n;

		if (!read_number(c, &v, &n))
			return fail_unexpected(c, "fractional seconds");
	}
	if (peek(c) == '+' || peek(c) == '-')
		return fail_at(c, PERIOD_BAD_SYNTAX, c->pos,
					   "A time zone offset (character %d) would make the day ambiguous; give the date alone.",
					   text_char_number(c->s, c->len, c->pos));
	accept(c, "Z");
	return true;
}

/* YYYY-MM, YYYY-MM-DD and YYYY-MM-DDThh:mm:ss, after "YYYY-". */
static bool
read_calendar(Cursor *c, int y, size_t start, int64_t *out)
{
	int			m,
				d;

	if (!read_field(c, 2, 1, 12, "month", &m))
		return false;
	if (!accept(c, "-"))
		return make_single(c, start, PF_MONTH, y, m, out);
	if (!read_field(c, 2, 1, 31, "day", &d))
		return false;
	if (!period_valid_date(y, m, d))
		return fail_at(c, PERIOD_FIELD_RANGE, start,
					   "Day %d does not exist in month %d.", d, m);
	if (accept(c, "T") && !read_time(c))
		return false;
	return period_of_day(period_days_from_civil(y, m, d), PF_DAY, out) ||
		fail_at(c, PERIOD_FIELD_RANGE, start, "Date is out of range.");
}

/* After "YYYY-": a frequency letter and its number, or a calendar date. */
static bool
read_subyear(Cursor *c, int y, size_t start, int64_t *out)
{
	char		l = upper(peek(c));
	int			n;

	if (is_digit(l))
		return read_calendar(c, y, start, out);
	c->pos++;
	switch (l)
	{
		case 'A':
			return read_field(c, 1, 1, 1, "annual period", &n) &&
				make_single(c, start, PF_YEAR, y, n, out);
		case 'S':
		case 'H':
			return read_field(c, 1, 1, 2, "half-year", &n) &&
				make_single(c, start, PF_HALF, y, n, out);
		case 'T':
			return read_field(c, 1, 1, 3, "trimester", &n) &&
				make_single(c, start, PF_TRIMESTER, y, n, out);
		case 'Q':
			return read_field(c, 1, 1, 4, "quarter", &n) &&
				make_single(c, start, PF_QUARTER, y, n, out);
		case 'M':
			return read_field(c, 2, 1, 12, "month", &n) &&
				make_single(c, start, PF_MONTH, y, n, out);
		case 'W':
			return read_field(c, 2, 1, 53, "week", &n) &&
				make_single(c, start, PF_WEEK, y, n, out);
		case 'D':
			return read_field(c, 3, 1, 366, "day of the year", &n) &&
				make_single(c, start, PF_DAY, y, n, out);
		default:
			c->pos--;
			return fail_unexpected(c, "a month or one of A, S, H, T, Q, M, W, D");
	}
}

static bool
read_single_strict(Cursor *c, int64_t *out)
{
	size_t		start = c->pos;
	int			y;

	if (!read_year(c, &y))
		return false;
	if (!accept(c, "-"))
		return make_single(c, start, PF_YEAR, y, 1, out);
	return read_subyear(c, y, start, out);
}

/* --- lenient single periods -------------------------------------------- */

static const char *const month_names[12] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};
static const char *const month_rest[12] = {
	"uary", "ruary", "ch", "il", "", "e", "y", "ust", "tember", "ober", "ember", "ember"
};

static bool
read_month_name(Cursor *c, int *m)
{
	int			i;

	for (i = 0; i < 12; i++)
		if (accept(c, month_names[i]))
		{
			if (!accept(c, month_rest[i]) && i == 8)
				accept(c, "t");	/* "Sept" */
			accept(c, ".");
			*m = i + 1;
			return true;
		}
	return false;
}

static bool
freq_letter(char l, PeriodFreq *f)
{
	switch (upper(l))
	{
		case 'A':
			*f = PF_YEAR;
			return true;
		case 'S':
		case 'H':
			*f = PF_HALF;
			return true;
		case 'T':
			*f = PF_TRIMESTER;
			return true;
		case 'Q':
			*f = PF_QUARTER;
			return true;
		case 'M':
			*f = PF_MONTH;
			return true;
		case 'W':
			*f = PF_WEEK;
			return true;
		case 'D':
			*f = PF_DAY;
			return true;
		default:
			return false;
	}
}

/* A letter and a number of 1 to 3 digits: "Q1", "M11", "W5". */
static bool
read_letter_number(Cursor *c, PeriodFreq *f, int *n)
{
	int			nd;

	if (!freq_letter(peek(c), f))
		return false;
	c->pos++;
	return read_number(c, n, &nd) && nd <= 3;
}

/* 一 … 十二, or ASCII digits: small numbers in Chinese dates. */
static bool
read_cn_number(Cursor *c, int *n)
{
	static const char *const digits[] = {
		"一", "二", "三", "四", "五", "六", "七", "八", "九"
	};
	int			nd,
				i,
				v = 0;

	if (read_number(c, n, &nd))
		return nd <= 3;
	if (accept(c, "两"))
	{
		*n = 2;
		return true;
	}
	if (accept(c, "十"))
		v = 10;
	for (i = 0; i < 9; i++)
		if (accept(c, digits[i]))
		{
			v += i + 1;
			break;
		}
	*n = v;
	return v > 0;
}

static bool
accept_range_dash(Cursor *c)
{
	return accept(c, "-") || accept(c, "\xE2\x80\x94") /* — */ ||
		accept(c, "\xE2\x80\x93") /* – */ || accept(c, "\xEF\xBC\x8D") /* － */ ||
		accept(c, "~") || accept(c, "\xEF\xBD\x9E") /* ～ */ || accept(c, "至");
}

static bool
span_of(PeriodFreq f, int y, int a, int b, int64_t *out)
{
	int64_t		pa,
				pb;

	return period_single(f, y, a, &pa) && period_single(f, y, b, &pb) &&
		period_make_span(pa, pb, out);
}

/* After "YYYY年": 全年, 上半年, 第三季度, 前三季度, 1-11月, 11月, 11月8日. */
static bool
read_cn_after_year(Cursor *c, int y, int64_t *out)
{
	int			a,
				b,
				d;

	skip_blanks(c);
	if (at_end(c) || accept(c, "全年") || accept(c, "度"))
		return period_single(PF_YEAR, y, 1, out);
	if (accept(c, "上半年"))
		return period_single(PF_HALF, y, 1, out);
	if (accept(c, "下半年"))
		return period_single(PF_HALF, y, 2, out);
	if (accept(c, "前"))
	{
		if (!read_cn_number(c, &b))
			return false;
		if (accept(c, "季度"))
			return span_of(PF_QUARTER, y, 1, b, out);
		return (accept(c, "个月") || accept(c, "月")) && span_of(PF_MONTH, y, 1, b, out);
	}
	accept(c, "第");
	if (!read_cn_number(c, &a))
		return false;
	if (accept(c, "季度"))
		return period_single(PF_QUARTER, y, a, out);
	if (accept_range_dash(c))
	{
		if (!read_cn_number(c, &b))
			return false;
		if (accept(c, "季度"))
			return span_of(PF_QUARTER, y, a, b, out);
		return accept(c, "月") && span_of(PF_MONTH, y, a, b, out);
	}
	if (!accept(c, "月"))
		return false;
	if (at_end(c) || accept(c, "份"))
		return period_single(PF_MONTH, y, a, out);
	if (!read_cn_number(c, &d) || !(accept(c, "日") || accept(c, "号")))
		return false;
	return period_valid_date(y, a, d) &&
		period_of_day(period_days_from_civil(y, a, d), PF_DAY, out);
}

/* The lenient forms; false (without an error of its own) if none fits. */
static bool
read_single_lenient(Cursor *c, int64_t *out)
{
	size_t		start = c->pos;
	int			y,
				n,
				nd;
	PeriodFreq	f;

	/* "Q1 2012", "Nov 2021", "November 2021" */
	if (!read_letter_number(c, &f, &n))
	{
		c->pos = start;
		f = PF_MONTH;
		if (!read_month_name(c, &n))
			c->pos = start;
	}
	if (c->pos > start)
	{
		while (accept(c, " ") || accept(c, "\t") || accept(c, "-") || accept(c, ","))
			;
		return read_number(c, &y, &nd) && nd == 4 && period_single(f, y, n, out);
	}
	if (!read_number(c, &y, &nd) || nd != 4)
		return false;
	if (accept(c, "年"))
		return read_cn_after_year(c, y, out);
	/* "2012Q1", "2012 Q1", "2001M1", "2021-m1", "2021.Q1", "2021-1" */
	while (accept(c, " ") || accept(c, "-") || accept(c, "."))
		;
	if (read_letter_number(c, &f, &n))
		return period_single(f, y, n, out);
	return read_number(c, &n, &nd) && nd <= 2 && period_single(PF_MONTH, y, n, out);
}

/* --- spans ------------------------------------------------------------- */

/*
 * SDMX writes a time range as a first day and a duration in months or
 * years ("2021-01-01/P11M", "2021-01-01/P3M"): that is the months it
 * covers, read at the coarsest frequency that fits (a year, half-year or
 * quarter when it starts and ends on one), so "2021-01-01/P1Y" is 2021.
 */
static bool
rebase_day_start(int64_t *startp, int64_t months)
{
	int			y,
				m,
				d;
	PeriodFreq	f = PF_MONTH;

	period_civil_from_days(period_unpack(*startp).first, &y, &m, &d);
	if (d != 1 || months <= 0)
		return false;
	if (m == 1 && months % 12 == 0)
		f = PF_YEAR;
	else if ((m - 1) % 6 == 0 && months % 6 == 0)
		f = PF_HALF;
	else if ((m - 1) % 3 == 0 && months % 3 == 0)
		f = PF_QUARTER;
	return period_of_day(period_unpack(*startp).first, f, startp);
}

/* P[nY][nM][nW][nD] after a start period: the number of its units. */
static bool
read_duration(Cursor *c, int64_t *startpp, int64_t *units)
{
	int64_t		startp = *startpp;
	static const char letters[] = "YMWD";
	int64_t		amount[4] = {0, 0, 0, 0};
	int			k = 0;
	bool		any = false;
	PeriodFreq	f = period_freq_of(startp);
	int64_t		months,
				days;
	size_t		start = c->pos - 1;

	while (!at_end(c))
	{
		int			v,
					nd;

		if (!read_number(c, &v, &nd))
			return fail_unexpected(c, "a number in the duration");
		while (k < 4 && upper(peek(c)) != letters[k])
			k++;
		if (k == 4)
			return fail_unexpected(c, "Y, M, W or D, in that order, in the duration");
		amount[k++] = v;
		c->pos++;
		any = true;
	}
	if (!any)
		return fail_unexpected(c, "a number in the duration");
	months = amount[0] * 12 + amount[1];
	days = amount[2] * 7 + amount[3];
	if (f == PF_DAY && days == 0 && rebase_day_start(startpp, months))
		f = period_freq_of(startp = *startpp);
	if (f == PF_DAY || f == PF_WEEK)
	{
		if (months != 0)
			return fail_at(c, PERIOD_BAD_SYNTAX, start,
						   "A duration in years or months cannot count days or weeks (character %d).",
						   text_char_number(c->s, c->len, start));
		*units = f == PF_DAY ? days : days / 7;
		if (f == PF_WEEK && days % 7 != 0)
			return fail_at(c, PERIOD_BAD_SYNTAX, start,
						   "A duration of %d days is not a whole number of weeks.", (int) days);
	}
	else
	{
		int			mpu = (f == PF_YEAR) ? 12 : (f == PF_HALF) ? 6 :
		(f == PF_TRIMESTER) ? 4 : (f == PF_QUARTER) ? 3 : 1;

		if (days != 0)
			return fail_at(c, PERIOD_BAD_SYNTAX, start,
						   "A duration in weeks or days cannot count months (character %d).",
						   text_char_number(c->s, c->len, start));
		if (months % mpu != 0)
			return fail_at(c, PERIOD_BAD_SYNTAX, start,
						   "A duration of %d months is not a whole number of %d-month periods.",
						   (int) months, mpu);
		*units = months / mpu;
	}
	if (*units < 1)
		return fail_at(c, PERIOD_BAD_SYNTAX, start,
					   "A duration must cover at least one period (character %d).",
					   text_char_number(c->s, c->len, start));
	return true;
}

static bool
ends_single(const Cursor *c)
{
	return at_end(c) || peek(c) == '/';
}

/*
 * A single period.  In lenient mode the strict reading must also reach the
 * end or a "/" ("2012Q1" starts with a valid year), else the lenient forms
 * get their turn; if none fits, the strict error stands.
 */
static bool
read_single(Cursor *c, bool lenient, int64_t *out)
{
	size_t		start = c->pos;
	PeriodError saved;

	if (read_single_strict(c, out))
	{
		if (!lenient || ends_single(c))
			return true;
		fail_unexpected(c, "the end of the input or \"/\"");
	}
	if (!lenient)
		return false;
	if (c->err)
		saved = *c->err;
	c->pos = start;
	if (read_single_lenient(c, out) && ends_single(c))
		return true;
	if (c->err)
		*c->err = saved;
	return false;
}

/* The end of a span: "/single" or "/Pduration", joined to the start. */
static bool
read_span_end(Cursor *c, bool lenient, int64_t startp, int64_t *out)
{
	size_t		at = c->pos;
	int64_t		endp;
	int64_t		units = 0;

	if (period_is_span(startp))
		return fail_at(c, PERIOD_BAD_SYNTAX, at, "A span cannot have a span as an end.");
	if (accept(c, "P"))
	{
		if (!read_duration(c, &startp, &units))
			return false;
		if (!period_shift(startp, units - 1, &endp))
			return fail_at(c, PERIOD_FIELD_RANGE, at, "The span ends after the year 9999.");
		return period_make_span(startp, endp, out);
	}
	if (!read_single(c, lenient, &endp))
		return false;
	if (period_freq_of(endp) != period_freq_of(startp))
		return fail_at(c, PERIOD_BAD_SYNTAX, at,
					   "Both ends of a span must have the same frequency (%s and %s).",
					   period_freq_code(period_freq_of(startp)),
					   period_freq_code(period_freq_of(endp)));
	if (period_is_span(endp))
		return fail_at(c, PERIOD_BAD_SYNTAX, at, "A span cannot have a span as an end.");
	if (!period_make_span(startp, endp, out))
		return fail_at(c, PERIOD_BAD_SYNTAX, at,
					   "The span ends before it starts (character %d).", text_char_number(c->s, c->len, at));
	return true;
}

bool
period_parse(const char *s, size_t len, bool lenient, int64_t *out, PeriodError *err)
{
	Cursor		c = {s, len, 0, err};
	int64_t		p;

	while (c.len > 0 && is_blank(s[c.len - 1]))
		c.len--;
	skip_blanks(&c);
	if (at_end(&c))
		return fail_at(&c, PERIOD_BAD_SYNTAX, 0, "The input is empty.");
	if (memchr(s, '\0', len) != NULL && memchr(s, '\0', len) < (const void *) (s + c.len))
		return fail_at(&c, PERIOD_BAD_SYNTAX, 0, "The input contains a NUL byte.");
	if (!read_single(&c, lenient, &p))
		return false;
	if (accept(&c, "/"))
	{
		if (!read_span_end(&c, lenient, p, out))
			return false;
		if (!at_end(&c))
			return fail_unexpected(&c, "the end of the input");
	}
	else
		*out = p;
	if (!at_end(&c))
		return fail_unexpected(&c, "the end of the input or \"/\"");
	return true;
}

/* --- output ------------------------------------------------------------ */

static int
format_unit(PeriodFreq f, int64_t u, char *buf)
{
	int			y,
				m,
				d;

	if (f == PF_WEEK)
	{
		period_iso_week_of((int32_t) (u * 7), &y, &m);
		return sprintf(buf, "%04d-W%02d", y, m);
	}
	if (f == PF_DAY)
	{
		period_civil_from_days((int32_t) u, &y, &m, &d);
		return sprintf(buf, "%04d-%02d-%02d", y, m, d);
	}
	switch (f)
	{
		case PF_YEAR:
			return sprintf(buf, "%04d", (int) u + 1);
		case PF_HALF:
			return sprintf(buf, "%04d-S%d", (int) (u / 2) + 1, (int) (u % 2) + 1);
		case PF_TRIMESTER:
			return sprintf(buf, "%04d-T%d", (int) (u / 3) + 1, (int) (u % 3) + 1);
		case PF_QUARTER:
			return sprintf(buf, "%04d-Q%d", (int) (u / 4) + 1, (int) (u % 4) + 1);
		default:
			return sprintf(buf, "%04d-%02d", (int) (u / 12) + 1, (int) (u % 12) + 1);
	}
}

int
period_format(int64_t p, char *buf)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u1 = period_first_unit(p);
	int64_t		u2 = period_last_unit(p);
	int			n = format_unit(f, u1, buf);

	if (u2 != u1)
	{
		buf[n++] = '/';
		n += format_unit(f, u2, buf + n);
	}
	return n;
}

const char *
period_freq_code(PeriodFreq f)
{
	static const char *const codes[] = {"?", "D", "W", "M", "Q", "T", "S", "A"};

	return (f >= PF_DAY && f <= PF_YEAR) ? codes[f] : "?";
}

/* "M", "month", "monthly", "Q", "quarter" … (case-insensitive). */
bool
period_freq_from_text(const char *s, size_t len, PeriodFreq *out)
{
	static const struct
	{
		const char *name;
		PeriodFreq	f;
	}			names[] = {
		{"A", PF_YEAR}, {"Y", PF_YEAR}, {"year", PF_YEAR}, {"annual", PF_YEAR},
		{"yearly", PF_YEAR}, {"S", PF_HALF}, {"H", PF_HALF}, {"half", PF_HALF},
		{"half-year", PF_HALF}, {"semester", PF_HALF}, {"T", PF_TRIMESTER},
		{"trimester", PF_TRIMESTER}, {"Q", PF_QUARTER}, {"quarter", PF_QUARTER},
		{"quarterly", PF_QUARTER}, {"M", PF_MONTH}, {"month", PF_MONTH},
		{"monthly", PF_MONTH}, {"W", PF_WEEK}, {"week", PF_WEEK},
		{"weekly", PF_WEEK}, {"D", PF_DAY}, {"day", PF_DAY}, {"daily", PF_DAY}
	};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		Cursor		c = {s, len, 0, NULL};

		if (strlen(names[i].name) == len && accept(&c, names[i].name))
		{
			*out = names[i].f;
			return true;
		}
	}
	return false;
}
