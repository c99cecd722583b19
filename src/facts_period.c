/*
 * facts_period.c — the period expressions of a sentence, resolved against
 * the publication date: explicit years, months, quarters and halves;
 * cumulative spans ("January to November 2020", "the first 11 months",
 * "前三季度", "1—11月"); relative years ("this year", "the past five
 * years", "明年"); five-year plans ("14th Five-Year Plan", "十四五").
 *
 * The rules (doc/extract_facts.md, "Period rules"): a month, quarter or
 * half with no year is in the year of publication unless it ends after the
 * publication month, then in the year before; "全年" (the whole year) is read
 * the same way as a span ending in December.  An expression after a
 * comparison word ("than last year", "比上年") is a base, not the period.
 */
#include <stdio.h>
#include <string.h>

#include "facts_text.h"

static int
month_at(const FxSent *s, int i)
{
	static const char *const full[] = {"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december", NULL};
	static const char *const abbr[] = {"jan", "feb", "mar", "apr", "", "jun", "jul", "aug",
		"sep", "oct", "nov", "dec", NULL};
	int			k;

	if (!fx_is_upper_word(s, i) || s->t[i].len < 3)
		return 0;
	for (k = 0; full[k]; k++)
		if (fx_word(s, i, full[k]) || (abbr[k][0] && fx_word(s, i, abbr[k])))
			return k + 1;
	if (fx_word(s, i, "sept"))
		return 9;
	return 0;
}

static int
year_at(const FxSent *s, int i)
{
	const char *p;

	if (!fx_year_like(s, i))
		return 0;
	p = s->doc + s->t[i].off;
	return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
}

/* The year of a month, quarter or half ending in month m, stated without one. */
static int
infer_year(FactDate pub, int end_month)
{
	return end_month > pub.month ? pub.year - 1 : pub.year;
}

static void
set(FxPeriod *p, char freq, int y0, int m0, int y1, int m1)
{
	p->freq = freq;
	p->y0 = y0;
	p->m0 = m0;
	p->y1 = y1;
	p->m1 = m1;
}

/* An explicit year after a month expression: "November 2020", "of 2021", ", 2021". */
static int
trailing_year(const FxSent *s, int *j)
{
	int			k = *j,
				y;

	if (fx_is(s, k, ","))
		k++;
	if (fx_word(s, k, "of"))
		k++;
	if ((y = year_at(s, k)) > 0 && !fx_in_date(s, k))
	{
		*j = k + 1;
		return y;
	}
	/* "the first three months (of) this year": the span, in the year of publication */
	if (fx_match(s, *j, "of this year") == 3 || fx_match(s, *j, "of the current year") == 4)
	{
		*j += fx_match(s, *j, "of this year") ? 3 : 4;
		return s->pub.year;
	}
	if (fx_match(s, *j, "this year") == 2 || fx_match(s, *j, "the current year") == 3)
	{
		*j += fx_match(s, *j, "this year") ? 2 : 3;
		return s->pub.year;
	}
	/* "the fourth quarter of last year": the unit in the year before publication */
	if (fx_match(s, *j, "of last year") == 3 || fx_match(s, *j, "of the previous year") == 4)
	{
		*j += fx_match(s, *j, "of last year") ? 3 : 4;
		return s->pub.year - 1;
	}
	if (fx_match(s, *j, "of the year") == 3)
		*j += 3;
	return 0;
}

static int
quarter_word(const FxSent *s, int i)
{
	static const char *const ord[] = {"", "first", "second", "third", "fourth", NULL};
	int			k;

	for (k = 1; ord[k]; k++)
		if (fx_word(s, i, ord[k]))
			return k;
	return 0;
}

static bool listed_months(const FxSent *s, int i);

/*
 * "the first and second quarters", "the second, third and fourth quarters",
 * "the first and second halves": ordinals joined by "," and "and" before one
 * plural unit.  The unit's token (its frequency in *freq, the last ordinal
 * in *last), or -1.
 */
static int
ordinal_list(const FxSent *s, int j, int *last, char *freq)
{
	int			k = j,
				n;

	while ((n = quarter_word(s, k)) > 0)
	{
		*last = n;
		k++;
		if (fx_word(s, k, "quarters") || fx_word(s, k, "halves"))
		{
			*freq = fx_word(s, k, "quarters") ? 'Q' : 'S';
			return *freq == 'S' && n > 2 ? -1 : k;
		}
		if (fx_is(s, k, ","))
			k++;
		if (fx_word(s, k, "and"))
			k++;
	}
	return -1;
}

/*
 * The list of ordinals at j: with "respectively" each ordinal but the last
 * is a period of its own (the figures pair with them in order), else the
 * list is one span ("in the first and second quarters" is the first half).
 */
static int
listed_quarters(const FxSent *s, int i, int j, FxPeriod *p)
{
	int			n = quarter_word(s, j),
				last = 0,
				u,
				k,
				y;
	char		freq = 0;

	if (n == 0 || (u = ordinal_list(s, j, &last, &freq)) < 0)
		return i;
	k = u + 1;
	y = trailing_year(s, &k);
	if (y == 0)
		y = infer_year(s->pub, (freq == 'Q' ? 3 : 6) * last);
	if (n < last && listed_months(s, i))
	{
		set(p, freq, y, n, y, n);
		return j + 1;
	}
	set(p, freq, y, n, y, last);
	return k;
}

/* "third-quarter growth", "first-half output": an ordinal joined to its unit by a hyphen */
static int
hyphen_unit(const FxSent *s, int j, const char *unit)
{
	if (fx_word(s, j + 1, unit))
		return j + 1;
	return fx_is(s, j + 1, "-") && fx_word(s, j + 2, unit) ? j + 2 : -1;
}

/* English expressions starting at i; the token after, or i. */
/*
 * "July, August and September … respectively" lists months, one for each
 * figure; "between July and September" and "in July and August" with no
 * "respectively" are one span.
 */
static bool
listed_months(const FxSent *s, int i)
{
	int			k;

	if (i > 0 && fx_word(s, i - 1, "between"))
		return false;
	for (k = i; k < s->n; k++)
		if (fx_word(s, k, "respectively"))
			return true;
	return false;
}

