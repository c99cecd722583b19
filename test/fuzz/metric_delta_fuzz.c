// sources: src/metric_delta_parse.c
// libs: -lm
/*
 * metric_delta_fuzz.c — libFuzzer harness for metric_delta's plain-C parser
 * and decimal (src/metric_delta_parse.c).
 *
 * Every input is used two ways:
 *
 *   1. as text: md_parse() against an independent reader of the grammar,
 *      its canonical text against an independent formatter, the round trip,
 *      case and blanks; split at the first '|', its two halves give two
 *      values whose order md_cmp() must get right; and, up to its first NUL,
 *      as a number for md_decimal_from_text() and md_decimal_exact();
 *   2. as a stream of bytes (zero once it runs out) that the decimal core
 *      reads: two decimals for md_change_decimal() (each kind, both ways),
 *      md_cmp_decimal() and md_canonical(), a 16-byte value for md_valid(),
 *      plain decimal text for md_round_text(), md_decimal_from_text() and
 *      md_round_digits(), and Ryu-style text for md_decimal_exact().
 *
 * Every expected answer comes from a reference written here: decimals of any
 * length as digit arrays, with schoolbook subtraction and long division,
 * rounded half away from zero (the code under test uses int64 and __int128).
 * A broken invariant prints what broke and the input, then abort()s, which
 * libFuzzer and test/fuzz/replay.sh both report.  See doc/fuzzing.md.
 *
 * METRIC_DELTA_FUZZ_SKIP=group,... turns groups of checks off (to fuzz past
 * a reported bug); METRIC_DELTA_FUZZ_STRICT=group,... (or all) turns on the
 * checks of documented rules that only unreachable or unused code breaks
 * today (see doc/fuzzing.md, "The metric_delta harness").
 */
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metric_delta.h"

#define FUZZ_NAME "metric_delta_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longest input that is also tried case-flipped and padded with blanks. */
#define VARIANT_MAX 256

static const char *skip_list;	/* $METRIC_DELTA_FUZZ_SKIP */
static const char *strict_list;	/* $METRIC_DELTA_FUZZ_STRICT */
static bool initialised;

/* Reporting (fail, CHECK) is in fuzz_check.h. */

