/*
 * period_calendar.c — the proleptic Gregorian and ISO-week calendar behind
 * the period type, and the arithmetic on periods.  Plain C, no postgres.h.
 *
 * Every frequency is a sequence of "units" numbered from 0 at 0001-01-01:
 * months grouped by 12, 6, 4, 3 or 1 (years, halves, trimesters, quarters,
 * months), ISO weeks (0001-01-01 is a Monday, so week 0 is 0001-W01) and
 * days.  A period is a run of units [u1, u2] of one frequency; shifting,
 * differencing and validating are then integer steps on unit numbers.
 */
#include "period.h"

static const int cum_days[13] = {
	0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365
};

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	return cum_days[m] - cum_days[m - 1] + (m == 2 && is_leap(y));
}

static int32_t
days_before_year(int y)
{
	int			p = y - 1;

	return 365 * p + p / 4 - p / 100 + p / 400;
}

int32_t
period_days_from_civil(int y, int m, int d)
{
	return days_before_year(y) + cum_days[m - 1] + (m > 2 && is_leap(y)) + d - 1;
}

/* Days before the first day of month m (1-12) in year y. */
static int
days_before_month(int y, int m)
{
	return cum_days[m - 1] + (m > 2 && is_leap(y));
}

void
period_civil_from_days(int32_t n, int *y, int *m, int *d)
{
	/* Peel whole 400-, 100-, 4- and 1-year cycles; the last day of a long
	 * cycle (31 December of a leap year) would count as a fifth short one. */
	int			q400 = n / 146097,
				r = n % 146097;
	int			q100 = r / 36524 < 4 ? r / 36524 : 3;
	int			q4,
				q1,
				mm;

	r -= q100 * 36524;
	q4 = r / 1461;
	r -= q4 * 1461;
	q1 = r / 365 < 4 ? r / 365 : 3;
	r -= q1 * 365;
	*y = 400 * q400 + 100 * q100 + 4 * q4 + q1 + 1;
	/* r is the day of the year; r / 31 is the month or one before it. */
	mm = r / 31 + 1;
	if (mm < 12 && r >= days_before_month(*y, mm + 1))
		mm++;
	*m = mm;
	*d = r - days_before_month(*y, mm) + 1;
}

