// sources: src/policy_goal_parse.c src/goal_rules.c src/metric_delta_parse.c src/period_parse.c src/period_calendar.c
// libs: -lm
/*
 * policy_goal_fuzz.c — libFuzzer harness for policy_goal's plain-C parser
 * (src/policy_goal_parse.c) and scoring rules (src/goal_rules.c).
 *
 * The input, up to its first NUL byte, is the text of a goal; the bytes
 * after that NUL (or, without one, the text's own bytes) are a stream that
 * chooses observations.  For every input:
 *
 *   1. text: goal_parse() on the text (and on the whole input when it holds a
 *      NUL).  A failure has a status of GOAL_BAD_SYNTAX or GOAL_OUT_OF_RANGE
 *      and a non-empty, terminated detail (valid UTF-8 when the input is);
 *      the verdict is the same with err == NULL, with ASCII case flipped and
 *      with blanks around the text.  A success is goal_valid(), of
 *      GOAL_VERSION, and formats to less than GOAL_MAXLEN bytes of printable
 *      ASCII that parse back to the same bytes (goal_cmp() == 0, memcmp of
 *      the struct) and format to the same text again; it obeys the
 *      "Rules the parser enforces" of doc/policy_goal.md (checked here, not
 *      through goal_valid(), which shares the parser's check_rules()).
 *   2. the binary form: the goal with one field changed (a bit flipped, an
 *      exponent moved, a coefficient scaled, ...), and with one bit flipped
 *      in each byte in turn, as policy_goal_recv could receive it.  When
 *      goal_valid() accepts it, its text must read back as the same bytes
 *      ("recv accepts exactly what goal_parse can produce"), and goal_cmp()
 *      must be 0 exactly on equal bytes and antisymmetric.
 *   3. scoring: the stated range admits the target (not for > and <); a
 *      baseline and a latest observation (periods around the goal's
 *      deadline and baseline period, of every frequency; values 0, -0, the
 *      target and its ends, small numbers, raw finite doubles) scored by
 *      goal_assess_obs() with each method: a state, a reason, and finite
 *      ratio, progress, projected and paces when present; the rules of
 *      doc/policy_goal.md that come before the method (achieved, missed,
 *      "in" goals) hold and the methods agree on them; R, P, C, progress
 *      and the year positions match the doc's formulas and the verdict its
 *      bands; a better latest value never gets a worse verdict.
 *   4. a series: 2 to 7 observations added to a GoalSeries in the stream's
 *      order, in reverse, and in two parts merged both ways; every order
 *      must pick the same baseline, latest observation and conflict, which
 *      must also be what a reference picker written from the doc picks.
 *
 * A broken invariant prints what broke and the input, then abort()s, which
 * libFuzzer and test/fuzz/replay.sh both report.  See doc/fuzzing.md.
 *
 * POLICY_GOAL_FUZZ_SKIP=group,... turns groups of checks off, to fuzz past a
 * reported bug: parsed_valid, roundtrip, errnull, variants, detail_utf8,
 * rules_parse, validity, cmp, stated_met, finite_ratio, finite_progress,
 * finite_projected, paces, reason, rules, methods, method,
 * prorata_negative, monotone, order, order_zero, pick.
 *
 * No allocation per input: every buffer is on the stack.
 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy_goal.h"

#define FUZZ_NAME "policy_goal_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longest text that is also tried case-flipped and padded with blanks. */
#define VARIANT_MAX 512

/* Most observations in a series. */
#define SERIES_MAX 7

static const char *skip_list;	/* $POLICY_GOAL_FUZZ_SKIP */
static bool initialised;

static bool
skipped(const char *group)
{
	return in_list(skip_list, group);
}

static void
init_once(void)
{
	if (initialised)
		return;
	initialised = true;
	skip_list = getenv("POLICY_GOAL_FUZZ_SKIP");
	if (skip_list && *skip_list)
		fprintf(stderr, FUZZ_NAME ": POLICY_GOAL_FUZZ_SKIP=%s: those checks are off\n", skip_list);
}

/* --- text of values, for messages ----------------------------------------- */

typedef struct
{
	char		s[GOAL_MAXLEN + 64];
} GText;

static GText
gtext(const PolicyGoal *g)
{
	GText		t;

	if (goal_valid(g))
		goal_format(g, t.s);
	else
		snprintf(t.s, sizeof(t.s), "<invalid goal: cmp %d flags %d kind %d basis %d>",
				 g->comparator, g->flags, g->kind, g->basis);
	return t;
}

#define GT(g) (gtext(g).s)

typedef struct
{
	char		s[PERIOD_MAXLEN + 24];
} PText;

static PText
ptext(int64_t p)
{
	PText		t;

	if (period_valid(p))
		period_format(p, t.s);
	else
		snprintf(t.s, sizeof(t.s), "<0x%016llx>", (unsigned long long) p);
	return t;
}

#define PT(p) (ptext(p).s)

/* --- the stream of bytes that chooses observations ------------------------ */

typedef struct
{
	const uint8_t *p;
	size_t		n,
				i;
} Stream;

static uint8_t
rd_u8(Stream *s)
{
	return s->i < s->n ? s->p[s->i++] : 0;
}

static uint64_t
rd_u64(Stream *s)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < 8; i++)
		v |= (uint64_t) rd_u8(s) << (8 * i);
	return v;
}

static int16_t
rd_i16(Stream *s)
{
	uint16_t	v = rd_u8(s);

	v |= (uint16_t) (rd_u8(s) << 8);
	return (int16_t) v;
}

/* --- helpers ------------------------------------------------------------- */

static double
dec_to_double(MdDecimal v)
{
	char		buf[MD_MAXLEN];

	md_format_decimal(v, buf);
	return strtod(buf, NULL);
}

/*
 * An observation as the server makes it (goal_assess.c, observation(), and
 * md_double_decimal()): the value with its shortest decimal.  The server
 * gets that from Ryu; here, the fewest %.*g digits that read back as x,
 * which are the same digits.
 */
static GoalObs
observation(int64_t period, double x)
{
	static const double scale[] = {1, 10, 100, 1000, 10000};
	GoalObs		o = {period, x, {0, 0}};
	char		buf[64];
	int			k;

	for (k = 0; k < 5; k++)
	{
		double		n = rint(x * scale[k]);

		if (fabs(n) < 9007199254740992.0 && n / scale[k] == x)
		{
			o.exact.coef = (int64_t) n;
			o.exact.exp = (int16_t) -k;
			o.exact = md_normalize(o.exact);
			return o;
		}
	}
	for (k = 1; k <= 17; k++)
	{
		snprintf(buf, sizeof(buf), "%.*g", k, x);
		if (strtod(buf, NULL) == x)
			break;
	}
	CHECK(md_decimal_exact(buf, &o.exact), "md_decimal_exact refuses the shortest text %s of a double", buf);
	return o;
}