/* The reference itself ran out of room or met the impossible. */
#define REF_ASSERT(cond) \
	do { if (!(cond)) fail(__FILE__, __LINE__, #cond, "reference arithmetic: internal limit"); } while (0)

/* METRIC_DELTA_FUZZ_SKIP="change_oor,double_round": those checks are off. */
static bool
skipped(const char *group)
{
	return in_list(skip_list, group);
}

/* METRIC_DELTA_FUZZ_STRICT="double_once,round18" (or "all"): those are on. */
static bool
strict_on(const char *group)
{
	return in_list(strict_list, group) || in_list(strict_list, "all");
}

static const char *
st_name(MdStatus st)
{
	switch (st)
	{
		case MD_OK:
			return "OK";
		case MD_BAD_SYNTAX:
			return "BAD_SYNTAX";
		case MD_OUT_OF_RANGE:
			return "OUT_OF_RANGE";
		case MD_UNDEFINED:
			return "UNDEFINED";
	}
	return "?";
}

/* --- reference decimals ------------------------------------------------- */

/*
 * A decimal of any length: sum of d[i] × 10^(exp + i), d[0] the least
 * significant digit.  Trimmed: no zero digit at either end; zero is n == 0,
 * exp == 0, not negative.
 */
#define BD_MAX 400

typedef struct
{
	bool		neg;
	int			n;
	int			exp;
	uint8_t		d[BD_MAX];
} Big;

static void
big_trim(Big *x)
{
	int			z = 0;

	while (x->n > 0 && x->d[x->n - 1] == 0)
		x->n--;
	while (z < x->n && x->d[z] == 0)
		z++;
	if (z > 0)
	{
		memmove(x->d, x->d + z, (size_t) (x->n - z));
		x->n -= z;
		x->exp += z;
	}
	if (x->n == 0)
	{
		x->exp = 0;
		x->neg = false;
	}
}

static void
big_zero(Big *x)
{
	x->neg = false;
	x->n = 0;
	x->exp = 0;
}

static int
big_digit(const Big *x, int pos)
{
	return (pos >= x->exp && pos < x->exp + x->n) ? x->d[pos - x->exp] : 0;
}

/* Position of the leading digit (x non-zero). */
static int
big_lead(const Big *x)
{
	return x->exp + x->n - 1;
}

/* ASCII digits, most significant first, times 10^exp. */
static void
big_from_digits(Big *x, bool neg, const char *dig, int nd, int exp)
{
	int			i;

	REF_ASSERT(nd >= 0 && nd <= BD_MAX);
	x->neg = neg;
	x->n = nd;
	x->exp = exp;
	for (i = 0; i < nd; i++)
		x->d[i] = (uint8_t) (dig[nd - 1 - i] - '0');
	big_trim(x);
}

static void
big_from_i64(Big *x, int64_t coef, int exp)
{
	/* the magnitude, by repeated division of the signed value */
	int64_t		v = coef;

	x->neg = coef < 0;
	x->n = 0;
	x->exp = exp;
	while (v != 0)
	{
		int			r = (int) (v % 10);

		x->d[x->n++] = (uint8_t) (r < 0 ? -r : r);
		v /= 10;
	}
	big_trim(x);
}

static void
big_from_md(Big *x, MdDecimal d)
{
	big_from_i64(x, d.coef, d.exp);
}

static int
big_cmp_mag(const Big *a, const Big *b)
{
	int			la,
				lb,
				lo,
				pos;

	if (a->n == 0 || b->n == 0)
		return (a->n > 0) - (b->n > 0);
	la = big_lead(a);
	lb = big_lead(b);
	if (la != lb)
		return la > lb ? 1 : -1;
	lo = a->exp < b->exp ? a->exp : b->exp;
	for (pos = la; pos >= lo; pos--)
	{
		int			da = big_digit(a, pos),
					db = big_digit(b, pos);

		if (da != db)
			return da > db ? 1 : -1;
	}
	return 0;
}

static int
big_sign(const Big *x)
{
	return x->n == 0 ? 0 : x->neg ? -1 : 1;
}

static int
big_cmp(const Big *a, const Big *b)
{
	int			sa = big_sign(a),
				sb = big_sign(b);

	if (sa != sb)
		return sa < sb ? -1 : 1;
	return sa * big_cmp_mag(a, b);
}

/* r = |a| + |b| or |a| - |b| (then |a| >= |b|); r's sign is left to the caller. */
static void
big_addsub_mag(Big *r, const Big *a, const Big *b, bool subtract)
{
	int			lo,
				hi,
				pos,
				carry = 0;

	if (a->n == 0 && b->n == 0)
	{
		big_zero(r);
		return;
	}
	lo = a->n == 0 ? b->exp : b->n == 0 ? a->exp : (a->exp < b->exp ? a->exp : b->exp);
	hi = a->n == 0 ? big_lead(b) : b->n == 0 ? big_lead(a) :
		(big_lead(a) > big_lead(b) ? big_lead(a) : big_lead(b));
	hi++;
	REF_ASSERT(hi - lo + 1 <= BD_MAX);
	r->n = hi - lo + 1;
	r->exp = lo;
	for (pos = lo; pos <= hi; pos++)
	{
		int			v = subtract ? big_digit(a, pos) - big_digit(b, pos) + carry
			: big_digit(a, pos) + big_digit(b, pos) + carry;

		carry = 0;
		if (v < 0)
			v += 10, carry = -1;
		else if (v > 9)
			v -= 10, carry = 1;
		r->d[pos - lo] = (uint8_t) v;
	}
	REF_ASSERT(carry == 0);
}

/* r = a - b, exactly.  r must not be a or b. */
static void
big_sub(Big *r, const Big *a, const Big *b)
{
	bool		bneg = b->n > 0 && !b->neg;	/* the sign of -b */

	if (a->n > 0 && b->n > 0 && a->neg != bneg)
	{
		/* a - b with opposite signs of a and -b: subtract magnitudes */
		if (big_cmp_mag(a, b) >= 0)
		{
			big_addsub_mag(r, a, b, true);
			r->neg = a->neg;
		}
		else
		{
			big_addsub_mag(r, b, a, true);
			r->neg = bneg;
		}
	}
	else
	{
		big_addsub_mag(r, a, b, false);
		r->neg = a->n > 0 ? a->neg : bneg;
	}
	big_trim(r);
}

/*
 * q = |a| / |b| truncated toward zero, with digits at least down to the
 * position `minpos`; *exact says whether nothing was left over.  Schoolbook
 * long division on little-endian digit arrays.
 */
static void
big_div(Big *q, const Big *a, const Big *b, int minpos, bool *exact, int *low)
{
	uint8_t		r[BD_MAX + 2];	/* remainder, little-endian */
	uint8_t		qd[BD_MAX];		/* quotient digits, most significant first */
	int			rn = 0,
				k,
				steps,
				i,
				j;

	REF_ASSERT(b->n > 0);
	if (a->n == 0)
	{
		big_zero(q);
		*exact = true;
		*low = minpos;
		return;
	}
	/* |a|/|b| = (A / B) × 10^(a.exp - b.exp), A and B the digit integers */
	k = a->exp - b->exp - minpos;
	if (k < 0)
		k = 0;
	steps = a->n + k;
	REF_ASSERT(steps <= BD_MAX);
	for (i = 0; i < steps; i++)
	{
		int			dig = i < a->n ? a->d[a->n - 1 - i] : 0;
		int			qdig = 0;

		/* r = r × 10 + dig */
		REF_ASSERT(rn + 1 <= BD_MAX + 1);
		memmove(r + 1, r, (size_t) rn);
		r[0] = (uint8_t) dig;
		rn++;
		while (rn > 0 && r[rn - 1] == 0)
			rn--;
		/* while r >= B: r -= B */
		for (;;)
		{
			int			c = 0;

			if (rn != b->n)
				c = rn > b->n ? 1 : -1;
			else
				for (j = rn - 1; j >= 0 && c == 0; j--)
					if (r[j] != b->d[j])
						c = r[j] > b->d[j] ? 1 : -1;
			if (c < 0)
				break;
			{
				int			borrow = 0;

				for (j = 0; j < rn; j++)
				{
					int			v = r[j] - (j < b->n ? b->d[j] : 0) - borrow;

					borrow = v < 0;
					r[j] = (uint8_t) (v < 0 ? v + 10 : v);
				}
				REF_ASSERT(borrow == 0);
				while (rn > 0 && r[rn - 1] == 0)
					rn--;
			}
			qdig++;
			REF_ASSERT(qdig <= 9);
		}
		qd[i] = (uint8_t) qdig;
	}
	q->neg = false;
	q->n = steps;
	q->exp = a->exp - b->exp - k;
	*low = q->exp;
	for (i = 0; i < steps; i++)
		q->d[i] = qd[steps - 1 - i];
	big_trim(q);
	*exact = rn == 0;
}

/*
 * x rounded half away from zero to `keep` significant digits and, with
 * use_floor, to a whole multiple of 10^MD_MIN_EXP.  x may be a truncation
 * of the value: `known` is the lowest place whose digit is known (INT_MIN
 * when x is exact), which must lie below the rounding place.
 */
#define EXACT INT32_MIN

static void
big_round(Big *r, const Big *x, int keep, bool use_floor, int known)
{
	int			lead,
				p,
				pos;
	bool		up;

	if (x->n == 0)
	{
		big_zero(r);
		return;
	}
	lead = big_lead(x);
	p = lead - keep + 1;
	if (use_floor && p < MD_MIN_EXP)
		p = MD_MIN_EXP;
	REF_ASSERT(known == EXACT || p - 1 >= known);
	if (p <= x->exp)
	{
		*r = *x;
		return;
	}
	up = big_digit(x, p - 1) >= 5;
	r->neg = x->neg;
	r->exp = p;
	r->n = 0;
	for (pos = p; pos <= lead; pos++)
		r->d[r->n++] = (uint8_t) big_digit(x, pos);
	if (up)
	{
		int			i = 0;

		for (;;)
		{
			if (i == r->n)
			{
				REF_ASSERT(r->n < BD_MAX);
				r->d[r->n++] = 1;
				break;
			}
			if (r->d[i] < 9)
			{
				r->d[i]++;
				break;
			}
			r->d[i++] = 0;
		}
	}
	big_trim(r);
}

/* Plain decimal text ("-0.0012", "2930", "0"), no trailing zeros after a point. */
static void
big_plain(const Big *x, char *buf, size_t size)
{
	size_t		o = 0;
	int			pos,
				lead;

#define PUT(ch) do { REF_ASSERT(o + 1 < size); buf[o++] = (ch); } while (0)
	if (x->n == 0)
	{
		PUT('0');
		buf[o] = '\0';
		return;
	}
	if (x->neg)
		PUT('-');
	lead = big_lead(x);
	if (lead < 0)
	{
		PUT('0');
		PUT('.');
		for (pos = -1; pos > lead; pos--)
			PUT('0');
	}
	for (pos = lead; pos >= (x->exp < 0 ? x->exp : 0); pos--)
	{
		PUT((char) ('0' + big_digit(x, pos)));
		if (pos == 0 && x->exp < 0)
			PUT('.');
	}
#undef PUT
	buf[o] = '\0';
}

/* Does the MdDecimal hold exactly the value x? */
static bool
md_equals(MdDecimal d, const Big *x)
{
	Big			y;

	big_from_md(&y, d);
	return big_cmp(&y, x) == 0;
}

typedef struct
{
	char		s[2 * BD_MAX + 16];
} BText;

static BText
btext(const Big *x)
{
	BText		t;

	big_plain(x, t.s, sizeof(t.s));
	return t;
}

#define BT(x) (btext(x).s)

static BText
mdtext(MdDecimal d)
{
	Big			x;

	big_from_md(&x, d);
	return btext(&x);
}

#define MT(d) (mdtext(d).s)

/* The canonical stored form of x (|x| < 1e48, at most 18 digits): the trimmed
 * value, with zeros given back to the coefficient while its exponent is
 * above MD_MAX_EXP. */
static bool
big_canonical_ok(const Big *x, MdDecimal d)
{
	int64_t		c = 0;
	int			e = x->exp,
				i;

	if (x->n == 0)
		return d.coef == 0 && d.exp == 0;
	if (x->n > 18)
		return false;
	for (i = x->n - 1; i >= 0; i--)
		c = c * 10 + x->d[i];
	while (e > MD_MAX_EXP && c < 100000000000000000LL)
		c *= 10, e--;
	return d.coef == (x->neg ? -c : c) && d.exp == e;
}

/* --- reference: the text grammar ----------------------------------------- */

static const char *const ref_bases[] = {
	"yoy", "qoq", "mom", "wow", "dod", "pop", "pa", "cum", "base"
};

static bool
is_blank(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static uint8_t
lower(uint8_t c)
{
	return (c >= 'A' && c <= 'Z') ? (uint8_t) (c + 32) : c;
}

/* s[0..n) equals the lower-case word w, ignoring ASCII case. */
static bool
ci_equal(const uint8_t *s, size_t n, const char *w)
{
	size_t		i;

	if (strlen(w) != n)
		return false;
	for (i = 0; i < n; i++)
		if (lower(s[i]) != (uint8_t) w[i])
			return false;
	return true;
}

typedef struct
{
	MdStatus	status;
	Big			v;
	MetricKind	kind;
	MetricBasis basis;
	int			nsig;			/* significant digits of the number */
	bool		too_many;		/* the range error is "more than 18 digits" */
} RefParse;

/*
 * The grammar of doc/metric_delta.md, read another way than md_parse does:
 *
 *   blank* [+ | - | U+2212] blank* number blank* rest
 *   rest := ("%" | "pp" | "") blank* (basis | "") blank*
 *
 * The number's range is judged on its own, before the rest (an input whose
 * number is out of range is a range error whatever follows it).
 */
static void
ref_parse(const uint8_t *s, size_t len, RefParse *r)
{
	size_t		i = 0,
				j,
				num;
	bool		neg = false,
				point = false;
	int			ndig = 0,
				intdig = 0,
				first = 0,
				last = 0,
				pos;
	bool		any_nonzero = false;
	char		sig[32];
	int			nsig = 0;
	size_t		end;

	memset(r, 0, sizeof(*r));
	big_zero(&r->v);
	r->status = MD_BAD_SYNTAX;
	r->kind = MK_ABSOLUTE;
	r->basis = MB_NONE;

	while (i < len && is_blank(s[i]))
		i++;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	else if (len - i >= 3 && s[i] == 0xE2 && s[i + 1] == 0x88 && s[i + 2] == 0x92)
		neg = true, i += 3;
	while (i < len && is_blank(s[i]))
		i++;

	/* the number: digits and at most one point, at least one digit */
	num = i;
	for (; i < len; i++)
	{
		if (s[i] == '.' && !point)
			point = true;
		else if (s[i] >= '0' && s[i] <= '9')
		{
			ndig++;
			if (!point)
				intdig++;
		}
		else
			break;
	}
	if (ndig == 0)
		return;
	/* the place of each digit: intdig - 1 down to 0, then -1, -2, ... */
	pos = intdig;
	for (j = num; j < i; j++)
	{
		if (s[j] == '.')
			continue;
		pos--;
		if (s[j] != '0')
		{
			if (!any_nonzero)
				first = pos;
			last = pos;
			any_nonzero = true;
		}
	}
	if (any_nonzero)
	{
		r->nsig = first - last + 1;
		if (r->nsig > MD_MAX_DIGITS)
		{
			r->status = MD_OUT_OF_RANGE;
			r->too_many = true;
			return;
		}
		if (last < MD_MIN_EXP || first >= 48)
		{
			r->status = MD_OUT_OF_RANGE;
			return;
		}
		/* collect the digits first .. last */
		pos = intdig;
		for (j = num; j < i; j++)
		{
			if (s[j] == '.')
				continue;
			pos--;
			if (pos <= first && pos >= last)
				sig[nsig++] = (char) s[j];
		}
		big_from_digits(&r->v, neg, sig, nsig, last);
	}

	/* the rest: unit, basis, blanks */
	end = len;
	while (end > i && is_blank(s[end - 1]))
		end--;
	while (i < end && is_blank(s[i]))
		i++;
	if (i < end && s[i] == '%')
	{
		r->kind = MK_PERCENT;
		i++;
	}
	else if (end - i >= 2 && lower(s[i]) == 'p' && lower(s[i + 1]) == 'p')
	{
		r->kind = MK_PP;
		i += 2;
	}
	while (i < end && is_blank(s[i]))
		i++;
	if (i < end)
	{
		int			b;

		for (b = 0; b < 9; b++)
			if (ci_equal(s + i, end - i, ref_bases[b]))
				break;
		if (b == 9)
			return;
		r->basis = (MetricBasis) (b + 1);
	}
	r->status = MD_OK;
}

/* The canonical text of a value: sign, plain number, unit, blank and basis. */
static void
ref_format(const Big *v, MetricKind kind, MetricBasis basis, char *buf, size_t size)
{
	Big			m = *v;
	char		num[BD_MAX + 16];

	m.neg = false;
	big_plain(&m, num, sizeof(num));
	snprintf(buf, size, "%c%s%s%s%s", v->neg ? '-' : '+', num,
			 kind == MK_PERCENT ? "%" : kind == MK_PP ? "pp" : "",
			 basis != MB_NONE ? " " : "",
			 basis != MB_NONE ? ref_bases[basis - 1] : "");
}

/*
 * md_valid by the rules: a known kind and basis, zero reserved bytes, at
 * most 18 digits, an exponent in [-30, 30], zero as 0e0, and no trailing
 * zero in the coefficient except where the exponent is 30 (the only place
 * a larger exponent gives its zeros back).
 */
static bool
ref_valid(const MetricDelta *d)
{
	int64_t		c = d->coef;

	if (d->kind < MK_PERCENT || d->kind > MK_ABSOLUTE || d->basis > MB_LAST)
		return false;
	if (d->reserved[0] || d->reserved[1] || d->reserved[2] || d->reserved[3])
		return false;
	if (c <= -1000000000000000000LL || c >= 1000000000000000000LL)
		return false;
	if (d->exp < MD_MIN_EXP || d->exp > MD_MAX_EXP)
		return false;
	if (c == 0)
		return d->exp == 0;
	return c % 10 != 0 || d->exp == MD_MAX_EXP;
}

/* --- the text path ------------------------------------------------------- */

typedef struct
{
	bool		ok;
	MetricDelta v;
	MdError		err;
} Parsed;

/*
 * md_parse with the contract of a failure checked: a status a parse can
 * return, an offset inside the input, a non-empty, terminated, printable
 * ASCII detail (it goes into an ereport as it is); the same answer without
 * an error struct.
 */
static Parsed
parse_checked(const char *s, size_t len)
{
	Parsed		r;
	MetricDelta v2;
	bool		ok2;
	size_t		i,
				dlen;

	memset(&r, 0, sizeof(r));
	memset(&r.err, 0x5A, sizeof(r.err));	/* garbage: the parser must set all */
	r.err.detail[0] = '\0';
	memset(&r.v, 0xA5, sizeof(r.v));
	memset(&v2, 0x3C, sizeof(v2));
	r.ok = md_parse(s, len, &r.v, &r.err);
	ok2 = md_parse(s, len, &v2, NULL);
	CHECK(ok2 == r.ok && (!ok2 || memcmp(&v2, &r.v, sizeof(v2)) == 0),
		  "md_parse with err=NULL gave ok=%d, with err ok=%d", ok2, r.ok);
	if (r.ok)
		return r;
	CHECK(r.err.status == MD_BAD_SYNTAX || r.err.status == MD_OUT_OF_RANGE,
		  "md_parse failed with status %d", (int) r.err.status);
	CHECK(r.err.offset >= 0 && (size_t) r.err.offset <= len,
		  "md_parse error offset %d outside [0, %zu]", r.err.offset, len);
	dlen = strnlen(r.err.detail, sizeof(r.err.detail));
	CHECK(dlen > 0 && dlen < sizeof(r.err.detail),
		  "md_parse error detail is empty or unterminated (length %zu)", dlen);
	for (i = 0; i < dlen; i++)
		CHECK((unsigned char) r.err.detail[i] >= 0x20 && (unsigned char) r.err.detail[i] < 0x7F,
			  "md_parse error detail has byte 0x%02x at %zu: %s",
			  (unsigned char) r.err.detail[i], i, r.err.detail);
	return r;
}

/* "ok +5% yoy" or "BAD_SYNTAX at 3" */
static BText
ptext(const Parsed *p);

static BText
vtext(const MetricDelta *v)
{
	BText		t;

	if (md_valid(v))
		md_format(v, t.s);
	else
		snprintf(t.s, sizeof(t.s), "<coef %lld exp %d kind %d basis %d>",
				 (long long) v->coef, v->exp, v->kind, v->basis);
	return t;
}

#define VT(v) (vtext(v).s)

static BText
ptext(const Parsed *p)
{
	BText		t;

	if (p->ok)
		return vtext(&p->v);
	snprintf(t.s, sizeof(t.s), "%s at %d", st_name(p->err.status), p->err.offset);
	return t;
}

#define PTX(p) (ptext(p).s)

/*
 * A valid value: its text (into a buffer of exactly MD_MAXLEN, as
 * metric_delta_out pallocs) is the canonical text of `expect`, printable
 * ASCII, and reads back to the same 16 bytes; formatting is idempotent.
 */
static void
check_value(const MetricDelta *v, const Big *expect, const char *origin)
{
	char		buf[MD_MAXLEN];
	char		ref[BD_MAX + 32];
	char		again[MD_MAXLEN];
	MdDecimal	d = {v->coef, v->exp};
	Parsed		back;
	int			n,
				i;

	CHECK(md_valid(v), "%s gave an invalid value: coef %lld exp %d kind %d basis %d", origin,
		  (long long) v->coef, v->exp, v->kind, v->basis);
	CHECK(expect == NULL || md_equals(d, expect), "%s gave %s, expected %s", origin, MT(d),
		  BT(expect));
	n = md_format(v, buf);
	CHECK(n > 0 && n < MD_MAXLEN, "md_format of a value from %s has length %d", origin, n);
	CHECK(strlen(buf) == (size_t) n, "md_format returned %d but wrote %zu bytes", n, strlen(buf));
	for (i = 0; i < n; i++)
		CHECK(buf[i] >= 0x20 && buf[i] < 0x7F, "md_format wrote byte 0x%02x: %s",
			  (unsigned char) buf[i], buf);
	if (!skipped("format"))
	{
		Big			x;

		big_from_md(&x, d);
		ref_format(&x, (MetricKind) v->kind, (MetricBasis) v->basis, ref, sizeof(ref));
		CHECK(strcmp(buf, ref) == 0, "md_format of the value from %s is \"%s\", expected \"%s\"",
			  origin, buf, ref);
	}
	back = parse_checked(buf, (size_t) n);
	CHECK(back.ok && memcmp(&back.v, v, sizeof(*v)) == 0 && md_cmp(&back.v, v) == 0,
		  "\"%s\" (from %s) reads back as ok=%d %s", buf, origin, back.ok, VT(&back.v));
	CHECK(md_format(&back.v, again) == n && strcmp(again, buf) == 0,
		  "formatting is not idempotent: \"%s\" then \"%s\"", buf, again);
}

/* Count of the number at the error offset, from "... this number has N." */
static void
check_detail_count(const Parsed *p, const RefParse *ref)
{
	const char *h = strstr(p->err.detail, "this number has ");

	if (skipped("digits_detail") || !ref->too_many || h == NULL)
		return;
	CHECK(atoi(h + strlen("this number has ")) == ref->nsig,
		  "the detail \"%s\" miscounts: the number has %d significant digits",
		  p->err.detail, ref->nsig);
}

static void
check_parse_vs_ref(const char *s, size_t len, const Parsed *p, const char *what)
{
	RefParse	ref;

	ref_parse((const uint8_t *) s, len, &ref);
	if (p->ok)
	{
		CHECK(ref.status == MD_OK, "%s: md_parse accepts what the grammar refuses (%s): %s",
			  what, st_name(ref.status), VT(&p->v));
		CHECK(p->v.kind == ref.kind && p->v.basis == ref.basis,
			  "%s: md_parse gives kind %d basis %d, the grammar kind %d basis %d", what,
			  p->v.kind, p->v.basis, ref.kind, ref.basis);
		check_value(&p->v, &ref.v, what);
	}
	else
	{
		CHECK(ref.status != MD_OK, "%s: md_parse refuses (%s: %s) what the grammar reads as %s",
			  what, st_name(p->err.status), p->err.detail, BT(&ref.v));
		CHECK(p->err.status == ref.status, "%s: md_parse fails with %s (%s), the grammar with %s",
			  what, st_name(p->err.status), p->err.detail, st_name(ref.status));
		check_detail_count(p, &ref);
	}
}

/* md_kind_from_text and md_basis_from_text, against the word lists. */
static void
check_words(const uint8_t *s, size_t len)
{
	MetricKind	k = (MetricKind) 0;
	MetricBasis b = MB_NONE;
	bool		ok;
	int			i;
	MetricKind	kexp = (MetricKind) 0;

	if (len > 16)
		return;
	if (len == 1 && s[0] == '%')
		kexp = MK_PERCENT;
	else if (ci_equal(s, len, "percent"))
		kexp = MK_PERCENT;
	else if (ci_equal(s, len, "pp"))
		kexp = MK_PP;
	else if (ci_equal(s, len, "abs") || ci_equal(s, len, "absolute"))
		kexp = MK_ABSOLUTE;
	ok = md_kind_from_text((const char *) s, len, &k);
	CHECK(ok == (kexp != 0) && (!ok || k == kexp), "md_kind_from_text gives ok=%d kind %d, "
		  "expected kind %d", ok, (int) k, (int) kexp);
	ok = md_basis_from_text((const char *) s, len, &b);
	for (i = 0; i < 9; i++)
		if (ci_equal(s, len, ref_bases[i]))
			break;
	CHECK(ok == (i < 9) && (!ok || (int) b == i + 1),
		  "md_basis_from_text gives ok=%d basis %d, expected %d", ok, (int) b, i < 9 ? i + 1 : 0);
	if (ok)
		CHECK(strcmp(md_basis_name(b), ref_bases[i]) == 0, "md_basis_name(%d) is \"%s\"",
			  (int) b, md_basis_name(b));
	if (kexp != 0)
	{
		const char *name = md_kind_name(k);
		MetricKind	k2;

		CHECK(md_kind_from_text(name, strlen(name), &k2) && k2 == k,
			  "md_kind_name(%d) = \"%s\" does not read back", (int) k, name);
	}
}

/* Order: md_cmp against kind, basis, then the reference comparison. */
static void
check_order(const MetricDelta *a, const MetricDelta *b)
{
	Big			x,
				y;
	MdDecimal	da = {a->coef, a->exp},
				db = {b->coef, b->exp};
	int			c = md_cmp(a, b),
				rc = md_cmp(b, a),
				dc,
				expect;

	if (skipped("order"))
		return;
	big_from_md(&x, da);
	big_from_md(&y, db);
	dc = big_cmp(&x, &y);
	expect = a->kind != b->kind ? (a->kind < b->kind ? -1 : 1) :
		a->basis != b->basis ? (a->basis < b->basis ? -1 : 1) : dc;
	CHECK(c == expect && rc == -expect, "md_cmp(%s, %s) = %d, reversed %d; expected %d",
		  VT(a), VT(b), c, rc, expect);
	CHECK((c == 0) == (memcmp(a, b, sizeof(*a)) == 0),
		  "md_cmp(%s, %s) = %d but the bytes %s", VT(a), VT(b), c,
		  c == 0 ? "differ" : "are equal");
	CHECK(md_cmp_decimal(da, db) == dc && md_cmp_decimal(db, da) == -dc,
		  "md_cmp_decimal(%s, %s) = %d and reversed %d, expected %d", MT(da), MT(db),
		  md_cmp_decimal(da, db), md_cmp_decimal(db, da), dc);
}

static MetricDelta consts[8];
static int	nconsts;

static void
check_text(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	Parsed		p = parse_checked(s, size);
	const uint8_t *bar = size > 0 ? memchr(data, '|', size) : NULL;

	check_parse_vs_ref(s, size, &p, "the input");
	check_words(data, size);

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
		v = parse_checked(buf, size);
		CHECK(v.ok == p.ok && (v.ok ? memcmp(&v.v, &p.v, sizeof(p.v)) == 0 :
							   v.err.status == p.err.status && v.err.offset == p.err.offset),
			  "case-flipped input gives %s, the input %s", PTX(&v), PTX(&p));

		buf[0] = ' ';
		buf[1] = '\n';
		if (size > 0)
			memcpy(buf + 2, s, size);
		buf[size + 2] = '\r';
		buf[size + 3] = '\t';
		v = parse_checked(buf, size + 4);
		CHECK(v.ok == p.ok && (v.ok ? memcmp(&v.v, &p.v, sizeof(p.v)) == 0 :
							   v.err.status == p.err.status),
			  "blank-padded input gives %s, the input %s", PTX(&v), PTX(&p));
	}

	/* Order: the two sides of the first '|', or the value against constants. */
	if (bar != NULL)
	{
		size_t		k = (size_t) (bar - data);
		Parsed		l = parse_checked(s, k);
		Parsed		r = parse_checked(s + k + 1, size - k - 1);

		check_parse_vs_ref(s, k, &l, "the text before '|'");
		check_parse_vs_ref(s + k + 1, size - k - 1, &r, "the text after '|'");
		check_words(data, k);
		if (l.ok && r.ok)
			check_order(&l.v, &r.v);
	}
	else if (p.ok)
	{
		int			i;

		for (i = 0; i < nconsts; i++)
			check_order(&p.v, &consts[i]);
	}
}

/* --- the byte stream for the decimal core -------------------------------- */

typedef struct
{
	const uint8_t *d;
	size_t		n;
	size_t		pos;
} Reader;

static uint8_t
rd_u8(Reader *r)
{
	return r->pos < r->n ? r->d[r->pos++] : 0;
}

static uint64_t
rd_u64(Reader *r)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < 8; i++)
		v |= (uint64_t) rd_u8(r) << (8 * i);
	return v;
}