bool
period_valid_date(int y, int m, int d)
{
	return y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR &&
		m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Monday of ISO week 1: the week that holds 4 January. */
int32_t
period_iso_week_start(int y, int w)
{
	int32_t		jan4 = period_days_from_civil(y, 1, 4);

	return jan4 - jan4 % 7 + 7 * (w - 1);
}

int
period_iso_weeks_in_year(int y)
{
	return (period_iso_week_start(y + 1, 1) - period_iso_week_start(y, 1)) / 7;
}

void
period_iso_week_of(int32_t day, int *y, int *w)
{
	int			m,
				d;
	int			yy;

	/* The ISO year is the calendar year of the week's Thursday. */
	period_civil_from_days(day - day % 7 + 3, &yy, &m, &d);
	*y = yy;
	*w = (day - period_iso_week_start(yy, 1)) / 7 + 1;
}

/* --- units ------------------------------------------------------------- */

static int
months_per_unit(PeriodFreq f)
{
	switch (f)
	{
		case PF_YEAR:
			return 12;
		case PF_HALF:
			return 6;
		case PF_TRIMESTER:
			return 4;
		case PF_QUARTER:
			return 3;
		case PF_MONTH:
			return 1;
		default:
			return 0;
	}
}

static bool
freq_known(PeriodFreq f)
{
	return f >= PF_DAY && f <= PF_YEAR;
}

int64_t
period_unit_index(PeriodFreq f, int32_t day)
{
	int			y,
				m,
				d;

	if (f == PF_DAY)
		return day;
	if (f == PF_WEEK)
		return day / 7;
	period_civil_from_days(day, &y, &m, &d);
	return ((int64_t) (y - 1) * 12 + (m - 1)) / months_per_unit(f);
}

static int32_t
unit_start(PeriodFreq f, int64_t u)
{
	int64_t		gm;

	if (f == PF_DAY)
		return (int32_t) u;
	if (f == PF_WEEK)
		return (int32_t) (u * 7);
	gm = u * months_per_unit(f);
	return period_days_from_civil((int) (gm / 12) + 1, (int) (gm % 12) + 1, 1);
}

static int32_t
unit_end(PeriodFreq f, int64_t u)
{
	return unit_start(f, u + 1) - 1;
}

/*
 * The last unit of each frequency that still lies in year 9999.  Every
 * parse and shift checks against it, so the calendar works it out once.
 */
static int64_t
max_unit(PeriodFreq f)
{
	static int64_t last[PF_YEAR + 1];

	if (last[PF_DAY] == 0)
	{
		int			g;

		for (g = PF_MONTH; g <= PF_YEAR; g++)
			last[g] = (int64_t) PERIOD_MAX_YEAR * 12 / months_per_unit((PeriodFreq) g) - 1;
		last[PF_WEEK] = period_iso_week_start(PERIOD_MAX_YEAR + 1, 1) / 7 - 1;
		last[PF_DAY] = period_days_from_civil(PERIOD_MAX_YEAR, 12, 31);
	}
	return last[f];
}

static bool
units_ok(PeriodFreq f, int64_t u1, int64_t u2)
{
	return u1 >= 0 && u1 <= u2 && u2 <= max_unit(f);
}

static int64_t
pack_units(PeriodFreq f, int64_t u1, int64_t u2)
{
	return period_pack(f, unit_start(f, u1), unit_end(f, u2));
}

bool
period_valid(int64_t p)
{
	PeriodParts x;
	int64_t		u1,
				u2;

	if (p < 0)
		return false;
	x = period_unpack(p);
	/* Bound the days before the calendar sees them: 9999-W52 ends in 10000. */
	if (!freq_known(x.freq) || x.first > x.last || x.last > 4000000)
		return false;
	u1 = period_unit_index(x.freq, x.first);
	u2 = period_unit_index(x.freq, x.last);
	return units_ok(x.freq, u1, u2) &&
		unit_start(x.freq, u1) == x.first && unit_end(x.freq, u2) == x.last;
}

bool
period_is_span(int64_t p)
{
	PeriodParts x = period_unpack(p);

	return period_unit_index(x.freq, x.first) != period_unit_index(x.freq, x.last);
}

int64_t
period_first_unit(int64_t p)
{
	PeriodParts x = period_unpack(p);

	return period_unit_index(x.freq, x.first);
}

int64_t
period_last_unit(int64_t p)
{
	PeriodParts x = period_unpack(p);

	return period_unit_index(x.freq, x.last);
}

int32_t
period_units(int64_t p)
{
	return (int32_t) (period_last_unit(p) - period_first_unit(p) + 1);
}

/*
 * The single period of frequency f numbered index within year y (1-based:
 * S1, Q3, month 11, week 5, day-of-year 67).  False when out of range.
 */
bool
period_single(PeriodFreq f, int y, int index, int64_t *out)
{
	int64_t		u;

	if (y < PERIOD_MIN_YEAR || y > PERIOD_MAX_YEAR || index < 1)
		return false;
	if (f == PF_DAY)
	{
		if (index > 365 + is_leap(y))
			return false;
		u = days_before_year(y) + index - 1;
	}
	else if (f == PF_WEEK)
	{
		if (index > period_iso_weeks_in_year(y))
			return false;
		u = period_iso_week_start(y, index) / 7;
	}
	else if (freq_known(f))
	{
		if (index > 12 / months_per_unit(f))
			return false;
		u = (int64_t) (y - 1) * (12 / months_per_unit(f)) + index - 1;
	}
	else
		return false;
	if (!units_ok(f, u, u))
		return false;
	*out = pack_units(f, u, u);
	return true;
}

bool
period_of_day(int32_t day, PeriodFreq f, int64_t *out)
{
	int64_t		u;

	if (!freq_known(f) || day < 0 || day > max_unit(PF_DAY))
		return false;
	u = period_unit_index(f, day);
	if (!units_ok(f, u, u))
		return false;
	*out = pack_units(f, u, u);
	return true;
}

/* The span from the start of a to the end of b (same frequency, a first). */
bool
period_make_span(int64_t a, int64_t b, int64_t *out)
{
	PeriodFreq	f = period_freq_of(a);

	if (f != period_freq_of(b) ||
		period_first_unit(a) > period_first_unit(b))
		return false;
	*out = pack_units(f, period_first_unit(a), period_last_unit(b));
	return true;
}

bool
period_shift(int64_t p, int64_t n, int64_t *out)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u1,
				u2;

	/* Any shift larger than the whole calendar is out of range anyway. */
	if (n > 4000000 || n < -4000000)
		return false;
	u1 = period_first_unit(p) + n;
	u2 = period_last_unit(p) + n;
	if (!units_ok(f, u1, u2))
		return false;
	*out = pack_units(f, u1, u2);
	return true;
}

PeriodStatus
period_diff(int64_t a, int64_t b, int32_t *out)
{
	if (period_freq_of(a) != period_freq_of(b))
		return PERIOD_MIXED_FREQ;
	*out = (int32_t) (period_first_unit(a) - period_first_unit(b));
	return PERIOD_OK;
}

/* A day a year earlier; 29 February becomes 28 February, as date - '1 year'. */
static bool
day_year_ago(int32_t day, int32_t *out)
{
	int			y,
				m,
				d;

	period_civil_from_days(day, &y, &m, &d);
	if (y - 1 < PERIOD_MIN_YEAR)
		return false;
	if (m == 2 && d == 29)
		d = 28;
	*out = period_days_from_civil(y - 1, m, d);
	return true;
}

