/*
 * facts_number.c — the figures of a sentence: digits with thousands groups
 * and a point, English and Chinese scale words, Chinese numerals, units,
 * and the exact decimal a scale makes ("1.396 million" → 1396000; never via
 * a double).  What is no figure at all — a date, a time, a year, a label
 * ("5G", "No. 5", "第3"), a quoted name — is refused here; whether a bare
 * number is a count depends on its clause and is decided by the caller.
 */
#include <stdio.h>
#include <string.h>

#include "facts_text.h"

#define MAX_DIGITS 24

/* Scale words, tagged with their power of ten. */
static const char *const scales[] = {
	"3|thousand", "6|million", "9|billion", "12|trillion", "6|mln", "9|bn",
	"6|mn", "9|bln", "12|tn", "8|hundred million", "3|k",
	"12|万亿", "11|千亿", "10|百亿", "9|十亿", "8|亿", "7|千万", "6|百万", "5|十万",
	"4|万", "3|千", "2|百",
	NULL
};

/* Units after a figure, tagged with the unit written in the fact. */
static const char *const units[] = {
	"%|%", "%|\xEF\xBC\x85", "%|percent", "%|per cent", "%|pct",
	"pp|percentage points", "pp|percentage point", "pp|个百分点", "pp|百分点",
	"CNY|yuan", "CNY|RMB", "CNY|renminbi", "CNY|元", "CNY|元人民币", "USD|dollars",
	"USD|US dollars", "USD|U.S. dollars", "USD|USD", "USD|美元", "t|tonnes", "t|tons",
	"t|metric tons", "t|吨", "kWh|kWh", "kWh|kilowatt hours", "kWh|千瓦时",
	"kW|kilowatts", "kW|kW", "kW|千瓦", "km|km", "km|kilometers", "km|kilometres",
	"km|公里", "km|千米", "ha|hectares", "ha|公顷", "m2|square meters",
	"m2|square metres", "m2|平方米", "m3|cubic meters", "m3|cubic metres", "m3|立方米",
	"kg|kg", "kg|kilograms", "kg|千克", "kg|公斤", "mu|亩", "jin|斤", "x|倍",
	"\xE2\x80\xB0|\xE2\x80\xB0", "\xE2\x80\xB0|per thousand", "\xE2\x80\xB0|per mille",
	NULL
};

/* Currency written before a figure: "RMB 5 billion", "$3.5 billion". */
static const char *const currency_before[] = {
	"USD|$", "USD|US$", "USD|US $", "USD|USD", "CNY|RMB", "CNY|CNY", "CNY|\xC2\xA5",
	"CNY|\xEF\xBF\xA5", "USD|US dollars",
	NULL
};

/* Characters after a number that make it a date, a time, an age or a label. */
static const char *const not_after[] = {
	"年", "月", "日", "号", "时", "点", "分", "秒", "季", "周", "天", "岁", "世", "代",
	"届", "期", "版", "楼", "层", "路", "纳米",
	NULL
};

bool
fx_decimal(const char *mant, int scale, char *out, size_t outlen)
{
	char		dig[MAX_DIGITS + 1];
	int			nd = 0,
				intd = -1,
				point,
				i,
				o = 0,
				first,
				last;
	const char *p;

	for (p = mant; *p; p++)
	{
		if (*p == '.')
			intd = nd;
		else if (nd < MAX_DIGITS)
			dig[nd++] = *p;
		else
			return false;
	}
	if (nd == 0 || scale < 0)
		return false;
	if (intd < 0)
		intd = nd;
	point = intd + scale;		/* digits before the point */
	/* first significant integer digit, last significant fraction digit */
	for (first = 0; first < point - 1 && first < nd && dig[first] == '0'; first++)
		;
	if (first >= nd)
		first = point - 1 < 0 ? 0 : point - 1;
	for (last = nd; last > point && dig[last - 1] == '0'; last--)
		;
	if ((size_t) (point - first + (last > point ? last - point + 1 : 0) + 2) > outlen)
		return false;
	for (i = first; i < point; i++)
		out[o++] = i < nd ? dig[i] : '0';
	if (o == 0)
		out[o++] = '0';
	if (last > point)
	{
		out[o++] = '.';
		for (i = point; i < last; i++)
			out[o++] = dig[i];
	}
	out[o] = '\0';
	return true;
}