/* The goal's own baseline, as goal_stated_base() in policy_goal.c makes it. */
static bool
stated_base(const PolicyGoal *g, GoalObs *out)
{
	if (!(g->flags & GF_BASE_VALUE))
		return false;
	out->period = g->base_period;
	out->exact = md_normalize(goal_decimal(g, GS_BASE));
	out->value = dec_to_double(out->exact);
	return true;
}

static bool
is_printable_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s < 0x20 || (unsigned char) *s >= 0x7F)
			return false;
	return true;
}

/* Valid UTF-8 (no overlongs, no surrogates, at most U+10FFFF); no NUL. */
static bool
valid_utf8(const uint8_t *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		uint8_t		c = s[i];
		int			len;
		uint32_t	cp;
		int			k;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			len = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			len = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			len = 4, cp = c & 0x07;
		else
			return false;
		if (i + len > n)
			return false;
		for (k = 1; k < len; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return false;
		i += len;
	}
	return true;
}

/* --- 1. text ----------------------------------------------------------------- */

static const char *
st_name(GoalStatus st)
{
	switch (st)
	{
		case GOAL_OK:
			return "GOAL_OK";
		case GOAL_BAD_SYNTAX:
			return "GOAL_BAD_SYNTAX";
		case GOAL_OUT_OF_RANGE:
			return "GOAL_OUT_OF_RANGE";
	}
	return "(not a status)";
}

/*
 * "Rules the parser enforces" (doc/policy_goal.md), on what it accepted:
 * written out here rather than trusting goal_valid(), which shares the
 * parser's check_rules().
 */
static void
check_parsed_rules(const PolicyGoal *g)
{
	bool		over = g->kind != 0 && (g->basis == MB_PA || g->basis == MB_CUM);
	bool		from = (g->flags & GF_BASE_PERIOD) != 0;

	CHECK(!(g->flags & GF_TOLERANCE) || g->comparator == GC_APPROX,
		  "a tolerance was accepted after \"%s\"", goal_comparator_name((GoalComparator) g->comparator));
	CHECK(!(g->flags & GF_TOLERANCE) || g->coef[GS_TOL] >= 0, "a negative tolerance was accepted");
	CHECK(g->comparator != GC_BETWEEN ||
		  md_cmp_decimal(goal_decimal(g, GS_TARGET), goal_decimal(g, GS_UPPER)) <= 0,
		  "\"between A and B\" was accepted with A > B");
	CHECK(g->kind != 0 || g->basis == MB_NONE, "a level target has basis %d", g->basis);
	CHECK(g->kind == 0 || g->basis != MB_BASE, "the basis \"base\" was accepted");
	CHECK(!over || from, "a pa/cum change was accepted without \"from\"");
	CHECK(g->kind == 0 || over || !from, "a change within one period was accepted with \"from\"");
	CHECK(!(g->flags & GF_BASE_VALUE) || from, "a baseline value was accepted without its period");
	CHECK(!from || period_unpack(g->base_period).last < period_unpack(g->deadline).last,
		  "a baseline period %s that does not end before the deadline %s ends was accepted",
		  PT(g->base_period), PT(g->deadline));
}

/*
 * Parse; check the error or the value and its text.  Returns the verdict;
 * *g is the goal on success.
 */
static bool
parse_checked(const char *s, size_t len, PolicyGoal *g, GoalError *err)
{
	bool		ok;
	char		text[GOAL_MAXLEN];
	char		again[GOAL_MAXLEN];
	PolicyGoal	back;
	GoalError	err2;
	int			n,
				n2;

	/* garbage first, so that a field left unset shows */
	memset(g, 0xA5, sizeof(*g));
	memset(err, 0x5A, sizeof(*err));
	ok = goal_parse(s, len, g, err);

	if (!ok)
	{
		size_t		dlen = strnlen(err->detail, sizeof(err->detail));

		CHECK(err->status == GOAL_BAD_SYNTAX || err->status == GOAL_OUT_OF_RANGE,
			  "a failed parse has status %d (%s)", (int) err->status, st_name(err->status));
		CHECK(dlen < sizeof(err->detail), "the error detail is not NUL-terminated");
		CHECK(dlen > 0, "the error detail is empty (status %s)", st_name(err->status));
		if (!skipped("detail_utf8") && valid_utf8((const uint8_t *) s, len))
			CHECK(valid_utf8((const uint8_t *) err->detail, dlen),
				  "the input is valid UTF-8 but the error detail is not: \"%s\"", err->detail);
		return false;
	}

	CHECK(g->version == GOAL_VERSION, "a parsed goal has version %d", g->version);
	CHECK(skipped("parsed_valid") || goal_valid(g), "a parsed goal is not goal_valid(): cmp %d flags 0x%x kind %d basis %d "
		  "target %lld e%d upper %lld e%d tol %lld e%d base %lld e%d",
		  g->comparator, g->flags, g->kind, g->basis,
		  (long long) g->coef[0], g->exp[0], (long long) g->coef[1], g->exp[1],
		  (long long) g->coef[2], g->exp[2], (long long) g->coef[3], g->exp[3]);

	if (!skipped("rules_parse"))
		check_parsed_rules(g);

	/* the text: into a buffer of exactly GOAL_MAXLEN bytes */
	memset(text, 0x7F, sizeof(text));
	n = goal_format(g, text);
	CHECK(n >= 0 && n < GOAL_MAXLEN, "goal_format wrote %d bytes (GOAL_MAXLEN %d)", n, GOAL_MAXLEN);
	CHECK(text[n] == '\0' && strlen(text) == (size_t) n,
		  "goal_format returned %d but wrote %zu bytes", n, strnlen(text, sizeof(text)));
	CHECK(is_printable_ascii(text), "the text of a goal is not printable ASCII: \"%s\"", text);

	/* it reads back as the same bytes, and writes the same text */
	memset(&back, 0xA5, sizeof(back));
	memset(&err2, 0x5A, sizeof(err2));
	CHECK(goal_parse(text, (size_t) n, &back, &err2),
		  "the text \"%s\" of a goal does not parse back: %s", text, err2.detail);
	CHECK(skipped("roundtrip") || (goal_cmp(g, &back) == 0 && goal_cmp(&back, g) == 0),
		  "\"%s\" reads back as a goal that compares %d", text, goal_cmp(g, &back));
	CHECK(skipped("roundtrip") || memcmp(g, &back, sizeof(*g)) == 0,
		  "\"%s\" reads back as different bytes (target %lld e%d, read back %lld e%d)", text,
		  (long long) g->coef[0], g->exp[0], (long long) back.coef[0], back.exp[0]);
	n2 = goal_format(&back, again);
	CHECK(n2 == n && strcmp(text, again) == 0,
		  "\"%s\" reads back and writes \"%s\"", text, again);
	CHECK(goal_cmp(g, g) == 0, "goal_cmp(g, g) != 0 for \"%s\"", text);
	return true;
}

