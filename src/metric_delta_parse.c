/*
 * metric_delta_parse.c — text to metric_delta and back, and the small
 * decimal the value is kept in.  Plain C, no postgres.h.
 *
 * Grammar (case-insensitive; blanks allowed between the parts):
 *
 *   delta := [+|-|−] number [% | pp] [basis]
 *   number := digits [. digits] | . digits
 *   basis := yoy | qoq | mom | wow | dod | pop | pa | cum | base
 *
 * An unsigned number is an increase.  Input keeps every digit it is given,
 * up to 18 significant digits; more is an error, never a silent rounding.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metric_delta.h"
#include "parse_text.h"

static const char *const basis_names[] = {
	"", "yoy", "qoq", "mom", "wow", "dod", "pop", "pa", "cum", "base"
};

/* --- decimal ----------------------------------------------------------- */

static const uint64_t pow10_u64[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
	1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
	1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
	1000000000000000000ULL, 10000000000000000000ULL
};

static int
count_digits(uint64_t v)
{
	int			n = 1;

	while (n < 20 && v >= pow10_u64[n])
		n++;
	return n;
}

/*
 * m × 10^exp rounded half away from zero to MD_RESULT_DIGITS significant
 * digits, in integers: the window functions' hot path, with no digit string.
 * m may itself be a truncated quotient: digits below it cannot turn a
 * rounding down into a rounding up when ties go away from zero.
 */
static MdStatus
round_u64(bool negative, uint64_t m, int exp, MdDecimal *out)
{
	int			n = count_digits(m);

	/* Where the 1e-30 floor cuts deeper than 15 digits, round once, there. */
	if (exp + (n > MD_RESULT_DIGITS ? n - MD_RESULT_DIGITS : 0) < MD_MIN_EXP)
	{
		char		digits[24];

		n = snprintf(digits, sizeof(digits), "%llu", (unsigned long long) m);
		return md_round_digits(negative, digits, n, exp, MD_RESULT_DIGITS, out);
	}
	if (n > MD_RESULT_DIGITS)
	{
		int			k = n - MD_RESULT_DIGITS;
		uint64_t	rem = m % pow10_u64[k];

		m /= pow10_u64[k];
		if (rem >= pow10_u64[k] / 2 + (pow10_u64[k] % 2))
			m++;
		exp += k;
	}
	out->coef = negative ? -(int64_t) m : (int64_t) m;
	out->exp = (int16_t) (exp > 1000 ? 1000 : exp);
	return md_canonical(*out, out);
}

MdDecimal
md_normalize(MdDecimal d)
{
	if (d.coef == 0)
		d.exp = 0;
	while (d.coef != 0 && d.coef % 10 == 0)
	{
		d.coef /= 10;
		d.exp++;
	}
	return d;
}

/*
 * The stored form: normalised, except that an exponent above MD_MAX_EXP
 * gives its zeros back to the coefficient while 18 digits allow, so every
 * value of magnitude below 1e48 has exactly one representation.
 */
MdStatus
md_canonical(MdDecimal d, MdDecimal *out)
{
	d = md_normalize(d);
	while (d.exp > MD_MAX_EXP && d.coef < 100000000000000000LL &&
		   d.coef > -100000000000000000LL)
	{
		d.coef *= 10;
		d.exp--;
	}
	*out = d;
	if (d.exp > MD_MAX_EXP)
		return MD_OUT_OF_RANGE;
	return MD_OK;
}

/* Compare |a| and |b| for non-zero normalised values. */
static int
cmp_magnitude(MdDecimal a, MdDecimal b)
{
	uint64_t	ma = a.coef < 0 ? -(uint64_t) a.coef : (uint64_t) a.coef;
	uint64_t	mb = b.coef < 0 ? -(uint64_t) b.coef : (uint64_t) b.coef;
	int			na = count_digits(ma),
				nb = count_digits(mb);
	int			adja = a.exp + na,
				adjb = b.exp + nb;
	unsigned __int128 wa = ma,
				wb = mb;

	if (adja != adjb)
		return adja > adjb ? 1 : -1;
	/* Same leading position: pad the shorter coefficient, then compare. */
	while (na < nb)
		wa *= 10, na++;
	while (nb < na)
		wb *= 10, nb++;
	return (wa > wb) - (wa < wb);
}