/* Compare two plain non-negative decimals (fx_decimal's output): <0, 0, >0. */
int
fx_dec_cmp(const char *a, const char *b)
{
	size_t		ia = strcspn(a, "."),
				ib = strcspn(b, ".");
	int			c;

	if (ia != ib)
		return ia < ib ? -1 : 1;
	c = strncmp(a, b, ia);
	if (c != 0)
		return c;
	a += ia;
	b += ib;
	if (*a == '.')
		a++;
	if (*b == '.')
		b++;
	return strcmp(a, b);
}

int
fx_sig_digits(const char *dec)
{
	const char *p = dec;
	int			n = 0,
				zeros = 0;
	bool		started = false;

	for (; *p; p++)
	{
		if (*p < '0' || *p > '9')
			continue;
		if (*p == '0' && !started)
			continue;
		started = true;
		if (*p == '0')
			zeros++;
		else
		{
			n += zeros + 1;
			zeros = 0;
		}
	}
	return n;
}

/* One ideograph is read by its code point: this runs at every Chinese token. */
static int
han_digit(const FxSent *s, int i)
{
	uint32_t	c;

	if (i < 0 || i >= s->n || s->t[i].type != TK_HAN)
		return -1;
	fx_decode((const unsigned char *) s->doc + s->t[i].off, s->t[i].len, &c);
	switch (c)
	{
		case 0x96F6: case 0x3007: return 0;	/* 零 〇 */
		case 0x4E00: return 1;	/* 一 */
		case 0x4E8C: case 0x4E24: return 2;	/* 二 两 */
		case 0x4E09: return 3;	/* 三 */
		case 0x56DB: return 4;	/* 四 */
		case 0x4E94: return 5;	/* 五 */
		case 0x516D: return 6;	/* 六 */
		case 0x4E03: return 7;	/* 七 */
		case 0x516B: return 8;	/* 八 */
		case 0x4E5D: return 9;	/* 九 */
		default: return -1;
	}
}

static int
han_unit(const FxSent *s, int i)
{
	if (fx_is(s, i, "十"))
		return 1;
	if (fx_is(s, i, "百"))
		return 2;
	if (fx_is(s, i, "千"))
		return 3;
	if (fx_is(s, i, "万"))
		return 4;
	if (fx_is(s, i, "亿"))
		return 8;
	return 0;
}