static void
check_text(const char *s, size_t len, PolicyGoal *g, bool *ok)
{
	GoalError	err;
	PolicyGoal	g2,
				v;
	GoalError	verr;
	bool		ok2;

	*ok = parse_checked(s, len, g, &err);

	/* the same answer without an error struct */
	if (!skipped("errnull"))
	{
		memset(&g2, 0xA5, sizeof(g2));
		ok2 = goal_parse(s, len, &g2, NULL);
		CHECK(ok2 == *ok, "with err == NULL the parse %s", ok2 ? "succeeds" : "fails");
		if (ok2)
			CHECK(memcmp(&g2, g, sizeof(g2)) == 0, "with err == NULL the goal differs");
	}

	/* ASCII case flipped, and blanks around: words are case-insensitive */
	if (len <= VARIANT_MAX && !skipped("variants"))
	{
		char		buf[VARIANT_MAX + 2];
		size_t		i;
		bool		okv;

		for (i = 0; i < len; i++)
		{
			char		c = s[i];

			buf[i] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? (char) (c ^ 0x20) : c;
		}
		okv = parse_checked(buf, len, &v, &verr);
		CHECK(okv == *ok, "the case-flipped input %s (%s)", okv ? "parses" : "fails",
			  okv ? GT(&v) : verr.detail);
		if (okv)
			CHECK(memcmp(&v, g, sizeof(v)) == 0, "the case-flipped input reads as \"%s\", the input as \"%s\"",
				  GT(&v), GT(g));
		else
			CHECK(verr.status == err.status, "the case-flipped input fails with %s, the input with %s",
				  st_name(verr.status), st_name(err.status));

		buf[0] = ' ';
		memcpy(buf + 1, s, len);
		buf[len + 1] = '\t';
		okv = parse_checked(buf, len + 2, &v, &verr);
		CHECK(okv == *ok, "with blanks around, the input %s (%s)", okv ? "parses" : "fails",
			  okv ? GT(&v) : verr.detail);
		if (okv)
			CHECK(memcmp(&v, g, sizeof(v)) == 0, "with blanks around, the input reads as \"%s\", without as \"%s\"",
				  GT(&v), GT(g));
		else
			CHECK(verr.status == err.status, "with blanks around, the input fails with %s, without with %s",
				  st_name(verr.status), st_name(err.status));
	}
}

/* --- 2. the binary form ---------------------------------------------------- */

static int
sgn(int x)
{
	return (x > 0) - (x < 0);
}

/* a and b valid: goal_cmp is 0 exactly on equal bytes, and antisymmetric. */
static void
check_cmp(const PolicyGoal *a, const PolicyGoal *b)
{
	int			ab = goal_cmp(a, b),
				ba = goal_cmp(b, a);
	bool		same = memcmp(a, b, sizeof(*a)) == 0;

	if (skipped("cmp"))
		return;
	CHECK(sgn(ab) == -sgn(ba), "goal_cmp is not antisymmetric: \"%s\" vs \"%s\": %d and %d",
		  GT(a), GT(b), ab, ba);
	CHECK((ab == 0) == same, "goal_cmp(\"%s\", \"%s\") is %d but the bytes are %s",
		  GT(a), GT(b), ab, same ? "equal" : "different");
}

/*
 * m is goal_valid(): policy_goal_recv would accept it.  Its text must read
 * back as the same bytes, and goal_cmp() must agree with the bytes.
 */
static void
check_valid_mutant(const PolicyGoal *g, const PolicyGoal *m)
{
	char		text[GOAL_MAXLEN];
	PolicyGoal	back;
	GoalError	err;
	int			n;

	n = goal_format(m, text);
	CHECK(n >= 0 && n < GOAL_MAXLEN && strlen(text) == (size_t) n,
		  "goal_format of a valid binary goal wrote %d bytes", n);
	CHECK(is_printable_ascii(text), "the text of a valid binary goal is not printable ASCII: \"%s\"", text);
	memset(&err, 0, sizeof(err));
	CHECK(goal_parse(text, (size_t) n, &back, &err),
		  "goal_valid() accepts a binary goal whose text \"%s\" does not parse: %s "
		  "(cmp %d flags 0x%x kind %d basis %d target %lld e%d upper %lld e%d tol %lld e%d base %lld e%d; "
		  "from \"%s\")", text, err.detail, m->comparator, m->flags, m->kind, m->basis,
		  (long long) m->coef[0], m->exp[0], (long long) m->coef[1], m->exp[1],
		  (long long) m->coef[2], m->exp[2], (long long) m->coef[3], m->exp[3], GT(g));
	CHECK(memcmp(&back, m, sizeof(*m)) == 0,
		  "goal_valid() accepts a binary goal that reads back as other bytes: \"%s\" "
		  "(cmp %d flags 0x%x kind %d basis %d target %lld e%d upper %lld e%d tol %lld e%d base %lld e%d "
		  "reads back as target %lld e%d upper %lld e%d tol %lld e%d base %lld e%d; from \"%s\")",
		  text, m->comparator, m->flags, m->kind, m->basis,
		  (long long) m->coef[0], m->exp[0], (long long) m->coef[1], m->exp[1],
		  (long long) m->coef[2], m->exp[2], (long long) m->coef[3], m->exp[3],
		  (long long) back.coef[0], back.exp[0], (long long) back.coef[1], back.exp[1],
		  (long long) back.coef[2], back.exp[2], (long long) back.coef[3], back.exp[3], GT(g));
	if (goal_valid(g))
		check_cmp(g, m);
}

static void
check_binary(const PolicyGoal *g, Stream *st)
{
	PolicyGoal	m = *g;
	uint8_t    *bytes = (uint8_t *) &m;
	uint8_t		op = rd_u8(st),
				b = rd_u8(st);
	int			slot = b & 3;

	switch (op % 8)
	{
		case 0:
		case 1:
			{
				/* one bit of the fields (not the varlena header) */
				size_t		bit = (size_t) (b | (rd_u8(st) << 8)) % ((sizeof(m) - 4) * 8);

				bytes[4 + bit / 8] ^= (uint8_t) (1 << (bit % 8));
				break;
			}
		case 2:
			m.exp[slot] = (int16_t) (m.exp[slot] + (int8_t) rd_u8(st));
			break;
		case 3:
			/* the same value with more digits */
			if (m.coef[slot] < INT64_MAX / 10 && m.coef[slot] > INT64_MIN / 10)
			{
				m.coef[slot] *= 10;
				m.exp[slot]--;
			}
			break;
		case 4:
			m.coef[slot] = (int64_t) rd_u64(st);
			m.exp[slot] = rd_i16(st);
			break;
		case 5:
			{
				int64_t		p;

				if (period_shift(m.deadline, (int8_t) rd_u8(st), &p))
					m.deadline = p;
				if ((m.flags & GF_BASE_PERIOD) && period_shift(m.base_period, (int8_t) rd_u8(st), &p))
					m.base_period = p;
				break;
			}
		case 6:
			m.comparator = (uint8_t) (b % 9);
			m.flags = rd_u8(st) & 0x1F;
			break;
		default:
			m.kind = (uint8_t) (b % 5);
			m.basis = rd_u8(st) % 11;
			break;
	}
	if (skipped("validity"))
		return;
	if (goal_valid(&m))
		check_valid_mutant(g, &m);

	/* one bit of every byte of the fields (which bit: the stream's byte) */
	{
		size_t		i;
		uint8_t		k = (uint8_t) (op ^ b);	/* no stream byte: keep the layout */

		for (i = 4; i < sizeof(m); i++)
		{
			m = *g;
			bytes[i] ^= (uint8_t) (1 << ((k + i) % 8));
			if (goal_valid(&m))
				check_valid_mutant(g, &m);
		}
	}
}