int
md_cmp_decimal(MdDecimal a, MdDecimal b)
{
	int			sa = (a.coef > 0) - (a.coef < 0);
	int			sb = (b.coef > 0) - (b.coef < 0);

	if (sa != sb)
		return sa > sb ? 1 : -1;
	if (sa == 0)
		return 0;
	return sa * cmp_magnitude(a, b);
}

/*
 * digits × 10^exp (ASCII digits, most significant first), rounded half away
 * from zero to `keep` significant digits and to the exponent floor.
 */
MdStatus
md_round_digits(bool negative, const char *digits, int ndigits, int exp,
				int keep, MdDecimal *out)
{
	int64_t		coef = 0;
	int			i,
				n;
	bool		up;

	while (ndigits > 0 && *digits == '0')
		digits++, ndigits--;
	if (ndigits == 0)
	{
		out->coef = 0;
		out->exp = 0;
		return MD_OK;
	}
	n = ndigits < keep ? ndigits : keep;
	if (exp + (ndigits - n) < MD_MIN_EXP)
		n = ndigits - (MD_MIN_EXP - exp);
	if (n < 0)
	{
		out->coef = 0;
		out->exp = 0;
		return MD_OK;
	}
	for (i = 0; i < n; i++)
		coef = coef * 10 + (digits[i] - '0');
	up = n < ndigits && digits[n] >= '5';
	exp += ndigits - n;
	if (up)
		coef++;
	if (up && n > 0 && coef == (int64_t) pow10_u64[n])
	{
		coef /= 10;				/* 999…9 rounded up: one digit more, then less */
		exp++;
	}
	out->coef = negative ? -coef : coef;
	out->exp = (int16_t) (exp > 1000 ? 1000 : exp);
	if (count_digits(coef) > MD_MAX_DIGITS)
		return MD_OUT_OF_RANGE;
	return md_canonical(*out, out);
}

/*
 * Plain decimal text ("-123.4500", as numeric_out writes it) rounded to
 * `keep` significant digits.  Only the digits that can matter are kept.
 */
MdStatus
md_decimal_from_text(const char *s, int keep, MdDecimal *out)
{
	char		digits[MD_MAX_DIGITS + 1];
	int			nd = 0,
				exp = 0;
	bool		negative = false,
				point = false,
				any = false;

	if (keep > MD_MAX_DIGITS)
		keep = MD_MAX_DIGITS;
	if (*s == '-' || *s == '+')
		negative = (*s++ == '-');
	for (; *s; s++)
	{
		if (*s == '.' && !point)
			point = true;
		else if (*s >= '0' && *s <= '9')
		{
			any = true;
			if (nd == 0 && *s == '0')
				exp -= point;
			else if (nd <= keep)
			{
				digits[nd++] = *s;
				exp -= point;
			}
			else if (!point)
				exp++;
		}
		else
			return MD_BAD_SYNTAX;	/* NaN, Infinity, exponents */
	}
	if (!any)
		return MD_BAD_SYNTAX;
	return md_round_digits(negative, digits, nd, exp, keep, out);
}

/*
 * A decimal written as text ("100.1", "-1.5e-07", as Ryu or numeric_out
 * write them), exactly: false if it has more than 18 significant digits.
 */
bool
md_decimal_exact(const char *s, MdDecimal *out)
{
	int64_t		coef = 0;
	int			nd = 0,
				exp = 0;
	bool		negative = false,
				point = false;

	if (*s == '-' || *s == '+')
		negative = (*s++ == '-');
	for (; *s && *s != 'e' && *s != 'E'; s++)
	{
		if (*s == '.')
			point = true;
		else if (*s < '0' || *s > '9')
			return false;
		else
		{
			exp -= point;
			if (nd == 0 && *s == '0')
				continue;
			if (++nd > MD_MAX_DIGITS)
				return false;
			coef = coef * 10 + (*s - '0');
		}
	}
	if (*s)
		exp += atoi(s + 1);
	out->coef = negative ? -coef : coef;
	out->exp = (int16_t) exp;
	*out = md_normalize(*out);
	return true;
}