int
fx_small_number(const FxSent *s, int i, int *ntok)
{
	static const char *const words[] = {"zero", "one", "two", "three", "four", "five",
		"six", "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
	int			k,
				v;

	*ntok = 0;
	if (i < 0 || i >= s->n)
		return -1;
	if (s->t[i].type == TK_NUM)
	{
		const char *p = s->doc + s->t[i].off;

		if (s->t[i].len > 2)
			return -1;
		v = 0;
		for (k = 0; k < s->t[i].len; k++)
		{
			if (p[k] < '0' || p[k] > '9')
				return -1;
			v = v * 10 + (p[k] - '0');
		}
		*ntok = 1;
		return v;
	}
	for (k = 0; words[k]; k++)
		if (fx_word(s, i, words[k]))
		{
			*ntok = 1;
			return k;
		}
	/* 一 … 九, 十, 十一 … 十二 */
	v = han_digit(s, i);
	if (fx_is(s, i, "十"))
	{
		int			d = han_digit(s, i + 1);

		*ntok = d > 0 ? 2 : 1;
		return 10 + (d > 0 ? d : 0);
	}
	if (v >= 0)
	{
		if (fx_is(s, i + 1, "十"))
		{
			int			d = han_digit(s, i + 2);

			*ntok = d > 0 ? 3 : 2;
			return v * 10 + (d > 0 ? d : 0);
		}
		*ntok = 1;
		return v;
	}
	return -1;
}

static bool
is_sep(const FxSent *s, int i)
{
	return fx_is(s, i, "-") || fx_is(s, i, "/") || fx_is(s, i, ":") || fx_is(s, i, ".");
}

/* Is number token i year-shaped: four digits, 1000-2199, no group or point? */
bool
fx_year_like(const FxSent *s, int i)
{
	const char *p;

	if (i < 0 || i >= s->n || s->t[i].type != TK_NUM || s->t[i].len != 4)
		return false;
	p = s->doc + s->t[i].off;
	return (p[0] == '1' || (p[0] == '2' && (p[1] == '0' || p[1] == '1'))) &&
		p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9';
}

bool
fx_in_date(const FxSent *s, int i)
{
	int			a = i,
				b = i,
				nums = 1;
	bool		slash = false,
				year = fx_year_like(s, i);

	while (a >= 2 && is_sep(s, a - 1) && !s->t[a - 1].sp && !s->t[a].sp &&
		   s->t[a - 2].type == TK_NUM)
	{
		slash |= !fx_is(s, a - 1, "-");
		a -= 2;
		nums++;
		year |= fx_year_like(s, a);
	}
	while (b + 2 < s->n && is_sep(s, b + 1) && !s->t[b + 1].sp && !s->t[b + 2].sp &&
		   s->t[b + 2].type == TK_NUM)
	{
		slash |= !fx_is(s, b + 1, "-");
		b += 2;
		nums++;
		year |= fx_year_like(s, b);
	}
	/* "2016-2020" is a span of years (a period), not a year and a month */
	if (nums == 2 && !slash && fx_year_like(s, a) && fx_year_like(s, b))
		return false;
	return nums >= 3 || (nums == 2 && (slash || year));
}

static bool
month_name(const FxSent *s, int i)
{
	int			k;

	if (i < 0 || i >= s->n || s->t[i].type != TK_WORD || !fx_is_upper_word(s, i))
		return false;
	for (k = 0; fx_month_names[k]; k++)
		if (fx_word(s, i, fx_month_names[k]))
			return true;
	return false;
}

/*
 * "the \"2+26\" cities", "a 1+N policy system", "9+2 city cluster": numbers
 * glued by a plus to a number or a letter count the parts of a name; a sum
 * is never written so in a release, and "5+ years" keeps its blank.
 */
static bool
plus_joined(const FxSent *s, int i)
{
	const FxTok *t = s->t;

	if (i > 1 && fx_is(s, i - 1, "+") && !t[i].sp && !t[i - 1].sp &&
		(t[i - 2].type == TK_NUM || t[i - 2].type == TK_WORD))
		return true;
	return i + 2 < s->n && fx_is(s, i + 1, "+") && !t[i + 1].sp && !t[i + 2].sp &&
		(t[i + 2].type == TK_NUM || t[i + 2].type == TK_WORD);
}

/* Is number token i a label, a date or a name rather than a figure? */
static bool
not_a_figure(const FxSent *s, int i)
{
	const FxTok *t = &s->t[i];
	int			k;

	if (fx_in_date(s, i))
		return true;
	/* glued to letters: "5G", "14th", "G20", "COVID-19" */
	if (i + 1 < s->n && s->t[i + 1].type == TK_WORD && !s->t[i + 1].sp &&
		fx_match_list(s, i + 1, units, NULL) == 0 && fx_match_list(s, i + 1, scales, NULL) == 0)
		return true;
	if (i > 0 && s->t[i - 1].type == TK_WORD && !t->sp &&
		fx_match_list(s, i - 1, currency_before, NULL) == 0)
		return true;
	if (i > 1 && fx_is(s, i - 1, "-") && !t->sp && !s->t[i - 1].sp &&
		s->t[i - 2].type == TK_WORD)
		return true;
	/* dates in words: "March 17", "1 March" */
	if (month_name(s, i - 1) || month_name(s, i + 1))
		return true;
	if (i > 0 && month_name(s, i - 2) && fx_is(s, i - 1, "-"))
		return true;
	/* labels: "第3", "No. 5", "Article 12", "#3" */
	for (k = 0; fx_name_before[k]; k++)
		if (fx_match(s, i - 1, fx_name_before[k]) == 1 ||
			(fx_is(s, i - 1, ".") && fx_match(s, i - 2, fx_name_before[k]) == 1))
			return true;
	if (fx_is(s, i - 1, "#"))
		return true;
	if (plus_joined(s, i))
		return true;
	/* a number alone in quotes is a name: "'321' work system" */
	if ((fx_is(s, i - 1, "\"") || fx_is(s, i - 1, "\xE2\x80\x9C") || fx_is(s, i - 1, "'") ||
		 fx_is(s, i - 1, "\xE2\x80\x98") || fx_is(s, i - 1, "\xE3\x80\x8C")) &&
		(fx_is(s, i + 1, "\"") || fx_is(s, i + 1, "\xE2\x80\x9D") || fx_is(s, i + 1, "'") ||
		 fx_is(s, i + 1, "\xE2\x80\x99") || fx_is(s, i + 1, "\xE3\x80\x8D")))
		return true;
	for (k = 0; not_after[k]; k++)
		if (fx_match(s, i + 1, not_after[k]) > 0 && s->t[i + 1].type == TK_HAN)
			return true;
	return false;
}

/*
 * "0.4 percentage points higher than in May and 0.8 points higher than a year
 * earlier": once a sentence has said "percentage points", a bare "points"
 * after it is the same unit shortened (an index's points are never written
 * after percentage points in one sentence).
 */
static bool
points_for_pp(const FxSent *s, int j)
{
	int			k;

	if (!fx_word(s, j, "points") && !fx_word(s, j, "point"))
		return false;
	for (k = 0; k < j - 1; k++)
		if (fx_match(s, k, "percentage points") == 2 || fx_match(s, k, "percentage point") == 2)
			return true;
	return false;
}

/* The scale, 多/余, unit and measure word after a number ending before token j. */
static void
read_tail(const FxSent *s, int j, FxNum *num)
{
	int			m,
				k = -1;
	char		tag[8];

	/* "千瓦", "千克", "百分点" are units, not a scale */
	m = fx_match_list(s, j, scales, &k);
	if (m > 0 && (fx_match_list(s, j, units, NULL) > m - 0 && s->t[j].type == TK_HAN &&
				  fx_match_list(s, j, units, NULL) >= m))
		m = 0;
	if (m > 0 && fx_word(s, j, "k") && s->t[j].sp)
		m = 0;
	if (m > 0)
	{
		fx_tag(scales[k], tag, sizeof(tag));
		num->scale = (tag[0] - '0') * (tag[1] ? 10 : 1) + (tag[1] ? tag[1] - '0' : 0);
		num->has_scale = true;
		j += m;
	}
	if (fx_is(s, j, "多") || fx_is(s, j, "余"))
	{
		strcpy(num->qual, ">");
		j++;
	}
	/* "a 16-percent decline", "a 5-percent rise": the unit joined as an adjective */
	if (fx_is(s, j, "-") && j + 1 < s->n && !s->t[j].sp && !s->t[j + 1].sp &&
		s->t[j + 1].type == TK_WORD && fx_word(s, j + 1, "percent"))
		j++;
	m = fx_match_list(s, j, units, &k);
	if (m > 0)
	{
		fx_tag(units[k], num->unit, sizeof(num->unit));
		j += m;
	}
	else if (points_for_pp(s, j))
	{
		strcpy(num->unit, "pp");
		j++;
	}
	else if (fx_match_list(s, j, fx_measure_words, NULL) > 0 && s->t[j].type == TK_HAN)
	{
		num->measure = true;
		j += fx_match_list(s, j, fx_measure_words, NULL);
	}
	num->t1 = j;
	num->noun = j < s->n ? j : -1;
}

/* Currency before the figure. */
static void
read_head(const FxSent *s, int i, FxNum *num)
{
	int			j,
				k;

	for (j = i - 1; j >= 0 && j >= i - 3; j--)
		if (fx_match_list(s, j, currency_before, &k) == i - j)
		{
			fx_tag(currency_before[k], num->unit, sizeof(num->unit));
			num->t0 = j;
			return;
		}
}

/*
 * "城乡居民收入比为2.39:1": a ratio to one is its first term.  A ratio of more
 * terms ("4.0:38.3:57.7") and a time ("16:54") are not figures.
 */
static bool
ratio_to_one(const FxSent *s, int i)
{
	return i + 2 < s->n && (fx_is(s, i + 1, ":") || fx_is(s, i + 1, "\xEF\xBC\x9A")) &&
		s->t[i + 2].len == 1 && s->doc[s->t[i + 2].off] == '1' && s->t[i + 2].type == TK_NUM &&
		!s->t[i + 1].sp && !s->t[i + 2].sp &&
		!(i > 0 && (fx_is(s, i - 1, ":") || fx_is(s, i - 1, "\xEF\xBC\x9A"))) &&
		!(i + 3 < s->n && (fx_is(s, i + 3, ":") || fx_is(s, i + 3, "\xEF\xBC\x9A") ||
						   s->t[i + 3].type == TK_NUM));
}

static bool
read_arabic(const FxSent *s, int i, FxNum *num)
{
	const FxTok *t = &s->t[i];
	const unsigned char *p = (const unsigned char *) s->doc + t->off;
	int			n = 0,
				k;

	num->ratio = ratio_to_one(s, i);
	if (!num->ratio && not_a_figure(s, i))
		return false;
	for (k = 0; k < t->len;)
	{
		uint32_t	c;
		int			l = fx_decode(p + k, t->len - k, &c);

		if (c >= 0xFF10 && c <= 0xFF19)
			c = '0' + (c - 0xFF10);
		if (c == 0xFF0E)
			c = '.';
		if (c != ',')
		{
			if (n >= MAX_DIGITS)
				return false;
			num->mant[n++] = (char) c;
		}
		k += l;
	}
	num->mant[n] = '\0';
	num->is_int = strchr(num->mant, '.') == NULL;
	if (num->ratio)
	{
		num->t1 = i + 3;
		num->noun = -1;
		return true;
	}
	read_tail(s, i + 1, num);
	read_head(s, i, num);
	return true;
}

/* Chinese numerals: "三千", "两万", "一千二百万"; small ones ("三个") are no figure. */
static bool
read_chinese(const FxSent *s, int i, FxNum *num)
{
	uint64_t	big = 0,
				mid = 0,
				small = 0,
				cur = 0;
	const uint64_t cap = UINT64_C(1000000000000000000);
	bool		digit = false,
				unit = false;
	int			j,
				d,
				u;

	if (han_digit(s, i - 1) >= 0 || han_unit(s, i - 1) > 0 || fx_is(s, i - 1, "第"))
		return false;
	if (han_unit(s, i) > 1)
		return false;
	for (j = i; j < s->n; j++)
	{
		if ((d = han_digit(s, j)) >= 0)
		{
			cur = (uint64_t) d;
			digit = true;
			continue;
		}
		u = han_unit(s, j);
		if (u == 0)
			break;
		if (u == 1 && j == i)
			digit = true;		/* 十万: a leading 十 is 一十 */
		/* 千瓦, 千克, 千米, 百分点 are units */
		if ((u == 3 && (fx_is(s, j + 1, "瓦") || fx_is(s, j + 1, "克") || fx_is(s, j + 1, "米"))) ||
			(u == 2 && fx_is(s, j + 1, "分")))
			break;
		if (u <= 3)
		{
			uint64_t	m = u == 1 ? 10 : u == 2 ? 100 : 1000;

			small += (cur ? cur : (u == 1 ? 1 : 0)) * m;
			if (u >= 2)
				unit = true;
		}
		else if (u == 4)
		{
			if (small + cur >= cap / 10000)
				return false;
			mid += (small + cur) * 10000;
			small = 0;
			unit = true;
		}
		else
		{
			if (big + mid + small + cur >= cap / 100000000)
				return false;
			big = (big + mid + small + cur) * 100000000;
			mid = small = 0;
			unit = true;
		}
		small = small > cap ? cap : small;
		cur = 0;
	}
	if (!digit || !unit)
		return false;
	{
		uint64_t	v = big + mid + small + cur;
		char		buf[24];
		int			n = 0,
					a;

		do
		{
			buf[n++] = (char) ('0' + v % 10);
			v /= 10;
		} while (v && n < 23);
		for (a = 0; a < n; a++)
			num->mant[a] = buf[n - 1 - a];
		num->mant[n] = '\0';
	}
	num->chinese = true;
	num->is_int = true;
	num->has_scale = true;
	read_tail(s, j, num);
	return true;
}

/* 百分之五, 百分之三十, 百分之5 */
static bool
read_percent_of(const FxSent *s, int i, FxNum *num)
{
	int			m = fx_match(s, i, "百分之"),
				v,
				nt;

	if (m == 0)
		return false;
	if (i + m < s->n && s->t[i + m].type == TK_NUM)
	{
		if (!read_arabic(s, i + m, num))
			return false;
		num->tn = i;
		num->t0 = i;
		strcpy(num->unit, "%");
		return true;
	}
	v = fx_small_number(s, i + m, &nt);
	if (v < 0 || nt == 0 || s->t[i + m].type != TK_HAN)
		return false;
	if (fx_is(s, i + m + nt, "百"))
	{
		v *= 100;
		nt++;
	}
	if (v > 999)
		return false;
	{
		char		buf[8];
		int			n = 0,
					a;

		do
		{
			buf[n++] = (char) ('0' + v % 10);
			v /= 10;
		} while (v);
		for (a = 0; a < n; a++)
			num->mant[a] = buf[n - 1 - a];
		num->mant[n] = '\0';
	}
	num->chinese = true;
	num->is_int = true;
	strcpy(num->unit, "%");
	num->t1 = i + m + nt;
	num->noun = num->t1 < s->n ? num->t1 : -1;
	return true;
}

/* The value of an English number word at i (one … ninety-nine) and its tokens, or -1. */
static int
english_number(const FxSent *s, int i, int *ntok)
{
	static const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
		"sixteen", "seventeen", "eighteen", "nineteen", NULL};
	static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", NULL};
	int			k,
				u;

	*ntok = 1;
	for (k = 1; ones[k]; k++)
		if (fx_word(s, i, ones[k]))
			return k;
	for (k = 2; tens[k]; k++)
		if (fx_word(s, i, tens[k]))
		{
			/* "twenty-five": the hyphen is its own token */
			if (fx_is(s, i + 1, "-") && !s->t[i + 1].sp && !s->t[i + 2].sp)
				for (u = 1; u <= 9; u++)
					if (fx_word(s, i + 2, ones[u]))
					{
						*ntok = 3;
						return 10 * k + u;
					}
			return 10 * k;
		}
	return -1;
}