static const uint64_t p10[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
	100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
	10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL
};

/*
 * A decimal from 10 bytes: a control byte (low 5 bits: number of digits
 * 0–18, or a special coefficient; bits 5–6: how the exponent is read; bit 7:
 * the sign), 8 bytes of coefficient and an exponent byte.  *contract is
 * false for coefficients of 19 digits (INT64_MIN and INT64_MAX among them),
 * which md_decimal_exact never gives and md_valid refuses.
 */
static MdDecimal
draw_decimal(Reader *r, int prev_exp, bool *contract)
{
	uint8_t		ctl = rd_u8(r);
	uint64_t	raw = rd_u64(r);
	int8_t		e = (int8_t) rd_u8(r);
	int			sel = ctl & 0x1F;
	bool		neg = (ctl & 0x80) != 0;
	uint64_t	m;
	MdDecimal	d;

	*contract = true;
	if (sel <= 18)
		m = raw % p10[sel];
	else
		switch (sel)
		{
			case 19:
				*contract = false;
				d.coef = INT64_MIN;
				goto pick_exp;
			case 20:
				*contract = false;
				m = INT64_MAX;
				break;
			case 21:			/* any 19-digit coefficient */
				*contract = false;
				m = p10[18] + raw % ((uint64_t) INT64_MAX - p10[18] + 1);
				break;
			case 22:
				m = p10[18] - 1;
				break;
			case 23:			/* all nines */
				m = p10[1 + raw % 18] - 1;
				break;
			case 24:			/* a five: half of a power of ten */
				m = 5 * p10[raw % 18];
				break;
			case 25:			/* a power of ten */
				m = p10[raw % 18];
				break;
			case 26:			/* digits then a 5: ties */
				m = (raw % p10[17]) * 10 + 5;
				break;
			default:
				m = raw % p10[18];
				break;
		}
	d.coef = neg ? -(int64_t) m : (int64_t) m;
pick_exp:
	switch ((ctl >> 5) & 3)
	{
		case 0:
			d.exp = (int16_t) (e % 32);	/* about the type's range */
			break;
		case 1:
			d.exp = (int16_t) (prev_exp + e % 24);	/* near the other operand */
			break;
		case 2:
			d.exp = (int16_t) e;
			break;
		default:
			d.exp = (int16_t) (e * 3);	/* the range of doubles */
			break;
	}
	return d;
}