/* --- 3. scoring ------------------------------------------------------------ */

/* The stated range of a goal admits its own target (and both ends of between). */
static void
check_stated_met(const PolicyGoal *g)
{
	GoalRange	r;
	MdDecimal	t = goal_decimal(g, GS_TARGET);
	bool		met;

	if (skipped("stated_met"))
		return;
	goal_stated_range(g, &r);
	met = goal_range_met(&r, t, dec_to_double(t));
	switch ((GoalComparator) g->comparator)
	{
		case GC_GE:
		case GC_LE:
		case GC_EQ:
		case GC_APPROX:
		case GC_BETWEEN:
			CHECK(met, "the target of \"%s\" does not meet the goal as stated "
				  "(range %s%lld e%d .. %lld e%d%s)", GT(g),
				  r.lo_strict ? "(" : "[", (long long) r.lo.coef, r.lo.exp,
				  (long long) r.hi.coef, r.hi.exp, r.hi_strict ? ")" : "]");
			break;
		case GC_GT:
		case GC_LT:
			CHECK(!met, "the target of \"%s\" meets the strict goal", GT(g));
			break;
	}
	if (g->comparator == GC_BETWEEN)
	{
		MdDecimal	u = goal_decimal(g, GS_UPPER);

		CHECK(goal_range_met(&r, u, dec_to_double(u)),
			  "the upper end of \"%s\" does not meet it", GT(g));
	}
}

/* A value for an observation, chosen by the stream (any, see pick_value). */
static double
pick_any_value(Stream *st, const PolicyGoal *g, double prev)
{
	double		t = dec_to_double(goal_decimal(g, GS_TARGET));
	uint8_t		sel = rd_u8(st);
	double		v;

	switch (sel % 13)
	{
		case 0:
			return 0.0;
		case 1:
			return -0.0;
		case 2:
			return t;
		case 3:
			return g->comparator == GC_BETWEEN ? dec_to_double(goal_decimal(g, GS_UPPER)) : -t;
		case 4:
			return g->comparator == GC_APPROX ? t + dec_to_double(goal_tolerance(g)) : t + 1;
		case 5:
			return g->comparator == GC_APPROX ? t - dec_to_double(goal_tolerance(g)) : t - 1;
		case 6:
			return (int8_t) rd_u8(st);
		case 7:
			return rd_i16(st) / 100.0;
		case 8:
			{
				uint64_t	bits = rd_u64(st);

				memcpy(&v, &bits, sizeof(v));
				return v;		/* NaN and Inf are replaced by pick_value */
			}
		case 9:
			return (g->flags & GF_BASE_VALUE) ? dec_to_double(goal_decimal(g, GS_BASE)) : 100;
		case 10:
			return prev * (1 + (int8_t) rd_u8(st) / 100.0);
		case 11:
			return prev;
		default:
			return t * (1 + (int8_t) rd_u8(st) / 64.0);
	}
}

/*
 * A finite value: the server refuses infinite observations and skips NaN
 * (goal_assess.c), so only finite ones reach the rules.
 */
static double
pick_value(Stream *st, const PolicyGoal *g, double prev)
{
	double		v = pick_any_value(st, g, prev);

	return isfinite(v) ? v : signbit(v) ? -DBL_MAX : DBL_MAX;
}

/* A period near the anchor, chosen by the stream: of any frequency, a span, a year to date. */
static int64_t
pick_period(Stream *st, const PolicyGoal *g, int64_t anchor)
{
	uint8_t		sel = rd_u8(st);
	int64_t		p = anchor,
				q;

	if (sel & 0x80)
		anchor = (g->flags & GF_BASE_PERIOD) && (sel & 0x40) ? g->base_period : g->deadline;
	switch (sel % 7)
	{
		case 0:
			return anchor;
		case 1:
		case 2:
			/* mostly a few units earlier */
			if (period_shift(anchor, sel % 7 == 1 ? -(int) (rd_u8(st) % 8) : (int8_t) rd_u8(st), &q))
				return q;
			return anchor;
		case 3:
		case 4:
		case 5:
			{
				PeriodParts a = period_unpack(anchor);
				int			off = rd_i16(st) % 800;
				int			f = PF_DAY + rd_u8(st) % 7;
				int32_t		day = a.first + (off < 0 ? off : off % (a.last - a.first + 1 + 400));

				if (!period_of_day(day, (PeriodFreq) f, &p))
					return anchor;
				if (sel % 7 == 4)
					return period_ytd(p);
				if (sel % 7 == 5 && period_shift(p, rd_u8(st) % 13, &q) && period_make_span(p, q, &q))
					return q;
				return p;
			}
		default:
			p = period_ytd(anchor);
			return p;
	}
}

static bool
finite_or_absent(bool has, double x)
{
	return !has || isfinite(x);
}

/* A pace is reported as a metric_delta rounded to 0.01 of a point (goal_pace_decimal). */
static void
check_pace(double pct, const char *which, const char *ctx)
{
	MdDecimal	d = goal_pace_decimal(pct);
	double		back = dec_to_double(d);

	CHECK(fabs(back - pct) <= 0.005 * (1 + 1e-9) + fabs(pct) * 1e-14,
		  "the %s pace %.17g%% pa is reported as %.17g%% pa (%s)", which, pct, back, ctx);
}

/*
 * The end of a period in years, as the doc defines it ("the end of 2020 is
 * 2021.0, the end of 2020-06 is 2020.5"; a day is a fraction of its month),
 * written without goal_rules.c.
 */
static double
ref_year_position(int64_t p)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			y,
				m,
				d,
				n;

	period_civil_from_days(period_unpack(p).last, &y, &m, &d);
	n = mdays[m - 1] + (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
	return y + (m - 1) / 12.0 + d / (12.0 * n);
}

static bool
near(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));
}

/*
 * The methods as doc/policy_goal.md writes them ("Methods"), for a "by"
 * goal with a baseline: d from the comparator (the sign of G - v_b for =, ~
 * and between); R, P or C from the formulas; the verdict from the bands.
 * Checked when the method decided (has_ratio) and the reference is finite
 * (a non-finite one is the finite_* checks' business); progress always.
 */