/*
 * "ten million", "two billion yuan", "twelve percent": an English number word
 * is a figure only before a scale word or a percent, so that "one of", "two
 * sessions" and "three-year plan" stay words.
 */
static bool
read_english(const FxSent *s, int i, FxNum *num)
{
	int			nt,
				v = english_number(s, i, &nt),
				j = i + nt;

	if (v < 0 || j >= s->n)
		return false;
	if (fx_match_list(s, j, scales, NULL) == 0 && !fx_word(s, j, "percent") &&
		fx_match(s, j, "per cent") == 0 && fx_match(s, j, "percentage point") == 0 &&
		fx_match(s, j, "percentage points") == 0)
		return false;
	snprintf(num->mant, sizeof(num->mant), "%d", v);
	num->is_int = true;
	read_tail(s, j, num);
	/* "ten thousand" is a scale, not a unit: a bare scale word is no figure */
	return num->has_scale || num->unit[0];
}

bool
fx_read_unit(const FxSent *s, int i, int e, int *scale, char *unit, size_t unitlen)
{
	FxNum		num;
	int			lead = 0;

	if (i >= e || i >= s->n)
		return false;
	/* "100 million tonnes", "10,000 units", "10 thousand" */
	if (s->t[i].type == TK_NUM && s->t[i].len == 3 && memcmp(s->doc + s->t[i].off, "100", 3) == 0 &&
		fx_word(s, i + 1, "million"))
		lead = 8, i += 2;
	else if (s->t[i].type == TK_NUM && s->t[i].len == 6 &&
			 memcmp(s->doc + s->t[i].off, "10,000", 6) == 0)
		lead = 4, i++;
	else if (s->t[i].type == TK_NUM && s->t[i].len == 2 && memcmp(s->doc + s->t[i].off, "10", 2) == 0 &&
			 fx_word(s, i + 1, "thousand"))
		lead = 4, i += 2;
	memset(&num, 0, sizeof(num));
	if (i < e)
		read_tail(s, i, &num);
	else
		num.t1 = i;
	/* an English count's noun ("units", "vehicles") is no unit this reader knows: a count */
	if (lead && num.t1 == i && i < e && e - i == 1 && s->t[i].type == TK_WORD)
		num.t1 = e, num.measure = true;
	if (num.t1 != e || num.qual[0] || (!lead && !num.has_scale && !num.unit[0] && !num.measure) ||
		strcmp(num.unit, "x") == 0 || strlen(num.unit) >= unitlen)
		return false;
	*scale = num.scale + lead;
	strcpy(unit, num.unit);
	return true;
}

bool
fx_read_number(const FxSent *s, int i, FxNum *num)
{
	memset(num, 0, sizeof(*num));
	num->t0 = num->tn = i;
	num->noun = -1;
	if (s->t[i].type == TK_NUM)
		return read_arabic(s, i, num);
	if (s->t[i].type == TK_WORD)
		return read_english(s, i, num);
	if (s->t[i].type != TK_HAN)
		return false;
	if (fx_is(s, i, "百"))
		return read_percent_of(s, i, num);
	return read_chinese(s, i, num);
}
