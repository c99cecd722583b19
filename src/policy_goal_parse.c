/*
 * policy_goal_parse.c — text to policy_goal and back.  Plain C, no
 * postgres.h.  The grammar is in doc/policy_goal.md, "Text form":
 *
 *   goal := comparator target [± tol] (by|in) period [from [value in] period]
 *         | between target and target (by|in) period [from …]
 *
 * A target is read by metric_delta's own parser (md_parse_part), so a goal
 * accepts exactly the changes a metric_delta does.  The parts are found by
 * their keywords first: a target runs up to the next "by", "in", "and",
 * "from", "±" or "+/-".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse_text.h"
#include "policy_goal.h"

static const char *const comparator_names[] = {
	"?", ">=", ">", "<=", "<", "=", "~", "between"
};

const char *
goal_comparator_name(GoalComparator c)
{
	return (c >= GC_GE && c <= GC_BETWEEN) ? comparator_names[c] : "?";
}

typedef struct Cursor
{
	const char *s;
	size_t		len;
	size_t		pos;
	GoalError  *err;
} Cursor;

static bool fail(Cursor *c, GoalStatus st, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static bool
fail(Cursor *c, GoalStatus st, const char *fmt,...)
{
	va_list		ap;

	if (c->err)
	{
		c->err->status = st;
		va_start(ap, fmt);
		vsnprintf(c->err->detail, sizeof(c->err->detail), fmt, ap);
		va_end(ap);
	}
	return false;
}

static bool
fail_expected(Cursor *c, const char *wanted)
{
	char		detail[sizeof(((GoalError *) 0)->detail)];

	text_expected(detail, sizeof(detail), c->s, c->len, c->pos, wanted);
	return fail(c, GOAL_BAD_SYNTAX, "%s", detail);
}

static bool
is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static bool
is_alpha(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static void
skip_blanks(Cursor *c)
{
	while (c->pos < c->len && is_blank(c->s[c->pos]))
		c->pos++;
}

static bool
at(const Cursor *c, size_t pos, const char *lit)
{
	size_t		n = strlen(lit);

	return c->len - pos >= n && memcmp(c->s + pos, lit, n) == 0;
}

/* The whole alphabetic word at pos equals w (case-insensitive). */
static bool
word_at(const Cursor *c, size_t pos, const char *w)
{
	size_t		n = strlen(w),
				i;

	if (c->len - pos < n || (pos > 0 && is_alpha(c->s[pos - 1])))
		return false;
	for (i = 0; i < n; i++)
		if ((c->s[pos + i] | 0x20) != w[i])
			return false;
	return pos + n == c->len || !is_alpha(c->s[pos + n]);
}

static bool
take_word(Cursor *c, const char *w)
{
	if (!word_at(c, c->pos, w))
		return false;
	c->pos += strlen(w);
	return true;
}

static bool
at_tolerance(const Cursor *c, size_t pos)
{
	return at(c, pos, "\xC2\xB1") || at(c, pos, "+/-");
}

/* Where a target that starts at c->pos ends: before the next keyword. */
static size_t
target_end(const Cursor *c)
{
	size_t		p;

	for (p = c->pos; p < c->len; p++)
		if ((p > c->pos && at_tolerance(c, p)) ||
			word_at(c, p, "by") || word_at(c, p, "in") ||
			word_at(c, p, "and") || word_at(c, p, "from"))
			break;
	while (p > c->pos && is_blank(c->s[p - 1]))
		p--;
	return p;
}

/* End of a blank-delimited token (a period). */
static size_t
token_end(const Cursor *c)
{
	size_t		p = c->pos;

	while (p < c->len && !is_blank(c->s[p]))
		p++;
	return p;
}

/*
 * An error of metric_delta's parser on a part of the goal.  Its "Expected
 * the end of the input" means here that the keyword after the part is
 * missing, and its digit limit holds for every number of a goal.
 */