/* The same ISO week number a year earlier; false if that year lacks it. */
static PeriodStatus
week_year_ago(int64_t u, int64_t *out)
{
	int			y,
				w;

	period_iso_week_of((int32_t) (u * 7), &y, &w);
	if (y - 1 < PERIOD_MIN_YEAR)
		return PERIOD_FIELD_RANGE;
	if (w > period_iso_weeks_in_year(y - 1))
		return PERIOD_NO_MATCH;
	*out = period_iso_week_start(y - 1, w) / 7;
	return PERIOD_OK;
}

/*
 * Month-based periods a year earlier: the same months of the previous year.
 * (The same as shifting by a year's units, with a third of the calendar
 * work: yoy() calls this once per row.)
 */
static PeriodStatus
month_units_year_ago(int64_t p, int64_t *out)
{
	PeriodParts x = period_unpack(p);
	int			y1,
				m1,
				d1,
				y2,
				m2,
				d2;

	period_civil_from_days(x.first, &y1, &m1, &d1);
	period_civil_from_days(x.last, &y2, &m2, &d2);
	if (y1 - 1 < PERIOD_MIN_YEAR)
		return PERIOD_FIELD_RANGE;
	*out = period_pack(x.freq, period_days_from_civil(y1 - 1, m1, 1),
					   period_days_from_civil(y2 - 1, m2, days_in_month(y2 - 1, m2)));
	return PERIOD_OK;
}

/*
 * The same period a year earlier.  PERIOD_NO_MATCH: week 53 of a year whose
 * predecessor has 52 weeks has no counterpart (the SQL function gives NULL).
 */
PeriodStatus
period_year_ago(int64_t p, int64_t *out)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u1 = period_first_unit(p),
				u2 = period_last_unit(p);
	PeriodStatus st;

	if (f == PF_DAY)
	{
		int32_t		d1,
					d2;

		if (!day_year_ago((int32_t) u1, &d1) || !day_year_ago((int32_t) u2, &d2))
			return PERIOD_FIELD_RANGE;
		*out = pack_units(f, d1, d2);
		return PERIOD_OK;
	}
	if (f == PF_WEEK)
	{
		if ((st = week_year_ago(u1, &u1)) != PERIOD_OK ||
			(st = week_year_ago(u2, &u2)) != PERIOD_OK)
			return st;
		*out = pack_units(f, u1, u2);
		return PERIOD_OK;
	}
	return month_units_year_ago(p, out);
}

/* From the first unit of the year of p's last unit through that last unit. */
int64_t
period_ytd(int64_t p)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u2 = period_last_unit(p);
	int64_t		u1;
	int			y,
				m,
				d;

	if (f == PF_WEEK)
	{
		int			w;

		period_iso_week_of((int32_t) (u2 * 7), &y, &w);
		u1 = u2 - (w - 1);
	}
	else
	{
		period_civil_from_days(unit_start(f, u2), &y, &m, &d);
		u1 = period_unit_index(f, period_days_from_civil(y, 1, 1));
	}
	return pack_units(f, u1, u2);
}

/*
 * The period of frequency f that holds p.  A week belongs where its Thursday
 * falls in any coarser frequency (the ISO rule for years, applied to months
 * and quarters as well); a day holds no week.
 * PERIOD_MIXED_FREQ when p straddles two periods of f.
 */
PeriodStatus
period_parent(int64_t p, PeriodFreq f, int64_t *out)
{
	PeriodParts x = period_unpack(p);
	int32_t		a1 = x.first,
				a2 = x.last;
	int64_t		pu1,
				pu2;

	if (!freq_known(f))
		return PERIOD_BAD_SYNTAX;
	if (x.freq == PF_WEEK && f != PF_WEEK && f != PF_DAY)
	{
		a1 += 3;
		a2 -= 3;
	}
	pu1 = period_unit_index(f, a1);
	pu2 = period_unit_index(f, a2);
	if (pu1 != pu2)
		return PERIOD_MIXED_FREQ;
	if (!units_ok(f, pu1, pu1))
		return PERIOD_FIELD_RANGE;
	*out = pack_units(f, pu1, pu1);
	return PERIOD_OK;
}

/*
 * The year-to-date span that ends one unit before p ends (2021-01/2021-10
 * for 2021-01/2021-11); false when p ends with its year's first unit.
 */
bool
period_ytd_prior(int64_t p, int64_t *out)
{
	PeriodFreq	f = period_freq_of(p);
	int64_t		u2 = period_last_unit(p);
	int64_t		ytd = period_ytd(p);

	if (period_first_unit(ytd) == u2)
		return false;
	*out = pack_units(f, period_first_unit(ytd), u2 - 1);
	return true;
}