static void
check_method(const PolicyGoal *g, const GoalObs *base, const GoalObs *latest,
			 GoalMethod m, const GoalAssessment *a, const char *ctx)
{
	GoalRange	r;
	double		b,
				t,
				T,
				vb = base->value,
				vt = latest->value,
				G,
				ref,
				obs;
	int			d;
	GoalState	want;

	if (skipped("method") || !goal_range(g, base, &r))
		return;
	G = r.target;
	switch ((GoalComparator) g->comparator)
	{
		case GC_GE:
		case GC_GT:
			d = 1;
			break;
		case GC_LE:
		case GC_LT:
			d = -1;
			break;
		default:
			d = (G > vb) - (G < vb);
	}
	if (a->has_progress && G != vb)
	{
		ref = d * (vt - vb) / fabs(G - vb);
		if (isfinite(ref) && isfinite(a->progress))
			CHECK(near(ref, a->progress), "progress is %.17g, the doc's d(v_t - v_b)/|G - v_b| is %.17g (%s)",
				  a->progress, ref, ctx);
	}
	if (!a->has_ratio)
		return;
	b = goal_year_position(base->period);
	t = goal_year_position(latest->period);
	T = goal_year_position(g->deadline);
	CHECK(near(b, ref_year_position(base->period)) && near(t, ref_year_position(latest->period)) &&
		  near(T, ref_year_position(g->deadline)),
		  "goal_year_position gives %.17g, %.17g, %.17g; the doc %.17g, %.17g, %.17g (%s)",
		  b, t, T, ref_year_position(base->period), ref_year_position(latest->period),
		  ref_year_position(g->deadline), ctx);
	obs = pow(vt / vb, 1 / (t - b)) - 1;
	if (m == GM_STATCAN)
	{
		double		req = pow(G / vb, 1 / (T - b)) - 1;

		ref = (vb < 0 ? -1 : 1) * d * obs / fabs(req);
		want = a->ratio >= 0.95 ? GS_ON_TRACK : a->ratio >= 0.60 ? GS_BEHIND :
			a->ratio >= 0 ? GS_OFF_TRACK : GS_REGRESSING;
	}
	else if (m == GM_UNSD)
	{
		double		proj = vt * pow(1 + obs, T - t);

		ref = d * (proj - vb) / fabs(G - vb);
		want = a->ratio >= 0.95 ? GS_ON_TRACK : a->ratio >= 0.10 ? GS_BEHIND :
			a->ratio >= 0 ? GS_OFF_TRACK : GS_REGRESSING;
	}
	else
	{
		double		tau = (t - b) / (T - b);

		if (g->kind == MK_PERCENT && g->basis == MB_PA)
		{
			/*
			 * The doc's ln(v_t/v_b)/ln(G/v_b), signed as statcan's R is (s, d),
			 * so that it also holds when the baseline already meets a
			 * one-sided target (there the doc's quotient is positive for a
			 * fall; the code's d·ln/|ln| is the sensible reading).  For
			 * v_b > 0 not meeting the target, both are the doc's.
			 */
			ref = (vb < 0 ? -1 : 1) * d * log(vt / vb) / fabs(log(G / vb));
			if (vb < 0 && skipped("prorata_negative"))
				ref = NAN;
		}
		else
			ref = d * (vt - vb) / fabs(G - vb);
		want = a->ratio >= tau ? GS_ON_TRACK : a->ratio > 0 ? GS_BEHIND :
			a->ratio == 0 ? GS_OFF_TRACK : GS_REGRESSING;
	}
	if (isfinite(ref) && isfinite(a->ratio))
		CHECK(near(ref, a->ratio), "the method's ratio is %.17g, the doc's formula gives %.17g (%s)",
			  a->ratio, ref, ctx);
	if (isfinite(a->ratio))
		CHECK(a->status == want, "ratio %.17g gives %s, the doc's bands %s (%s)", a->ratio,
			  goal_state_name(a->status), goal_state_name(want), ctx);
}

static void
check_assessment(const PolicyGoal *g, const GoalObs *base, const GoalObs *latest,
				 GoalMethod m, const GoalAssessment *a)
{
	size_t		rlen = strnlen(a->reason, sizeof(a->reason));
	const char *mname = m == GM_STATCAN ? "statcan" : m == GM_UNSD ? "unsd" : "prorata";
	char		ctx[1024];

	snprintf(ctx, sizeof(ctx), "goal \"%s\", method %s, base %s %.17g, latest %s %.17g",
			 GT(g), mname, base ? PT(base->period) : "NULL", base ? base->value : 0.0,
			 latest ? PT(latest->period) : "NULL", latest ? latest->value : 0.0);

	CHECK((unsigned) a->status < GS_NSTATES, "status %d is not a goal_state (%s)", (int) a->status, ctx);
	CHECK(rlen < sizeof(a->reason), "the reason is not NUL-terminated (%s)", ctx);
	CHECK(rlen > 0, "the reason is empty (%s, status %s)", ctx, goal_state_name(a->status));
	CHECK(goal_state_name(a->status) != NULL && *goal_state_name(a->status) != '\0',
		  "status %d has no name (%s)", (int) a->status, ctx);
	if (!skipped("reason"))
		CHECK(is_printable_ascii(a->reason), "the reason is not printable ASCII: \"%s\" (%s)", a->reason, ctx);
	if (!skipped("finite_ratio"))
		CHECK(finite_or_absent(a->has_ratio, a->ratio),
			  "ratio %g is not finite: %s (%s; %s)", a->ratio, goal_state_name(a->status), a->reason, ctx);
	if (!skipped("finite_progress"))
		CHECK(finite_or_absent(a->has_progress, a->progress),
			  "progress %g is not finite (%s; %s)", a->progress, a->reason, ctx);
	if (!skipped("finite_projected"))
		CHECK(finite_or_absent(a->has_projected, a->projected),
			  "projected %g is not finite (%s; %s)", a->projected, a->reason, ctx);
	if (!skipped("paces"))
	{
		CHECK(finite_or_absent(a->has_observed, a->observed_pace),
			  "observed pace %g is not finite (%s)", a->observed_pace, ctx);
		CHECK(finite_or_absent(a->has_required, a->required_pace),
			  "required pace %g is not finite (%s)", a->required_pace, ctx);
		if (a->has_observed)
			check_pace(a->observed_pace, "observed", ctx);
		if (a->has_required)
			check_pace(a->required_pace, "required", ctx);
	}
	CHECK(a->has_latest == (latest != NULL), "has_latest is %d (%s)", a->has_latest, ctx);
	CHECK(a->has_base == (base != NULL), "has_base is %d (%s)", a->has_base, ctx);

	if (skipped("rules"))
		return;
	if (latest == NULL)
	{
		CHECK(a->status == GS_INSUFFICIENT, "no observation gives %s (%s)", goal_state_name(a->status), ctx);
		return;
	}
	if (!a->has_met)
	{
		/* only a pa/cum goal without a (finite) level to reach */
		CHECK(goal_over_baseline(g), "has_met is false for a goal stated as a level or a change (%s)", ctx);
		CHECK(a->status == GS_INSUFFICIENT, "without a level to reach the status is %s (%s)",
			  goal_state_name(a->status), ctx);
		return;
	}
	if (g->flags & GF_BY)
	{
		bool		reached = period_unpack(latest->period).last >= period_unpack(g->deadline).last;

		/* rule 1: met is achieved, whatever the trend; rule 2: met by the deadline or missed */
		if (a->met)
			CHECK(a->status == GS_ACHIEVED, "a latest value that meets the goal gives %s (%s)",
				  goal_state_name(a->status), ctx);
		else if (reached)
			CHECK(a->status == GS_MISSED, "an unmet target at the deadline gives %s (%s)",
				  goal_state_name(a->status), ctx);
		else
			CHECK(a->status != GS_ACHIEVED && a->status != GS_MISSED,
				  "an unmet target before the deadline gives %s (%s)", goal_state_name(a->status), ctx);
		if (base == NULL)
			CHECK(a->status == GS_ACHIEVED || a->status == GS_MISSED || a->status == GS_INSUFFICIENT,
				  "without a baseline the status is %s (%s)", goal_state_name(a->status), ctx);
		if (base != NULL)
			check_method(g, base, latest, m, a, ctx);
	}
	else
	{
		PeriodParts dl = period_unpack(g->deadline),
					lp = period_unpack(latest->period);
		GoalState	want;

		if (lp.first == dl.first && lp.last == dl.last)
			want = a->met ? GS_ACHIEVED : GS_MISSED;
		else if (lp.first == dl.first && lp.last < dl.last)
			want = a->met ? GS_ON_TRACK : GS_BEHIND;
		else
			want = GS_INSUFFICIENT;
		CHECK(a->status == want, "an \"in\" goal gives %s, the doc says %s (%s)",
			  goal_state_name(a->status), goal_state_name(want), ctx);
		CHECK(!a->has_ratio && !a->has_projected && !a->has_observed && !a->has_required,
			  "an \"in\" goal has a ratio, projection or pace (%s)", ctx);
	}
}