static bool
fail_md(Cursor *c, const char *what, const char *next, const MdError *e)
{
	if (strncmp(e->detail, "Expected the end of the input", 29) == 0)
	{
		c->pos = e->offset;
		return fail_expected(c, next);
	}
	if (strncmp(e->detail, "A metric_delta keeps", 20) == 0)
		return fail(c, GOAL_OUT_OF_RANGE, "A goal's numbers keep%s", e->detail + 20);
	return fail(c, e->status == MD_OUT_OF_RANGE ? GOAL_OUT_OF_RANGE : GOAL_BAD_SYNTAX,
				"%s: %s", what, e->detail);
}

/* A plain number in [c->pos, end): no %, pp or basis; the sign is kept. */
static bool
read_plain(Cursor *c, size_t end, const char *what, MdDecimal *out)
{
	MetricDelta d;
	MdError		e;

	if (end == c->pos)
		return fail_expected(c, "a number");
	if (!md_parse_part(c->s, c->pos, end, &d, &e))
		return fail_md(c, what, "a keyword (by, in, from)", &e);
	if (d.kind != MK_ABSOLUTE || d.basis != MB_NONE)
		return fail(c, GOAL_BAD_SYNTAX, "%s must be a plain number, not \"%.*s\".",
					what, text_clip(c->s + c->pos, end - c->pos, 40), c->s + c->pos);
	out->coef = d.coef;
	out->exp = d.exp;
	c->pos = end;
	return true;
}

/* Digits after the decimal point of the number in [start, end). */
static int
stated_decimals(const Cursor *c, size_t start, size_t end)
{
	size_t		p;
	int			n = 0;

	for (p = start; p < end && c->s[p] != '.'; p++)
		;
	for (p++; p < end && c->s[p] >= '0' && c->s[p] <= '9'; p++)
		n++;
	return n;
}

/*
 * The value with the digits it was stated with: 5.0 stays 50 × 10^-1 (so
 * that "~ 5.0%" means ±0.05), while 3000 stays 3 × 10^3 (whole-number zeros
 * are not significant).  Digits past 18, or below 1e-30, are not kept.
 */
static MdDecimal
as_stated(MdDecimal v, int decimals)
{
	int			digits = 1;
	int64_t		m = v.coef < 0 ? -v.coef : v.coef;
	int			k;

	if (decimals > -MD_MIN_EXP)
		decimals = -MD_MIN_EXP;	/* the 1e-30 floor */
	if (decimals <= 0 || v.exp <= -decimals)
		return v;
	while (m >= 10)
		m /= 10, digits++;
	if (v.coef != 0 && digits + v.exp + decimals > MD_MAX_DIGITS)
		return v;				/* more digits than a goal keeps: as normalised */
	for (k = v.exp; k > -decimals; k--)
		v.coef *= 10;
	v.exp = (int16_t) -decimals;
	return v;
}

typedef struct Target
{
	MdDecimal	value;
	uint8_t		kind;			/* 0: a level */
	uint8_t		basis;
	int			decimals;
} Target;

static bool
read_target(Cursor *c, const char *what, const char *next, Target *t)
{
	size_t		end;
	MetricDelta d;
	MdError		e;
	bool		level_word,
				signed_;

	skip_blanks(c);
	level_word = take_word(c, "level");
	skip_blanks(c);
	end = target_end(c);
	if (end == c->pos)
		return fail_expected(c, level_word ? "a number after \"level\"" : what);
	if (!md_parse_part(c->s, c->pos, end, &d, &e))
		return fail_md(c, "The target is not a number or a change", next, &e);
	signed_ = c->s[c->pos] == '+' || c->s[c->pos] == '-' || (unsigned char) c->s[c->pos] == 0xE2;
	t->value.coef = d.coef;
	t->value.exp = d.exp;
	t->decimals = stated_decimals(c, c->pos, end);
	t->kind = 0;
	t->basis = MB_NONE;
	if (level_word && (d.kind != MK_ABSOLUTE || d.basis != MB_NONE))
		return fail(c, GOAL_BAD_SYNTAX,
					"After \"level\" comes a plain number (level -3.5), not a change.");
	if (!level_word && (signed_ || d.kind != MK_ABSOLUTE || d.basis != MB_NONE))
	{
		t->kind = d.kind;
		t->basis = d.basis;
	}
	c->pos = end;
	return true;
}

