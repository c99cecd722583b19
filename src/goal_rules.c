/*
 * goal_rules.c — how a policy_goal is scored: what value meets it, how far
 * a series has come, and the verdict of each method (doc/policy_goal.md,
 * "Scoring").  Plain C, no postgres.h, like the parsers: the rules can be
 * driven outside the server.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy_goal.h"

static const char *const state_names[GS_NSTATES] = {
	"achieved", "on_track", "behind", "off_track", "regressing", "missed",
	"insufficient_data"
};

const char *
goal_state_name(GoalState s)
{
	return state_names[s];
}

bool
goal_method_from_text(const char *s, size_t len, GoalMethod *out)
{
	static const char *const names[] = {"statcan", "unsd", "prorata"};
	int			m;
	size_t		i;

	for (m = 0; m < 3; m++)
	{
		if (strlen(names[m]) != len)
			continue;
		for (i = 0; i < len && (s[i] | 0x20) == names[m][i]; i++)
			;
		if (i == len)
		{
			*out = (GoalMethod) m;
			return true;
		}
	}
	return false;
}

/* --- numbers as text, without printf ----------------------------------- */

/*
 * goal_track's final function runs once per series: libc's printf and
 * strtod cost more than the verdict itself (doc/benchmarks.md).  These give
 * the same bytes and the same doubles, by exact arithmetic where it is
 * cheap, and fall back to libc where it is not.
 */

/* 10^0 .. 10^22: every one is a double exactly. */
static const double exact_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

#define EXACT_INT 9007199254740992.0	/* 2^53: every integer below is a double */

/*
 * The double nearest a decimal.  With |coef| < 2^53 and |exp| <= 22 both
 * operands are exact and one IEEE operation rounds once, as strtod does.
 */
static double
dec_double(MdDecimal v)
{
	double		c = (double) v.coef;

	if (fabs(c) < EXACT_INT && v.exp >= -22 && v.exp <= 22)
		return v.exp >= 0 ? c * exact_pow10[v.exp] : c / exact_pow10[-v.exp];
	return md_decimal_double(v);
}

/* The digits of u, written at o; the end. */
static char *
put_uint(char *o, uint64_t u)
{
	char		tmp[24];
	int			n = 0;

	do
		tmp[n++] = (char) ('0' + u % 10);
	while ((u /= 10) != 0);
	while (n > 0)
		*o++ = tmp[--n];
	*o = '\0';
	return o;
}

/*
 * x as "%.*f" (with plus, "%+.*f") writes it, for 0 <= dec <= 3; the end.
 * x·10^dec is rounded to an integer half to even, as glibc rounds the
 * exact binary value: the product's rounding error (exact, by fma) decides
 * when the rounded product is a tie.
 */
static char *
put_fixed(char *o, double x, int dec, bool plus)
{
	double		p = x * exact_pow10[dec],
				n,
				err;
	uint64_t	u,
				scale = (uint64_t) exact_pow10[dec];

	if (!(fabs(p) < EXACT_INT / 2))
		return o + sprintf(o, plus ? "%+.*f" : "%.*f", dec, x);
	err = fma(x, exact_pow10[dec], -p);
	n = rint(p);
	if (fabs(p - trunc(p)) == 0.5 && err != 0)
		n = err > 0 ? ceil(p) : floor(p);
	if (signbit(x))
		*o++ = '-';
	else if (plus)
		*o++ = '+';
	u = (uint64_t) fabs(n);
	o = put_uint(o, u / scale);
	if (dec > 0)
	{
		uint64_t	frac = u % scale;
		int			k;

		*o++ = '.';
		for (k = dec - 1; k >= 0; k--)
		{
			o[k] = (char) ('0' + frac % 10);
			frac /= 10;
		}
		o += dec;
		*o = '\0';
	}
	return o;
}

/*
 * The shortest of "%.15g", "%.16g", "%.17g" that reads back as x.  When x
 * is the nearest double of a decimal d (here: its shortest, which
 * observations carry) with at most 15 digits, "%.15g" rounds x to d's
 * digits (x is within half an ulp of d, far less than half a unit of the
 * 15th digit) and reads back; written without an exponent when d's first
 * digit is at 10^-4 .. 10^14.  Anything else goes to libc.
 */