/* Decimal digits of v, most significant first; 64-bit steps where they fit. */
static int
digits_of_u128(unsigned __int128 v, char *buf)
{
	char		tmp[48];
	int			n = 0,
				i;
	uint64_t	lo;

	/* Peel 19-digit blocks with one 128-bit division each. */
	while (v > UINT64_MAX)
	{
		lo = (uint64_t) (v % 10000000000000000000ULL);
		v /= 10000000000000000000ULL;
		for (i = 0; i < 19; i++, lo /= 10)
			tmp[n++] = (char) ('0' + (int) (lo % 10));
	}
	lo = (uint64_t) v;
	do
	{
		tmp[n++] = (char) ('0' + (int) (lo % 10));
		lo /= 10;
	} while (lo != 0);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

/* m × 10^exp, m up to 128 bits, rounded to `keep` significant digits. */
MdStatus
md_round_u128(bool negative, unsigned __int128 m, int exp, int keep, MdDecimal *out)
{
	char		digits[48];
	int			n = digits_of_u128(m, digits);

	return md_round_digits(negative, digits, n, exp, keep, out);
}

/* The double nearest a decimal (as numeric's float8 cast reads it). */
double
md_decimal_double(MdDecimal v)
{
	char		buf[MD_MAXLEN];

	md_format_decimal(v, buf);
	return strtod(buf, NULL);
}

static unsigned __int128
pow10_u128(int k)
{
	static unsigned __int128 table[39];

	if (table[0] == 0)
	{
		int			i;

		table[0] = 1;
		for (i = 1; i < 39; i++)
			table[i] = table[i - 1] * 10;
	}
	return table[k];
}

static int
count_digits_u128(unsigned __int128 v)
{
	int			n = 20;

	if (v <= UINT64_MAX)
		return count_digits((uint64_t) v);
	while (n < 39 && v >= pow10_u128(n))
		n++;
	return n;
}

/*
 * The change from prev to cur, both exact decimals, rounded to 15
 * significant digits — in 128-bit integers, without numeric.  MD_UNDEFINED
 * for a relative change from zero or across zero; MD_OUT_OF_RANGE when the
 * operands are too far apart in scale for 128 bits (the caller then takes
 * the numeric path).
 */
MdStatus
md_change_decimal(MdDecimal cur, MdDecimal prev, MetricKind kind, MdDecimal *out)
{
	int			e = cur.exp < prev.exp ? cur.exp : prev.exp;
	__int128	a,
				b,
				diff;
	unsigned __int128 num,
				den,
				q;
	int			s;

	if (cur.exp - e > 19 || prev.exp - e > 19)
		return MD_OUT_OF_RANGE;
	a = (__int128) cur.coef * (__int128) pow10_u128(cur.exp - e);
	b = (__int128) prev.coef * (__int128) pow10_u128(prev.exp - e);
	diff = a - b;
	if (kind != MK_PERCENT)
	{
		num = diff < 0 ? -diff : diff;
		if (num <= UINT64_MAX)
			return round_u64(diff < 0, (uint64_t) num, e, out);
		return md_round_u128(diff < 0, num, e, MD_RESULT_DIGITS, out);
	}
	if (b == 0 || (a < 0 && b > 0) || (a > 0 && b < 0))
		return MD_UNDEFINED;
	/* diff / b × 100, with the quotient carried to at least 17 digits */
	num = diff < 0 ? -diff : diff;
	den = b < 0 ? -b : b;
	if (num == 0)
	{
		out->coef = 0;
		out->exp = 0;
		return MD_OK;
	}
	/* Scale so the quotient has 18 or 19 digits: enough to round to 15. */
	s = 18 + count_digits_u128(den) - count_digits_u128(num);
	if (s >= 0)
	{
		if (s + count_digits_u128(num) > 38)
			return MD_OUT_OF_RANGE; /* num × 10^s would pass 128 bits */
		q = num * pow10_u128(s) / den;	/* 18 or 19 digits: fits 64 bits */
	}
	else
		q = num / (den * pow10_u128(-s));	/* den × 10^-s has at most 20 digits */
	return round_u64((diff < 0) != (b < 0), (uint64_t) q, 2 - s, out);
}

/*
 * Plain decimal text rounded to `keep` significant digits, half away from
 * zero, written back as plain text with no trailing zeros: for levels, which
 * have numeric's range, not metric_delta's.  out needs strlen(s) + 3 bytes.
 */
void
md_round_text(const char *s, int keep, char *out)
{
	const char *p;
	int			sig = 0;
	char	   *o = out;
	char	   *last_digit = NULL;
	bool		point = false,
				up = false;

	if (*s == '-')
		*o++ = *s++;
	for (p = s; *p; p++)
	{
		if (*p == '.')
		{
			point = true;
			*o++ = '.';
			continue;
		}
		if (sig > 0 || *p != '0')
			sig++;
		if (sig <= keep)
		{
			*o++ = *p;
			last_digit = o - 1;
		}
		else
		{
			if (sig == keep + 1)
				up = *p >= '5';
			if (point)
				break;
			*o++ = '0';			/* integer digits beyond keep become zeros */
		}
	}
	*o = '\0';
	if (up && last_digit)
	{
		char	   *d = last_digit;

		for (;; d--)
		{
			if (d < out || *d == '-')
			{
				/* carry out of the leading digit: one more digit in front */
				memmove(d + 2, d + 1, strlen(d + 1) + 1);
				d[1] = '1';
				break;
			}
			if (*d == '.')
				continue;
			if (*d < '9')
			{
				(*d)++;
				break;
			}
			*d = '0';
		}
	}
	if (strchr(out, '.'))
	{
		o = out + strlen(out) - 1;
		while (*o == '0')
			*o-- = '\0';
		if (*o == '.')
			*o = '\0';
	}
}

/* Signed decimal text: "+10.1", "-0.03", "+2930", "+0". */
int
md_format_decimal(MdDecimal d, char *buf)
{
	char		digits[24];
	uint64_t	m = d.coef < 0 ? -(uint64_t) d.coef : (uint64_t) d.coef;
	int			nd = snprintf(digits, sizeof(digits), "%llu", (unsigned long long) m);
	int			n = 0,
				i;

	buf[n++] = d.coef < 0 ? '-' : '+';
	if (d.exp >= 0)
	{
		memcpy(buf + n, digits, nd);
		n += nd;
		for (i = 0; i < d.exp && m != 0; i++)
			buf[n++] = '0';
	}
	else if (-d.exp < nd)
	{
		memcpy(buf + n, digits, nd + d.exp);
		n += nd + d.exp;
		buf[n++] = '.';
		memcpy(buf + n, digits + nd + d.exp, -d.exp);
		n += -d.exp;
	}
	else
	{
		buf[n++] = '0';
		buf[n++] = '.';
		for (i = 0; i < -d.exp - nd; i++)
			buf[n++] = '0';
		memcpy(buf + n, digits, nd);
		n += nd;
	}
	buf[n] = '\0';
	return n;
}

/* --- the type ---------------------------------------------------------- */

const char *
md_kind_name(MetricKind k)
{
	return k == MK_PERCENT ? "%" : k == MK_PP ? "pp" : "abs";
}

const char *
md_basis_name(MetricBasis b)
{
	return (b >= MB_NONE && b <= MB_LAST) ? basis_names[b] : "?";
}

static bool
word_is(const char *s, size_t len, const char *w)
{
	size_t		i;

	if (strlen(w) != len)
		return false;
	for (i = 0; i < len; i++)
		if ((s[i] | 0x20) != w[i])
			return false;
	return true;
}

bool
md_basis_from_text(const char *s, size_t len, MetricBasis *out)
{
	int			b;

	for (b = MB_YOY; b <= MB_LAST; b++)
		if (word_is(s, len, basis_names[b]))
		{
			*out = (MetricBasis) b;
			return true;
		}
	return false;
}

/* "%", "percent", "pp", "abs", "absolute" */
bool
md_kind_from_text(const char *s, size_t len, MetricKind *out)
{
	if ((len == 1 && s[0] == '%') || word_is(s, len, "percent"))
		*out = MK_PERCENT;
	else if (word_is(s, len, "pp"))
		*out = MK_PP;
	else if (word_is(s, len, "abs") || word_is(s, len, "absolute"))
		*out = MK_ABSOLUTE;
	else
		return false;
	return true;
}

bool
md_valid(const MetricDelta *d)
{
	MdDecimal	v = {d->coef, d->exp};
	MdDecimal	n;

	return d->kind >= MK_PERCENT && d->kind <= MK_ABSOLUTE &&
		d->basis <= MB_LAST &&
		d->reserved[0] == 0 && d->reserved[1] == 0 &&
		d->reserved[2] == 0 && d->reserved[3] == 0 &&
		v.coef > -1000000000000000000LL && v.coef < 1000000000000000000LL &&
		v.exp >= MD_MIN_EXP && md_canonical(v, &n) == MD_OK &&
		n.coef == v.coef && n.exp == v.exp;
}

int
md_cmp(const MetricDelta *a, const MetricDelta *b)
{
	MdDecimal	va = {a->coef, a->exp},
				vb = {b->coef, b->exp};

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->basis != b->basis)
		return a->basis < b->basis ? -1 : 1;
	return md_cmp_decimal(va, vb);
}