static int
ndigits_u(uint64_t m)
{
	int			n = 0;

	while (m != 0)
		n++, m /= 10;
	return n;
}

/* --- md_change_decimal ---------------------------------------------------- */

static const char *const kind_names[] = {"?", "%", "pp", "abs"};

static void
check_change(MdDecimal cur, MdDecimal prev)
{
	int			lo = cur.exp < prev.exp ? cur.exp : prev.exp;
	int			apart = (cur.exp > prev.exp ? cur.exp : prev.exp) - lo;
	Big			a,
				b,
				diff,
				q,
				exp_v;
	int			kind;
	bool		have_diff = false;
	int			q_known = EXACT;
	uint64_t	bm = prev.coef < 0 ? (uint64_t) 0 - (uint64_t) prev.coef : (uint64_t) prev.coef;
	/* |prev| at the common exponent has 21 digits or more */
	bool		big_den = bm != 0 && ndigits_u(bm) + (prev.exp - lo) >= 21;

	if (skipped("change"))
		return;
	/*
	 * md_decimal_exact gives it at most 18 digits, but any int64 works: only
	 * one operand is scaled (by at most 10^19), so a - b stays within
	 * ±(9.3e37 + 9.3e18), inside __int128.
	 */
	for (kind = MK_PERCENT; kind <= MK_ABSOLUTE; kind++)
	{
		MdDecimal	out = {0x5A5A5A5A5A5A5A5ALL, 0x5A5A};
		MdStatus	st = md_change_decimal(cur, prev, (MetricKind) kind, &out);
		MdStatus	expect = MD_OK;
		bool		oor_allowed = apart > 19 || (kind == MK_PERCENT && big_den);

		/* allowed: too far apart in scale, or too few digits of quotient */
		if (st == MD_OUT_OF_RANGE && (oor_allowed || skipped("change_oor")))
			continue;
		if (!have_diff && apart <= BD_MAX - 60)
		{
			big_from_md(&a, cur);
			big_from_md(&b, prev);
			big_sub(&diff, &a, &b);
			have_diff = true;
		}
		if (apart > BD_MAX - 60)
		{
			CHECK(st == MD_OUT_OF_RANGE, "md_change_decimal(%lld e%d, %lld e%d, %s) = %s with "
				  "exponents %d apart", (long long) cur.coef, cur.exp, (long long) prev.coef,
				  prev.exp, kind_names[kind], st_name(st), apart);
			continue;
		}
		if (kind != MK_PERCENT)
			big_round(&exp_v, &diff, MD_RESULT_DIGITS, true, EXACT);
		else if (b.n == 0 || (a.n != 0 && a.neg != b.neg))
			expect = MD_UNDEFINED;
		else if (diff.n == 0)
			big_zero(&exp_v);
		else
		{
			/*
			 * (a - b) / b × 100.  |a - b| / |b| leads at place lr or lr - 1,
			 * so the result at lr + 2 or lr + 1, and it is rounded at
			 * max(lead - 14, -30): its digits down to max(lr - 14, -31) - 3
			 * (before the × 100) are enough.
			 */
			bool		exact;
			int			lr = big_lead(&diff) - big_lead(&b);
			int			minpos = (lr - 14 > -31 ? lr - 14 : -31) - 3;
			int			low;

			big_div(&q, &diff, &b, minpos, &exact, &low);
			q.exp += 2;
			q.neg = q.n > 0 && diff.neg != b.neg;
			q_known = exact ? EXACT : low + 2;
			big_round(&exp_v, &q, MD_RESULT_DIGITS, true, q_known);
		}
		if (expect == MD_OK && exp_v.n > 0 && big_lead(&exp_v) >= 48)
			expect = MD_OUT_OF_RANGE;
		CHECK(st == expect, "md_change_decimal(%s, %s, %s) = %s, expected %s%s%s (coef %lld exp %d, "
			  "coef %lld exp %d)", MT(cur), MT(prev), kind_names[kind], st_name(st),
			  st_name(expect), expect == MD_OK ? " " : "", expect == MD_OK ? BT(&exp_v) : "",
			  (long long) cur.coef, cur.exp, (long long) prev.coef, prev.exp);
		if (st == MD_OK)
		{
			MetricDelta m;

			memset(&m, 0, sizeof(m));
			m.coef = out.coef;
			m.exp = out.exp;
			m.kind = (uint8_t) kind;
			if (!md_equals(out, &exp_v) && skipped("double_round") && kind != MK_PERCENT)
			{
				/* the known bug: to 15 digits first, then to 1e-30 */
				Big			t;

				big_round(&t, &diff, MD_RESULT_DIGITS, false, EXACT);
				big_round(&exp_v, &t, MD_RESULT_DIGITS, true, EXACT);
			}
			else if (!md_equals(out, &exp_v) && skipped("double_round"))
			{
				Big			t = q;

				big_round(&t, &q, MD_RESULT_DIGITS, false, q_known);
				q = t;
				big_round(&exp_v, &q, MD_RESULT_DIGITS, true, EXACT);
			}
			CHECK(md_equals(out, &exp_v) && md_valid(&m),
				  "md_change_decimal(%s, %s, %s) = coef %lld exp %d (%s), expected %s",
				  MT(cur), MT(prev), kind_names[kind], (long long) out.coef, out.exp,
				  MT(out), BT(&exp_v));
		}
	}
}