static void
put_shortest(char *o, size_t size, double x, MdDecimal d)
{
	int64_t		c;
	uint64_t	u;
	char		digits[24];
	int			nd,
				lead,
				k;

	d = md_normalize(d);
	c = d.coef;
	u = c < 0 ? -(uint64_t) c : (uint64_t) c;
	if (c == 0 || u >= 1000000000000000ULL || d.exp < -22 || d.exp > 22 ||
		dec_double(d) != x)
	{
		for (k = 15; k < 17; k++)
		{
			snprintf(o, size, "%.*g", k, x);
			if (strtod(o, NULL) == x)
				return;
		}
		snprintf(o, size, "%.17g", x);
		return;
	}
	nd = (int) (put_uint(digits, u) - digits);
	lead = nd - 1 + d.exp;		/* the exponent of the first digit */
	if (lead < -4 || lead >= 15)
	{
		snprintf(o, size, "%.15g", x);
		return;
	}
	if (c < 0)
		*o++ = '-';
	if (d.exp >= 0)
	{
		memcpy(o, digits, nd);
		memset(o + nd, '0', d.exp);
		o[nd + d.exp] = '\0';
	}
	else if (nd + d.exp > 0)
	{
		memcpy(o, digits, nd + d.exp);
		o[nd + d.exp] = '.';
		memcpy(o + nd + d.exp + 1, digits + nd + d.exp, -d.exp);
		o[nd + 1] = '\0';
	}
	else
	{
		*o++ = '0';
		*o++ = '.';
		memset(o, '0', -(nd + d.exp));
		o += -(nd + d.exp);
		memcpy(o, digits, nd);
		o[nd] = '\0';
	}
}

/* --- time -------------------------------------------------------------- */

/* The end of period p in years: the end of 2020 is 2021.0, of 2020-06 2020.5. */
double
goal_year_position(int64_t p)
{
	int			y,
				m,
				d;
	int32_t		last = period_unpack(p).last;
	int32_t		month_start,
				next_month;

	period_civil_from_days(last, &y, &m, &d);
	month_start = period_days_from_civil(y, m, 1);
	next_month = m == 12 ? period_days_from_civil(y + 1, 1, 1)
		: period_days_from_civil(y, m + 1, 1);
	return y + (m - 1 + (double) d / (next_month - month_start)) / 12.0;
}

double
goal_years_between(int64_t a, int64_t b)
{
	return goal_year_position(b) - goal_year_position(a);
}

/* --- the value to reach ------------------------------------------------- */

/*
 * a + sign·b, exactly in 128 bits, then to 18 significant digits (the
 * target is on that grid, so rounding never moves an end past it).
 */
static MdDecimal
dec_add(MdDecimal a, MdDecimal b, int sign)
{
	int			e = a.exp < b.exp ? a.exp : b.exp;
	__int128	x = a.coef,
				y = b.coef,
				sum;
	int			k;
	MdDecimal	out;

	if (a.exp - e > 18 || b.exp - e > 18)
		return a;				/* b is below a's last digit by far: a itself */
	for (k = 0; k < a.exp - e; k++)
		x *= 10;
	for (k = 0; k < b.exp - e; k++)
		y *= 10;
	sum = x + sign * y;
	if (md_round_u128(sum < 0, sum < 0 ? -(unsigned __int128) sum : (unsigned __int128) sum,
					  e, MD_MAX_DIGITS, &out) != MD_OK)
		return a;
	return out;
}

/* The level a change over the baseline leads to (doc: "measured on"). */
static double
level_after(const PolicyGoal *g, double base, double years, double change)
{
	if (g->kind != MK_PERCENT)
		return base + (g->basis == MB_PA ? change * years : change);
	if (g->basis == MB_PA)
		return base * pow(1 + change / 100, years);
	return base * (1 + change / 100);
}

static void
set_bounds(GoalRange *r, GoalComparator c, double lo, double hi)
{
	r->has_lo = c != GC_LE && c != GC_LT;
	r->has_hi = c != GC_GE && c != GC_GT;
	r->lo_strict = c == GC_GT;
	r->hi_strict = c == GC_LT;
	r->lo_d = lo;
	r->hi_d = hi;
}

/* The ends of the accepted range, as decimals of the stated target. */
static void
stated_bounds(const PolicyGoal *g, MdDecimal *lo, MdDecimal *hi)
{
	MdDecimal	t = goal_decimal(g, GS_TARGET);

	*lo = *hi = t;
	if (g->comparator == GC_BETWEEN)
		*hi = goal_decimal(g, GS_UPPER);
	else if (g->comparator == GC_APPROX)
	{
		*lo = dec_add(t, goal_tolerance(g), -1);
		*hi = dec_add(t, goal_tolerance(g), +1);
	}
}