int
md_format(const MetricDelta *d, char *buf)
{
	MdDecimal	v = {d->coef, d->exp};
	int			n = md_format_decimal(v, buf);

	if (d->kind == MK_PERCENT)
		buf[n++] = '%';
	else if (d->kind == MK_PP)
	{
		buf[n++] = 'p';
		buf[n++] = 'p';
	}
	if (d->basis != MB_NONE)
		n += sprintf(buf + n, " %s", basis_names[d->basis]);
	buf[n] = '\0';
	return n;
}

/* --- parser ------------------------------------------------------------ */

typedef struct Cursor
{
	const char *s;
	size_t		len;
	size_t		pos;
	MdError    *err;
} Cursor;

static bool fail(Cursor *c, MdStatus st, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static bool
fail(Cursor *c, MdStatus st, const char *fmt,...)
{
	va_list		ap;

	if (c->err)
	{
		c->err->status = st;
		c->err->offset = (int) c->pos;
		va_start(ap, fmt);
		vsnprintf(c->err->detail, sizeof(c->err->detail), fmt, ap);
		va_end(ap);
	}
	return false;
}

static char
peek(const Cursor *c)
{
	return c->pos < c->len ? c->s[c->pos] : '\0';
}

static void
skip_blanks(Cursor *c)
{
	while (c->pos < c->len && (peek(c) == ' ' || peek(c) == '\t' ||
							   peek(c) == '\n' || peek(c) == '\r'))
		c->pos++;
}

static bool
is_alpha(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static bool
fail_found(Cursor *c, const char *wanted)
{
	char		detail[sizeof(((MdError *) 0)->detail)];

	text_expected(detail, sizeof(detail), c->s, c->len, c->pos, wanted);
	return fail(c, MD_BAD_SYNTAX, "%s", detail);
}

static bool
read_sign(Cursor *c, bool *negative)
{
	*negative = false;
	if (peek(c) == '+')
		c->pos++;
	else if (peek(c) == '-')
		*negative = true, c->pos++;
	else if (c->len - c->pos >= 3 && memcmp(c->s + c->pos, "\xE2\x88\x92", 3) == 0)
		*negative = true, c->pos += 3;	/* U+2212 MINUS SIGN */
	else
		return false;
	return true;
}

/*
 * A plain decimal.  Zeros are held back until a non-zero digit follows, so
 * "0.1000…0" of any length is one digit; only significant digits count
 * against the limit.
 */
static bool
read_number(Cursor *c, bool negative, MdDecimal *out)
{
	char		digits[MD_MAX_DIGITS + 1];
	int			nd = 0,
				nsig = 0,
				zeros = 0,
				exp = 0;
	bool		any = false,
				point = false;
	size_t		start = c->pos,
				end;

	for (; c->pos < c->len; c->pos++)
	{
		char		ch = peek(c);

		if (ch == '.' && !point)
			point = true;
		else if (ch >= '0' && ch <= '9')
		{
			any = true;
			exp -= point;
			if (ch == '0')
			{
				zeros += nd > 0;
				continue;
			}
			nsig += zeros + 1;
			if (nd + zeros + 1 > MD_MAX_DIGITS)
			{
				nd = MD_MAX_DIGITS + 1;	/* too many: keep scanning, then fail */
				zeros = 0;
				continue;
			}
			for (; zeros > 0; zeros--)
				digits[nd++] = '0';
			digits[nd++] = ch;
		}
		else
			break;
	}
	end = c->pos;
	c->pos = start;
	if (!any)
		return fail_found(c, "a number");
	if (nd > MD_MAX_DIGITS)
		return fail(c, MD_OUT_OF_RANGE,
					"A metric_delta keeps at most %d significant digits; this number has %d.",
					MD_MAX_DIGITS, nsig);
	if (exp + zeros < MD_MIN_EXP && nd > 0)
		return fail(c, MD_OUT_OF_RANGE,
					"The value must be a whole multiple of 1e-30.");
	if (md_round_digits(negative, digits, nd, exp + zeros, MD_MAX_DIGITS, out) != MD_OK)
		return fail(c, MD_OUT_OF_RANGE, "The value must be less than 1e48 in magnitude.");
	c->pos = end;
	return true;
}

static bool
read_word(Cursor *c, size_t *wstart, size_t *wlen)
{
	*wstart = c->pos;
	while (c->pos < c->len && is_alpha(peek(c)))
		c->pos++;
	*wlen = c->pos - *wstart;
	return *wlen > 0;
}

bool
md_parse(const char *s, size_t len, MetricDelta *out, MdError *err)
{
	return md_parse_part(s, 0, len, out, err);
}

/*
 * The change written in s[start, end): a goal's target is one inside a
 * longer text, and errors then count characters from the start of that text.
 */
bool
md_parse_part(const char *s, size_t start, size_t end, MetricDelta *out,
			  MdError *err)
{
	Cursor		c = {s, end, start, err};
	bool		negative;
	MdDecimal	v;
	size_t		ws,
				wl;
	MetricBasis basis = MB_NONE;

	memset(out, 0, sizeof(*out));
	skip_blanks(&c);
	if (c.pos >= c.len)
		return fail(&c, MD_BAD_SYNTAX, "The input is empty.");
	read_sign(&c, &negative);
	skip_blanks(&c);
	if (!read_number(&c, negative, &v))
		return false;
	skip_blanks(&c);
	out->kind = MK_ABSOLUTE;
	if (peek(&c) == '%')
		out->kind = MK_PERCENT, c.pos++;
	skip_blanks(&c);
	if (read_word(&c, &ws, &wl))
	{
		/* "pp", then a basis, with or without a blank: "-0.3ppmom" */
		if (out->kind == MK_ABSOLUTE && wl >= 2 && word_is(s + ws, 2, "pp"))
		{
			out->kind = MK_PP;
			ws += 2;
			wl -= 2;
			if (wl == 0)
			{
				skip_blanks(&c);
				read_word(&c, &ws, &wl);
			}
		}
		if (wl > 0 && !md_basis_from_text(s + ws, wl, &basis))
		{
			c.pos = ws;
			return fail(&c, MD_BAD_SYNTAX,
						"Unknown basis \"%.*s\" at character %d; expected yoy, qoq, mom, wow, dod, pop, pa, cum or base.",
						(int) (wl > 20 ? 20 : wl), s + ws, text_char_number(c.s, c.len, c.pos));
		}
	}
	skip_blanks(&c);
	if (c.pos < c.len)
		return fail_found(&c, "the end of the input");
	out->coef = v.coef;
	out->exp = v.exp;
	out->basis = (uint8_t) basis;
	return true;
}