/* --- md_cmp_decimal, md_canonical, md_valid on drawn values ------------------ */

static void
check_decimal(MdDecimal d)
{
	Big			x;
	MdDecimal	out = {0x5A5A5A5A5A5A5A5ALL, 0x5A5A};
	MdStatus	st;
	MdDecimal	nd = md_normalize(d);

	if (skipped("canonical") || d.exp > 1000 || d.exp < -1000)
		return;
	big_from_md(&x, d);
	CHECK(md_equals(nd, &x) && (nd.coef == 0 ? nd.exp == 0 : nd.coef % 10 != 0),
		  "md_normalize(%lld e%d) = %lld e%d", (long long) d.coef, d.exp,
		  (long long) nd.coef, nd.exp);
	st = md_canonical(d, &out);
	/* Its callers give it at most 18 digits (md_valid checks the range
	 * itself): of 19, only the value is checked. */
	if (d.coef <= -1000000000000000000LL || d.coef >= 1000000000000000000LL)
		CHECK(st != MD_OK || md_equals(out, &x), "md_canonical(%lld e%d) = %lld e%d",
			  (long long) d.coef, d.exp, (long long) out.coef, out.exp);
	else if (x.n > 0 && big_lead(&x) >= 48)
		CHECK(st == MD_OUT_OF_RANGE, "md_canonical(%lld e%d) = %s for a value of 1e48 or more",
			  (long long) d.coef, d.exp, st_name(st));
	else
	{
		CHECK(st == MD_OK && md_equals(out, &x),
			  "md_canonical(%lld e%d) = %s %lld e%d", (long long) d.coef, d.exp, st_name(st),
			  (long long) out.coef, out.exp);
		if (x.n <= 18)
			CHECK(big_canonical_ok(&x, out), "md_canonical(%lld e%d) = %lld e%d is not the "
				  "canonical form", (long long) d.coef, d.exp, (long long) out.coef, out.exp);
	}
}