/*
 * "2021-2025" is a span of years, "2023-03-02" a date: a span of two years
 * is a date only when a third number is glued to it.
 */
static bool
full_date(const FxSent *s, int i)
{
	return i + 4 < s->n && !s->t[i + 3].sp && !s->t[i + 4].sp && s->t[i + 4].type == TK_NUM &&
		(fx_is(s, i + 3, "-") || fx_is(s, i + 3, "/") || fx_is(s, i + 3, "."));
}


/*
 * A word that opens a basis phrase ("than last month", "from the end of last
 * month"): the period after it is what a figure is compared with.
 */
static bool
basis_word_before(const FxSent *s, int i)
{
	return fx_word(s, i - 1, "than") || fx_word(s, i - 1, "with") || fx_word(s, i - 1, "from") ||
		fx_word(s, i - 1, "over") || fx_word(s, i - 1, "since") || fx_word(s, i - 1, "versus") ||
		fx_word(s, i - 1, "vs");
}

/*
 * A unit written as a letter and its number, "Q3" (of 4 in a year) or "H1"
 * (of 2), with the year after it if any: the token after its end, else 0.
 */
static int
letter_unit(const FxSent *s, int i, FxPeriod *p, const char *letter, char freq, int per_year)
{
	int			n,
				nt,
				y,
				k = i + 2,
				end_month;

	if (!fx_word(s, i, letter) || (n = fx_small_number(s, i + 1, &nt)) < 1 || n > per_year ||
		s->t[i + 1].sp)
		return 0;
	end_month = 12 / per_year * n;
	y = trailing_year(s, &k);
	if (!y)
		y = infer_year(s->pub, end_month);
	set(p, freq, y, n, y, n);
	return k;
}

/*
 * "the next four years", "the coming 5 years": years ahead counted from the
 * publication year, so a count to reach "in the next four years", said in
 * 2021, is due by 2025.  N (and *ntok, the tokens from j, after "the") or 0.
 */
static int
next_years(const FxSent *s, int j, int *ntok)
{
	int			n,
				nt;

	if (!(fx_word(s, j, "next") || fx_word(s, j, "coming")) ||
		(n = fx_small_number(s, j + 1, &nt)) < 2 || n > 30 || nt != 1 || !fx_word(s, j + 2, "years"))
		return 0;
	*ntok = 3;
	return n;
}