static void
assess_all(const PolicyGoal *g, const GoalObs *base, const GoalObs *latest)
{
	GoalAssessment a[3];
	int			m;

	for (m = GM_STATCAN; m <= GM_PRORATA; m++)
	{
		memset(&a[m], 0xA5, sizeof(a[m]));
		goal_assess_obs(g, base, latest, (GoalMethod) m, &a[m]);
		check_assessment(g, base, latest, (GoalMethod) m, &a[m]);
	}
	if (skipped("methods"))
		return;
	/* what the rules decide before the method runs does not depend on it */
	for (m = GM_UNSD; m <= GM_PRORATA; m++)
	{
		CHECK((a[0].status == GS_ACHIEVED) == (a[m].status == GS_ACHIEVED) &&
			  (a[0].status == GS_MISSED) == (a[m].status == GS_MISSED),
			  "\"%s\": statcan says %s, method %d says %s", GT(g),
			  goal_state_name(a[0].status), m, goal_state_name(a[m].status));
		CHECK(a[0].has_met == a[m].has_met && a[0].met == a[m].met &&
			  a[0].has_progress == a[m].has_progress &&
			  (!a[0].has_progress || memcmp(&a[0].progress, &a[m].progress, sizeof(double)) == 0),
			  "\"%s\": met or progress depends on the method", GT(g));
	}
}

/* How good a verdict is, for a one-sided goal; -1: not comparable. */
static int
state_rank(GoalState s)
{
	switch (s)
	{
		case GS_ACHIEVED:
			return 5;
		case GS_ON_TRACK:
			return 4;
		case GS_BEHIND:
			return 3;
		case GS_OFF_TRACK:
			return 2;
		case GS_REGRESSING:
			return 1;
		case GS_MISSED:
			return 0;
		default:
			return -1;
	}
}

/*
 * A one-sided goal (>=, >, <=, <): with the same baseline and periods, a
 * latest value further in the goal's direction never gets a worse verdict,
 * by any method (every method's R, P or C grows with v_t, and the bands are
 * ordered).  Verdicts the method cannot give (insufficient_data) and
 * ratios that are not finite (reported by the finite_ratio checks) are not
 * compared.
 */
static void
check_monotone(const PolicyGoal *g, const GoalObs *base, const GoalObs *latest, double v2)
{
	GoalRange	r;
	GoalObs		lo,
				hi;
	int			up,
				m;

	if (skipped("monotone") || !(g->flags & GF_BY) || !goal_range(g, base, &r) ||
		r.has_lo == r.has_hi || v2 == latest->value)
		return;
	up = r.has_lo ? 1 : -1;
	lo = *latest;
	hi = observation(latest->period, v2);
	if ((hi.value < lo.value) == (up > 0))
	{
		GoalObs		t = lo;

		lo = hi;
		hi = t;
	}
	/* now hi is the better value */
	for (m = GM_STATCAN; m <= GM_PRORATA; m++)
	{
		GoalAssessment a,
					b;
		int			ra,
					rb;

		if (m == GM_PRORATA && base->value < 0 && skipped("prorata_negative"))
			continue;
		goal_assess_obs(g, base, &lo, (GoalMethod) m, &a);
		goal_assess_obs(g, base, &hi, (GoalMethod) m, &b);
		ra = state_rank(a.status);
		rb = state_rank(b.status);
		if (ra < 0 || rb < 0 || (a.has_ratio && !isfinite(a.ratio)) ||
			(b.has_ratio && !isfinite(b.ratio)))
			continue;
		CHECK(rb >= ra, "goal \"%s\", method %d, baseline %s %.17g, latest in %s: %.17g gives %s (%s) "
			  "but the better value %.17g gives %s (%s)", GT(g), m, PT(base->period), base->value,
			  PT(lo.period), lo.value, goal_state_name(a.status), a.reason, hi.value,
			  goal_state_name(b.status), b.reason);
	}
}

static void
check_scoring(const PolicyGoal *g, Stream *st)
{
	GoalObs		base,
				latest;
	uint8_t		sel = rd_u8(st);
	bool		has_base = (sel & 3) != 0,
				has_latest = (sel & 0x1C) != 0;
	double		vb,
				vt;
	int64_t		anchor = (g->flags & GF_BASE_PERIOD) ? g->base_period : g->deadline;

	vb = pick_value(st, g, 100);
	base = observation(pick_period(st, g, anchor), vb);
	if (!has_base)
		has_base = stated_base(g, &base);	/* as goal_assess() falls back */
	vt = pick_value(st, g, vb);
	latest = observation(pick_period(st, g, g->deadline), vt);
	assess_all(g, has_base ? &base : NULL, has_latest ? &latest : NULL);
	if (has_base)
		check_monotone(g, &base, &latest, pick_value(st, g, vt));

	/* the goal's own baseline, when it states one */
	if (stated_base(g, &base))
		assess_all(g, &base, &latest);
}

/* --- 4. a series ------------------------------------------------------------- */

typedef struct
{
	int64_t		period;
	double		value;
} Row;

/* Time order: last day, first day, frequency (goal_rules.c, cmp_end). */
static int
ref_cmp_end(int64_t a, int64_t b)
{
	PeriodParts pa = period_unpack(a),
				pb = period_unpack(b);

	if (pa.last != pb.last)
		return pa.last < pb.last ? -1 : 1;
	if (pa.first != pb.first)
		return pa.first < pb.first ? -1 : 1;
	return (pa.freq > pb.freq) - (pa.freq < pb.freq);
}