static bool
read_period(Cursor *c, const char *what, int64_t *out)
{
	size_t		end;
	PeriodError pe;

	skip_blanks(c);
	end = token_end(c);
	if (end == c->pos)
	{
		char		wanted[40];

		snprintf(wanted, sizeof(wanted), "the %s", what);
		return fail_expected(c, wanted);
	}
	if (!period_parse(c->s + c->pos, end - c->pos, false, out, &pe))
		return fail(c, GOAL_BAD_SYNTAX, "The %s \"%.*s\" is not a period: %s",
					what, text_clip(c->s + c->pos, end - c->pos, 40),
					c->s + c->pos, pe.detail);
	c->pos = end;
	return true;
}

static bool
read_comparator(Cursor *c, PolicyGoal *g)
{
	static const struct
	{
		const char *text;
		GoalComparator cmp;
	}			forms[] = {
		{">=", GC_GE}, {"\xE2\x89\xA5", GC_GE}, {"<=", GC_LE}, {"\xE2\x89\xA4", GC_LE},
		{">", GC_GT}, {"<", GC_LT}, {"=", GC_EQ}, {"~", GC_APPROX},
		{"\xE2\x89\x88", GC_APPROX}
	};
	size_t		i;

	skip_blanks(c);
	if (c->pos >= c->len)
		return fail(c, GOAL_BAD_SYNTAX, "The input is empty.");
	if (take_word(c, "between"))
	{
		g->comparator = GC_BETWEEN;
		return true;
	}
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if (at(c, c->pos, forms[i].text))
		{
			g->comparator = (uint8_t) forms[i].cmp;
			c->pos += strlen(forms[i].text);
			if (c->pos < c->len && strchr("<>=~!", c->s[c->pos]) != NULL)
				return fail(c, GOAL_BAD_SYNTAX,
							"Unknown comparator \"%.*s\"; use >=, >, <=, <, =, ~ or between.",
							(int) strlen(forms[i].text) + 1, c->s + c->pos - strlen(forms[i].text));
			return true;
		}
	return fail_expected(c, "a comparator (>=, >, <=, <, =, ~ or between)");
}

static void
put(PolicyGoal *g, int slot, MdDecimal v)
{
	g->coef[slot] = v.coef;
	g->exp[slot] = v.exp;
}

/* The target(s) and tolerance, into g. */
static bool
read_targets(Cursor *c, PolicyGoal *g)
{
	Target		t,
				u;

	if (!read_target(c, "a target (a number or a change)",
					 g->comparator == GC_BETWEEN ? "\"and\" and the upper end of the range"
					 : "\"by\" or \"in\" and the deadline", &t))
		return false;
	g->kind = t.kind;
	g->basis = t.basis;
	put(g, GS_TARGET, t.value);
	if (g->comparator == GC_BETWEEN)
	{
		skip_blanks(c);
		if (!take_word(c, "and"))
			return fail_expected(c, "\"and\" and the upper end of the range");
		if (!read_target(c, "the upper end of the range",
						 "\"by\" or \"in\" and the deadline", &u))
			return false;
		if ((t.kind == 0) != (u.kind == 0) || (t.kind != 0 && t.kind != u.kind))
			return fail(c, GOAL_BAD_SYNTAX,
						"Both ends of \"between\" must be levels, or changes of the same kind.");
		if (t.basis != MB_NONE && u.basis != MB_NONE && t.basis != u.basis)
			return fail(c, GOAL_BAD_SYNTAX,
						"The ends of \"between\" have different bases (%s and %s).",
						md_basis_name(t.basis), md_basis_name(u.basis));
		if (md_cmp_decimal(t.value, u.value) > 0)
			return fail(c, GOAL_BAD_SYNTAX,
						"The lower end of \"between\" is above the upper end.");
		g->basis = t.basis != MB_NONE ? t.basis : u.basis;
		put(g, GS_UPPER, u.value);
	}
	skip_blanks(c);
	if (at_tolerance(c, c->pos))
	{
		MdDecimal	tol;

		if (g->comparator != GC_APPROX)
			return fail(c, GOAL_BAD_SYNTAX, "A tolerance (\xC2\xB1) is allowed only after \"~\".");
		c->pos += at(c, c->pos, "+/-") ? 3 : 2;
		skip_blanks(c);
		if (!read_plain(c, target_end(c), "The tolerance", &tol))
			return false;
		if (tol.coef < 0)
			return fail(c, GOAL_BAD_SYNTAX, "The tolerance must not be negative.");
		g->flags |= GF_TOLERANCE;
		put(g, GS_TOL, tol);
	}
	else if (g->comparator == GC_APPROX)
		put(g, GS_TARGET, as_stated(t.value, t.decimals));
	return true;
}