/* md_valid against the rules, and against the text round trip. */
static void
check_validity(const MetricDelta *m)
{
	bool		v = md_valid(m),
				r = ref_valid(m);

	if (skipped("validity"))
		return;
	CHECK(v == r, "md_valid(coef %lld exp %d kind %d basis %d reserved %02x%02x%02x%02x) = %d, "
		  "expected %d", (long long) m->coef, m->exp, m->kind, m->basis, m->reserved[0],
		  m->reserved[1], m->reserved[2], m->reserved[3], v, r);
	/* Where formatting is safe, valid exactly when its text reads back as itself. */
	if (m->kind >= MK_PERCENT && m->kind <= MK_ABSOLUTE && m->basis <= MB_LAST &&
		m->exp >= MD_MIN_EXP && m->exp <= MD_MAX_EXP &&
		!m->reserved[0] && !m->reserved[1] && !m->reserved[2] && !m->reserved[3])
	{
		char		buf[MD_MAXLEN];
		int			n = md_format(m, buf);
		Parsed		back = parse_checked(buf, (size_t) n);
		bool		same = back.ok && memcmp(&back.v, m, sizeof(*m)) == 0;

		CHECK(same == v, "md_valid(coef %lld exp %d) = %d, but its text \"%s\" reads back %s",
			  (long long) m->coef, m->exp, v, buf, same ? "as itself" : "otherwise");
	}
	if (v)
		check_value(m, NULL, "a valid binary value");
}

/* --- plain decimal text: md_round_text, md_decimal_from_text, md_round_digits */

/*
 * Up to 47 digits from the stream (a byte gives the digit (b + 2) % 10, so
 * ASCII digits give themselves), a point somewhere or nowhere, a sign:
 * written as numeric_out does ("-0.0120", "2930", "0").  raw gets the
 * digits as drawn (leading zeros kept) and *frac the number of them after
 * the point.
 */
static void
draw_numeric_text(Reader *rd, char *text, char *raw, int *nraw, int *frac, bool *neg)
{
	uint8_t		ctl = rd_u8(rd);
	int			len = ctl % 48,
				pt,
				i,
				o = 0,
				start;
	uint8_t		pb = rd_u8(rd);
	bool		nonzero = false;

	for (i = 0; i < len; i++)
	{
		raw[i] = (char) ('0' + (rd_u8(rd) + 2) % 10);
		nonzero |= raw[i] != '0';
	}
	raw[len] = '\0';
	*nraw = len;
	pt = (pb & 0x80) ? len : len - (pb % (len + 1));	/* digits before the point */
	*frac = len - pt;
	*neg = (ctl & 0x80) && nonzero;
	if (*neg)
		text[o++] = '-';
	start = 0;
	while (start < pt && raw[start] == '0')
		start++;
	if (start == pt)
		text[o++] = '0';
	for (i = start; i < pt; i++)
		text[o++] = raw[i];
	if (pt < len)
	{
		text[o++] = '.';
		for (i = pt; i < len; i++)
			text[o++] = raw[i];
	}
	text[o] = '\0';
}