static int
english(const FxSent *s, int i, FxPeriod *p)
{
	FactDate	pub = s->pub;
	int			j = i,
				m,
				m2,
				n,
				nt,
				y;

	if (fx_word(s, j, "from") || fx_word(s, j, "between"))
		j++;
	/* months: "January to November 2020", "January-November", "November 2021", "March 8, 2021" */
	if ((m = month_at(s, j)) > 0)
	{
		int			k = j + 1;

		if ((fx_word(s, k, "to") || fx_word(s, k, "through") || fx_is(s, k, "-") ||
			 fx_is(s, k, "\xE2\x80\x93") || (fx_word(s, k, "and") && !listed_months(s, i))) &&
			(m2 = month_at(s, k + 1)) > m)
		{
			k += 2;
			if (fx_word(s, k, "period"))
				k++;		/* "the January-March period this year" */
			y = trailing_year(s, &k);
			if (y == 0)
				y = infer_year(pub, m2);
			set(p, 'M', y, m, y, m2);
			return k;
		}
		if (m == 5 && !(year_at(s, k) || (k < s->n && s->t[k].type == TK_NUM) ||
						(i > 0 && (fx_word(s, i - 1, "in") || fx_word(s, i - 1, "of")))))
			return i;
		if (k < s->n && s->t[k].type == TK_NUM && !fx_year_like(s, k))
		{
			int			d = fx_small_number(s, k, &nt);

			if (d >= 1 && d <= 31 && nt == 1)
			{
				k++;
				y = trailing_year(s, &k);
				if (y == 0)
					y = infer_year(pub, m);
				set(p, 'D', y, m, y, m);
				p->day = d;
				return k;
			}
		}
		y = trailing_year(s, &k);
		if (y == 0)
			y = infer_year(pub, m);
		set(p, 'M', y, m, y, m);
		if (fx_word(s, k, "alone"))
			k++;
		return k;
	}
	j = i;
	if (fx_word(s, j, "the"))
		j++;
	/* "the first 11 months", "the first three quarters", "the first half", "the third quarter" */
	if (fx_word(s, j, "first") && (n = fx_small_number(s, j + 1, &nt)) >= 1 && nt == 1)
	{
		int			k = j + 2;

		if ((fx_word(s, k, "months") || fx_word(s, k, "month")) && n <= 12)
		{
			k++;
			y = trailing_year(s, &k);
			set(p, 'M', y ? y : infer_year(pub, n), 1, y ? y : infer_year(pub, n), n);
			return k;
		}
		if (fx_word(s, k, "quarters") && n >= 2 && n <= 4)
		{
			k++;
			y = trailing_year(s, &k);
			set(p, 'Q', y ? y : infer_year(pub, 3 * n), 1, y ? y : infer_year(pub, 3 * n), n);
			return k;
		}
	}
	if ((m = listed_quarters(s, i, j, p)) > i)
		return m;
	if ((n = quarter_word(s, j)) > 0 && hyphen_unit(s, j, "quarter") > 0)
	{
		int			k = hyphen_unit(s, j, "quarter") + 1;

		y = trailing_year(s, &k);
		set(p, 'Q', y ? y : infer_year(pub, 3 * n), n, y ? y : infer_year(pub, 3 * n), n);
		return k;
	}
	if ((n = quarter_word(s, j)) > 0 && n <= 2 && hyphen_unit(s, j, "half") > 0)
	{
		int			k = hyphen_unit(s, j, "half") + 1;

		y = trailing_year(s, &k);
		set(p, 'S', y ? y : infer_year(pub, 6 * n), n, y ? y : infer_year(pub, 6 * n), n);
		return k;
	}
	/* "Q3 2021"; "H1", "H1 2022": a half written as Q3 writes a quarter */
	if ((m = letter_unit(s, i, p, "Q", 'Q', 4)) > 0 || (m = letter_unit(s, i, p, "H", 'S', 2)) > 0)
		return m;
	/* relative years */
	if (fx_match(s, i, "this year") == 2 || fx_match(s, i, "the current year") == 3)
	{
		set(p, 'A', pub.year, 0, pub.year, 0);
		return i + fx_match(s, i, "this year") + fx_match(s, i, "the current year");
	}
	if (fx_match(s, i, "the end of the year") == 5 || fx_match(s, i, "the end of this year") == 5 ||
		fx_match(s, i, "year end") == 2)
	{
		/* a deadline ("by the end of the year") is ahead; a figure at the year's end is December's */
		y = fx_word(s, i - 1, "by") || fx_word(s, i + 3, "this") ? pub.year : infer_year(pub, 12);
		set(p, 'A', y, 0, y, 0);
		p->rel = !fx_word(s, i - 1, "by") && !fx_word(s, i + 3, "this");
		return i + (fx_match(s, i, "year end") == 2 ? 2 : 5);
	}
	/* "for the year", "during the year", "for the whole year": the year the text is about */
	if ((fx_word(s, i, "for") || fx_word(s, i, "during") || fx_word(s, i, "in") ||
		 fx_word(s, i, "throughout") || (fx_word(s, i, "over") && i == 0)) && fx_word(s, i + 1, "the"))
	{
		int			k = i + 2;

		if (fx_word(s, k, "whole") || fx_word(s, k, "full") || fx_word(s, k, "entire"))
			k++;
		if (fx_word(s, k, "year") && k + 1 <= s->n &&
			(k + 1 == s->n || (s->t[k + 1].type != TK_NUM && !fx_word(s, k + 1, "before") &&
							   !fx_word(s, k + 1, "earlier") && !fx_word(s, k + 1, "ago") &&
							   !fx_word(s, k + 1, "on") && !fx_word(s, k + 1, "of"))))
		{
			y = infer_year(pub, 12);
			set(p, 'A', y, 0, y, 0);
			p->rel = true;
			return k + 1;
		}
	}
	/*
	 * "exports in the previous month increased": a report's previous month is
	 * the one before publication, as "last month" is; after "over" or "from"
	 * the phrase is the basis (mom), so only "in"/"during" open it here.
	 */
	if ((fx_match(s, i, "the previous month") == 3 || fx_match(s, i, "the preceding month") == 3) &&
		(fx_word(s, i - 1, "in") || fx_word(s, i - 1, "during")))
	{
		y = pub.month == 1 ? pub.year - 1 : pub.year;
		n = pub.month == 1 ? 12 : pub.month - 1;
		set(p, 'M', y, n, y, n);
		return i + 3;
	}
	if (fx_match(s, i, "next year") == 2 || fx_match(s, i, "the coming year") == 3)
	{
		set(p, 'A', pub.year + 1, 0, pub.year + 1, 0);
		return i + fx_match(s, i, "next year") + fx_match(s, i, "the coming year");
	}
	if (fx_match(s, i, "last year") == 2 || fx_match(s, i, "the past year") == 3 ||
		fx_match(s, i, "last year's") == 2)
	{
		set(p, 'A', pub.year - 1, 0, pub.year - 1, 0);
		return i + (fx_match(s, i, "the past year") ? 3 : 2);
	}
	/*
	 * "Last month, equipment manufacturing …": the month before publication, as "last year" is.
	 * After than/with/from/over/of it is the basis phrase "compared with last month" (mom) and
	 * stays a word of the basis.
	 */
	if ((fx_match(s, i, "last month") == 2 || fx_match(s, i, "last month's") == 2) &&
		!basis_word_before(s, i) &&
		(!fx_word(s, i - 1, "of") || (fx_match(s, i - 3, "the end of") == 3 && !basis_word_before(s, i - 3))))
	{
		y = pub.month == 1 ? pub.year - 1 : pub.year;
		n = pub.month == 1 ? 12 : pub.month - 1;
		set(p, 'M', y, n, y, n);
		return i + 2;
	}
	if ((fx_word(s, j, "past") || fx_word(s, j, "last")) &&
		(n = fx_small_number(s, j + 1, &nt)) >= 2 && nt == 1 && fx_word(s, j + 2, "years"))
	{
		set(p, 'A', pub.year - n, 0, pub.year - 1, 0);
		return j + 3;
	}
	if ((n = next_years(s, j, &nt)) > 0)
	{
		/* what is to be done "in the next four years" is due by the end of the Nth year on */
		set(p, 'A', pub.year + 1, 0, pub.year + n, 0);
		p->by = true;
		return j + nt;
	}
	/* "the 14th Five-Year Plan" */
	if (j < s->n && s->t[j].type == TK_NUM && (n = fx_small_number(s, j, &nt)) >= 3 &&
		fx_match(s, j + 1, "th five year plan") >= 4)
	{
		int			k = j + 1 + fx_match(s, j + 1, "th five year plan");

		set(p, 'A', 1966 + 5 * (n - 3), 0, 1970 + 5 * (n - 3), 0);
		p->plan = true;
		if (fx_word(s, k, "period"))
			k++;
		return k;
	}
	/* years: "2021", "2016-2020"; not "1200万人", "2000 yuan" */
	if ((y = year_at(s, i)) >= 1900 && y <= 2100 &&
		!(i + 1 < s->n && !s->t[i + 1].sp && (s->t[i + 1].type == TK_HAN || fx_is(s, i + 1, "%"))) &&
		!fx_word(s, i + 1, "yuan") && !fx_word(s, i + 1, "percent") && !fx_word(s, i + 1, "tonnes") &&
		!fx_word(s, i + 1, "million") && !fx_word(s, i + 1, "billion") && !fx_word(s, i + 1, "thousand"))
	{
		int			y2;

		if ((fx_is(s, i + 1, "-") || fx_is(s, i + 1, "\xE2\x80\x93") || fx_word(s, i + 1, "to") ||
			 fx_is(s, i + 1, "\xE2\x80\x94") || fx_is(s, i + 1, "\xEF\xBC\x8D") ||
			 fx_is(s, i + 1, "至")) &&
			(y2 = year_at(s, i + 2)) > y && !full_date(s, i))
		{
			set(p, 'A', y, 0, y2, 0);
			return i + 3 + (fx_is(s, i + 3, "年") ? 1 : 0);
		}
		if (fx_in_date(s, i))
			return i;
		set(p, 'A', y, 0, y, 0);
		return i + 1;
	}
	return i;
}