static bool
ref_same_days(int64_t a, int64_t b)
{
	PeriodParts pa = period_unpack(a),
				pb = period_unpack(b);

	return pa.first == pb.first && pa.last == pb.last;
}

/* Did the period come twice with different values (among the rows used)? */
static bool
ref_conflict(const Row *rows, int n, int64_t p)
{
	int			i,
				j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (rows[i].period == p && rows[j].period == p && rows[i].value != rows[j].value)
				return true;
	return false;
}

typedef enum
{
	BEST_FIRST,					/* ends first */
	BEST_LATEST,				/* ends last; then starts first */
	BEST_LAST					/* greatest in time order */
} Best;

/* Index of the best row that passes the filter, or -1. */
static int
ref_best(const Row *rows, int n, Best how, bool (*admit) (const PolicyGoal *, int64_t),
		 const PolicyGoal *g)
{
	int			i,
				best = -1;

	for (i = 0; i < n; i++)
	{
		int			c;

		if (!admit(g, rows[i].period))
			continue;
		if (best < 0)
		{
			best = i;
			continue;
		}
		c = ref_cmp_end(rows[i].period, rows[best].period);
		if (how == BEST_LATEST)
		{
			PeriodParts a = period_unpack(rows[i].period),
						b = period_unpack(rows[best].period);

			if (a.last != b.last)
				c = a.last > b.last ? -1 : 1;
		}
		else if (how == BEST_LAST)
			c = -c;
		if (c < 0)
			best = i;
	}
	return best;
}

static bool
adm_any(const PolicyGoal *g, int64_t p)
{
	(void) g;
	(void) p;
	return true;
}

static bool
adm_at_base(const PolicyGoal *g, int64_t p)
{
	return ref_same_days(p, g->base_period);
}

static bool
adm_after_base(const PolicyGoal *g, int64_t p)
{
	return period_unpack(p).last >= period_unpack(g->base_period).last;
}

static bool
adm_at_deadline(const PolicyGoal *g, int64_t p)
{
	return ref_same_days(p, g->deadline);
}

static bool
adm_inside_deadline(const PolicyGoal *g, int64_t p)
{
	PeriodParts pp = period_unpack(p),
				dl = period_unpack(g->deadline);

	return pp.first == dl.first && pp.last < dl.last;
}

/*
 * The picks doc/policy_goal.md ("goal_track") describes, by brute force:
 * rows that start after the deadline ends are dropped; the baseline is the
 * row of the baseline period, else the first to end no earlier than it, else
 * (a by goal without one) the first to end; none when the goal states its
 * value.  The latest is the row that ends last; for an in goal, the row of
 * the deadline period, else the latest year-to-date row inside it.
 */
static bool
ref_pick(const PolicyGoal *g, const Row *all, int nall, int *bi, int *li, int64_t *conflict)
{
	Row			rows[SERIES_MAX];
	int			n = 0,
				i,
				b = -1,
				l;

	for (i = 0; i < nall; i++)
		if (period_unpack(all[i].period).first <= period_unpack(g->deadline).last)
			rows[n++] = all[i];
	if (g->flags & GF_BASE_PERIOD)
	{
		b = ref_best(rows, n, BEST_FIRST, adm_at_base, g);
		if (b < 0)
			b = ref_best(rows, n, BEST_FIRST, adm_after_base, g);
	}
	else if (g->flags & GF_BY)
		b = ref_best(rows, n, BEST_FIRST, adm_any, g);
	if (g->flags & GF_BASE_VALUE)
		b = -1;
	if (g->flags & GF_BY)
		l = ref_best(rows, n, BEST_LATEST, adm_any, g);
	else
	{
		l = ref_best(rows, n, BEST_FIRST, adm_at_deadline, g);
		if (l < 0)
			l = ref_best(rows, n, BEST_LAST, adm_inside_deadline, g);
		if (l < 0)
			l = ref_best(rows, n, BEST_LATEST, adm_any, g);
	}
	/* back to indices of all[] */
	*bi = *li = -1;
	for (i = 0; i < nall; i++)
	{
		if (b >= 0 && *bi < 0 && all[i].period == rows[b].period)
			*bi = i;
		if (l >= 0 && *li < 0 && all[i].period == rows[l].period)
			*li = i;
	}
	if (b >= 0 && ref_conflict(rows, n, rows[b].period))
	{
		*conflict = rows[b].period;
		return false;
	}
	if (l >= 0 && ref_conflict(rows, n, rows[l].period))
	{
		*conflict = rows[l].period;
		return false;
	}
	return true;
}

typedef struct
{
	bool		ok;
	const GoalObs *base,
			   *latest;
	int64_t		conflict;
} Pick;

static Pick
pick_of(const GoalSeries *s, const PolicyGoal *g)
{
	Pick		p;

	p.conflict = 0;
	p.base = p.latest = NULL;
	p.ok = goal_series_pick(s, g, &p.base, &p.latest, &p.conflict);
	if (p.ok)
		p.conflict = 0;
	return p;
}

static void
describe_rows(const Row *rows, int n, char *buf, size_t size)
{
	int			i;
	size_t		k = 0;

	buf[0] = '\0';
	for (i = 0; i < n && k < size; i++)
	{
		int			w = snprintf(buf + k, size - k, "%s(%s, %.17g)", i ? " " : "",
								 PT(rows[i].period), rows[i].value);

		if (w < 0)
			break;
		k += (size_t) w;
	}
}

static bool
same_obs(const GoalObs *a, const GoalObs *b, bool bits)
{
	if ((a == NULL) != (b == NULL))
		return false;
	if (a == NULL)
		return true;
	return a->period == b->period &&
		(bits ? memcmp(&a->value, &b->value, sizeof(double)) == 0 : a->value == b->value);
}

static void
check_same_pick(const PolicyGoal *g, const Row *rows, int n, const char *how,
				Pick a, Pick b)
{
	char		desc[1024];

	if (skipped("order"))
		return;
	describe_rows(rows, n, desc, sizeof(desc));
	CHECK(a.ok == b.ok && a.conflict == b.conflict,
		  "goal \"%s\", rows %s: in order the pick %s (conflict %s), %s it %s (conflict %s)",
		  GT(g), desc, a.ok ? "succeeds" : "fails", PT(a.conflict), how,
		  b.ok ? "succeeds" : "fails", PT(b.conflict));
	if (!a.ok)
		return;					/* goal_track raises the conflict: no picks */
	CHECK(same_obs(a.base, b.base, false),
		  "goal \"%s\", rows %s: in order the baseline is %s %.17g, %s %s %.17g", GT(g), desc,
		  a.base ? PT(a.base->period) : "NULL", a.base ? a.base->value : 0.0, how,
		  b.base ? PT(b.base->period) : "NULL", b.base ? b.base->value : 0.0);
	CHECK(same_obs(a.latest, b.latest, false),
		  "goal \"%s\", rows %s: in order the latest is %s %.17g, %s %s %.17g", GT(g), desc,
		  a.latest ? PT(a.latest->period) : "NULL", a.latest ? a.latest->value : 0.0, how,
		  b.latest ? PT(b.latest->period) : "NULL", b.latest ? b.latest->value : 0.0);
	if (!skipped("order_zero"))
		CHECK(same_obs(a.base, b.base, true) && same_obs(a.latest, b.latest, true),
			  "goal \"%s\", rows %s: in order the picks are (%s %.17g, %s %.17g), %s (%s %.17g, %s %.17g): "
			  "the same period with 0 and -0 keeps the one that came first",
			  GT(g), desc,
			  a.base ? PT(a.base->period) : "NULL", a.base ? a.base->value : 0.0,
			  a.latest ? PT(a.latest->period) : "NULL", a.latest ? a.latest->value : 0.0, how,
			  b.base ? PT(b.base->period) : "NULL", b.base ? b.base->value : 0.0,
			  b.latest ? PT(b.latest->period) : "NULL", b.latest ? b.latest->value : 0.0);
}