static void
check_numeric_text(Reader *rd)
{
	char		text[64],
				raw[64],
				want[BD_MAX + 16];
	int			nraw,
				frac;
	bool		neg;
	uint8_t		kb = rd_u8(rd);
	int8_t		eb = (int8_t) rd_u8(rd);
	Big			x,
				r;
	int			keep;

	draw_numeric_text(rd, text, raw, &nraw, &frac, &neg);
	big_from_digits(&x, neg, raw, nraw, -frac);

	/* md_round_text: levels, numeric's range, no exponent floor */
	if (!skipped("round_text"))
	{
		size_t		sz = strlen(text) + 3;	/* what the comment asks for */
		char	   *out = malloc(sz);

		keep = (kb & 0x80) ? MD_RESULT_DIGITS : 1 + kb % 24;
		if (out == NULL)
			abort();
		md_round_text(text, keep, out);
		big_round(&r, &x, keep, false, EXACT);
		big_plain(&r, want, sizeof(want));
		CHECK(strcmp(out, want) == 0, "md_round_text(\"%s\", %d) = \"%s\", expected \"%s\"",
			  text, keep, out, want);
		free(out);
	}

	/*
	 * md_decimal_from_text and md_round_digits: to `keep` digits and 1e-30.
	 * Their callers keep 15 (results) or pass at most 18 digits with 18
	 * (read_number, which never rounds); keeping 18 or more of more than
	 * 18 digits is for METRIC_DELTA_FUZZ_STRICT (see doc/fuzzing.md).
	 */
	if (!skipped("round_digits"))
	{
		MdDecimal	out = {0x5A5A5A5A5A5A5A5ALL, 0x5A5A};
		MdStatus	st,
					expect;
		int			keep_eff,
					keep_rd;
		int			exp = eb;

		keep = (kb & 0x40) ? MD_RESULT_DIGITS : 1 + (kb >> 1) % (strict_on("round18") ? 24 : 17);
		keep_eff = keep > MD_MAX_DIGITS ? MD_MAX_DIGITS : keep;

		st = md_decimal_from_text(text, keep, &out);
		big_round(&r, &x, keep_eff, true, EXACT);
		expect = (r.n > 0 && big_lead(&r) >= 48) ? MD_OUT_OF_RANGE : MD_OK;
		CHECK(st == expect && (st != MD_OK || (md_equals(out, &r) && big_canonical_ok(&r, out))),
			  "md_decimal_from_text(\"%s\", %d) = %s %lld e%d, expected %s %s", text, keep,
			  st_name(st), (long long) out.coef, out.exp, st_name(expect), BT(&r));

		/*
		 * md_round_digits on the raw digits (leading zeros too), at exponent
		 * exp; keep at most 18 (more overflows its int64: the contract).
		 */
		keep_rd = (kb & 0x20) ? MD_MAX_DIGITS : keep > MD_MAX_DIGITS ? MD_MAX_DIGITS : keep;
		if (!strict_on("round18") && nraw > MD_MAX_DIGITS && keep_rd == MD_MAX_DIGITS)
			keep_rd = MD_MAX_DIGITS - 1;
		big_from_digits(&x, neg, raw, nraw, exp);
		big_round(&r, &x, keep_rd, true, EXACT);
		expect = (r.n > 0 && big_lead(&r) >= 48) ? MD_OUT_OF_RANGE : MD_OK;
		memset(&out, 0x5A, sizeof(out));
		st = md_round_digits(neg, raw, nraw, exp, keep_rd, &out);
		CHECK(st == expect && (st != MD_OK || (md_equals(out, &r) && big_canonical_ok(&r, out))),
			  "md_round_digits(%s, \"%s\", %d, %d, %d) = %s %lld e%d, expected %s %s",
			  neg ? "neg" : "pos", raw, nraw, exp, keep_rd, st_name(st), (long long) out.coef,
			  out.exp, st_name(expect), BT(&r));
	}

}

/* --- md_decimal_exact on Ryu-style text --------------------------------- */

static void
check_exact_text(MdDecimal d, uint8_t form)
{
	char		dig[24],
				text[128];
	uint64_t	m = d.coef < 0 ? (uint64_t) 0 - (uint64_t) d.coef : (uint64_t) d.coef;
	int			nd,
				written,
				e = d.exp;
	MdDecimal	out = {0x5A5A5A5A5A5A5A5ALL, 0x5A5A};
	bool		ok;
	Big			x;
	const char *sign = d.coef < 0 ? "-" : (form & 0x40) ? "+" : "";

	if (skipped("exact"))
		return;
	if (e > 400 || e < -400)
		return;
	nd = snprintf(dig, sizeof(dig), "%llu", (unsigned long long) m);
	written = nd;				/* digits written from the first non-zero one */
	switch (form & 3)
	{
		case 0:				/* plain: "2930", "0.00012", "10.1" */
			if (e >= 0)
			{
				if (nd + e > 60)
					return;
				snprintf(text, sizeof(text), "%s%s%0*d", sign, dig, e, 0);
				if (e == 0)
					snprintf(text, sizeof(text), "%s%s", sign, dig);
				written = m == 0 ? 1 : nd + e;
			}
			else if (-e < nd)
				snprintf(text, sizeof(text), "%s%.*s.%s", sign, nd + e, dig, dig + nd + e);
			else
			{
				if (-e - nd > 60)
					return;
				snprintf(text, sizeof(text), "%s0.%0*d%s", sign, -e - nd, 0, dig);
				if (-e - nd == 0)
					snprintf(text, sizeof(text), "%s0.%s", sign, dig);
			}
			break;
		case 1:				/* Ryu: "1.5e-07", "1e+21" */
			if (nd == 1)
				snprintf(text, sizeof(text), "%s%se%c%02d", sign, dig, e < 0 ? '-' : '+',
						 e < 0 ? -e : e);
			else
				snprintf(text, sizeof(text), "%s%c.%se%c%02d", sign, dig[0], dig + 1,
						 e + nd - 1 < 0 ? '-' : '+', abs(e + nd - 1));
			break;
		case 2:				/* an integer mantissa: "15E-8" */
			snprintf(text, sizeof(text), "%s%sE%d", sign, dig, e);
			break;
		default:				/* the point anywhere in the mantissa */
			{
				int			k = (form >> 2) % (nd + 1);

				snprintf(text, sizeof(text), "%s%.*s.%se%d", sign, k, dig, dig + k, e + (nd - k));
			}
			break;
	}
	ok = md_decimal_exact(text, &out);
	big_from_md(&x, d);
	if (ok)
		CHECK(md_equals(out, &x) && md_normalize(out).coef == out.coef &&
			  md_normalize(out).exp == out.exp,
			  "md_decimal_exact(\"%s\") = %lld e%d, expected %s", text, (long long) out.coef,
			  out.exp, BT(&x));
	else
		CHECK(written > MD_MAX_DIGITS,
			  "md_decimal_exact(\"%s\") refuses a number of %d digits", text, written);
	/* more than 18 significant digits: never exact in an int64 of 18 */
	if (x.n > MD_MAX_DIGITS)
		CHECK(!ok, "md_decimal_exact(\"%s\") accepts %d significant digits", text, x.n);
}

/*
 * The input itself, as a C string (up to its first NUL), given to
 * md_decimal_from_text (any text: plain decimals are read, anything else is
 * BAD_SYNTAX) and to md_decimal_exact (meant for Ryu's output: checked on
 * text of that shape, and otherwise only run, for the sanitizers).
 */
static void
check_input_as_number(const uint8_t *data, size_t size)
{
	char		s[200];
	size_t		len = size < sizeof(s) - 1 ? size : sizeof(s) - 1;
	size_t		i = 0;
	bool		neg = false,
				point = false,
				shape;
	char		dig[200];
	int			nd = 0,
				frac = 0,
				lead_zeros = 0,
				e = 0,
				edigits = 0;
	bool		eneg = false;
	MdDecimal	out = {0x5A5A5A5A5A5A5A5ALL, 0x5A5A};
	MdStatus	st,
				expect;
	Big			x,
				r;

	if (skipped("round_digits") && skipped("exact"))
		return;
	memcpy(s, data, len);
	s[len] = '\0';
	len = strlen(s);
	if (s[0] == '+' || s[0] == '-')
		neg = s[i++] == '-';
	for (; i < len; i++)
	{
		if (s[i] == '.' && !point)
			point = true;
		else if (s[i] >= '0' && s[i] <= '9')
		{
			if (nd == 0 && s[i] == '0')
				lead_zeros++;
			else
				dig[nd++] = s[i];
			frac += point;
		}
		else
			break;
	}
	/* md_decimal_from_text: [sign] digits with at most one point, nothing else */
	if (!skipped("round_digits"))
	{
		st = md_decimal_from_text(s, MD_RESULT_DIGITS, &out);
		if (i < len || nd + lead_zeros == 0)
			CHECK(st == MD_BAD_SYNTAX, "md_decimal_from_text(\"%s\") = %s, expected BAD_SYNTAX",
				  s, st_name(st));
		else
		{
			big_from_digits(&x, neg, dig, nd, -frac);
			big_round(&r, &x, MD_RESULT_DIGITS, true, EXACT);
			expect = (r.n > 0 && big_lead(&r) >= 48) ? MD_OUT_OF_RANGE : MD_OK;
			CHECK(st == expect && (st != MD_OK || (md_equals(out, &r) && big_canonical_ok(&r, out))),
				  "md_decimal_from_text(\"%s\") = %s %lld e%d, expected %s %s", s, st_name(st),
				  (long long) out.coef, out.exp, st_name(expect), BT(&r));
		}
	}
	/* md_decimal_exact: [sign] digits [point digits] [e [sign] 1-3 digits] */
	if (!skipped("exact"))
	{
		bool		ok;

		shape = nd + lead_zeros > 0;
		if (shape && i < len && (s[i] == 'e' || s[i] == 'E'))
		{
			i++;
			if (i < len && (s[i] == '+' || s[i] == '-'))
				eneg = s[i++] == '-';
			for (; i < len && s[i] >= '0' && s[i] <= '9' && edigits < 4; i++, edigits++)
				e = e * 10 + (s[i] - '0');
			shape = edigits >= 1 && edigits <= 3;
		}
		shape = shape && i == len;
		ok = md_decimal_exact(s, &out);
		if (shape)
		{
			/* digits written from the first non-zero one */
			big_from_digits(&x, neg, dig, nd, (eneg ? -e : e) - frac);
			if (ok)
				CHECK(md_equals(out, &x) && md_normalize(out).coef == out.coef &&
					  md_normalize(out).exp == out.exp,
					  "md_decimal_exact(\"%s\") = %lld e%d, expected %s", s,
					  (long long) out.coef, out.exp, BT(&x));
			else
				CHECK(nd > MD_MAX_DIGITS, "md_decimal_exact(\"%s\") refuses %d digits", s, nd);
			if (x.n > MD_MAX_DIGITS)
				CHECK(!ok, "md_decimal_exact(\"%s\") accepts %d significant digits", s, x.n);
		}
	}
}