static bool
range_mark(const FxSent *s, int i)
{
	return fx_is(s, i, "-") || fx_is(s, i, "\xE2\x80\x94") || fx_is(s, i, "\xE2\x80\x93") ||
		fx_is(s, i, "~") || fx_is(s, i, "\xEF\xBD\x9E") || fx_is(s, i, "至") ||
		fx_is(s, i, "到") || fx_is(s, i, "\xEF\xBC\x8D");
}

/*
 * "1月份至2月份", "1月至2月": a span may write 月 after its first month too;
 * the index past that 月(份) when a range mark follows it, else k.
 */
static int
span_first_month_end(const FxSent *s, int k)
{
	int			j;

	if (!fx_is(s, k, "月"))
		return k;
	j = k + 1 + (fx_is(s, k + 1, "份") ? 1 : 0);
	return range_mark(s, j) ? j : k;
}

/*
 * "一、二、三季度", "7、8、9月": a list of numbers that share the word after
 * the last; 'Q' or 'M' for the list after its first item at k, else 0.
 */
static char
listed_suffix(const FxSent *s, int k)
{
	int			items,
				nt;

	for (items = 0; items < 12; items++)
	{
		if (!fx_is(s, k, "\xE3\x80\x81") && !fx_is(s, k, "和"))
			return 0;
		if (fx_small_number(s, k + 1, &nt) < 1)
			return 0;
		k += 1 + nt;
		if (fx_match(s, k, "季度") == 2)
			return 'Q';
		if (fx_is(s, k, "月"))
			return 'M';
	}
	return 0;
}

/* Chinese month and quarter expressions at i in year y (0: inferred). */
static int
chinese_months(const FxSent *s, int i, int y, FxPeriod *p)
{
	FactDate	pub = s->pub;
	int			m,
				m2,
				nt,
				nt2,
				k;

	/* 前三季度, 前两个季度, 前10个月 */
	if (fx_is(s, i, "前") && (m = fx_small_number(s, i + 1, &nt)) >= 1)
	{
		k = i + 1 + nt;
		if (fx_is(s, k, "个"))
			k++;
		if (fx_match(s, k, "季度") == 2 && m >= 2 && m <= 4)
		{
			set(p, 'Q', y ? y : infer_year(pub, 3 * m), 1, y ? y : infer_year(pub, 3 * m), m);
			return k + 2;
		}
		if (fx_is(s, k, "月") && m <= 12)
		{
			set(p, 'M', y ? y : infer_year(pub, m), 1, y ? y : infer_year(pub, m), m);
			return k + 1;
		}
		return i;
	}
	/* 第一季度, 三季度 */
	k = fx_is(s, i, "第") ? i + 1 : i;
	/* 一、二、三季度, 7、8、9月: each item is its own quarter or month */
	if ((m = fx_small_number(s, k, &nt)) >= 1 && m <= 12 && fx_is(s, k + nt, "\xE3\x80\x81"))
	{
		char		kind = listed_suffix(s, k + nt);

		if ((kind == 'Q' && m <= 4) || kind == 'M')
		{
			m2 = kind == 'Q' ? 3 * m : m;
			set(p, kind, y ? y : infer_year(pub, m2), m, y ? y : infer_year(pub, m2), m);
			return k + nt;
		}
	}
	if ((m = fx_small_number(s, k, &nt)) >= 1 && m <= 4 && fx_match(s, k + nt, "季度") == 2)
	{
		set(p, 'Q', y ? y : infer_year(pub, 3 * m), m, y ? y : infer_year(pub, 3 * m), m);
		return k + nt + 2;
	}
	if (fx_match(s, i, "上半年") == 3 || fx_match(s, i, "下半年") == 3)
	{
		int			h = fx_is(s, i, "上") ? 1 : 2;

		set(p, 'S', y ? y : infer_year(pub, 6 * h), h, y ? y : infer_year(pub, 6 * h), h);
		return i + 3;
	}
	/* 1—11月, 1-11月份, 11月, 10月末, 3月8日 */
	if ((m = fx_small_number(s, i, &nt)) >= 1 && m <= 12)
	{
		k = span_first_month_end(s, i + nt);
		if (range_mark(s, k) && (m2 = fx_small_number(s, k + 1, &nt2)) > m && m2 <= 12 &&
			fx_is(s, k + 1 + nt2, "月"))
		{
			k = k + 2 + nt2;
			if (fx_is(s, k, "份"))
				k++;
			set(p, 'M', y ? y : infer_year(pub, m2), m, y ? y : infer_year(pub, m2), m2);
			return k;
		}
		k = i + nt;
		if (fx_is(s, k, "月"))
		{
			int			d;

			k++;
			if ((d = fx_small_number(s, k, &nt2)) >= 1 && d <= 31 &&
				(fx_is(s, k + nt2, "日") || fx_is(s, k + nt2, "号")))
			{
				set(p, 'D', y ? y : infer_year(pub, m), m, y ? y : infer_year(pub, m), m);
				p->day = d;
				return k + nt2 + 1;
			}
			if (fx_is(s, k, "份") || fx_is(s, k, "末") || fx_is(s, k, "底"))
				k++;
			set(p, 'M', y ? y : infer_year(pub, m), m, y ? y : infer_year(pub, m), m);
			return k;
		}
	}
	return i;
}

/*
 * "2018年全年", "去年全年": 全年 only stresses the whole of the year just named,
 * so it belongs to that expression (a base after 高于 stays one base, instead
 * of leaving a 全年 that would be read as the figure's own year).
 */
static int
whole_year_after(const FxSent *s, int k)
{
	return fx_match(s, k, "全年") == 2 ? k + 2 : k;
}