static bool
read_baseline(Cursor *c, PolicyGoal *g)
{
	size_t		save;
	size_t		end;

	skip_blanks(c);
	if (!take_word(c, "from"))
		return true;
	skip_blanks(c);
	save = c->pos;
	end = token_end(c);
	c->pos = end;
	skip_blanks(c);
	if (take_word(c, "in"))
	{
		MdDecimal	v;
		size_t		after = c->pos;

		c->pos = save;
		if (!read_plain(c, end, "The baseline value", &v))
			return false;
		c->pos = after;
		put(g, GS_BASE, v);
		g->flags |= GF_BASE_VALUE;
	}
	else
	{
		MetricDelta d;
		int64_t		p;

		c->pos = save;
		if (!period_parse(c->s + save, end - save, false, &p, NULL) &&
			md_parse_part(c->s, save, end, &d, NULL))
			return fail(c, GOAL_BAD_SYNTAX,
						"A baseline value needs its period: \"from %.*s in PERIOD\".",
						text_clip(c->s + save, end - save, 40), c->s + save);
	}
	if (!read_period(c, "baseline period", &g->base_period))
		return false;
	g->flags |= GF_BASE_PERIOD;
	return true;
}

/* What the grammar cannot say: the rules of doc/policy_goal.md. */
static bool
check_rules(Cursor *c, const PolicyGoal *g)
{
	bool		has_base = (g->flags & GF_BASE_PERIOD) != 0;

	if (g->kind != 0 && g->basis == MB_BASE)
		return fail(c, GOAL_BAD_SYNTAX,
					"A goal's change cannot have the basis \"base\"; a change over the baseline is \"cum\".");
	if (goal_over_baseline(g) && !has_base)
		return fail(c, GOAL_BAD_SYNTAX,
					"A change over the baseline (%s) needs one: add \"from PERIOD\".",
					md_basis_name(g->basis));
	if (g->kind != 0 && !goal_over_baseline(g) && has_base)
		return fail(c, GOAL_BAD_SYNTAX,
					"A change within one period (%s) takes no baseline: remove \"from\".",
					g->basis == MB_NONE ? "no basis" : md_basis_name(g->basis));
	if (has_base && period_unpack(g->base_period).last >= period_unpack(g->deadline).last)
	{
		char		b[PERIOD_MAXLEN],
					d[PERIOD_MAXLEN];

		period_format(g->base_period, b);
		period_format(g->deadline, d);
		return fail(c, GOAL_BAD_SYNTAX,
					"The baseline period (%s) must end before the deadline (%s) ends.", b, d);
	}
	return true;
}