static void
check_core(const uint8_t *data, size_t size)
{
	Reader		rd = {data, size, 0};
	bool		ca,
				cb;
	MdDecimal	a = draw_decimal(&rd, 0, &ca);
	MdDecimal	b = draw_decimal(&rd, a.exp, &cb);
	uint8_t		kb = rd_u8(&rd),
				flip = rd_u8(&rd),
				form = rd_u8(&rd);
	MetricDelta m;
	MdDecimal	c;

	/* Eight bytes that once fed the double checks (md_from_double is gone);
	 * still read, so that the corpus keeps its layout. */
	(void) rd_u64(&rd);

	/* order of any two decimals */
	if (!skipped("order") && a.exp >= -1000 && a.exp <= 1000 && b.exp >= -1000 && b.exp <= 1000)
	{
		Big			x1,
					x2;
		int			rc;

		big_from_md(&x1, a);
		big_from_md(&x2, b);
		rc = big_cmp(&x1, &x2);
		CHECK(md_cmp_decimal(a, b) == rc && md_cmp_decimal(b, a) == -rc,
			  "md_cmp_decimal(%lld e%d, %lld e%d) = %d and reversed %d, expected %d",
			  (long long) a.coef, a.exp, (long long) b.coef, b.exp, md_cmp_decimal(a, b),
			  md_cmp_decimal(b, a), rc);
	}

	/* md_change_decimal, both ways, as drawn and normalised */
	check_change(a, b);
	check_change(b, a);
	check_change(md_normalize(a), md_normalize(b));
	check_change(a, a);

	/*
	 * Exact ties of the 16th digit, from a's digits: a difference of 16
	 * digits ending in 5, and a percent change (10^16 + t) over 10^16, which
	 * is t × 10^-14 exactly.  Random bytes seldom make these.
	 */
	{
		uint64_t	am = a.coef < 0 ? (uint64_t) 0 - (uint64_t) a.coef : (uint64_t) a.coef;
		int64_t		t = (int64_t) ((am % p10[15]) * 10 + 5);
		int16_t		te = (int16_t) (a.exp > 300 ? 300 : a.exp < -300 ? -300 : a.exp);
		MdDecimal	tie = {a.coef < 0 ? -t : t, te},
					zero = {0, 0},
					big = {(int64_t) p10[16] + t, 0},
					base = {1, 16};

		check_change(tie, zero);
		check_change(zero, tie);
		check_change(big, base);
		big.coef = -big.coef;
		base.coef = -1;
		check_change(big, base);
	}

	check_decimal(a);
	check_decimal(b);

	/* md_valid: a value built from a, then with one bit flipped */
	memset(&m, 0, sizeof(m));
	if (md_canonical(a, &c) != MD_OK || c.exp < MD_MIN_EXP)
		c = md_normalize(a);
	m.coef = c.coef;
	m.exp = c.exp;
	m.kind = (uint8_t) (kb & 3);
	m.basis = (uint8_t) ((kb >> 2) % 11);
	check_validity(&m);
	{
		MetricDelta f = m;
		uint8_t		bytes[16];

		memcpy(bytes, &f, sizeof(bytes));
		bytes[(flip >> 3) & 15] ^= (uint8_t) (1 << (flip & 7));
		memcpy(&f, bytes, sizeof(bytes));
		check_validity(&f);
	}
	if (ca && cb && md_valid(&m))
	{
		MetricDelta m2 = m;

		if (md_canonical(b, &c) == MD_OK && c.exp >= MD_MIN_EXP)
		{
			m2.coef = c.coef;
			m2.exp = c.exp;
			m2.basis = (uint8_t) ((kb >> 4) % 10);
			if (md_valid(&m2))
				check_order(&m, &m2);
		}
	}

	check_exact_text(a, form);
	check_exact_text(b, (uint8_t) (form >> 2));

	check_numeric_text(&rd);
}

static void
init_once(void)
{
	static const char *const texts[] = {
		"+0", "-0.3pp mom", "+10.1% yoy", "+2930 yoy", "-5%", "+0.5pp",
		"+999999999999999999000000000000", "-0.000000000000000000000000000001"
	};
	int			i;
	if (initialised)
		return;
	initialised = true;
	skip_list = getenv("METRIC_DELTA_FUZZ_SKIP");
	if (skip_list && *skip_list)
		fprintf(stderr, "metric_delta_fuzz: METRIC_DELTA_FUZZ_SKIP=%s: those checks are off\n",
				skip_list);
	strict_list = getenv("METRIC_DELTA_FUZZ_STRICT");
	if (strict_list && *strict_list)
		fprintf(stderr, "metric_delta_fuzz: METRIC_DELTA_FUZZ_STRICT=%s: those checks are on\n",
				strict_list);
	for (i = 0; i < 8; i++)
		CHECK(md_parse(texts[i], strlen(texts[i]), &consts[nconsts++], NULL),
			  "start-up: md_parse refuses the constant \"%s\"", texts[i]);
	/* the reference, on known answers */
	{
		Big			a,
					b,
					d,
					q,
					r;
		bool		exact;
		int			low;
		char		t[64];

		big_from_i64(&a, 1101, -1);
		big_from_i64(&b, 100, 0);
		big_sub(&d, &a, &b);
		big_div(&q, &d, &b, -20, &exact, &low);
		q.exp += 2;
		big_plain(&q, t, sizeof(t));
		CHECK(strcmp(t, "10.1") == 0 && exact, "start-up: reference gives %s", t);
		big_from_i64(&a, 1, 0);
		big_from_i64(&b, 3, 0);
		big_div(&q, &a, &b, -20, &exact, &low);
		big_round(&r, &q, 15, true, exact ? EXACT : low);
		big_plain(&r, t, sizeof(t));
		CHECK(strcmp(t, "0.333333333333333") == 0, "start-up: reference gives %s", t);
		big_from_i64(&a, -1234567890123445, -16);
		big_round(&r, &a, 15, true, EXACT);
		big_plain(&r, t, sizeof(t));
		CHECK(strcmp(t, "-0.123456789012345") == 0, "start-up: reference gives %s", t);
		big_from_i64(&a, 15, -31);
		big_round(&r, &a, 15, true, EXACT);
		big_plain(&r, t, sizeof(t));
		CHECK(strcmp(t, "0.000000000000000000000000000002") == 0, "start-up: reference gives %s", t);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	init_once();
	cur_data = data;
	cur_size = size;

	check_text(data, size);
	check_input_as_number(data, size);
	check_core(data, size);
	return 0;
}