static int
chinese(const FxSent *s, int i, FxPeriod *p)
{
	FactDate	pub = s->pub;
	int			y,
				k,
				n,
				nt;

	/* 十四五 (also inside quotes) */
	if (fx_is(s, i, "十") && (n = fx_small_number(s, i, &nt)) >= 11 && nt == 2 &&
		fx_is(s, i + 2, "五") && !fx_is(s, i + 3, "年"))
	{
		k = i + 3;
		if (fx_is(s, k, "\xE2\x80\x9D") || fx_is(s, k, "\""))
			k++;
		set(p, 'A', 1966 + 5 * (n - 3), 0, 1970 + 5 * (n - 3), 0);
		p->plan = true;
		if (fx_is(s, k, "末") || fx_is(s, k, "时期") || fx_is(s, k, "期"))
			k++;
		return k;
	}
	/* 2021年, 2021年1—11月, 2021年前三季度, 2021年末 */
	if ((y = year_at(s, i)) > 0 && fx_is(s, i + 1, "年"))
	{
		k = chinese_months(s, i + 2, y, p);
		if (k > i + 2)
			return k;
		set(p, 'A', y, 0, y, 0);
		k = i + 2;
		if (fx_is(s, k, "末") || fx_is(s, k, "底") || fx_is(s, k, "度"))
			k++;
		return whole_year_after(s, k);
	}
	/* 2016—2020年 */
	if ((y = year_at(s, i)) > 0 && range_mark(s, i + 1) && year_at(s, i + 2) > y &&
		fx_is(s, i + 3, "年"))
	{
		set(p, 'A', y, 0, year_at(s, i + 2), 0);
		return i + 4;
	}
	if (fx_match(s, i, "今年") == 2 || fx_match(s, i, "本年") == 2)
	{
		/* "今年11月份" is this year's November, even one still ahead */
		if ((k = chinese_months(s, i + 2, pub.year, p)) > i + 2)
			return k;
		set(p, 'A', pub.year, 0, pub.year, 0);
		return whole_year_after(s, i + 2);
	}
	if (fx_match(s, i, "去年") == 2)
	{
		if ((k = chinese_months(s, i + 2, pub.year - 1, p)) > i + 2)
			return k;
		set(p, 'A', pub.year - 1, 0, pub.year - 1, 0);
		return whole_year_after(s, i + 2);
	}
	if (fx_match(s, i, "明年") == 2)
	{
		if ((k = chinese_months(s, i + 2, pub.year + 1, p)) > i + 2)
			return k;
		set(p, 'A', pub.year + 1, 0, pub.year + 1, 0);
		return whole_year_after(s, i + 2);
	}
	if (fx_match(s, i, "全年") == 2 ||
		((fx_match(s, i, "年末") == 2 || fx_match(s, i, "年底") == 2) &&
		 !(i > 0 && (fx_is(s, i - 1, "上") || fx_is(s, i - 1, "去") || fx_is(s, i - 1, "今") ||
					 fx_is(s, i - 1, "明") || fx_is(s, i - 1, "本") || fx_is(s, i - 1, "年") ||
					 fx_is(s, i - 1, "每") || fx_is(s, i - 1, "当")))))
	{
		y = infer_year(pub, 12);
		set(p, 'A', y, 0, y, 0);
		p->rel = true;
		return i + 2;
	}
	/* 过去五年, 近五年, 五年来 */
	k = (fx_match(s, i, "过去") == 2) ? i + 2 : fx_is(s, i, "近") ? i + 1 : i;
	if ((n = fx_small_number(s, k, &nt)) >= 2 && n <= 20 && fx_is(s, k + nt, "年") &&
		(k > i || fx_is(s, k + nt + 1, "来")))
	{
		set(p, 'A', pub.year - n, 0, pub.year - 1, 0);
		return k + nt + 1 + (fx_is(s, k + nt + 1, "来") ? 1 : 0);
	}
	return chinese_months(s, i, 0, p);
}