bool
goal_parse(const char *s, size_t len, PolicyGoal *out, GoalError *err)
{
	Cursor		c = {s, len, 0, err};

	memset(out, 0, sizeof(*out));
	out->version = GOAL_VERSION;
	if (!read_comparator(&c, out) || !read_targets(&c, out))
		return false;
	skip_blanks(&c);
	if (take_word(&c, "by"))
		out->flags |= GF_BY;
	else if (!take_word(&c, "in"))
		return fail_expected(&c, "\"by\" or \"in\" and the deadline");
	if (!read_period(&c, "deadline", &out->deadline) || !read_baseline(&c, out))
		return false;
	skip_blanks(&c);
	if (c.pos < c.len)
		return fail_expected(&c, "the end of the input");
	return check_rules(&c, out);
}

/* --- output ------------------------------------------------------------ */

static int
format_target(const PolicyGoal *g, int slot, bool with_basis, char *buf)
{
	MdDecimal	v = goal_decimal(g, slot);
	MetricDelta d;
	int			n;

	if (g->kind != 0)
	{
		memset(&d, 0, sizeof(d));
		d.coef = v.coef;
		d.exp = v.exp;
		d.kind = g->kind;
		d.basis = with_basis ? g->basis : MB_NONE;
		return md_format(&d, buf);
	}
	if (v.coef < 0)
	{
		n = sprintf(buf, "level ");
		return n + md_format_decimal(v, buf + n);
	}
	n = md_format_decimal(v, buf);
	memmove(buf, buf + 1, n);	/* drop the "+": an unsigned number is a level */
	return n - 1;
}

static int
format_unsigned(MdDecimal v, char *buf)
{
	int			n = md_format_decimal(v, buf);

	memmove(buf, buf + 1, n);
	return n - 1;
}

int
goal_format(const PolicyGoal *g, char *buf)
{
	int			n = sprintf(buf, "%s ", goal_comparator_name(g->comparator));

	if (g->comparator == GC_BETWEEN)
	{
		n += format_target(g, GS_TARGET, true, buf + n);
		n += sprintf(buf + n, " and ");
		n += format_target(g, GS_UPPER, true, buf + n);
	}
	else
		n += format_target(g, GS_TARGET, true, buf + n);
	if (g->flags & GF_TOLERANCE)
	{
		n += sprintf(buf + n, " +/-");
		n += format_unsigned(goal_decimal(g, GS_TOL), buf + n);
	}
	n += sprintf(buf + n, (g->flags & GF_BY) ? " by " : " in ");
	n += period_format(g->deadline, buf + n);
	if (g->flags & GF_BASE_PERIOD)
	{
		n += sprintf(buf + n, " from ");
		if (g->flags & GF_BASE_VALUE)
		{
			MdDecimal	v = goal_decimal(g, GS_BASE);

			n += v.coef < 0 ? md_format_decimal(v, buf + n) : format_unsigned(v, buf + n);
			n += sprintf(buf + n, " in ");
		}
		n += period_format(g->base_period, buf + n);
	}
	buf[n] = '\0';
	return n;
}

/* --- the value --------------------------------------------------------- */

MdDecimal
goal_tolerance(const PolicyGoal *g)
{
	MdDecimal	t = goal_decimal(g, GS_TARGET);

	if (g->flags & GF_TOLERANCE)
		return goal_decimal(g, GS_TOL);
	/* half a unit of the last stated digit: 5 × 10^(exp-1) */
	t.coef = 5;
	t.exp = (int16_t) (t.exp - 1);
	return t;
}

static bool
decimal_ok(MdDecimal v, bool as_stated_ok)
{
	MdDecimal	n;

	if (v.coef <= -1000000000000000000LL || v.coef >= 1000000000000000000LL ||
		v.exp < MD_MIN_EXP || v.exp > MD_MAX_EXP ||
		md_canonical(v, &n) != MD_OK)
		return false;
	if (n.coef == v.coef && n.exp == v.exp)
		return true;
	/* a stated "5.0": the same value with more digits after the point */
	return as_stated_ok && v.exp < 0 && v.exp < n.exp;
}