/* The range of the target as stated: exact decimals. */
void
goal_stated_range(const PolicyGoal *g, GoalRange *r)
{
	memset(r, 0, sizeof(*r));
	stated_bounds(g, &r->lo, &r->hi);
	r->exact = true;
	set_bounds(r, (GoalComparator) g->comparator,
			   dec_double(r->lo), dec_double(r->hi));
	r->target = dec_double(goal_decimal(g, GS_TARGET));
}

/* For pa and cum: the levels the stated changes lead to from the baseline. */
static bool
level_range(const PolicyGoal *g, const GoalObs *base, GoalRange *r)
{
	GoalComparator c = (GoalComparator) g->comparator;
	double		years = goal_years_between(base->period, g->deadline);
	double		lo = level_after(g, base->value, years, r->lo_d),
				hi = level_after(g, base->value, years, r->hi_d);

	r->target = level_after(g, base->value, years, r->target);
	r->exact = false;
	if (lo > hi)
	{
		double		swap = lo;	/* a negative baseline turns the range over */

		lo = hi;
		hi = swap;
		c = c == GC_GE ? GC_LE : c == GC_GT ? GC_LT :
			c == GC_LE ? GC_GE : c == GC_LT ? GC_GT : c;
	}
	set_bounds(r, c, lo, hi);
	return isfinite(lo) && isfinite(hi) && isfinite(r->target);
}

/*
 * The range a value must be in, and G, the target as one value (for
 * "between", the end nearer the baseline).  False when a pa/cum goal has
 * no baseline to turn its change into a level.
 */
bool
goal_range(const PolicyGoal *g, const GoalObs *base, GoalRange *r)
{
	goal_stated_range(g, r);
	if (goal_over_baseline(g) && (base == NULL || !level_range(g, base, r)))
		return false;
	if (g->comparator == GC_BETWEEN && base != NULL)
		r->target = base->value > r->hi_d ? r->hi_d : r->lo_d;
	return true;
}

/* clo, chi: the value compared with the low and the high end. */
bool
goal_range_admits(const GoalRange *r, int clo, int chi)
{
	if (r->has_lo && (clo < 0 || (clo == 0 && r->lo_strict)))
		return false;
	if (r->has_hi && (chi > 0 || (chi == 0 && r->hi_strict)))
		return false;
	return true;
}

bool
goal_range_met(const GoalRange *r, MdDecimal v, double vd)
{
	if (r->exact)
		return goal_range_admits(r, md_cmp_decimal(v, r->lo), md_cmp_decimal(v, r->hi));
	return goal_range_admits(r, (vd > r->lo_d) - (vd < r->lo_d),
							 (vd > r->hi_d) - (vd < r->hi_d));
}

/* --- distances ---------------------------------------------------------- */

static bool
two_sided(const PolicyGoal *g)
{
	return g->comparator == GC_EQ || g->comparator == GC_APPROX ||
		g->comparator == GC_BETWEEN;
}

/* d: +1 towards a higher value, -1 towards a lower one, 0 when there is no way. */
static int
direction(const GoalRange *r, double base)
{
	if (r->has_lo && !r->has_hi)
		return 1;
	if (r->has_hi && !r->has_lo)
		return -1;
	return (r->target > base) - (r->target < base);
}

/*
 * d·(v − v_b)/|G − v_b|; undefined when there is no way to go: G = v_b, or
 * a two-sided goal that the baseline already met.
 */
double
goal_progress_of(const PolicyGoal *g, const GoalRange *r, const GoalObs *base,
				 double current, bool *defined)
{
	int			d = direction(r, base->value);
	double		p;

	*defined = r->target != base->value && d != 0 &&
		!(two_sided(g) && goal_range_met(r, base->exact, base->value));
	if (!*defined)
		return 0;
	p = d * (current - base->value) / fabs(r->target - base->value);
	*defined = isfinite(p);
	return p;
}