static void
check_series(const PolicyGoal *g, Stream *st)
{
	Row			rows[SERIES_MAX];
	int			perm[SERIES_MAX];
	int			n = 2 + rd_u8(st) % (SERIES_MAX - 1),
				i,
				split;
	GoalSeries	fwd,
				rev,
				part_a,
				part_b,
				ab,
				ba;
	Pick		p_fwd;
	double		prev = 100;
	int64_t		anchor = (g->flags & GF_BASE_PERIOD) ? g->base_period : g->deadline;

	for (i = 0; i < n; i++)
	{
		uint8_t		sel = rd_u8(st);

		if (i > 0 && (sel & 3) == 0)
		{
			/* the same period again, with the same or another value */
			rows[i] = rows[rd_u8(st) % i];
			if (sel & 4)
				rows[i].value = pick_value(st, g, rows[i].value);
		}
		else
		{
			rows[i].period = pick_period(st, g, (sel & 8) ? g->deadline : anchor);
			rows[i].value = pick_value(st, g, prev);
		}
		prev = rows[i].value;
		perm[i] = i;
	}
	/* a permutation for the parts, and where to split it */
	for (i = n - 1; i > 0; i--)
	{
		int			j = rd_u8(st) % (i + 1),
					t = perm[i];

		perm[i] = perm[j];
		perm[j] = t;
	}
	split = rd_u8(st) % (n + 1);

	memset(&fwd, 0, sizeof(fwd));
	memset(&rev, 0, sizeof(rev));
	memset(&part_a, 0, sizeof(part_a));
	memset(&part_b, 0, sizeof(part_b));
	for (i = 0; i < n; i++)
	{
		goal_series_add(&fwd, g, rows[i].period, rows[i].value);
		goal_series_add(&rev, g, rows[n - 1 - i].period, rows[n - 1 - i].value);
		goal_series_add(i < split ? &part_a : &part_b, g, rows[perm[i]].period, rows[perm[i]].value);
	}
	ab = part_a;
	goal_series_merge(&ab, &part_b);
	memset(&ba, 0, sizeof(ba));
	goal_series_merge(&ba, &part_b);
	goal_series_merge(&ba, &part_a);

	p_fwd = pick_of(&fwd, g);
	check_same_pick(g, rows, n, "in reverse", p_fwd, pick_of(&rev, g));
	check_same_pick(g, rows, n, "in two parts merged", p_fwd, pick_of(&ab, g));
	check_same_pick(g, rows, n, "in two parts merged the other way", p_fwd, pick_of(&ba, g));

	if (!skipped("pick"))
	{
		int			bi,
					li;
		int64_t		conflict = 0;
		bool		ok = ref_pick(g, rows, n, &bi, &li, &conflict);
		char		desc[1024];

		describe_rows(rows, n, desc, sizeof(desc));
		CHECK(ok == p_fwd.ok && conflict == p_fwd.conflict,
			  "goal \"%s\", rows %s: the pick %s (conflict %s), the doc says it %s (conflict %s)",
			  GT(g), desc, p_fwd.ok ? "succeeds" : "fails", PT(p_fwd.conflict),
			  ok ? "succeeds" : "fails", PT(conflict));
		CHECK((bi < 0) == (p_fwd.base == NULL) &&
			  (bi < 0 || p_fwd.base->period == rows[bi].period),
			  "goal \"%s\", rows %s: the baseline picked is %s, the doc says %s", GT(g), desc,
			  p_fwd.base ? PT(p_fwd.base->period) : "none", bi >= 0 ? PT(rows[bi].period) : "none");
		CHECK((li < 0) == (p_fwd.latest == NULL) &&
			  (li < 0 || p_fwd.latest->period == rows[li].period),
			  "goal \"%s\", rows %s: the latest picked is %s, the doc says %s", GT(g), desc,
			  p_fwd.latest ? PT(p_fwd.latest->period) : "none", li >= 0 ? PT(rows[li].period) : "none");
	}

	/* score the picks as goal_track_final() does */
	if (p_fwd.ok)
	{
		GoalObs		base,
					latest;
		bool		has_base = false;

		if (p_fwd.base)
		{
			base = observation(p_fwd.base->period, p_fwd.base->value);
			has_base = true;
		}
		else
			has_base = stated_base(g, &base);
		if (p_fwd.latest)
			latest = observation(p_fwd.latest->period, p_fwd.latest->value);
		assess_all(g, has_base ? &base : NULL, p_fwd.latest ? &latest : NULL);
	}
}

/* --- entry ------------------------------------------------------------------- */

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t		tlen = nul ? (size_t) (nul - data) : size;
	PolicyGoal	g;
	bool		ok;
	Stream		st;

	init_once();
	cur_data = data;
	cur_size = size;

	/* the whole input, NUL and all: text with a NUL is not a goal */
	if (nul)
	{
		check_text((const char *) data, size, &g, &ok);
		CHECK(!ok, "text with a NUL byte parses as \"%s\"", GT(&g));
	}

	check_text((const char *) data, tlen, &g, &ok);

	/* goal_method_from_text: the three names, in any case */
	{
		GoalMethod	m;
		static const char *const names[] = {"statcan", "unsd", "prorata"};

		if (goal_method_from_text((const char *) data, tlen, &m))
		{
			size_t		i;

			CHECK((unsigned) m <= GM_PRORATA && strlen(names[m]) == tlen,
				  "goal_method_from_text gives method %d", (int) m);
			for (i = 0; i < tlen; i++)
				CHECK((data[i] | 0x20) == names[m][i], "goal_method_from_text reads the input as %s", names[m]);
		}
	}
	if (!ok)
		return 0;

	if (nul)
		st = (Stream) {nul + 1, size - tlen - 1, 0};
	else
		st = (Stream) {data, size, 0};

	check_stated_met(&g);
	check_binary(&g, &st);
	check_scoring(&g, &st);
	check_series(&g, &st);
	return 0;
}