static int
days_in(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* --- weeks ---------------------------------------------------------------- */

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static long
day_number(int y, int m, int d)
{
	long		era,
				yoe,
				doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void
civil_date(long z, int *y, int *m, int *d)
{
	long		era,
				doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

/* Monday 0 … Sunday 6; 1970-01-01 was a Thursday. */
static int
weekday(long z)
{
	return (int) (((z + 3) % 7 + 7) % 7);
}

/* The ISO week whose Thursday is day z: a week belongs to the year holding its Thursday. */
static void
set_week(FxPeriod *p, long thursday)
{
	int			y,
				m,
				d;

	civil_date(thursday, &y, &m, &d);
	set(p, 'W', y, (int) ((thursday - day_number(y, 1, 1)) / 7 + 1), y, 0);
	p->m1 = p->m0;
}

/*
 * "the week ending (ended, through, to) May 12", "the week of May 6", "last
 * week", "this week", 上周, 本周: the ISO week.  Seven days that end on a
 * Friday or a Sunday hold one Thursday, whose ISO week is theirs.
 */
static int
week(const FxSent *s, int i, FxPeriod *p)
{
	static const char *const ending[] = {"ending", "ended", "through", "to", "ending on",
	"ended on", "of", NULL};
	long		pub = day_number(s->pub.year, s->pub.month, s->pub.day);
	int			j = i,
				m,
				d,
				nt,
				y,
				e;

	if (fx_match(s, i, "last week") == 2 || fx_match(s, i, "the past week") == 3 ||
		fx_match(s, i, "上周") == 2)
	{
		set_week(p, pub - weekday(pub) + 3 - 7);
		return i + (fx_match(s, i, "the past week") ? 3 : 2);
	}
	if (fx_match(s, i, "this week") == 2 || fx_match(s, i, "本周") == 2)
	{
		set_week(p, pub - weekday(pub) + 3);
		return i + 2;
	}
	if (fx_word(s, j, "the"))
		j++;
	if (!fx_word(s, j, "week") || (e = fx_match_list(s, j + 1, ending, NULL)) == 0 ||
		(m = month_at(s, j + 1 + e)) == 0 || j + 2 + e >= s->n || s->t[j + 2 + e].type != TK_NUM ||
		(d = fx_small_number(s, j + 2 + e, &nt)) < 1 || nt != 1)
		return i;
	j += 3 + e;
	y = trailing_year(s, &j);
	if (y == 0)
		y = infer_year(s->pub, m);
	if (d > days_in(y, m))
		return i;
	{
		long		z = day_number(y, m, d);

		/* "the week of May 6" holds that day; "the week ending May 12" ends on it */
		if (fx_word(s, i + (fx_word(s, i, "the") ? 2 : 1), "of"))
			set_week(p, z - weekday(z) + 3);
		else
			set_week(p, z - (weekday(z) - 3 + 7) % 7);
	}
	return j;
}

/* The participles that mark a figure as an earlier one ("the 6.0 percent recorded in …"). */
static const char *const recorded_words[] = {"recorded", "registered", "posted", "seen", "reported", NULL};

/*
 * "slower than the increase rate recorded in the January-February period":
 * a period the base's own participle (recorded, registered, posted, seen)
 * places, after "than" or "compared", is the base's, however long the noun.
 */
static bool
recorded_base(const FxSent *s, int t0)
{
	int			j;
	bool		part = false;

	for (j = t0 - 1; j >= 0 && j >= t0 - 10; j--)
	{
		if (s->t[j].type == TK_NUM || s->t[j].type == TK_PUNCT)
			return false;
		if (fx_match_list(s, j, recorded_words, NULL) == 1)
			part = true;
		if (fx_word(s, j, "than") || fx_word(s, j, "compared"))
			return part;
	}
	return false;
}

/*
 * "低于1~4月0.7个百分点", "快于上半年": after a Chinese comparative (higher,
 * lower, faster, slower than) the period named is what the figure is compared
 * with, as after 比, never the figure's own period.
 */
static bool
chinese_gap_base(const FxSent *s, int t0)
{
	static const char *const words[] = {"高于", "低于", "快于", "慢于", NULL};
	int			w;

	return t0 >= 2 && fx_match_list(s, t0 - 2, words, &w) == 2;
}

/* Is the expression at [t0, t1) a comparison base rather than a period? */
static bool
is_base(const FxSent *s, int t0, bool single)
{
	int			j;

	if (recorded_base(s, t0))
		return true;
	/* "to double by 2027 from 2023", "to grow from 2023 by 2027": the year a target grows from */
	if (single && fx_word(s, t0 - 1, "from") && t0 >= 3 &&
		((fx_word(s, t0 - 3, "by") && year_at(s, t0 - 2)) ||
		 fx_match_before(s, 0, t0 - 1, fx_up_verbs, NULL) >= 0 ||
		 fx_match_before(s, 0, t0 - 1, fx_down_verbs, NULL) >= 0 ||
		 fx_word(s, t0 - 2, "double") || fx_word(s, t0 - 2, "triple")))
		return true;

	/* "than the end of last year", "compared with that in 2022": the base's own words first */
	for (j = t0 - 1; j >= 0 && j >= t0 - 6; j--)
	{
		if (s->t[j].type == TK_NUM || s->t[j].type == TK_PUNCT)
			break;
		if (fx_word(s, j, "than") || fx_word(s, j, "compared") || fx_word(s, j, "versus"))
			return true;
	}
	for (j = t0 - 1; j >= 0 && j >= t0 - 3; j--)
	{
		if (fx_word(s, j, "than") || fx_word(s, j, "compared") || fx_word(s, j, "versus") ||
			fx_word(s, j, "vs") || fx_match(s, j, "same period") == 2 ||
			(j >= t0 - 4 && fx_word(s, j, "since")))
			return true;
		if (j >= t0 - 2 && (fx_is(s, j, "比") || fx_is(s, j, "较") || fx_is(s, j, "同")))
			return true;
	}
	if (chinese_gap_base(s, t0))
		return true;
	/* "increasing 1.1 trillion yuan from that of last year": "that" is the figure compared with */
	if (t0 >= 3 && fx_match(s, t0 - 2, "that of") == 2 &&
		(fx_word(s, t0 - 3, "from") || fx_word(s, t0 - 3, "over") || fx_word(s, t0 - 3, "with")))
		return true;
	if (fx_word(s, t0 - 1, "over") && (fx_word(s, t0, "last") || fx_word(s, t0, "the")))
		return fx_match(s, t0, "the past") != 2;
	/* "an increase of 7.2 percent over 2022": a year after a change's "over" is its base */
	if (fx_word(s, t0 - 1, "over") && t0 >= 2 &&
		(fx_word(s, t0 - 2, "percent") || fx_word(s, t0 - 2, "points") || fx_is(s, t0 - 2, "%") ||
		 s->t[t0 - 2].type == TK_NUM || fx_word(s, t0 - 2, "yuan") || fx_word(s, t0 - 2, "tonnes") ||
		 fx_word(s, t0 - 2, "flat") || fx_word(s, t0 - 2, "unchanged") || fx_word(s, t0 - 2, "million") ||
		 fx_word(s, t0 - 2, "billion")))
		return true;
	/* "0.42 percent from November": a single month or year after a figure is where it came from */
	if (single && fx_word(s, t0, "from") && t0 >= 1 &&
		(s->t[t0 - 1].type != TK_PUNCT || fx_is(s, t0 - 1, "%")) &&
		(fx_word(s, t0 - 1, "percent") || fx_word(s, t0 - 1, "points") || fx_is(s, t0 - 1, "%") ||
		 fx_word(s, t0 - 1, "point") ||
		 fx_word(s, t0 - 1, "up") || fx_word(s, t0 - 1, "down") || fx_word(s, t0 - 1, "yuan") ||
		 fx_word(s, t0 - 1, "tonnes") || fx_word(s, t0 - 1, "higher") || fx_word(s, t0 - 1, "lower") ||
		 fx_word(s, t0 - 1, "unchanged") || fx_word(s, t0 - 1, "flat")))
		return true;
	if (fx_word(s, t0 - 1, "from") && fx_word(s, t0, "last"))
		return true;
	/* "the growth rate decreased 0.1 percentage point from the first eight months": a rate's gap is
	 * against the rate of the span named, never over it */
	if (fx_word(s, t0, "the") && fx_word(s, t0 - 1, "from") &&
		(fx_word(s, t0 - 2, "point") || fx_word(s, t0 - 2, "points")))
		return true;
	/* "an increase of 0.3 percentage points from January to May": a span after a gap in points is
	 * what the rate is compared with, however it is written */
	if ((fx_word(s, t0, "from") && (fx_word(s, t0 - 1, "point") || fx_word(s, t0 - 1, "points"))) ||
		(fx_word(s, t0 - 1, "from") && (fx_word(s, t0 - 2, "point") || fx_word(s, t0 - 2, "points"))))
		return true;
	/* "3.2 percentage points from that in May", "over those in 2021": the rate of another period */
	if (t0 >= 3 && fx_word(s, t0 - 1, "in") && (fx_word(s, t0 - 2, "that") || fx_word(s, t0 - 2, "those")) &&
		(fx_word(s, t0 - 3, "from") || fx_word(s, t0 - 3, "over")))
		return true;
	/* "0.6 percent from 2022" */
	if (single && fx_word(s, t0 - 1, "from") && t0 >= 2 &&
		(fx_word(s, t0 - 2, "percent") || fx_word(s, t0 - 2, "points") || fx_is(s, t0 - 2, "%") ||
		 fx_word(s, t0 - 2, "point") ||
		 fx_word(s, t0 - 2, "yuan") || fx_word(s, t0 - 2, "tonnes") || fx_word(s, t0 - 2, "million") ||
		 fx_word(s, t0 - 2, "billion") || fx_word(s, t0 - 2, "up") || fx_word(s, t0 - 2, "down") ||
		 fx_word(s, t0 - 2, "unchanged") || fx_word(s, t0 - 2, "flat")))
		return true;
	/* "rise by 180 billion yuan from the 2023 budget figure": the year of the figure compared with */
	if (single && t0 >= 3 && fx_word(s, t0 - 1, "the") &&
		(fx_word(s, t0 - 2, "from") || fx_word(s, t0 - 2, "over")) &&
		(fx_word(s, t0 - 3, "percent") || fx_word(s, t0 - 3, "points") || fx_is(s, t0 - 3, "%") ||
		 fx_word(s, t0 - 3, "yuan") || fx_word(s, t0 - 3, "tonnes") || fx_word(s, t0 - 3, "million") ||
		 fx_word(s, t0 - 3, "billion") || fx_word(s, t0 - 3, "trillion") || fx_word(s, t0 - 3, "dollars")))
		return true;
	/* "2.5 times that of 2021" */
	if (t0 >= 2 && (fx_match(s, t0 - 2, "that of") == 2 || fx_match(s, t0 - 2, "those of") == 2) &&
		fx_word(s, t0 - 3, "times"))
		return true;
	/* "up 1.062 million from the end of last year" */
	if (t0 >= 4 && fx_match(s, t0 - 3, "the end of") == 3 &&
		(fx_word(s, t0 - 4, "from") || fx_word(s, t0 - 4, "over") || fx_word(s, t0 - 4, "since")))
		return true;
	return false;
}

/* A figure in percent: the token before "of" in "91.9 percent of …". */
static bool
percent_at(const FxSent *s, int i)
{
	return fx_word(s, i, "percent") || fx_is(s, i, "%") ||
		(fx_word(s, i, "cent") && fx_word(s, i - 1, "per"));
}

/*
 * "equal to 91.9 percent of the 2019 level", "returning to 93.9 percent of
 * the figures recorded in 2019": a percentage of an earlier period's level
 * describes the period the text is about; the year named is the reference,
 * so a base, never the figure's period.
 */
static bool
earlier_level(const FxSent *s, int t0, int t1)
{
	static const char *const nouns[] = {"level", "levels", "figure", "figures", "that", "those", NULL};
	static const char *const done[] = {"achieved", "reached", "logged", NULL};
	int			j = t0 - 1;

	/* "of the 2019 level", "of its pre-pandemic 2019 levels" */
	if (fx_word(s, t1, "level") || fx_word(s, t1, "levels") || fx_word(s, t1, "figure") ||
		fx_word(s, t1, "figures"))
	{
		for (; j >= 0 && j >= t0 - 5 && !fx_word(s, j, "of"); j--)
			if (s->t[j].type != TK_WORD && !fx_is(s, j, "-"))
				return false;
		return fx_word(s, j, "of") && percent_at(s, j - 1);
	}
	/* "of the figures recorded in 2019", "of the level of 2019", "of that in 2019" */
	if (!fx_word(s, j, "in") && !fx_word(s, j, "of"))
		return false;
	j--;
	if (fx_match_list(s, j, recorded_words, NULL) == 1 || fx_match_list(s, j, done, NULL) == 1)
		j--;
	if (fx_match_list(s, j, nouns, NULL) != 1)
		return false;
	j--;
	if (fx_word(s, j, "the") || fx_word(s, j, "its") || fx_word(s, j, "their"))
		j--;
	return fx_word(s, j, "of") && percent_at(s, j - 1);
}

/*
 * "4.3 percentage points from the previous April", "up 2.6 points from the
 * fourth quarter of last year", "down 1.3 points from the level in the first
 * half-year": the period of a change's "from" phrase is what the change is
 * measured against, whatever determiners or a "level" noun stand between.
 */
static bool
from_phrase_base(const FxSent *s, int t0)
{
	static const char *const fill[] = {"the", "previous", "preceding", "level", "levels", "in",
	"of", "that", "those", "its", "same", NULL};
	int			j;

	for (j = t0 - 1; j >= 0 && j >= t0 - 5; j--)
	{
		if (fx_word(s, j, "from"))
			return percent_at(s, j - 1) || fx_word(s, j - 1, "points") || fx_word(s, j - 1, "point");
		if (fx_match_list(s, j, fill, NULL) != 1)
			return false;
	}
	return false;
}

/*
 * "imports grew faster than exports in the first quarter": this "than"
 * compares two series, and the period after the second series' noun is
 * both series' period; "than that in 2022", "than in 2022", "than the same
 * period last year" compare periods, and there the period is a base.
 */
static bool
series_than(const FxSent *s, int t0, int t1)
{
	static const char *const not_series[] = {"that", "those", "the", "a", "an", "its", "their",
		"in", "at", "during", "on", "for", "of", "last", "previous", "same", "before", "ever",
	"expected", "it", "they", "a year", NULL};
	static const char *const back[] = {"last", "previous", "preceding", "same", "ago", "earlier",
	"before", NULL};
	int			j = t0 - 1,
				k;

	if (!fx_word(s, j, "in") && !fx_word(s, j, "during"))
		return false;
	for (k = t0; k < t1; k++)
		if (fx_match_list(s, k, back, NULL) > 0)
			return false;
	for (j--; j >= 0 && j >= t0 - 5 && s->t[j].type == TK_WORD; j--)
		if (fx_word(s, j, "than"))
			return j + 1 < t0 - 1 && fx_match_list(s, j + 1, not_series, NULL) == 0 &&
				month_at(s, j + 1) == 0;
	return false;
}

/*
 * "rose by 4.5 percent and 3.2 percent respectively over 2022": the year
 * after a group's "respectively" and "over"/"from" is the group's base.
 */
static bool
respectively_over(const FxSent *s, int t0)
{
	int			j = t0 - 1;

	if (!fx_word(s, j, "over") && !fx_word(s, j, "from"))
		return false;
	j--;
	if (fx_is(s, j, ","))
		j--;
	return fx_word(s, j, "respectively") && percent_at(s, j - 1);
}

static bool
is_by(const FxSent *s, int t0)
{
	int			j = t0 - 1;

	if (fx_word(s, j, "the") && fx_word(s, j - 1, "of") && fx_word(s, j - 2, "end"))
		j -= 3;
	else if (fx_word(s, j, "of") && fx_word(s, j - 1, "end"))
		j -= 2;
	if (fx_word(s, j, "the") && fx_word(s, j - 1, "by"))
		return true;
	if (fx_word(s, t0, "the") && fx_word(s, t0 - 1, "by"))
		return true;			/* "by the end of the year" */
	return fx_word(s, j, "by") || fx_word(s, j, "until") || fx_word(s, j, "before") ||
		fx_is(s, t0 - 1, "到") || (fx_is(s, t0 - 1, "\xE2\x80\x9C") && fx_is(s, t0 - 2, "到"));
}

static bool
valid(const FxPeriod *p)
{
	return p->y0 >= 1 && p->y1 <= 9999 && p->y0 <= p->y1;
}

int
fx_find_periods(const FxSent *s, FxPeriod *out, int max)
{
	int			i = 0,
				n = 0;

	while (i < s->n && n < max)
	{
		FxPeriod	p;
		int			e;

		if (s->t[i].type == TK_PUNCT && !fx_is(s, i, "\xE2\x80\x9C"))
		{
			i++;
			continue;
		}
		memset(&p, 0, sizeof(p));
		e = s->t[i].type == TK_HAN ? i : english(s, i, &p);
		if (e == i && s->t[i].type != TK_WORD)
			e = chinese(s, i, &p);
		if (e == i)
			e = week(s, i, &p);
		if (e == i)
		{
			i++;
			continue;
		}
		if (valid(&p))
		{
			p.t0 = i;
			p.t1 = e;
			p.base = is_base(s, i, p.y0 == p.y1 && p.m0 == p.m1) && !(e > i && fx_match(s, e - 1, "year's") == 1);
			if (earlier_level(s, i, e) || respectively_over(s, i))
				p.base = true;
			if (from_phrase_base(s, i))
				p.base = true;
			if (p.base && series_than(s, i, e))
				p.base = false;
			/* "是2021年的2.5倍": the period a multiple is taken of */
			if (fx_is(s, i - 1, "是") && fx_is(s, e, "的"))
				p.base = true;
			/* "扣除去年同期…": the same period of another year is always a base */
			if (fx_match(s, e, "同期") == 2)
				p.base = true;
			/* "over the 14th Five-Year Plan period" is the time the target spans */
			if (p.plan && fx_word(s, i - 1, "over"))
				p.base = false;
			/* "over the coming 5 years" is the time a target spans, never a base */
			if (p.by && p.y0 > s->pub.year && p.freq == 'A')
				p.base = false;
			p.by = p.by || is_by(s, i);
			out[n++] = p;
		}
		i = e;
	}
	return n;
}

void
fx_period_text(const FxPeriod *p, char *buf, size_t len)
{
	buf[0] = '\0';
	switch (p->freq)
	{
		case 'A':
			if (p->y0 == p->y1)
				snprintf(buf, len, "%04d", p->y0);
			else
				snprintf(buf, len, "%04d/%04d", p->y0, p->y1);
			break;
		case 'M':
			if (p->m0 == p->m1 && p->y0 == p->y1)
				snprintf(buf, len, "%04d-%02d", p->y0, p->m0);
			else
				snprintf(buf, len, "%04d-%02d/%04d-%02d", p->y0, p->m0, p->y1, p->m1);
			break;
		case 'Q':
			if (p->m0 == p->m1 && p->y0 == p->y1)
				snprintf(buf, len, "%04d-Q%d", p->y0, p->m0);
			else
				snprintf(buf, len, "%04d-Q%d/%04d-Q%d", p->y0, p->m0, p->y1, p->m1);
			break;
		case 'S':
			snprintf(buf, len, "%04d-S%d", p->y0, p->m0);
			break;
		case 'W':
			snprintf(buf, len, "%04d-W%02d", p->y0, p->m0);
			break;
		case 'D':
			if (p->day >= 1 && p->m0 >= 1 && p->m0 <= 12 && p->day <= days_in(p->y0, p->m0))
				snprintf(buf, len, "%04d-%02d-%02d", p->y0, p->m0, p->day);
			break;
	}
}

bool
fx_period_over(const FxPeriod *p, FactDate pub)
{
	int			end_month = p->freq == 'A' ? 12 : p->freq == 'Q' ? 3 * p->m1 :
		p->freq == 'S' ? 6 * p->m1 : p->m1;

	if (p->freq == 'W')
	{
		int			y,
					m,
					d;

		/* the week's Sunday: Thursday of week 1 is within 3 days of 4 January */
		long		jan4 = day_number(p->y1, 1, 4);

		civil_date(jan4 - weekday(jan4) + 7 * (p->m1 - 1) + 6, &y, &m, &d);
		return y < pub.year || (y == pub.year && m < pub.month);
	}

	return p->y1 < pub.year || (p->y1 == pub.year && end_month < pub.month);
}