bool
goal_required_pace_of(const GoalRange *r, int64_t deadline, int64_t cur_period,
					  double current, double *pct)
{
	double		years = goal_years_between(cur_period, deadline);
	double		ratio = current != 0 ? r->target / current : 0;

	if (years <= 0 || ratio <= 0)
		return false;
	*pct = (pow(ratio, 1 / years) - 1) * 100;
	return isfinite(*pct) && fabs(*pct) < 1e15;	/* a pace, not an overflow */
}

MdDecimal
goal_pace_decimal(double pct)
{
	char		buf[64];
	MdDecimal	out = {0, 0};

	put_fixed(buf, pct, 2, false);
	if (md_decimal_from_text(buf, MD_MAX_DIGITS, &out) != MD_OK)
		out.coef = 0, out.exp = 0;
	return out;
}

/* --- the verdict -------------------------------------------------------- */

static void say(GoalAssessment *a, GoalState s, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static void
say(GoalAssessment *a, GoalState s, const char *fmt,...)
{
	va_list		ap;
	const char *f = fmt;
	char	   *o = a->reason,
			   *end = a->reason + sizeof(a->reason) - 1;

	a->status = s;
	va_start(ap, fmt);
	while ((f = strchr(f, '%')) != NULL && f[1] == 's')
		f += 2;
	if (f != NULL)
		vsnprintf(a->reason, sizeof(a->reason), fmt, ap);
	else
	{
		/* only %s: the same bytes as vsnprintf, by concatenation */
		for (f = fmt; *f && o < end; f++)
		{
			const char *x;

			if (*f != '%')
			{
				*o++ = *f;
				continue;
			}
			for (x = va_arg(ap, const char *); *x && o < end;)
				*o++ = *x++;
			f++;
		}
		*o = '\0';
	}
	va_end(ap);
}

/* Short text of a value and a period, for reasons. */
typedef struct Said
{
	char		v[32];
	char		p[PERIOD_MAXLEN];
} Said;

static Said
said(const GoalObs *o)
{
	Said		s;

	/* the shortest text that reads back as the value, as PostgreSQL prints it */
	put_shortest(s.v, sizeof(s.v), o->value, o->exact);
	period_format(o->period, s.p);
	return s;
}

static int
sign(double x)
{
	return (x > 0) - (x < 0);
}

/* "in P": the figure for P decides; a year-to-date figure inside it is provisional. */
static void
assess_in(const PolicyGoal *g, GoalAssessment *a)
{
	PeriodParts dl = period_unpack(g->deadline),
				lp = period_unpack(a->latest.period);
	Said		l = said(&a->latest);
	char		dp[PERIOD_MAXLEN];

	period_format(g->deadline, dp);
	if (lp.first == dl.first && lp.last == dl.last)
		say(a, a->met ? GS_ACHIEVED : GS_MISSED, "the figure for %s, %s, %s the target",
			dp, l.v, a->met ? "meets" : "does not meet");
	else if (lp.first == dl.first && lp.last < dl.last)
		say(a, a->met ? GS_ON_TRACK : GS_BEHIND,
			"provisional: the figure for %s so far (%s), %s, %s the target",
			dp, l.p, l.v, a->met ? "meets" : "does not yet meet");
	else if (lp.last < dl.first)
		say(a, GS_INSUFFICIENT, "no figure for %s yet (the latest is for %s)", dp, l.p);
	else
		say(a, GS_INSUFFICIENT, "the observation for %s is not a figure for %s", l.p, dp);
}

/* Why CAGR-based methods cannot speak, or NULL. */
static const char *
undefined_growth(double vb, double vt, double G, bool need_target)
{
	if (vb == 0)
		return "the baseline value is zero: growth rates are undefined";
	if (vt == 0)
		return "the latest value is zero: growth rates are undefined";
	if (sign(vt) != sign(vb))
		return "the value changed sign between the baseline and the latest observation";
	if (need_target && G == 0)
		return "the target is zero: the required growth rate is undefined";
	if (need_target && sign(G) != sign(vb))
		return "the target and the baseline have different signs";
	return NULL;
}

typedef struct Span
{
	double		b,
				t,
				T;				/* ends, in years */
	double		vb,
				vt,
				G;
	int			d;
} Span;

static void
band(GoalAssessment *a, double x, double on, double behind, const char *what)
{
	GoalState	s = x >= on ? GS_ON_TRACK : x >= behind ? GS_BEHIND :
		x >= 0 ? GS_OFF_TRACK : GS_REGRESSING;

	a->has_ratio = true;
	a->ratio = x;
	say(a, s, "%s", what);
}

static void
method_statcan(const Span *s, GoalAssessment *a)
{
	const char *why = undefined_growth(s->vb, s->vt, s->G, true);
	double		obs,
				req,
				r;
	char		what[1200],	/* room for three %f of the largest doubles */
			   *o;

	if (why)
	{
		say(a, GS_INSUFFICIENT, "%s", why);
		return;
	}
	obs = pow(s->vt / s->vb, 1 / (s->t - s->b)) - 1;
	req = pow(s->G / s->vb, 1 / (s->T - s->b)) - 1;
	r = (s->vb < 0 ? -1 : 1) * s->d * obs / fabs(req);
	if (req == 0 || !isfinite(obs) || !isfinite(r))
	{
		say(a, GS_INSUFFICIENT, "the growth rates are out of double precision's range (observed %g, required %g)",
			obs, req);
		return;
	}
	o = stpcpy(what, "statcan: R = ");
	o = put_fixed(o, r, 3, false);
	o = stpcpy(o, " (growth ");
	o = put_fixed(o, obs * 100, 2, true);
	o = stpcpy(o, "% pa observed, ");
	o = put_fixed(o, req * 100, 2, true);
	stpcpy(o, "% pa required from the baseline)");
	what[127] = '\0';			/* as long as it always was */
	band(a, r, 0.95, 0.60, what);
}

static void
method_unsd(const Span *s, GoalAssessment *a)
{
	char		what[128];
	double		p;

	p = s->d * (a->projected - s->vb) / fabs(s->G - s->vb);
	if (!isfinite(p))
	{
		say(a, GS_INSUFFICIENT, "the projection is out of double precision's range");
		return;
	}
	snprintf(what, sizeof(what), fabs(a->projected) >= 100
			 ? "unsd: P = %.3f (projected %.0f at the deadline)"
			 : "unsd: P = %.3f (projected %.3g at the deadline)", p, a->projected);
	band(a, p, 0.95, 0.10, what);
}

static void
method_prorata(const PolicyGoal *g, const Span *s, GoalAssessment *a)
{
	double		tau = (s->t - s->b) / (s->T - s->b);
	double		c;
	GoalState	st;

	if (g->kind == MK_PERCENT && g->basis == MB_PA)
	{
		const char *why = undefined_growth(s->vb, s->vt, s->G, true);

		if (why)
		{
			say(a, GS_INSUFFICIENT, "%s", why);
			return;
		}
		/* s = -1 for a negative baseline, as in statcan */
		c = (s->vb < 0 ? -1 : 1) * s->d * log(s->vt / s->vb) / fabs(log(s->G / s->vb));
	}
	else
		c = s->d * (s->vt - s->vb) / fabs(s->G - s->vb);
	if (!isfinite(c))
	{
		say(a, GS_INSUFFICIENT, "the progress is out of double precision's range");
		return;
	}
	st = c >= tau ? GS_ON_TRACK : c > 0 ? GS_BEHIND :
		c == 0 ? GS_OFF_TRACK : GS_REGRESSING;
	a->has_ratio = true;
	a->ratio = c;
	say(a, st, "prorata: C = %.3f of the way with %.3f of the time gone", c, tau);
}

/* Observed growth, the projection and the pace still needed. */
static void
paces(const PolicyGoal *g, const GoalRange *r, const Span *s, GoalAssessment *a)
{
	double		req;

	if (a->has_base && s->t > s->b && s->vb != 0 && sign(s->vt) == sign(s->vb))
	{
		double		cagr = pow(s->vt / s->vb, 1 / (s->t - s->b)) - 1;

		a->observed_pace = cagr * 100;
		a->has_observed = isfinite(a->observed_pace) && fabs(a->observed_pace) < 1e15;
		if (a->has_observed && s->T >= s->t)
		{
			a->projected = s->vt * pow(1 + cagr, s->T - s->t);
			a->has_projected = isfinite(a->projected);
		}
	}
	if (goal_required_pace_of(r, g->deadline, a->latest.period, s->vt, &req))
	{
		a->has_required = true;
		a->required_pace = req;
	}
}

static void
assess_by(const PolicyGoal *g, const GoalRange *r, GoalMethod m, GoalAssessment *a)
{
	Span		s = {0};
	Said		l = said(&a->latest);
	char		dp[PERIOD_MAXLEN];

	s.t = goal_year_position(a->latest.period);
	s.T = goal_year_position(g->deadline);
	s.vt = a->latest.value;
	s.G = r->target;
	if (a->has_base)
	{
		s.b = goal_year_position(a->base.period);
		s.vb = a->base.value;
		s.d = direction(r, s.vb);
	}
	paces(g, r, &s, a);
	period_format(g->deadline, dp);
	if (a->met)
	{
		a->has_required = false;
		say(a, GS_ACHIEVED, "the latest value, %s in %s, meets the target", l.v, l.p);
		return;
	}
	if (s.t >= s.T)
	{
		a->has_required = false;
		say(a, GS_MISSED, "the deadline %s is reached and the latest value, %s in %s, does not meet the target",
			dp, l.v, l.p);
		return;
	}
	if (!a->has_base && (g->flags & GF_BASE_PERIOD))
	{
		char		bp[PERIOD_MAXLEN];

		period_format(g->base_period, bp);
		say(a, GS_INSUFFICIENT, "no observation for the baseline period %s or after it", bp);
		return;
	}
	if (!a->has_base)
	{
		say(a, GS_INSUFFICIENT, "no baseline: only achieved or missed can be said");
		return;
	}
	if (s.t <= s.b)
	{
		say(a, GS_INSUFFICIENT, "the latest observation (%s) does not end after the baseline", l.p);
		return;
	}
	if (s.G == s.vb || s.d == 0 ||
		(two_sided(g) && goal_range_met(r, a->base.exact, a->base.value)))
	{
		say(a, GS_REGRESSING, "the baseline value was already at the target and the latest value, %s, does not meet it", l.v);
		return;
	}
	if (two_sided(g) && ((s.d > 0 && s.vt > r->hi_d) || (s.d < 0 && s.vt < r->lo_d)))
	{
		say(a, GS_OFF_TRACK, "the latest value, %s, is past the target range", l.v);
		return;
	}
	if (m == GM_STATCAN)
		method_statcan(&s, a);
	else if (m == GM_UNSD)
	{
		if (!a->has_projected)
		{
			const char *why = undefined_growth(s.vb, s.vt, s.G, false);

			say(a, GS_INSUFFICIENT, "%s",
				why ? why : "the observed growth cannot be carried to the deadline");
		}
		else
			method_unsd(&s, a);
	}
	else
		method_prorata(g, &s, a);
}

/*
 * The verdict on a goal from a baseline (may be NULL) and the latest
 * observation (may be NULL), in the order doc/policy_goal.md gives.
 */
void
goal_assess_obs(const PolicyGoal *g, const GoalObs *base, const GoalObs *latest,
				GoalMethod m, GoalAssessment *a)
{
	GoalRange	r;

	memset(a, 0, sizeof(*a));
	if (base)
		a->base = *base, a->has_base = true;
	if (latest == NULL)
	{
		say(a, GS_INSUFFICIENT, "no observation");
		return;
	}
	a->latest = *latest;
	a->has_latest = true;
	if (!goal_range(g, base, &r))
	{
		say(a, GS_INSUFFICIENT, base == NULL
			? "no baseline value: a %s target is a level only from one"
			: "the %s target leads to no finite level from this baseline",
			md_basis_name(g->basis));
		return;
	}
	a->met = goal_range_met(&r, latest->exact, latest->value);
	a->has_met = true;
	if (base)
		a->progress = goal_progress_of(g, &r, base, latest->value, &a->has_progress);
	if (g->flags & GF_BY)
		assess_by(g, &r, m, a);
	else
		assess_in(g, a);
}

/* --- a series ------------------------------------------------------------ */

/* Time order: by last day, then first day, then frequency. */
static int
cmp_end(int64_t a, int64_t b)
{
	PeriodParts pa = period_unpack(a),
				pb = period_unpack(b);

	if (pa.last != pb.last)
		return pa.last < pb.last ? -1 : 1;
	if (pa.first != pb.first)
		return pa.first < pb.first ? -1 : 1;
	return (pa.freq > pb.freq) - (pa.freq < pb.freq);
}

/* Is a better than b for the slot?  Negative: yes. */
static int
slot_order(GoalSlot slot, int64_t a, int64_t b)
{
	PeriodParts pa = period_unpack(a),
				pb = period_unpack(b);

	switch (slot)
	{
		case GC_LATEST:
			/* ends last; of two that end together, the longer */
			if (pa.last != pb.last)
				return pa.last > pb.last ? -1 : 1;
			return cmp_end(a, b);
		case GC_INSIDE_DEADLINE:
			return -cmp_end(a, b);
		default:
			return cmp_end(a, b);
	}
}

static bool
same_days(int64_t a, int64_t b)
{
	PeriodParts pa = period_unpack(a),
				pb = period_unpack(b);

	return pa.first == pb.first && pa.last == pb.last;
}

/* Which slots an observation may fill, for this goal. */
static bool
slot_admits(GoalSlot slot, const PolicyGoal *g, int64_t p)
{
	PeriodParts pp = period_unpack(p),
				dl = period_unpack(g->deadline),
				bp = period_unpack(g->base_period);
	bool		has_base = (g->flags & GF_BASE_PERIOD) != 0;

	switch (slot)
	{
		case GC_FIRST:
		case GC_LATEST:
			return true;
		case GC_AT_BASE:
			return has_base && same_days(p, g->base_period);
		case GC_AFTER_BASE:
			return has_base && pp.last >= bp.last;
		case GC_AT_DEADLINE:
			return same_days(p, g->deadline);
		case GC_INSIDE_DEADLINE:
			return pp.first == dl.first && pp.last < dl.last;
		default:
			return false;
	}
}

static void
offer(GoalCandidate *c, GoalSlot slot, const GoalObs *o, bool conflict)
{
	int			r;

	if (!c->has || (r = slot_order(slot, o->period, c->obs.period)) < 0)
	{
		c->has = true;
		c->conflict = conflict;
		c->obs = *o;
	}
	else if (o->period == c->obs.period)
		c->conflict |= conflict || o->value != c->obs.value;
}

void
goal_series_add(GoalSeries *s, const PolicyGoal *g, int64_t period, double value)
{
	GoalObs		o = {period, value == 0 ? 0 : value, {0, 0}};	/* -0 is 0 */
	int			i;

	/* after the deadline, an observation cannot say whether it was met by then */
	if (period_unpack(period).first > period_unpack(g->deadline).last)
		return;
	offer(&s->slot[GC_FIRST], GC_FIRST, &o, false);
	offer(&s->slot[GC_LATEST], GC_LATEST, &o, false);
	for (i = GC_AT_BASE; i < GC_NSLOTS; i++)
		if (slot_admits((GoalSlot) i, g, period))
			offer(&s->slot[i], (GoalSlot) i, &o, false);
}

void
goal_series_merge(GoalSeries *into, const GoalSeries *from)
{
	int			i;

	for (i = 0; i < GC_NSLOTS; i++)
		if (from->slot[i].has)
			offer(&into->slot[i], (GoalSlot) i, &from->slot[i].obs,
				  from->slot[i].conflict);
}

static const GoalCandidate *
first_of(const GoalSeries *s, GoalSlot a, GoalSlot b)
{
	if (s->slot[a].has)
		return &s->slot[a];
	if (s->slot[b].has)
		return &s->slot[b];
	return NULL;
}

/*
 * The baseline and the observation to score (either may come out NULL);
 * false, with the period, when one of them was given twice with different
 * values.
 */
bool
goal_series_pick(const GoalSeries *s, const PolicyGoal *g,
				 const GoalObs **base, const GoalObs **latest, int64_t *conflict)
{
	const GoalCandidate *b = NULL,
			   *l;

	if (g->flags & GF_BASE_PERIOD)
		b = first_of(s, GC_AT_BASE, GC_AFTER_BASE);
	else if (g->flags & GF_BY)
		b = s->slot[GC_FIRST].has ? &s->slot[GC_FIRST] : NULL;
	l = (g->flags & GF_BY) ? (s->slot[GC_LATEST].has ? &s->slot[GC_LATEST] : NULL)
		: first_of(s, GC_AT_DEADLINE, GC_INSIDE_DEADLINE);
	if (l == NULL && !(g->flags & GF_BY) && s->slot[GC_LATEST].has)
		l = &s->slot[GC_LATEST];
	*base = (b && !(g->flags & GF_BASE_VALUE)) ? &b->obs : NULL;
	*latest = l ? &l->obs : NULL;
	if (*base && b->conflict)
		*conflict = b->obs.period;
	else if (l && l->conflict)
		*conflict = l->obs.period;
	else
		return true;
	return false;
}