static bool
unused_zero(const PolicyGoal *g, int slot)
{
	return g->coef[slot] == 0 && g->exp[slot] == 0;
}

/* What recv accepts: exactly what goal_parse can produce. */
bool
goal_valid(const PolicyGoal *g)
{
	size_t		i;
	bool		stated = g->comparator == GC_APPROX && !(g->flags & GF_TOLERANCE);
	bool		between = g->comparator == GC_BETWEEN;

	if (g->version != GOAL_VERSION || g->comparator < GC_GE ||
		g->comparator > GC_BETWEEN || (g->flags & ~GF_ALL) != 0 ||
		g->kind > MK_ABSOLUTE || g->basis > MB_LAST ||
		(g->kind == 0 && g->basis != MB_NONE))
		return false;
	for (i = 0; i < sizeof(g->reserved); i++)
		if (g->reserved[i] != 0)
			return false;
	if (!period_valid(g->deadline) ||
		((g->flags & GF_BASE_PERIOD) ? !period_valid(g->base_period) : g->base_period != 0) ||
		((g->flags & GF_BASE_VALUE) && !(g->flags & GF_BASE_PERIOD)) ||
		((g->flags & GF_TOLERANCE) && g->comparator != GC_APPROX))
		return false;
	if (!decimal_ok(goal_decimal(g, GS_TARGET), stated) ||
		(between ? !decimal_ok(goal_decimal(g, GS_UPPER), false) ||
		 md_cmp_decimal(goal_decimal(g, GS_TARGET), goal_decimal(g, GS_UPPER)) > 0
		 : !unused_zero(g, GS_UPPER)) ||
		((g->flags & GF_TOLERANCE) ? !decimal_ok(goal_decimal(g, GS_TOL), false) ||
		 g->coef[GS_TOL] < 0 : !unused_zero(g, GS_TOL)) ||
		((g->flags & GF_BASE_VALUE) ? !decimal_ok(goal_decimal(g, GS_BASE), false)
		 : !unused_zero(g, GS_BASE)))
		return false;
	return check_rules(&(Cursor) {"", 0, 0, NULL}, g);
}

static int
cmp_i64(int64_t a, int64_t b)
{
	return (a > b) - (a < b);
}

/* Value first, then the stated digits ("~ 5%" before "~ 5.0%"). */
static int
cmp_slot(const PolicyGoal *a, const PolicyGoal *b, int slot)
{
	int			r = md_cmp_decimal(goal_decimal(a, slot), goal_decimal(b, slot));

	return r != 0 ? r : -cmp_i64(a->exp[slot], b->exp[slot]);
}

/*
 * Deadline, comparator, kind, basis, target, upper end, the tolerance in
 * force (explicit or implied), flags, baseline; last the stated digits, so
 * that only equal bytes compare equal.
 */
int
goal_cmp(const PolicyGoal *a, const PolicyGoal *b)
{
	int			r;

	if ((r = cmp_i64(a->deadline, b->deadline)) != 0 ||
		(r = cmp_i64(a->comparator, b->comparator)) != 0 ||
		(r = cmp_i64(a->kind, b->kind)) != 0 ||
		(r = cmp_i64(a->basis, b->basis)) != 0 ||
		(r = md_cmp_decimal(goal_decimal(a, GS_TARGET), goal_decimal(b, GS_TARGET))) != 0 ||
		(r = cmp_slot(a, b, GS_UPPER)) != 0 ||
		(a->comparator == GC_APPROX &&
		 (r = md_cmp_decimal(goal_tolerance(a), goal_tolerance(b))) != 0) ||
		(r = cmp_i64(a->flags, b->flags)) != 0 ||
		(r = cmp_i64(a->base_period, b->base_period)) != 0 ||
		(r = cmp_slot(a, b, GS_BASE)) != 0 ||
		(r = cmp_slot(a, b, GS_TOL)) != 0)
		return r;
	return -cmp_i64(a->exp[GS_TARGET], b->exp[GS_TARGET]);
}
