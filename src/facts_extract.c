/*
 * facts_extract.c — facts_extract(): paragraphs and sentences, and what each
 * figure of a sentence is (a level, a share, a change or a target), its
 * qualifier, basis, period and subject.  See src/facts.h for the contract
 * and doc/extract_facts.md for the rules.
 *
 * One pass over the text with fixed-size stack state: tokens are gathered
 * into one sentence at a time (a sentence longer than FX_MAX_TOK tokens is
 * read in pieces), every context search is bounded by the sentence, so the
 * time is linear in the input and nothing is allocated.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts_text.h"

#define MAX_PERIODS 24

/* Facts of one sentence, held to be handed over in document order. */
#define MAX_SENT_FACTS 96

typedef struct Ctx
{
	const FactsOut *out;
	long		emitted;
	int			nheld;
	Fact		held[MAX_SENT_FACTS];
	FxPeriod	para;			/* the period the paragraph set so far */
	bool		has_para;
	/* a list of targets: "The main projected targets for this year are:" then "- …" lines */
	bool		lead;
	bool		lead_has_per;
	bool		lead_in_para;
	bool		lead_fresh;		/* no paragraph has followed the lead yet */
	FxPeriod	lead_per;
	int			para_sentences;
	bool		para_item;		/* the paragraph is an item of a list */
	bool		marked_item;	/* the paragraph is an item with a mark ("—", "•") */
	bool		lead_gap;		/* a blank line after a marked item: only another marked item goes on */
	bool		para_note;		/* a note on the data ("注：", "Note:"): no facts */
	int			paras;			/* paragraphs with words read so far */
	/* a table turned into text: tab-separated rows under a title and a header */
	bool		tab_has_per;
	FxPeriod	tab_per;		/* the period the title line named */
	int			tab_cols;		/* columns the header described (0: no header) */
	signed char tab_scale[8];	/* power of ten a column's figures take */
	char		tab_unit[8][8];	/* "CNY" "t" "%" "" */
	char		tab_kind[8];	/* 'l' level, 'd' change, 0 unknown */
	char		tab_basis[8];	/* basis of a change column */
	short		tab_base[8];	/* the year a change column compares with ("Growth over 2022"), or 0 */
	bool		tab_col_has[8];
	FxPeriod	tab_col_per[8];	/* a header cell that is a period ("November"): its column's */
	char		tab_title_unit[8];	/* "Main PMI readings (%)": the unit of the levels below */
	int			doc_year;		/* the year the headline names (0: none): what "全年" means */
	/* a period inside a comparison clause (", compared with 6.1 percent for the first nine months")
	 * holds only for the figures of that clause, tokens [loc_lo, loc_hi); else both 0 */
	short		loc_lo[MAX_PERIODS];
	short		loc_hi[MAX_PERIODS];
	char		para_basis;		/* "On a month-on-month basis," opening a sentence: the paragraph's basis */
	bool		has_last;
	FxPeriod	last_per;		/* the period the sentence before held, across a line break */
	bool		has_plan;
	FxPeriod	plan_span;		/* the last five-year plan the text named: "the five-year period" */
	bool		has_deadline;
	FxPeriod	deadline;		/* the last deadline ahead the text named: a plan's later aims */
	/* the last change target in percent ("增长6.5%左右"), that "the 6.5% target" recalls */
	bool		has_goal;
	char		goal_value[FACT_VALUE_LEN];
	int			goal_sign;
	char		goal_basis;
	char		goal_qual[3];
	FxPeriod	goal_per;
	/* the line being read: does it hold a strong Chinese goal verb (力争, 确保 …)? */
	size_t		line_end;		/* bytes into doc where the line last scanned ends */
	bool		line_goal;
} Ctx;

/* What the sentence says about one figure. */
typedef struct Fig
{
	FxNum		num;
	bool		ok;				/* a figure to report */
	int			a,
				b;				/* evidence tokens [a, b) */
	int			lo;				/* start of its clause */
	char		qual[3];
	int			sign;			/* +1 rise, -1 fall, 0 no change word */
	int			verb;			/* first token of the change word, or -1 */
	char		basis;			/* 'y' 'm' 'q' 'a' 'c' or 0 */
	bool		share;
	bool		level_verb;		/* "reached", "达到" right before it */
	int			group;			/* first figure of its coordinated group */
	int			than;			/* token of "than"/"比" after it, or -1 */
	int			range_lo;		/* "5%-6%": the figure of the lower end, or -1 */
	bool		in_range;		/* the lower end of a range: reported with the upper */
	int			sa,
				sb;				/* subject tokens [sa, sb) */
	int			base;			/* its comparison base among the periods, or -1 */
	bool		neg;			/* a level written with a minus: "自然增长率为-1.48‰" */
	int			pidx;			/* 1 + its own period among the periods ("7月、8月…分别"), or 0 */
	bool		rate_change;	/* "the decline widened by 0.4 percentage points": no basis unless stated */
	bool		start;			/* "由X提高到Y", "from X to Y": X, the level moved from */
	int			start_per;		/* 1 + the start's own period among the periods, or 0: none */
	bool		reached;		/* "由X提高到Y": Y, the level reached */
	bool		in_object;		/* a threshold inside the object of "cut … by N percent": a timeless level */
	bool		progress;		/* "完成全年目标的95%": the part of a target done, no target itself */
} Fig;

static bool respectively(const FxSent *s, int from);

/* --- sentences ------------------------------------------------------------ */

static bool
is_abbrev(const FxSent *s, int i)
{
	int			k;

	if (i < 0 || s->t[i].type != TK_WORD)
		return false;
	if (s->t[i].len == 1)
		return true;			/* an initial: "U.S.", "J. Smith" */
	for (k = 0; fx_abbrev[k]; k++)
		if (fx_word(s, i, fx_abbrev[k]))
			return true;
	return false;
}

/* Does token i (the last one read) end the sentence? */
static bool
ends_sentence(const FxSent *s, int i)
{
	static const char *const marks[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "!", "?",
		"\xE2\x80\xA6", NULL};
	const FxTok *t = &s->t[i];
	int			k;

	if (t->type != TK_PUNCT)
		return false;
	for (k = 0; marks[k]; k++)
		if (fx_is(s, i, marks[k]))
			return true;
	if (fx_is(s, i, "."))
	{
		size_t		after = t->off + 1;

		if (after < s->doclen && s->doc[after] != ' ' && s->doc[after] != '\n' &&
			s->doc[after] != '\r' && s->doc[after] != '\t')
			return false;
		return !is_abbrev(s, i - 1) || (i >= 1 && s->t[i - 1].type == TK_WORD &&
										s->t[i - 1].len == 1 && false);
	}
	return false;
}

/* --- figures -------------------------------------------------------------- */

static int
clause_start(const FxSent *s, int i)
{
	int			j;

	for (j = i - 1; j >= 0; j--)
		if (fx_is_clause_end(s, j))
			return j + 1;
	return 0;
}

static bool
in_period(const FxPeriod *p, int np, int i)
{
	int			k;

	for (k = 0; k < np; k++)
		if (i >= p[k].t0 && i < p[k].t1)
			return true;
	return false;
}

static bool
is_conj(const FxSent *s, int i)
{
	return fx_is(s, i, ",") || fx_is(s, i, "\xE3\x80\x81") || fx_is(s, i, "\xEF\xBC\x8C") ||
		fx_word(s, i, "and") || fx_word(s, i, "or") || fx_is(s, i, "和") ||
		fx_is(s, i, "与") || fx_is(s, i, "及") || fx_is(s, i, "-") ||
		fx_is(s, i, "\xE2\x80\x93") || fx_word(s, i, "to") || fx_is(s, i, "至");
}

/*
 * "the average growth rate of the added value of high-tech manufacturing
 * reached 10.4%": a rate named by "growth rate of" may stand further from
 * its figure than a bare change noun; the extra tokens to look back.
 */
/*
 * "The annual increase of total investment in fixed assets and total retail
 * sales of consumer goods has been 13.8%": a change noun that heads its
 * phrase with "of" names what changed, however long that is; the linking
 * verb still has to stand right before the figure.
 */
static int
head_noun_reach(const FxSent *s, const Fig *f, int j)
{
	static const char *const heads[] = {"increase of", "increases of", "growth of", "rise of",
	"decline of", "decrease of", NULL};
	int			k;

	for (k = j - 1; k >= f->lo && k >= j - 18; k--)
		if (fx_match_list(s, k, heads, NULL) == 2)
			return 8;
	return 0;
}

static int
rate_noun_reach(const FxSent *s, const Fig *f, int j)
{
	int			k;

	for (k = j - 1; k >= f->lo && k >= j - 16; k--)
		if (fx_match(s, k, "growth rate of") == 3 || fx_match(s, k, "growth rates of") == 3)
			return 6;
	return head_noun_reach(s, f, j);
}

/*
 * "increase the share of non-fossil energy to around 20 percent": "increase"
 * with an object and "to" is the verb, and the figure the level reached, not
 * the change.
 */
static bool
verb_with_object(const FxSent *s, int k, int j)
{
	return (fx_word(s, k + 1, "the") || fx_word(s, k + 1, "its") || fx_word(s, k + 1, "their")) &&
		fx_match_before(s, k, j, (const char *const[]) {"to", NULL}, NULL) >= 0;
}

/* Qualifier before the figure: its first token (or a); "exceed the 40 trillion" too. */
static int
qualifier_before(const FxSent *s, Fig *f)
{
	int			w = -1,
				j,
				a = f->a;

	if (fx_word(s, a - 1, "the") || fx_word(s, a - 1, "a"))
		a--;
	/* "至少为3家": the bound before the copula */
	else if (fx_is(s, a - 1, "为") && fx_match_before(s, f->lo, a - 1, fx_qual_before, NULL) >= 0)
		a--;
	j = fx_match_before(s, f->lo, a, fx_qual_before, &w);
	if (j < 0)
		return f->a;
	/* "picked up to 3.9 percent" is a verb and "to", not "at most" */
	if (fx_word(s, j, "up") && (fx_match_before(s, f->lo, j, fx_up_verbs, NULL) >= 0 ||
								fx_word(s, j - 1, "picked") || fx_word(s, j - 1, "went") ||
								fx_word(s, j - 1, "moved") || fx_word(s, j - 1, "edged")))
		return f->a;
	/* "passed 13 laws" is no threshold; "output passed 13 million" is */
	if ((fx_word(s, j, "passed") || fx_word(s, j, "passing")) && !f->num.has_scale && !f->num.unit[0])
		return f->a;
	/* "up to" after a change verb is "up" and "to": "rose up to" is rare, "up to 5%" common */
	fx_tag(fx_qual_before[w], f->qual, sizeof(f->qual));
	return j;
}

/*
 * "the average growth in two years was 6.1 percent": a change noun earlier in
 * the clause, when a linking verb stands right before the figure.
 */
static void
change_noun(const FxSent *s, Fig *f, int j)
{
	static const char *const nouns[] = {"+|growth", "+|increase", "+|rise", "+|gain",
		"-|decline", "-|decrease", "-|drop", "-|fall", "-|reduction", "+|增速", "+|增幅",
		"-|降幅", "+|增长目标", "+|增长预期目标", "-|下降目标", NULL};
	static const char *const links[] = {"was", "were", "is", "are", "of", "at", "stood at",
	"been", "to", "reached", "as high as", "as much as", "为", "是", "达", "达到", NULL};
	int			k,
				w;
	char		tag[4];

	if (fx_match_before(s, f->lo, j, links, NULL) < 0 ||
		(strcmp(f->num.unit, "%") != 0 && strcmp(f->num.unit, "pp") != 0))
		return;
	for (k = j - 1; k >= f->lo && k >= j - 10 - rate_noun_reach(s, f, j); k--)
	{
		/* the lower end of a range ("6 to 6.5 percent") is not another figure */
		if (s->t[k].type == TK_NUM &&
			!(k + 2 == j && (fx_word(s, k + 1, "to") || fx_is(s, k + 1, "-") ||
							 fx_is(s, k + 1, "\xE2\x80\x93") || fx_is(s, k + 1, "至") ||
							 fx_is(s, k + 1, "\xEF\xBC\x8D"))))
			return;
		if (fx_match_list(s, k, nouns, &w) > 0 && !verb_with_object(s, k, j))
		{
			fx_tag(nouns[w], tag, sizeof(tag));
			f->sign = tag[0] == '-' ? -1 : 1;
			f->verb = k;
			for (k = k - 1; k >= f->lo && k >= f->verb - 3; k--)
				if (fx_match_list(s, k, fx_basis_words, &w) > 0)
				{
					fx_tag(fx_basis_words[w], tag, sizeof(tag));
					f->basis = tag[0];
					break;
				}
			return;
		}
	}
}

/*
 * "增速比规模以上工业快4.6个百分点", "比上年低0.3个百分点", "比上月多1200亿元":
 * a comparative right before the figure, with 比 or 较 earlier in its clause.
 */
static bool
comparative_before(const FxSent *s, Fig *f, int j)
{
	static const char *const up[] = {"快", "高", "多", NULL};
	static const char *const down[] = {"慢", "低", "少", NULL};
	int			k,
				sign;

	if (fx_is(s, j - 1, "了"))
		j--;
	if (j - 1 < f->lo || s->t[j - 1].type != TK_HAN)
		return false;
	sign = fx_match_list(s, j - 1, up, NULL) == 1 ? 1 : fx_match_list(s, j - 1, down, NULL) == 1 ? -1 : 0;
	if (sign == 0)
		return false;
	for (k = j - 2; k >= f->lo; k--)
		if (fx_is(s, k, "比") || fx_is(s, k, "较"))
		{
			int			w;
			char		tag[4];

			f->sign = sign;
			f->verb = j - 1;
			/* 比上年 is a basis; 比规模以上工业 another series: none, whatever the sentence says */
			if (fx_match_list(s, k, fx_basis_words, &w) > 0)
			{
				fx_tag(fx_basis_words[w], tag, sizeof(tag));
				f->basis = tag[0];
			}
			else
				f->than = k;
			return true;
		}
	return false;
}

/* Change word before token j, over fillers and bases; sets sign, verb, basis. */
static void
change_before(const FxSent *s, Fig *f, int j)
{
	int			steps,
				w,
				k,
				up,
				dn,
				wu = -1,
				wd = -1,
				start = j;

	for (steps = 0; steps < 6 && j > f->lo; steps++)
	{
		if ((k = fx_match_before(s, f->lo, j, fx_basis_words, &w)) >= 0)
		{
			char		tag[4];

			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			if (!f->basis)
				f->basis = tag[0];
			j = k;
			continue;
		}
		up = fx_match_before(s, f->lo, j, fx_up_verbs, &wu);
		dn = fx_match_before(s, f->lo, j, fx_down_verbs, &wd);
		/* "made up 49.9 percent of sales": a part of a whole, not a rise */
		if (up >= 0 && dn < 0 && fx_word(s, up, "up") &&
			(fx_word(s, up - 1, "made") || fx_word(s, up - 1, "make") ||
			 fx_word(s, up - 1, "makes") || fx_word(s, up - 1, "making") ||
			 fx_word(s, up - 1, "take") || fx_word(s, up - 1, "took") || fx_word(s, up - 1, "taking")))
			break;
		if (up >= 0 || dn >= 0)
		{
			f->sign = (dn > up) ? -1 : 1;
			f->verb = dn > up ? dn : up;
			/* "went up", "picked up", "edged down" */
			if (f->verb > f->lo && (fx_word(s, f->verb - 1, "went") || fx_word(s, f->verb - 1, "go") ||
									fx_word(s, f->verb - 1, "goes") || fx_word(s, f->verb - 1, "picked") ||
									fx_word(s, f->verb - 1, "edged") || fx_word(s, f->verb - 1, "moved")))
				f->verb--;
			return;
		}
		if ((k = fx_match_before(s, f->lo, j, fx_change_fill, NULL)) >= 0 ||
			(k = fx_match_before(s, f->lo, j, fx_qual_before, NULL)) >= 0)
		{
			j = k;
			continue;
		}
		break;
	}
	if (comparative_before(s, f, j))
		return;
	change_noun(s, f, start);
}

/*
 * "增长8.3% 两年平均增长6.5%", "27.3万辆同比增长135.3%": Chinese puts the basis
 * before its change verb, so a Chinese basis right after a figure that a
 * change verb follows is the next change's, not this figure's.
 */
static bool
next_change_basis(const FxSent *s, int j, int m)
{
	return s->t[j].type == TK_HAN &&
		(fx_match_list(s, j + m, fx_up_verbs, NULL) > 0 ||
		 fx_match_list(s, j + m, fx_down_verbs, NULL) > 0);
}

/* After the figure: qualifier, "higher than", basis; returns the evidence end. */
/*
 * "5.2 percentage points slower compared to the increase in the first two
 * months": "compared to/with" after a comparative is its "than", so the
 * sentence's basis is not the gap's.
 */
static bool
comparative_compared(const FxSent *s, const Fig *f, int j)
{
	return f->sign != 0 && f->verb >= f->num.t1 && f->verb < j && fx_word(s, j, "compared") &&
		(fx_word(s, j + 1, "to") || fx_word(s, j + 1, "with"));
}

/*
 * "157 hours fewer than in the previous year": the noun of a count written
 * outside the figure (hours, days) between it and its comparative; the
 * comparative's token (j itself when no such noun stands there).
 */
static int
noun_comparative(const FxSent *s, int j)
{
	if (j + 1 < s->n && s->t[j].type == TK_WORD && !fx_word(s, j, "than") &&
		(fx_word(s, j + 1, "more") || fx_word(s, j + 1, "fewer") || fx_word(s, j + 1, "less")) &&
		fx_word(s, j + 2, "than"))
		return j + 1;
	return j;
}

static int
after_figure(const FxSent *s, Fig *f)
{
	int			j = f->b,
				c,
				m,
				w = -1;
	bool		pct = strcmp(f->num.unit, "%") == 0 || strcmp(f->num.unit, "pp") == 0;

	if ((m = fx_match_list(s, j, fx_qual_after, &w)) > 0)
	{
		if (!f->qual[0])
			fx_tag(fx_qual_after[w], f->qual, sizeof(f->qual));
		j += m;
	}
	/* "growth was 0.3 percentage points lower than in March": the comparative, not the noun */
	if (pct && f->sign != 0 && f->verb < f->num.t0 && fx_word(s, j + 1, "than") &&
		(fx_word(s, j, "lower") || fx_word(s, j, "slower") || fx_word(s, j, "higher") ||
		 fx_word(s, j, "faster")))
		f->sign = 0;
	if (pct && f->sign == 0)
	{
		if ((m = fx_match_list(s, j, fx_up_after, NULL)) > 0)
			f->sign = 1, f->verb = j, j += m;
		else if ((m = fx_match_list(s, j, fx_down_after, NULL)) > 0)
			f->sign = -1, f->verb = j, j += m;
	}
	/* "1.6 percentage points below the manufacturing average": a gap in points is a change */
	if (f->sign == 0 && strcmp(f->num.unit, "pp") == 0 && (fx_word(s, j, "above") || fx_word(s, j, "below")))
		f->sign = fx_word(s, j, "above") ? 1 : -1, f->verb = j, j++;
	/* "1.2 million fewer (farms) than at the end of 2022": up to two nouns before "than" */
	c = noun_comparative(s, j);
	for (m = c + 1; m <= c + 3 && m < s->n && s->t[m].type == TK_WORD && !fx_word(s, m, "than"); m++)
		;
	if (!pct && f->sign == 0 && fx_word(s, m, "than") &&
		(fx_word(s, m + 1, "that") || fx_word(s, m + 1, "last") || fx_word(s, m + 1, "the") ||
		 fx_word(s, m + 1, "a") || fx_word(s, m + 1, "in") || fx_word(s, m + 1, "at")))
	{
		if (fx_word(s, c, "more") || fx_word(s, c, "higher"))
			f->sign = 1, f->verb = c, j = m;
		else if (fx_word(s, c, "less") || fx_word(s, c, "fewer") || fx_word(s, c, "lower"))
			f->sign = -1, f->verb = c, j = m;
	}
	if (f->sign != 0 && fx_word(s, j, "than"))
		f->than = j;
	else if (comparative_compared(s, f, j))
		f->than = j;
	if (fx_word(s, j, "respectively") || fx_is(s, j, ","))
	{
		if (fx_word(s, j + 1, "respectively"))
			j++;
		else if (fx_is(s, j, ","))
			return j;
	}
	if ((m = fx_match_list(s, j, fx_basis_words, &w)) > 0 && !next_change_basis(s, j, m))
	{
		char		tag[4];

		fx_tag(fx_basis_words[w], tag, sizeof(tag));
		/* "growth picked up to 3.9 percent year on year": a rate with a basis is a change */
		if (f->sign == 0 && strcmp(f->num.unit, "%") == 0 && (tag[0] == 'y' || tag[0] == 'm' ||
															 tag[0] == 'q'))
			f->sign = 1;
		/* "a year" after a figure is a rate only after a change */
		if (tag[0] != 'a' || f->sign != 0)
		{
			if (!f->basis || tag[0] != 'a')
				f->basis = f->basis ? f->basis : tag[0];
			j += m;
		}
	}
	return j;
}

/*
 * "increased by 4.1 percent, year-on-year, that of …": a basis set off by
 * commas right after a change is still the change's own (after_figure stops
 * at the comma).  Only a basis that ends its clause, so "…, a year earlier
 * than planned" is left alone.
 */
static void
comma_basis(const FxSent *s, Fig *f)
{
	int			m,
				w,
				e;
	char		tag[4];

	if (f->sign == 0 || f->basis || !fx_is(s, f->b, ",") ||
		(m = fx_match_list(s, f->b + 1, fx_basis_words, &w)) == 0)
		return;
	fx_tag(fx_basis_words[w], tag, sizeof(tag));
	e = f->b + 1 + m;
	if ((tag[0] != 'y' && tag[0] != 'm' && tag[0] != 'q') ||
		!(e >= s->n || fx_is_clause_end(s, e) || fx_is(s, e, ".") || fx_word(s, e, "and")))
		return;
	f->basis = tag[0];
	f->b = e;
}

/*
 * "increased by 2.5 percent and 5.5 percent, year on year": the last of
 * coordinated changes only becomes a change when coordinated, after
 * comma_basis ran; the basis after its comma is then every joined figure's.
 */
static void
coordinated_comma_basis(const FxSent *s, Fig *fig, int nf)
{
	int			k,
				j;

	for (k = 1; k < nf; k++)
	{
		if (fig[k].sign == 0 || fig[k].basis || fig[k].verb < 0)
			continue;
		comma_basis(s, &fig[k]);
		for (j = k - 1; fig[k].basis && j >= 0 && fig[j].verb == fig[k].verb && fig[j].sign != 0; j--)
			if (!fig[j].basis)
				fig[j].basis = fig[k].basis;
	}
}

static bool
share_before(const FxSent *s, const Fig *f)
{
	int			j;

	for (j = f->a - 1; j >= f->lo && j >= f->a - 30; j--)
		if (fx_match_list(s, j, fx_share_words, NULL) > 0)
			return true;
	return false;
}

/* "25 percent of the total", "of the market", "of all": a part of a whole. */
static bool
of_whole(const FxSent *s, const Fig *f)
{
	int			j = f->num.t1;

	if (!fx_word(s, j, "of"))
		return false;
	if (fx_word(s, j + 1, "the") || fx_word(s, j + 1, "its") || fx_word(s, j + 1, "their"))
		j++;
	return fx_word(s, j + 1, "total") || fx_word(s, j + 1, "market") || fx_word(s, j + 1, "all") ||
		fx_word(s, j + 1, "sales") || fx_word(s, j + 1, "whole");
}

/*
 * "完成全年目标的95.0%", "achieving 58 percent of its annual target": a
 * percentage OF a target (plan, budget) measures how much of it the period
 * has done, a share of the period; the target's own value is elsewhere.
 */
static bool
of_target(const FxSent *s, const Fig *f)
{
	static const char *const nouns[] = {"目标", "计划", "任务", "预算", NULL};
	static const char *const words[] = {"target", "targets", "goal", "goals", "plan", "budget", "quota", NULL};
	int			j = f->num.t1,
				k;

	if (f->num.t0 >= 3 && fx_is(s, f->num.t0 - 1, "的") && fx_match_list(s, f->num.t0 - 3, nouns, NULL) == 2)
		return true;
	if (!fx_word(s, j, "of"))
		return false;
	/* "of its annual", "of the government's full-year", "of this year's": up to four words before the noun */
	for (k = j + 1; k < s->n && k <= j + 7 && !fx_is_clause_end(s, k); k++)
		if (fx_match_list(s, k, words, NULL) > 0)
			return true;
	return false;
}

/*
 * "600,000 5G base stations", "1,800 5G plus industrial internet projects":
 * a name glued to digits that opens the noun phrase is part of the noun, so
 * the count is read past it.  The token after the name, or n.
 */
static int
past_glued_name(const FxSent *s, int n)
{
	if (n + 2 < s->n && s->t[n].type == TK_NUM && s->t[n].sp && s->t[n + 1].type == TK_WORD &&
		!s->t[n + 1].sp && s->t[n + 2].type == TK_WORD && s->t[n + 1].len <= 2)
		return n + 2;
	return n;
}

/*
 * "has 1.85 million base stations, of which 300,000 were built in the second
 * quarter", "among them, 120 are new": a number standing for a part of the
 * things just counted, as the subject of its verb.
 */
static bool
partitive_count(const FxSent *s, const Fig *f, int n)
{
	static const char *const parts[] = {"of which", "of whom", "among which", "among them",
		"among these", "of these", "of them", "including", NULL};
	static const char *const verbs[] = {"were", "was", "are", "is", "have", "has", "had", NULL};
	int			a = f->num.t0;

	if (f->qual[0] && f->a < a)
		a = f->a;
	if (fx_is(s, a - 1, ","))
		a--;
	return fx_match_list(s, n, verbs, NULL) == 1 && n + 1 < s->n && s->t[n + 1].type == TK_WORD &&
		(fx_match_before(s, 0, a, parts, NULL) >= 0);
}

/*
 * "operated for an average of 3,442 hours": an average of hours or days is a
 * measured level, not a duration; a bare span ("within 24 hours") is none.
 */
static bool
average_time(const FxSent *s, const Fig *f)
{
	static const char *const avg[] = {"an average of", "average of", "averaged", "averaging",
	"averages", "on average", NULL};
	static const char *const time[] = {"hours", "days", NULL};

	return f->num.is_int && fx_match_list(s, f->num.t1, time, NULL) == 1 &&
		fx_match_before(s, f->lo, f->num.t0, avg, NULL) >= 0;
}

/*
 * "will exceed 30 in 2024", "reached 848 by the end of May": a bare number
 * after a level verb or a qualifier, then only its period to the end of the
 * clause, is a level as much as one that ends the clause.
 */
static bool
bare_before_period(const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	static const char *const verbs[] = {"reached", "reach", "reaches", "totaled", "totalled",
		"stood at", "amounted to", "hit", "numbered", "came to", "达到", "达", NULL};
	static const char *const glue[] = {"in", "by", "during", "for", "at", "the", "end", "of", NULL};
	int			k,
				e = f->num.t1;

	if (!f->num.is_int || f->num.t0 != f->num.tn ||
		(!f->qual[0] && fx_match_before(s, f->lo, f->a, verbs, NULL) < 0))
		return false;
	while (e < f->num.t1 + 4 && fx_match_list(s, e, glue, NULL) == 1)
		e++;
	for (k = 0; k < np; k++)
		if (per[k].t0 == e || per[k].t0 == f->num.t1)
			return !per[k].base && (per[k].t1 >= s->n || fx_is_clause_end(s, per[k].t1) ||
									fx_is(s, per[k].t1, ".") || fx_word(s, per[k].t1, "and"));
	return false;
}

/* Is a bare number (no unit, scale or measure word) a count here? */
static bool
bare_count(const FxSent *s, const Fig *f)
{
	int			n = f->num.t1,
				k;

	if (!f->num.is_int)
		return false;
	if (n < s->n && (fx_is(s, n, "\"") || fx_is(s, n, "\xE2\x80\x9C")))
		n++;
	n = past_glued_name(s, n);
	if (partitive_count(s, f, n))
		return true;
	if (n < s->n && s->t[n].type == TK_WORD)
	{
		if ((fx_word(s, n, "more") || fx_word(s, n, "new") || fx_word(s, n, "additional")) &&
			!fx_word(s, n + 1, "than") && n + 1 < s->n && s->t[n + 1].type != TK_PUNCT)
			return true;		/* "600,000 more 5G base stations" */
		for (k = 0; fx_count_stop[k]; k++)
			if (fx_word(s, n, fx_count_stop[k]))
				return f->qual[0] && !fx_word(s, n, "years") && !fx_word(s, n, "year") &&
					!fx_word(s, n, "times") && !fx_word(s, n, "months") && !fx_word(s, n, "days") &&
					!fx_word(s, n, "consecutive") && fx_word(s, n, "of");
		return true;
	}
	return false;
}

/*
 * "690,000 5G base stations", "12 4K cameras": a bare number before a name
 * glued of digits and letters and then a word is a count of those things,
 * as before any other noun.
 */
static bool
count_before_name(const FxSent *s, const Fig *f)
{
	int			n = f->num.t1;

	return f->num.is_int && n + 2 < s->n && s->t[n].type == TK_NUM && s->t[n].sp &&
		s->t[n + 1].type == TK_WORD && !s->t[n + 1].sp && s->t[n + 1].len <= 2 &&
		s->t[n + 2].type == TK_WORD && s->t[n + 2].sp && !fx_is_upper_word(s, n + 2);
}

/*
 * "realized double-digit growth in output, all surpassing 10%": a clause
 * opened by a comma (and "all", "each", "both") that bounds the size of a
 * change named, without a figure, in the clause before it.
 */
static void
bound_of_change(const FxSent *s, Fig *f)
{
	static const char *const nouns[] = {"+|growth", "+|increase", "+|increases", "+|rise", "+|gains",
		"-|decline", "-|declines", "-|decrease", "-|drop", NULL};
	int			j = f->lo,
				k,
				w;
	char		tag[4];

	if (f->sign != 0 || !f->qual[0] || strcmp(f->num.unit, "%") != 0 || !fx_is(s, j - 1, ","))
		return;
	if (fx_word(s, j, "all") || fx_word(s, j, "each") || fx_word(s, j, "both"))
		j++;
	if (f->a != j)
		return;
	for (k = f->lo - 2; k >= 0 && k >= f->lo - 14 && !fx_is_clause_end(s, k); k--)
	{
		if (s->t[k].type == TK_NUM)
			return;
		if (fx_match_list(s, k, nouns, &w) > 0)
		{
			fx_tag(nouns[w], tag, sizeof(tag));
			f->sign = tag[0] == '-' ? -1 : 1;
			f->verb = -1;
			return;
		}
	}
}

/*
 * "a 3.4% annual growth", "a 2 percent average decline": an adjective
 * between the figure and the change noun after it.  "annual" and "yearly"
 * give the rate per year.
 */
static void
adjective_then_change(const FxSent *s, Fig *f)
{
	int			j = f->b,
				n = 0,
				m;
	bool		annual;

	if (f->sign != 0 || (strcmp(f->num.unit, "%") != 0 && strcmp(f->num.unit, "pp") != 0))
		return;
	if (fx_word(s, j, "average"))
		n = 1;
	annual = fx_word(s, j + n, "annual") || fx_word(s, j + n, "yearly");
	if (annual)
		n++;
	if (n == 0)
		return;
	if ((m = fx_match_list(s, j + n, fx_up_after, NULL)) > 0)
		f->sign = 1;
	else if ((m = fx_match_list(s, j + n, fx_down_after, NULL)) > 0)
		f->sign = -1;
	else
		return;
	if (fx_word(s, j + n, "more") || fx_word(s, j + n, "less") || fx_word(s, j + n, "up") ||
		fx_word(s, j + n, "down"))
	{
		f->sign = 0;
		return;
	}
	f->verb = j + n;
	f->b = j + n + m;
	if (annual && !f->basis)
		f->basis = 'a';
}

/*
 * A minus glued to a figure after a word ("为-1.48‰", "增长-0.5%", "was
 * -0.99 per thousand") is its sign, not a range mark or a hyphen.  A rate per
 * thousand (births, deaths, natural growth) is a level even after 增长.
 */
static void
signed_rate(const FxSent *s, Fig *f)
{
	int			m = f->num.tn - 1;

	/* (a minus that opens a line is the mark of a list item) */
	if (m > 0 && !s->t[f->num.tn].sp && (fx_is(s, m, "-") || fx_is(s, m, "\xE2\x88\x92") ||
										  fx_is(s, m, "\xEF\xBC\x8D")) &&
		(s->t[m - 1].type == TK_HAN || s->t[m - 1].type == TK_WORD ||
		 fx_is_clause_end(s, m - 1)))
	{
		if (f->sign == 0)
			change_before(s, f, m);
		if (f->sign != 0)
			f->sign = -f->sign;
		else
			f->neg = true;
		if (f->a > m)
			f->a = f->verb >= 0 && f->verb < m ? f->verb : m;
	}
	if (strcmp(f->num.unit, "\xE2\x80\xB0") == 0 && f->sign != 0 && f->verb >= 0 &&
		(fx_is(s, f->verb + 1, "率") || fx_is(s, f->verb + 2, "率") || fx_word(s, f->verb + 1, "rate")))
	{
		f->a = f->neg ? m : f->num.t0;
		f->neg = f->sign < 0;
		f->sign = 0;
		f->verb = -1;
		f->basis = 0;
	}
}

/*
 * "the year-on-year decline widened by 0.4 percentage points" is -0.4 pp,
 * "the decline narrowed by 0.3" +0.3, "growth slowed/quickened by 0.2",
 * "降幅比1—11月份收窄2.1个百分点" +2.1: a change of a rate against the last
 * period's rate, whatever basis the rate itself has.  An English verb of
 * widening marks a rate change even without a fall word; a Chinese one only
 * after 降幅, and the basis between the two is its own ("降幅比上月收窄").
 */
static void
rate_change(const FxSent *s, Fig *f)
{
	static const char *const verbs[] = {"-|widened", "-|widen", "-|widens", "-|widening",
		"+|narrowed", "+|narrow", "+|narrows", "+|narrowing", "0|slowed", "0|accelerated",
		"0|quickened", "+|收窄", "+|缩小", "-|扩大", "-|加深", NULL};
	static const char *const falls[] = {"decline", "declines", "decrease", "drop", "fall",
		"contraction", "deficit", "deflation", "loss", "losses", "downturn", "降幅", "跌幅",
		"减幅", "下降幅度", NULL};
	int			w,
				j;
	char		tag[4];
	bool		han;

	if (f->verb < 0 || strcmp(f->num.unit, "pp") != 0 ||
		fx_match_list(s, f->verb, verbs, &w) == 0)
		return;
	fx_tag(verbs[w], tag, sizeof(tag));
	han = s->t[f->verb].type == TK_HAN;
	if (!han)
		f->rate_change = true;
	if (tag[0] == '0')
		return;
	for (j = f->verb - 1; j >= f->lo && (han || j >= f->verb - 6); j--)
		if (fx_match_list(s, j, falls, NULL) > 0)
		{
			f->sign = tag[0] == '-' ? -1 : 1;
			f->rate_change = true;
			for (; han && j < f->verb && !f->basis; j++)
				if (fx_match_list(s, j, fx_basis_words, &w) > 0)
				{
					fx_tag(fx_basis_words[w], tag, sizeof(tag));
					f->basis = tag[0];
				}
			return;
		}
}

/*
 * "cut water use per unit of GDP by around 3 percent": a verb that acts on
 * an object, then "by" and the figure.  Only verbs of acting, so that a
 * noun in the object ("growth", "output") is not taken for one.
 */
static const char *const acting_verbs[] = {"-|cut", "-|cuts", "-|cutting", "-|reduce", "-|reduces",
		"-|reduced", "-|reducing", "-|lower", "-|lowers", "-|lowered", "-|lowering",
		"-|decrease", "-|decreases", "-|decreased", "-|bring down", "-|brought down",
		"-|bringing down", "-|slash", "-|slashed", "+|raise", "+|raises", "+|raised",
		"+|raising", "+|increase", "+|increases", "+|increased", "+|boost", "+|boosted",
		"+|expand", "+|expanded", "+|lift", "+|lifted", "+|grow", "+|grows", NULL};

/* An acting verb at token j gives the figure its sign and its verb. */
static bool
acting_verb_at(const FxSent *s, int j, Fig *f)
{
	int			w;
	char		tag[4];

	if (fx_match_list(s, j, acting_verbs, &w) == 0)
		return false;
	fx_tag(acting_verbs[w], tag, sizeof(tag));
	f->sign = tag[0] == '-' ? -1 : 1;
	f->verb = j;
	return true;
}

static void
verb_object_by(const FxSent *s, Fig *f, int q)
{
	int			j;

	if (f->sign != 0 || !fx_word(s, q - 1, "by"))
		return;
	for (j = q - 2; j >= f->lo && j >= q - 16; j--)
		if (s->t[j].type == TK_NUM || acting_verb_at(s, j, f))
			return;
}

/*
 * "grow the economy, the world's second-largest, by an average of at least
 * 6.5 percent a year": "by an average of" before the figure is "by" and an
 * annual pace; an aside between two commas may part the acting verb from
 * its "by", as an object does.
 */
static void
aside_object_by(const FxSent *s, Fig *f, int q)
{
	static const char *const avg[] = {"an average of", "an annual average of", "an average annual rate of",
	"an average rate of", NULL};
	int			by = q - 1,
				commas = 0,
				m,
				j;

	for (m = q - 6; f->sign == 0 && m < q - 1; m++)
		if (m >= 0 && fx_word(s, m, "by") && fx_match_list(s, m + 1, avg, NULL) == q - m - 1)
			by = m;
	if (f->sign != 0 || !fx_word(s, by, "by"))
		return;
	for (j = by - 1; j >= 0 && j >= by - 24; j--)
	{
		if (fx_is(s, j, ";") || fx_is(s, j, ":") || fx_is(s, j, "\xEF\xBC\x9B") || s->t[j].type == TK_NUM)
			return;
		if ((fx_is(s, j, ",") || fx_is(s, j, "\xEF\xBC\x8C")) && ++commas > 2)
			return;
		if (commas != 1 && acting_verb_at(s, j, f))
		{
			if (by < q - 1 && !f->basis)
				f->basis = 'a';
			return;
		}
	}
}

/*
 * "PUE will be lowered to less than 1.5", "the ratio rose to 2.6": a bare
 * number after a change verb and "to" is the level reached (an index, a
 * ratio), when its clause ends there.
 */
static bool
level_after_to(const FxSent *s, const Fig *f)
{
	int			q = f->a;

	if (f->sign != 0 || !fx_word(s, q - 1, "to") || q < 2)
		return false;
	if (!(fx_is_clause_end(s, f->b) || fx_is(s, f->b, ".") || f->b >= s->n ||
		  fx_word(s, f->b, "by") || fx_word(s, f->b, "in")))
		return false;
	return fx_match_list(s, q - 2, acting_verbs, NULL) > 0 ||
		fx_match_before(s, 0, q - 1, fx_up_verbs, NULL) >= 0 ||
		fx_match_before(s, 0, q - 1, fx_down_verbs, NULL) >= 0;
}

/*
 * "cut the energy use of enterprises with revenues of more than 20 million
 * yuan (about $2.99 million) by 13.5 percent": a long object, with figures
 * and brackets of its own, between the acting verb and "by".  The figure
 * after "by" is the change; those inside the object are marked by
 * object_figures (they define what is cut).  Not across , ; or :.
 */
static void
long_object_by(const FxSent *s, Fig *f, int q)
{
	int			j;

	if (f->sign != 0 || !fx_word(s, q - 1, "by"))
		return;
	for (j = q - 2; j >= 0 && j >= q - 48; j--)
		if (fx_is(s, j, ",") || fx_is(s, j, ";") || fx_is(s, j, ":") ||
			fx_is(s, j, "\xEF\xBC\x8C") || fx_is(s, j, "\xEF\xBC\x9B") ||
			acting_verb_at(s, j, f))
			return;
}

/* The figures inside the object of a change read by long_object_by: levels of no period, no targets. */
static void
object_figures(Fig *fig, int nf)
{
	int			k,
				j;

	for (k = 0; k < nf; k++)
		for (j = 0; j < k; j++)
			if (fig[k].sign != 0 && fig[k].verb >= 0 && fig[j].num.t0 > fig[k].verb &&
				fig[j].num.t1 <= fig[k].num.t0 && fig[j].sign == 0)
				fig[j].in_object = true;
}

/*
 * "grew faster, by 8.9 percent and 7.9 percent respectively": the change
 * verb and an adverb of manner, then a comma and "by" opening the figure's
 * clause.
 */
static void
verb_comma_by(const FxSent *s, Fig *f, int q)
{
	static const char *const adverbs[] = {"faster", "fastest", "slower", "slowest", "more",
		"most", "sharply", "strongly", "rapidly", "steadily", "slightly", "markedly",
		"significantly", "notably", "quickly", "fast", "further", "again", NULL};
	int			e,
				up,
				dn;

	if (f->sign != 0 || !fx_word(s, q - 1, "by") || f->lo != q - 1 || !fx_is(s, q - 2, ","))
		return;
	for (e = q - 2; e > 0 && q - 2 - e < 2; e--)
	{
		up = fx_match_before(s, 0, e, fx_up_verbs, NULL);
		dn = fx_match_before(s, 0, e, fx_down_verbs, NULL);
		if (up >= 0 || dn >= 0)
		{
			f->sign = dn > up ? -1 : 1;
			f->verb = dn > up ? dn : up;
			return;
		}
		if (fx_match_list(s, e - 1, adverbs, NULL) != 1)
			return;
	}
}

/*
 * "实现年均5.4%的增长", "6.5%的增长目标", "3%的降幅": a Chinese change noun
 * after the figure and 的 makes the figure the change; a basis right before
 * the figure (年均, 同比) is its own.
 */
static void
de_change(const FxSent *s, Fig *f)
{
	static const char *const nouns[] = {"+|增长", "+|增速", "+|增幅", "+|涨幅", "+|提高", "+|提升",
		"-|下降", "-|降幅", "-|降低", "-|减少", NULL};
	int			j = f->b,
				w,
				k;
	char		tag[4];

	if (f->sign != 0 || strcmp(f->num.unit, "%") != 0 || !fx_is(s, j, "的") ||
		fx_match_list(s, j + 1, nouns, &w) == 0)
		return;
	fx_tag(nouns[w], tag, sizeof(tag));
	f->sign = tag[0] == '-' ? -1 : 1;
	f->verb = j + 1;
	f->b = j + 1 + fx_match_list(s, j + 1, nouns, NULL);
	if (!f->basis && (k = fx_match_before(s, f->lo, f->a, fx_basis_words, &w)) >= 0)
	{
		fx_tag(fx_basis_words[w], tag, sizeof(tag));
		f->basis = tag[0];
		f->a = k;
	}
}

/*
 * "保持10%左右的年增长", "实现8%以上的年均增长": a yearly growth noun after
 * the figure and 的 makes the figure a change per year (de_change takes the
 * noun only right after 的, and reads no basis from 年 inside it).
 */
static void
annual_de_change(const FxSent *s, Fig *f)
{
	static const char *const nouns[] = {"年均增长", "年均增速", "年均增幅", "年增长", "年增速",
		"年增幅", "年平均增长", NULL};
	int			m;

	if (f->sign != 0 || strcmp(f->num.unit, "%") != 0 || !fx_is(s, f->b, "的") ||
		(m = fx_match_list(s, f->b + 1, nouns, NULL)) == 0)
		return;
	f->sign = 1;
	f->verb = f->b + 1;
	f->b = f->b + 1 + m;
	if (!f->basis)
		f->basis = 'a';
}

/*
 * "the number of applications has surpassed 20,000", "exceeded 3,000": a
 * verb of passing a threshold states the level, as "reached" does.
 */
static bool
passing_verb(const FxSent *s, int q)
{
	static const char *const verbs[] = {"surpassed", "surpasses", "exceeded", "exceeds", "topped",
		"tops", "broke through", "broken through", "突破", "超过", NULL};

	return q < s->n && fx_match_list(s, q, verbs, NULL) > 0;
}

static void
read_figure(const FxSent *s, Fig *f)
{
	int			q;

	f->a = f->num.t0;
	f->b = f->num.t1;
	f->lo = clause_start(s, f->a);
	f->verb = -1;
	f->group = -1;
	f->than = -1;
	f->range_lo = -1;
	if (f->num.qual[0])
		memcpy(f->qual, f->num.qual, sizeof(f->qual));
	q = qualifier_before(s, f);
	change_before(s, f, q);
	verb_object_by(s, f, q);
	aside_object_by(s, f, q);
	long_object_by(s, f, q);
	verb_comma_by(s, f, q);
	rate_change(s, f);
	if (f->verb >= 0 && f->verb < q)
		f->a = f->verb;
	else
		f->a = q;
	f->b = after_figure(s, f);
	comma_basis(s, f);
	de_change(s, f);
	annual_de_change(s, f);
	adjective_then_change(s, f);
	bound_of_change(s, f);
	signed_rate(s, f);
	if (f->sign == 0 && (fx_match_before(s, f->lo, q, fx_level_verbs, NULL) >= 0 || passing_verb(s, q)))
		f->level_verb = true;
	if (f->sign == 0 && strcmp(f->num.unit, "%") == 0)
		f->share = share_before(s, f) || of_whole(s, f);
	if (f->sign == 0 && strcmp(f->num.unit, "%") == 0 && of_target(s, f))
		f->share = f->progress = true;
}

static bool
is_range_mark(const FxSent *s, int i)
{
	return fx_is(s, i, "-") || fx_is(s, i, "\xE2\x80\x93") || fx_is(s, i, "\xE2\x80\x94") ||
		fx_word(s, i, "to") || fx_is(s, i, "至") || fx_is(s, i, "~") || fx_is(s, i, "\xEF\xBD\x9E") ||
		fx_is(s, i, "到") || fx_is(s, i, "\xEF\xBC\x8D");
}

/* Is p below c, scales applied ("5-6%", "3 to 5"; not a score "3-2")? */
static bool
ascending(const Fig *p, const Fig *c)
{
	char		a[FACT_VALUE_LEN],
				b[FACT_VALUE_LEN];

	return fx_decimal(p->num.mant, p->num.scale, a, sizeof(a)) &&
		fx_decimal(c->num.mant, c->num.scale, b, sizeof(b)) && fx_dec_cmp(a, b) < 0;
}

static bool
same_unit(const Fig *p, const Fig *c)
{
	return !p->num.unit[0] || !c->num.unit[0] || strcmp(p->num.unit, c->num.unit) == 0;
}

static bool respectively(const FxSent *s, int from);

/*
 * "grew 6.7 percent in the eastern region, 6.9 percent in the central
 * region and 12 percent in the northeast": after a change, a list whose items
 * repeat the figure-then-place pattern (the same preposition right after each
 * figure) are changes too.
 */
static bool
parallel_place(const FxSent *s, const Fig *p, const Fig *c, int gap0)
{
	int			j;

	if (p->sign == 0 || c->sign != 0 || c->verb >= 0 || strcmp(p->num.unit, c->num.unit) != 0 ||
		!c->num.unit[0] || c->num.t0 - gap0 < 3 || c->num.t0 - gap0 > 8 ||
		!(fx_word(s, gap0, "in") || fx_word(s, gap0, "for") || fx_word(s, gap0, "among")) ||
		c->num.t1 >= s->n || s->t[gap0].len != s->t[c->num.t1].len ||
		strncmp(s->doc + s->t[gap0].off, s->doc + s->t[c->num.t1].off, s->t[gap0].len) != 0 ||
		!is_conj(s, c->num.t0 - 1) || fx_word(s, c->num.t0 - 1, "to"))
		return false;
	for (j = gap0 + 1; j < c->num.t0 - 1; j++)
		if ((s->t[j].type != TK_WORD && !(fx_is(s, j, ",") && j == c->num.t0 - 2)) ||
			fx_word(s, j, "and") || fx_word(s, j, "or"))
			return false;
	return true;
}

/*
 * "retail sales grew 8.5 percent and fixed-asset investment 5 percent": the
 * verb of a change left out of the next clause (a noun phrase and a rate,
 * then the clause ends); the rate is a change like the first.
 */
static bool
gapped_change(const FxSent *s, const Fig *p, const Fig *c, int gap0)
{
	static const char *const stops[] = {"was", "were", "is", "are", "be", "been", "had", "has",
		"have", "at", "to", "by", "with", "while", "whereas", "than", "which", "that", "its",
		"it", "their", "percent", NULL};
	int			j = gap0,
				e = c->num.t1;

	if (p->sign == 0 || c->sign != 0 || c->verb >= 0 || strcmp(p->num.unit, "%") != 0 ||
		strcmp(c->num.unit, "%") != 0 || c->qual[0])
		return false;
	if (fx_is(s, j, ","))
		j++;
	if (!fx_word(s, j, "and"))
		return false;
	if (c->num.t0 - j < 2 || c->num.t0 - j > 6)
		return false;
	for (j++; j < c->num.t0; j++)
		if ((s->t[j].type != TK_WORD && !(fx_is(s, j, "-") && !s->t[j].sp)) ||
			fx_match_list(s, j, stops, NULL) == 1 ||
			fx_match_list(s, j, fx_basis_words, NULL) > 0)
			return false;
	return e >= s->n || fx_is_clause_end(s, e) || fx_is(s, e, ".") || fx_word(s, e, "and");
}

/*
 * "up by 1.66 million tonnes, or 0.3 percent, compared with last year": the
 * commas set the percentage off as an aside, but "or" still restates the same
 * change in another measure, as it does without them.
 */
static bool
restated_after_comma(const FxSent *s, int gap0, int t0)
{
	return t0 == gap0 + 2 && fx_is(s, gap0, ",") && fx_word(s, gap0 + 1, "or");
}

/*
 * Coordinated figures ("38.8% and 29.6%, respectively", "5%、6%和7%") share
 * their words; "5%-6%" and "3 to 5" are ranges.
 */
static void
coordinate(const FxSent *s, Fig *fig, int nf)
{
	int			k,
				j;

	for (k = 1; k < nf; k++)
	{
		Fig		   *p = &fig[k - 1],
				   *c = &fig[k];
		bool		conj = true,
					word = false;
		int			gap0 = p->num.t1 + fx_match_list(s, p->num.t1, fx_qual_after, NULL);

		/* "rose by 93.4 percent to 6.887 million": the level reached, not another change */
		if (p->sign != 0 && c->sign == 0 && fx_word(s, c->num.t0 - 1, "to") &&
			c->num.t0 - 1 >= p->num.t1 && c->num.t0 - 1 <= p->b && strcmp(p->num.unit, c->num.unit) != 0)
		{
			c->level_verb = true;
			continue;
		}
		/* "up 4.6 percent (4.4 percent in real terms)": the same change, otherwise measured */
		if (p->sign != 0 && c->sign == 0 && c->verb < 0 && fx_is(s, c->num.t0 - 1, "(") &&
			c->num.t0 - 1 >= p->num.t1 && c->num.t0 - 1 <= p->b && strcmp(p->num.unit, c->num.unit) == 0)
		{
			c->sign = p->sign;
			c->verb = p->verb;
			if (!c->basis)
				c->basis = p->basis;
			continue;
		}
		/* "rose 7.4 percent year on year and 0.42 percent": the first figure's basis is no gap */
		if (p->sign != 0 && p->b > gap0 && p->b < c->num.t0 && p->b - gap0 <= 8)
			gap0 = p->b;

		if (((c->num.t0 == gap0 + 1 && fx_word(s, gap0, "or")) || restated_after_comma(s, gap0, c->num.t0)) &&
			p->sign != 0 && c->verb < 0)
		{
			c->sign = p->sign;		/* "an increase of 13.36 million tonnes or 2.0 percent" */
			c->verb = p->verb;
			c->group = p->group >= 0 ? p->group : k - 1;
			comma_basis(s, c);	/* ", or 0.3 percent, compared with last year" */
			continue;
		}
		/* "grew by 3 percent in 2022 and an average of 5.2 percent": fillers are no gap */
		{
			int			e = c->num.t0,
						m;

			while (e > gap0 && ((m = fx_match_before(s, gap0, e, fx_change_fill, NULL)) >= 0 ||
								(m = fx_match_before(s, gap0, e, fx_qual_before, NULL)) >= 0))
				e = m;
			for (m = gap0; m < e - 1; m++)
				if (!is_conj(s, m) && !fx_year_like(s, m) && !fx_word(s, m, "in") &&
					!fx_word(s, m, "during") && !fx_word(s, m, "for"))
					break;
			if (p->sign != 0 && c->sign == 0 && e < c->num.t0 && e - gap0 >= 1 && e - gap0 <= 4 &&
				m == e - 1 && is_conj(s, e - 1) && same_unit(p, c) && c->num.unit[0])
			{
				c->sign = p->sign;
				c->verb = p->verb;
				for (m = e; m < c->num.t0; m++)
					if (fx_word(s, m, "average") && !c->basis)
						c->basis = 'a';
				continue;
			}
		}
		if (parallel_place(s, p, c, gap0) || gapped_change(s, p, c, gap0))
		{
			c->sign = p->sign;
			c->verb = p->verb;
			if (!c->basis)
				c->basis = p->basis;
			continue;
		}
		if (c->num.t0 < gap0 || c->num.t0 - gap0 > 3 || !same_unit(p, c))
			continue;
		if (c->num.t0 - gap0 == 1 && is_range_mark(s, gap0) && !p->start &&
			(c->sign == 0 || c->verb < p->num.t0) && (p->num.is_int || c->num.unit[0]) &&
			ascending(p, c))
		{
			c->range_lo = k - 1;
			p->in_range = true;
			if (p->sign == 0)
				p->sign = c->sign;
			if (!p->num.unit[0])
				memcpy(p->num.unit, c->num.unit, sizeof(c->num.unit));
			continue;
		}
		for (j = gap0; j < c->num.t0; j++)
		{
			if (!is_conj(s, j))
				conj = false;
			if (!fx_is(s, j, ","))
				word = true;
		}
		if (!conj || (!word && !respectively(s, c->num.t1)))
			continue;
		c->group = p->group >= 0 ? p->group : k - 1;
		if (c->sign == 0 && p->sign != 0)
		{
			c->sign = p->sign;
			c->verb = p->verb;
			if (c->than < 0)
				c->than = p->than;	/* "比规模以上工业快4.6和3.1个百分点": one comparison */
		}
		if (!c->share)
			c->share = p->share;
		/* "by about 2 percent and 3 percent respectively": the qualifier is the group's */
		if (!c->qual[0] && p->qual[0] && respectively(s, c->num.t1))
			memcpy(c->qual, p->qual, sizeof(c->qual));
		c->level_verb |= p->level_verb;
		if (!c->num.unit[0] && p->num.unit[0] && !c->num.has_scale)
			memcpy(c->num.unit, p->num.unit, sizeof(c->num.unit));
	}
	/* the basis and "respectively" after the last figure hold for the whole group */
	for (k = nf - 1; k > 0; k--)
		if (fig[k].group >= 0)
		{
			Fig		   *g = &fig[k - 1];

			if (!g->basis)
				g->basis = fig[k].basis;
			if (fx_word(s, fig[k].b, "respectively") || fx_word(s, fig[k].num.t1, "respectively") ||
				fig[k].level_verb)
				g->level_verb = true;
			if (g->sign == 0 && fig[k].sign != 0 && fig[k].verb >= fig[k].num.t1)
			{
				g->sign = fig[k].sign;
				g->than = fig[k].than;	/* "7.4 and 12.1 points slower than …": one comparison */
			}
			/* "快4.6和3.1个百分点", "分别增长3.2、4.5和6.1%": the unit written once, after the last figure, is the group's */
			if (!g->num.unit[0] && !g->num.has_scale && !g->num.measure &&
				(strcmp(fig[k].num.unit, "%") == 0 || strcmp(fig[k].num.unit, "pp") == 0))
				memcpy(g->num.unit, fig[k].num.unit, sizeof(g->num.unit));
		}
}

/*
 * "高于全部工业2.1个、1.6个百分点", "提高0.6个、0.3个百分点": a list whose
 * figures each keep the measure word 个 and whose last one alone ends in
 * 百分点: every figure is in points, not a count of things.
 */
static void
points_written_once(const FxSent *s, Fig *fig, int nf)
{
	int			k;

	for (k = nf - 2; k >= 0; k--)
	{
		Fig		   *p = &fig[k],
				   *c = &fig[k + 1];

		if (p->num.measure && !p->num.unit[0] && !p->num.has_scale && strcmp(c->num.unit, "pp") == 0 &&
			fx_is(s, p->num.t1 - 1, "个") && c->num.t0 == p->num.t1 + 1 &&
			(fx_is(s, p->num.t1, "\xE3\x80\x81") || fx_is(s, p->num.t1, "和") || fx_is(s, p->num.t1, "及") ||
			 fx_is(s, p->num.t1, "与")))
		{
			strcpy(p->num.unit, "pp");
			p->num.measure = false;
		}
	}
}

/*
 * "增速高于全部工业2.1个百分点", "低于制造业平均水平0.5个百分点": a gap in
 * points to another series named after 高于/快于/低于/慢于 is a change with
 * no basis (the Chinese form of "1.6 percentage points below the average"),
 * also when the series named is a growth rate (高于…增速6.4个百分点).
 */
static void
gap_to_series(const FxSent *s, Fig *fig, int nf)
{
	static const char *const words[] = {"+|高于", "+|快于", "-|低于", "-|慢于", NULL};
	int			k,
				j,
				w;
	char		tag[4];

	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (strcmp(f->num.unit, "pp") != 0)
			continue;
		for (j = f->num.t0 - 1; j >= f->lo && j >= f->num.t0 - 16; j--)
		{
			if (s->t[j].type == TK_NUM)
				break;
			/* "高于全国固定资产投资增速6.4个百分点": the 增速 after 高于 names the other series */
			if (fx_match_list(s, j, words, &w) == 2 && (f->sign == 0 || f->verb > j))
			{
				f->basis = 0;
				fx_tag(words[w], tag, sizeof(tag));
				f->sign = tag[0] == '-' ? -1 : 1;
				f->verb = j;
				f->than = j;
				f->a = j;
				f->qual[0] = 0;
				break;
			}
		}
	}
}

/*
 * "增长8%,低于1~4月0.7个百分点": a gap in points to the rate of an earlier
 * span named after 高于/低于/快于/慢于 is the rate's change against that span
 * (gap_to_series stops at the span's digits, so the span is stepped over here).
 */
static void
gap_to_span(const FxSent *s, const FxPeriod *per, int np, Fig *fig, int nf)
{
	static const char *const words[] = {"+|高于", "+|快于", "-|低于", "-|慢于", NULL};
	int			k,
				p,
				w;
	char		tag[4];

	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (f->sign != 0 || strcmp(f->num.unit, "pp") != 0)
			continue;
		for (p = 0; p < np; p++)
			if (per[p].base && per[p].t1 == f->num.t0 && per[p].t0 >= 2 &&
				fx_match_list(s, per[p].t0 - 2, words, &w) == 2)
			{
				fx_tag(words[w], tag, sizeof(tag));
				f->sign = tag[0] == '-' ? -1 : 1;
				f->verb = per[p].t0 - 2;
				f->than = per[p].t0 - 2;
				f->a = per[p].t0 - 2;
				f->qual[0] = 0;
			}
	}
}

/*
 * "the growth rate exceeded that of industry by 6.8 percentage points and
 * 0.6 percentage points respectively": points by which a rate exceeds (or
 * trails) "that of" another series are a gap to it, with no basis, the
 * English form of 高于…个百分点; a second figure joined by "and" is one too.
 */
static void
gap_exceeding(const FxSent *s, Fig *fig, int nf)
{
	static const char *const verbs[] = {"+|exceeded", "+|exceeding", "+|exceeds", "+|exceed",
		"+|outpaced", "+|outpacing", "+|outstripped", "-|trailed", "-|trailing", NULL};
	int			k,
				j,
				w,
				gap = -1;
	char		tag[4];

	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (strcmp(f->num.unit, "pp") != 0 || !fx_word(s, f->num.t0 - 1, "by"))
		{
			/* "… and 0.6 percentage points respectively": the second of the pair */
			if (gap >= 0 && gap == k - 1 && strcmp(f->num.unit, "pp") == 0 &&
				fx_word(s, f->num.t0 - 1, "and") && fx_word(s, fig[gap].num.t1, "and"))
			{
				f->sign = fig[gap].sign;
				f->basis = 0;
				f->than = fig[gap].than;
				f->verb = fig[gap].verb;
				f->qual[0] = 0;
			}
			continue;
		}
		for (j = f->num.t0 - 2; j >= f->lo && j >= f->num.t0 - 16; j--)
		{
			if (s->t[j].type == TK_NUM)
				break;
			if ((fx_match(s, j, "that of") == 2 || fx_match(s, j, "those of") == 2) &&
				fx_match_list(s, j - 1, verbs, &w) == 1)
			{
				fx_tag(verbs[w], tag, sizeof(tag));
				f->sign = tag[0] == '-' ? -1 : 1;
				f->basis = 0;
				f->verb = j - 1;
				f->than = j - 1;
				f->qual[0] = 0;
				gap = k;
				break;
			}
		}
	}
}

/* "last year's target of around 6.5 percent": a target named right before the figure. */
static bool
target_noun(const FxSent *s, const Fig *f)
{
	int			j;

	/* "a growth target of 6 percent": the change noun opens the evidence, the target noun follows it */
	for (j = f->num.t0 - 1; j >= f->lo && j >= f->a - 6; j--)
		if (fx_word(s, j, "target") || fx_word(s, j, "goal") || fx_match(s, j, "目标") == 2)
			return true;
	return false;
}

/* "a growth target of 6 percent": the target noun after the change noun names the value itself */
static bool
named_change(const FxSent *s, const Fig *f)
{
	int			j;

	for (j = f->verb + 1; f->verb >= 0 && j < f->num.t0; j++)
		if (fx_word(s, j, "target") || fx_word(s, j, "goal") || fx_match(s, j, "目标") == 2)
			return true;
	/* "6.5%的增长目标": the target noun after the change noun after the figure */
	return f->verb > f->num.t0 && f->b < s->n && fx_match(s, f->b, "目标") == 2;
}

/*
 * "had set a growth target of 6 percent, with more than 700,000 new urban
 * jobs, consumer prices up by about 3 percent and …": the items of a
 * ", with" clause after a target are targets too, not ";" away.
 */
static bool
target_with(const FxSent *s, const Fig *f)
{
	int			j,
				w = -1;

	for (j = f->a - 1; j > 0; j--)
	{
		if (fx_is(s, j, ";") || fx_is(s, j, "\xEF\xBC\x9B"))
			return false;
		if (w < 0 && fx_word(s, j, "with") && fx_is(s, j - 1, ","))
			w = j;
		if (w >= 0 && j < w && (fx_word(s, j, "target") || fx_word(s, j, "targets") ||
								fx_word(s, j, "goal") || fx_word(s, j, "goals")))
			return true;
	}
	return false;
}

/* "manufacturing by 10.5 percent": a change figure takes the verb of the last one. */
static void
inherit_change(const FxSent *s, Fig *fig, int nf)
{
	int			k;

	for (k = 1; k < nf; k++)
		if (fig[k].sign == 0 && fx_word(s, fig[k].num.t0 - 1, "by") && fig[k - 1].sign != 0)
		{
			fig[k].sign = fig[k - 1].sign;
			if (!fig[k].basis)
				fig[k].basis = fig[k - 1].basis;
		}
		else if (fig[k].sign == 0 && strcmp(fig[k].num.unit, "%") == 0 && target_noun(s, &fig[k]))
		{
			int			j;

			/* "a growth target of 6-6.5 percent, lower than last year's target of 6.5 percent" */
			for (j = k - 1; j >= 0; j--)
				if (fig[j].sign != 0 && strcmp(fig[j].num.unit, "%") == 0)
				{
					fig[k].sign = fig[j].sign;
					break;
				}
		}
}

/*
 * "grew 5.5 percent, compared with 6.1 percent for the first nine months":
 * a bare rate recalled to compare with a change is a change of the same
 * kind; a level ("was 5.0 percent, down from 5.3 percent") stays a level.
 */
static void
compared_changes(const FxSent *s, Fig *fig, int nf)
{
	static const char *const opens[] = {"compared with", "compared to", "versus", "vs",
		"against", "as against", "up from", "down from", NULL};
	int			k,
				j,
				m;

	for (k = 1; k < nf; k++)
	{
		Fig		   *c = &fig[k];

		if (c->sign != 0 || (strcmp(c->num.unit, "%") != 0 && strcmp(c->num.unit, "pp") != 0) ||
			(m = fx_match_list(s, c->lo, opens, NULL)) == 0 || c->lo + m < c->a - 2 ||
			c->lo + m > c->num.t0)
			continue;
		for (j = k - 1; j >= 0; j--)
			if (fig[j].num.t0 < c->lo && strcmp(fig[j].num.unit, c->num.unit) == 0)
				break;
		if (j < 0 || fig[j].sign == 0)
			continue;
		c->sign = fig[j].sign;
		c->verb = c->lo;
		if (!c->basis)
			c->basis = fig[j].basis;
	}
}

/*
 * ", accelerating from 2.1 percent in August", ", slightly below the 6.0
 * percent recorded in the first half": a clause that sets the figure
 * against an earlier rate of the same series.  The tokens its opening
 * takes (a degree adverb, the comparison, "the" after below/above), or 0.
 */
static int
recall_open(const FxSent *s, int lo)
{
	static const char *const degree[] = {"slightly", "marginally", "well", "just", "somewhat",
		"sharply", "significantly", NULL};
	static const char *const opens[] = {"accelerating from", "quickening from", "picking up from",
		"speeding up from", "rising from", "edging up from", "slowing from", "decelerating from",
		"easing from", "falling from", "edging down from", "slowing down from", "below the",
		"above the", "lower than the", "higher than the", "faster than the", "slower than the", NULL};
	int			d = fx_match_list(s, lo, degree, NULL),
				m = fx_match_list(s, lo + d, opens, NULL);

	return m > 0 ? d + m : 0;
}

/*
 * The rate such a clause recalls, after a change in the same unit, is a
 * change of the same kind, with its sign and basis; "below" there is the
 * comparison, not a bound on the figure.
 */
static void
recalled_changes(const FxSent *s, Fig *fig, int nf)
{
	int			k,
				j,
				m;

	for (k = 1; k < nf; k++)
	{
		Fig		   *c = &fig[k];

		if ((strcmp(c->num.unit, "%") != 0 && strcmp(c->num.unit, "pp") != 0) ||
			(m = recall_open(s, c->lo)) == 0 || c->lo + m != c->num.t0)
			continue;
		c->qual[0] = '\0';
		for (j = k - 1; j >= 0; j--)
			if (fig[j].num.t0 < c->lo && strcmp(fig[j].num.unit, c->num.unit) == 0)
				break;
		if (c->sign != 0 || j < 0 || fig[j].sign == 0)
			continue;
		c->sign = fig[j].sign;
		c->verb = c->lo;
		if (!c->basis)
			c->basis = fig[j].basis;
	}
}

/*
 * The basis a change states elsewhere in its sentence ("In terms of
 * month-on-month growth"): the nearest one before token to, not across a
 * ";".  memo[t] (-1: not known yet) keeps the answer for every t the search
 * passed, so the figures of one long sentence share one backward scan.
 */
static char
sentence_basis(const FxSent *s, int to, signed char *memo)
{
	int			j,
				w,
				m,
				t;
	char		tag[4],
				r = 0;

	for (j = to - 1; j >= 0; j--)
	{
		if (memo[j + 1] >= 0)
		{
			r = (char) memo[j + 1];
			break;
		}
		if (fx_is(s, j, ";") || fx_is(s, j, "\xEF\xBC\x9B"))
			break;				/* a new item of a list */
		if ((m = fx_match_list(s, j, fx_basis_words, &w)) > 0)
		{
			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			if (tag[0] != 'a' || fx_match(s, j, "a year") == 0)
			{
				r = tag[0];
				break;
			}
		}
	}
	for (t = j + 1 > 0 ? j + 1 : 0; t <= to; t++)
		memo[t] = (signed char) r;
	return r;
}

/*
 * The basis a sentence sets for the rest of its paragraph: an opening clause
 * with a basis and no figure ("On a month-on-month basis,", "From the
 * previous month,"); a sentence that names another basis ends it.
 */
static void
paragraph_basis(Ctx *ctx, const FxSent *s)
{
	int			i,
				w,
				m;
	char		tag[4],
				named = 0;
	bool		opening = true;

	for (i = 0; i < s->n; i++)
	{
		if (s->t[i].type == TK_NUM)
			opening = false;
		if (opening && i > 0 && fx_is_clause_end(s, i))
		{
			if (named)
			{
				ctx->para_basis = named;
				return;
			}
			opening = false;
		}
		if (!opening && !ctx->para_basis)
			return;				/* nothing to set, nothing to end */
		if ((m = fx_match_list(s, i, fx_basis_words, &w)) > 0)
		{
			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			if (tag[0] == 'y' || tag[0] == 'm' || tag[0] == 'q')
				named = tag[0];
			i += m - 1;
		}
	}
	if (named && named != ctx->para_basis)
		ctx->para_basis = 0;
}

/* --- facts ------------------------------------------------------------------ */

/* Format into dst[cap]; false (and "") if it does not fit. */
static bool put(char *dst, size_t cap, const char *fmt,...) __attribute__((format(printf, 3, 4)));

static bool
put(char *dst, size_t cap, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(dst, cap, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t) n >= cap)
	{
		dst[0] = '\0';
		return false;
	}
	return true;
}

static const char *
basis_name(char b)
{
	switch (b)
	{
		case 'y':
			return " yoy";
		case 'm':
			return " mom";
		case 'q':
			return " qoq";
		case 'a':
			return " pa";
		case 'c':
			return " cum";
	}
	return "";
}

static void
set_span(const FxSent *s, Fact *fact, int a, int b)
{
	if (b <= a)
		b = a + 1;
	if (b > s->n)
		b = s->n;
	fact->span_start = s->t[a].cp;
	fact->span_end = s->t[b - 1].cp + s->t[b - 1].cplen;
}

static bool
subject_skip(const FxSent *s, int i)
{
	return fx_match_list(s, i, fx_subject_skip, NULL) == 1;
}

/* Words that end a clause's subject: verbs, qualifiers, bases. */
static const char *const tail_words[] = {
	"has", "have", "had", "been", "will", "be", "would", "newly", "already", "also",
	"by", "of", "a", "an", "slightly", "was", "were", "is", "are", "at", "reached",
	"了", "为", "达", "达到", "分别", "均", "有所", "是", "实现", "共", "累计", "已", "已经",
	"新增", "的", "比", "较", "超", "约", "近", "至", "名义", "实际", "a record high of",
	"hit a record high of", "reached a record high of", "a record high", "hit a record",
	NULL
};

static int
trim_tail(const FxSent *s, int a, int b)
{
	const char *const *lists[] = {tail_words, fx_level_verbs, fx_up_verbs, fx_down_verbs,
		fx_share_words, fx_goal_words, fx_basis_words, fx_qual_before, NULL};
	bool		changed = true;
	int			k,
				j;

	while (changed && b > a)
	{
		changed = false;
		if (s->t[b - 1].type == TK_PUNCT && !fx_is(s, b - 1, ")") && !fx_is(s, b - 1, "\xEF\xBC\x89"))
		{
			b--;
			changed = true;
			continue;
		}
		{
			int			best = b;

			for (k = 0; lists[k]; k++)
				if ((j = fx_match_before(s, a, b, lists[k], NULL)) >= a && j < best)
					best = j;
			changed = best < b;
			b = best;
		}
	}
	return b;
}

/* The phrase the figure is about: the noun after a count, else its clause before it. */
static void
find_subject(const FxSent *s, const FxPeriod *per, int np, Fig *f)
{
	int			a,
				b,
				k;
	int			noun = f->num.noun;

	f->sa = f->sb = 0;
	if (noun >= 0 && fx_match_list(s, noun, fx_qual_after, NULL) > 0)
		noun += fx_match_list(s, noun, fx_qual_after, NULL);
	if (noun >= s->n || (noun >= 0 && (fx_is_clause_end(s, noun) || s->t[noun].type == TK_PUNCT) &&
						 !fx_is(s, noun, "\"") && !fx_is(s, noun, "\xE2\x80\x9C")))
		noun = -1;
	if (noun >= 0 && (fx_word(s, noun, "of") && !fx_is_clause_end(s, noun + 1)) &&
		(strcmp(f->num.unit, "CNY") == 0 || strcmp(f->num.unit, "USD") == 0 ||
		 strcmp(f->num.unit, "t") == 0))
		noun++;					/* "184.1 billion yuan of arrears" */
	else if (noun >= 0 && f->num.unit[0])
		noun = -1;
	if (noun >= 0 && f->sign == 0 && !f->share &&
		(s->t[noun].type == TK_WORD || f->num.measure ||
		 (s->t[noun].type == TK_NUM && noun + 1 < s->n && !s->t[noun + 1].sp)))
	{
		a = noun;
		for (b = a; b < s->n && b < a + 12; b++)
		{
			const FxTok *t = &s->t[b];

			/* "new 5G base stations": a digit glued to a word is part of a name */
			if (fx_is_clause_end(s, b) ||
				(t->type == TK_NUM && (t->sp || b == a) &&
				 !(b > a && b + 1 < s->n && !s->t[b + 1].sp && s->t[b + 1].type == TK_WORD)) ||
				fx_is(s, b, ".") || in_period(per, np, b) ||
				(fx_word(s, b, "of") && b > a && !fx_word(s, a, "kinds") &&
				 !fx_word(s, a, "types") && !fx_word(s, a, "sets") && !fx_word(s, a, "units")) ||
				((fx_word(s, b, "and") || fx_word(s, b, "or")) &&
				 (b + 1 >= s->n || s->t[b + 1].type == TK_NUM || fx_word(s, b + 1, "the") ||
				  fx_match_list(s, b + 1, fx_qual_before, NULL) > 0)) ||
				(t->type == TK_WORD && !fx_word(s, b, "and") && !fx_word(s, b, "of") &&
				 fx_match_list(s, b, fx_noun_stop, NULL) == 1 && b > a))
				break;
			if (f->num.measure && t->type != TK_HAN && b > a)
				break;
		}
	}
	else
		b = a = 0;
	if (b <= a)
	{
		b = f->a;
		a = f->lo;
		/* "The gross domestic product (GDP) of China": a bracket does not end a subject */
		while (a > 1 && (fx_is(s, a - 1, ")") || fx_is(s, a - 1, "\xEF\xBC\x89")))
		{
			int			o = a - 2;

			while (o > 0 && !fx_is(s, o, "(") && !fx_is(s, o, "\xEF\xBC\x88") && o > a - 12)
				o--;
			if (!fx_is(s, o, "(") && !fx_is(s, o, "\xEF\xBC\x88"))
				break;
			a = clause_start(s, o);
		}
		for (k = 0; k < np; k++)
			if (per[k].t0 <= a && per[k].t1 > a)
				a = per[k].t1;
		while (a < b && (subject_skip(s, a) || s->t[a].type == TK_PUNCT || in_period(per, np, a) ||
						 ((fx_is(s, a, "比") || fx_is(s, a, "较")) && in_period(per, np, a + 1))))
			a++;
		b = trim_tail(s, a, b);
		if (b - a > 24)
			a = b - 24;
	}
	while (b > a && s->t[b - 1].type == TK_PUNCT)
		b--;
	if (b > a)
	{
		f->sa = a;
		f->sb = b;
	}
}

static bool
respectively(const FxSent *s, int from)
{
	int			i;

	for (i = from; i < s->n; i++)
		if (fx_word(s, i, "respectively") || fx_match(s, i, "分别") == 2)
			return true;
	return false;
}

/*
 * A subject that runs over an earlier figure is two clauses: "urban sales grew
 * by 7.1 percent and rural sales by 8.0 percent" has its own subject after
 * the first figure; "GDP grew by 2.3 percent and exceeded 100 trillion yuan"
 * has none there, and shares the first one's.
 */
static void
shared_subject(const FxSent *s, const FxPeriod *per, int np, Fig *fig, int k)
{
	Fig		   *f = &fig[k];
	int			j,
				last = -1,
				a;

	for (j = 0; j < k; j++)
		if (fig[j].num.t0 >= f->sa && fig[j].num.t0 < f->sb)
			last = j;
	if (last < 0)
		return;
	a = fig[last].b > fig[last].num.t1 ? fig[last].b : fig[last].num.t1;
	if (fig[last].sa >= fig[last].num.t1 && fig[last].sb > a)
		a = fig[last].sb;		/* "12 million new urban jobs": past the earlier figure's noun */
	while (a < f->sb && (subject_skip(s, a) || s->t[a].type == TK_PUNCT || in_period(per, np, a) ||
						 fx_match_list(s, a, fx_basis_words, NULL) > 0))
		a += fx_match_list(s, a, fx_basis_words, NULL) > 0 ? fx_match_list(s, a, fx_basis_words, NULL) : 1;
	if (a < f->sb && trim_tail(s, a, f->sb) > a)
	{
		f->sb = trim_tail(s, a, f->sb);
		f->sa = a;
	}
	else
	{
		f->sa = fig[last].sa;
		f->sb = fig[last].sb;
	}
}

/*
 * "7月、8月、9月出口同比分别增长1.2%、2.5%、3.1%", "in July, August and
 * September, exports rose 1.2%, 2.5% and 3.1% respectively": a list of
 * periods and a group of as many figures after it, with 分别/respectively,
 * pair up in order.
 */
/* The end of the run of periods per[k .. r) joined by 、 , and. */
static int
period_run(const FxSent *s, const FxPeriod *per, int np, int k)
{
	int			r,
				t;

	for (r = k + 1; r < np && !per[r].base && !per[r - 1].base && per[r].t0 > per[r - 1].t1 - 1; r++)
	{
		for (t = per[r - 1].t1; t < per[r].t0 && is_conj(s, t) && !is_range_mark(s, t); t++)
			;
		if (t != per[r].t0)
			break;
	}
	return r;
}

/*
 * "growth of 1.6 percent and 0.7 percent in the first and second quarters
 * respectively": a group of figures and as many periods right after it pair
 * up in order, as when the periods come first.
 */
static void
periods_after(const FxSent *s, const FxPeriod *per, Fig *fig, int nf, int k, int r)
{
	int			j,
				g,
				n = r - k;

	if (!respectively(s, per[r - 1].t1) && !fx_word(s, per[k].t0 - 1, "respectively"))
		return;
	for (j = nf - 1; j >= 0 && fig[j].num.t0 >= per[k].t0; j--)
		;
	g = j - n + 1;
	if (g < 0 || fig[g].group >= 0 || per[k].t0 - fig[j].num.t1 > 3 ||
		clause_start(s, per[k].t0) > fig[j].num.t0)
		return;				/* the periods must follow the last figure in its clause */
	for (j = g + 1; j < g + n; j++)
		if (fig[j].group != g || fig[j].pidx)
			return;
	if (g + n < nf && fig[g + n].group == g)
		return;
	for (j = 0; j < n; j++)
		fig[g + j].pidx = k + j + 1;
}

static void
distribute_periods(const FxSent *s, const FxPeriod *per, int np, Fig *fig, int nf)
{
	int			k,
				r,
				j,
				g;

	if (np < 2 || nf < 2)
		return;
	for (k = 0; k + 1 < np; k = r)
	{
		r = period_run(s, per, np, k);
		if (r - k >= 2)
			periods_after(s, per, fig, nf, k, r);
		if (r - k < 2 || !respectively(s, per[r - 1].t1))
			continue;
		/* the first figure after the run, and its group */
		for (j = 0; j < nf && fig[j].num.t0 < per[r - 1].t1; j++)
			;
		if (j + (r - k) > nf)
			return;
		for (g = 1; g < r - k; g++)
			if (fig[j + g].group != j)
				break;
		if (g != r - k || (j + g < nf && fig[j + g].group == j))
			continue;
		for (g = 0; g < r - k; g++)
			fig[j + g].pidx = k + g + 1;
	}
}

/* Every figure's subject; coordinated figures share theirs, split at "and" when "respectively". */
static void
subjects(const FxSent *s, const FxPeriod *per, int np, Fig *fig, int nf)
{
	int			k,
				j;

	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (f->group >= 0 && f->num.noun >= 0 && s->t[f->num.noun].type == TK_WORD &&
			!f->num.unit[0] && f->sign == 0)
			find_subject(s, per, np, f);
		else if (f->group >= 0)
		{
			Fig		   *g = &fig[f->group];
			int			cut = -1;

			for (j = g->sb - 1; j > g->sa; j--)
				if (fx_word(s, j, "and") || fx_is(s, j, "和") || fx_is(s, j, "与"))
				{
					cut = j;
					break;
				}
			if (cut > 0 && f->group == k - 1 && (k + 1 >= nf || fig[k + 1].group != f->group) &&
				respectively(s, g->a))
			{
				f->sa = cut + 1;
				f->sb = g->sb;
				g->sb = cut;
			}
			else
			{
				f->sa = g->sa;
				f->sb = g->sb;
			}
		}
		else
			find_subject(s, per, np, f);
		shared_subject(s, per, np, fig, k);
		if (f->range_lo >= 0)
		{
			f->sa = fig[f->range_lo].sa;
			f->sb = fig[f->range_lo].sb;
		}
		if (f->sb <= f->sa && k > 0)
		{
			f->sa = fig[k - 1].sa;
			f->sb = fig[k - 1].sb;
		}
	}
}

/* Is period k local to a comparison clause that token i is outside of? */
static inline bool
foreign(const Ctx *ctx, int k, int i)
{
	return ctx->loc_hi[k] > 0 && (i < ctx->loc_lo[k] || i >= ctx->loc_hi[k]);
}

/*
 * Clauses that recall another figure to compare with: ", compared with 6.1
 * percent for the first nine months", ", after a 0.2 percent fall in March",
 * ", down from 5.3 percent in March".  Their periods are their own figures'
 * (the rest of the sentence and the paragraph keep theirs).
 */
static const char *const comparison_opens[] = {"compared with", "compared to", "after",
	"following", "versus", "vs", "against", "as against", "up from", "down from", NULL};

/*
 * Clauses that single out a part of what was just counted: "has 1.85 million
 * base stations, of which 300,000 were built in the second quarter", ",
 * including 700 new projects in the second quarter", "，其中二季度新建30万个".
 * Their period is the part's; the whole keeps its own (or none).
 */
static const char *const part_opens[] = {"of which", "of whom", "among which", "among them",
	"including", "其中", NULL};

/*
 * Clauses that give a reason: ", largely because the refunds of 2022 left a
 * low base", "，主要是由于上年同期基数较低".  A period there is the reason's,
 * never a figure's, even with no figure in the clause.
 */
static const char *const reason_opens[] = {"because", "largely because", "mainly because",
	"partly because", "partly due to", "mainly due to", "largely due to", "due to", "owing to",
	"thanks to", "as a result of", "on account of", "reflecting", "主要是由于", "主要由于",
	"主要是因为", "由于", "因为", "受", "主要受", "扣除", NULL};

/*
 * A bracket that recalls another figure with its period ("was 47.7 percent
 * (November: 48.0 percent)"): the period is that figure's alone.  [*lo, *hi)
 * are the bracket's tokens; false if period p is in no such bracket.
 */
static bool
bracket_of(const FxSent *s, const FxPeriod *per, int np, const FxPeriod *p, int *lo, int *hi)
{
	int			j;

	for (j = p->t0 - 1; j >= 0 && !fx_is(s, j, "(") && !fx_is(s, j, ")"); j--)
		;
	if (j < 0 || !fx_is(s, j, "("))
		return false;
	*lo = j;
	for (j = p->t1; j < s->n && !fx_is(s, j, ")") && !fx_is(s, j, "("); j++)
		;
	if (j >= s->n || !fx_is(s, j, ")"))
		return false;
	*hi = j + 1;
	for (j = *lo + 1; j < *hi; j++)
		if (s->t[j].type == TK_NUM && !in_period(per, np, j))
			return true;
	return false;				/* "grew 7.2 percent (January-November)": the figure's own period */
}

static void
local_periods(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	int			k,
				lo,
				hi,
				j;

	for (k = 0; k < np; k++)
	{
		ctx->loc_lo[k] = ctx->loc_hi[k] = 0;
		if (!per[k].base && bracket_of(s, per, np, &per[k], &lo, &hi))
		{
			ctx->loc_lo[k] = (short) lo;
			ctx->loc_hi[k] = (short) hi;
			continue;
		}
		lo = clause_start(s, per[k].t0);
		if (per[k].base || lo == 0)
			continue;
		for (hi = lo; hi < s->n && !fx_is_clause_end(s, hi) && !fx_is(s, hi, "."); hi++)
			;
		if (fx_match_list(s, lo, reason_opens, NULL) > 0)
		{
			ctx->loc_lo[k] = (short) lo;
			ctx->loc_hi[k] = (short) hi;
			continue;
		}
		if (fx_match_list(s, lo, comparison_opens, NULL) == 0 && recall_open(s, lo) == 0 &&
			fx_match_list(s, lo, part_opens, NULL) == 0)
			continue;
		for (j = lo; j < per[k].t0; j++)
			if (s->t[j].type == TK_NUM && !in_period(per, np, j))
				break;
		if (j == per[k].t0)
			continue;			/* "after 2020": no figure of its own, no comparison */
		ctx->loc_lo[k] = (short) lo;
		ctx->loc_hi[k] = (short) hi;
	}
}

/*
 * "Last month, … the vehicle sector reversed the 7-percent decline in May to
 * rise by 16.2%": a period right after a change noun with its figure
 * ("decline in May") is that noun's, a modifier; the figures after it keep
 * the period the sentence named before.  Only when there is such an earlier
 * one: else the later figures would be left with none.
 */
static void
noun_periods(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	static const char *const nouns[] = {"decline", "drop", "fall", "decrease", "rise", "increase",
		"growth", "gain", "contraction", "expansion", NULL};
	int			k,
				e,
				j;

	for (k = 1; k < np; k++)
	{
		int			t0 = per[k].t0;

		if (per[k].base || ctx->loc_hi[k] > 0 || t0 < 4 || !fx_word(s, t0 - 1, "in") ||
			fx_match_list(s, t0 - 2, nouns, NULL) != 1 ||
			(!fx_word(s, t0 - 3, "percent") && !fx_is(s, t0 - 3, "%")))
			continue;
		for (e = 0; e < k; e++)
			if (!per[e].base && ctx->loc_hi[e] == 0)
				break;
		if (e == k)
			continue;
		for (j = t0 - 4; j >= 0 && j >= t0 - 6 && s->t[j].type != TK_NUM; j--)
			;
		if (j < 0 || j < t0 - 6)
			continue;
		ctx->loc_lo[k] = (short) j;
		ctx->loc_hi[k] = (short) per[k].t1;
	}
}

/*
 * "narrower than in the first seven months of the year, when 31,654 new
 * firms were set up": a period that a ", when" clause follows is that
 * clause's (the figures in it), even after "than"; the rest of the sentence
 * and the paragraph keep theirs.
 */
static void
when_clause(Ctx *ctx, const FxSent *s, FxPeriod *per, int np)
{
	int			k;

	for (k = 0; k < np; k++)
		if (fx_is(s, per[k].t1, ",") && fx_word(s, per[k].t1 + 1, "when") &&
			(k + 1 == np || per[k + 1].t0 > per[k].t1))
		{
			per[k].base = false;
			ctx->loc_lo[k] = (short) per[k].t0;
			ctx->loc_hi[k] = (short) s->n;
		}
}

/*
 * Newswire puts one sentence on a line: "The figure was 2.5 percentage points
 * lower …", "In the period, mining output grew 10.4 percent.", "Within this,
 * …" refer back to the sentence before across the line break.  Such an opening with no period
 * of its own takes that sentence's period; without one the paragraph rule
 * stands.
 */
static void
period_anaphora(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	static const char *const opens[] = {"in the period", "during the period", "in the same period",
		"during the same period", "in the given period", "over the period", "over the same period",
		"the figure", "the figures",
		/* "Within this, NEV sales are expected to reach …": a part of the whole just named */
		"within this", "of this", "of these", "of which", "among them", "其中", NULL};
	int			k;

	if (!ctx->has_last || ctx->has_para || fx_match_list(s, 0, opens, NULL) == 0)
		return;
	for (k = 0; k < np; k++)
		if (!per[k].base)
			return;
	ctx->para = ctx->last_per;
	ctx->has_para = true;
}

/*
 * The period of a figure at token i: the nearest one in its clause (before
 * it, else after it), else the nearest before it in the sentence, else after
 * it, else the one the paragraph set.
 */
static const FxPeriod *
period_at(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, int i, int after)
{
	const FxPeriod *best = NULL;
	int			lo = clause_start(s, i),
				hi,
				k;

	/* "… by 10.9 percent year on year in the first ten months": right after the figure */
	if (after >= 0 && (fx_word(s, after, "in") || fx_word(s, after, "during") ||
					   fx_word(s, after, "for") || fx_word(s, after, "over")))
		after++;
	for (k = 0; k < np && after >= 0; k++)
		if (!per[k].base && per[k].t0 == after && !foreign(ctx, k, i))
			return &per[k];

	for (hi = i; hi < s->n && !fx_is_clause_end(s, hi); hi++)
		;
	for (k = 0; k < np; k++)
		if (!per[k].base && per[k].t0 >= lo && per[k].t1 <= i && !foreign(ctx, k, i))
			best = &per[k];
	for (k = 0; k < np && !best; k++)
		if (!per[k].base && per[k].t0 >= i && per[k].t1 <= hi && !foreign(ctx, k, i))
			best = &per[k];
	for (k = 0; k < np && !best; k++)
		if (!per[k].base && per[k].t1 <= i && !foreign(ctx, k, i))
		{
			int			m;

			for (m = k + 1; m < np; m++)
				if (!per[m].base && per[m].t1 <= i && !foreign(ctx, m, i))
					k = m;
			best = &per[k];
		}
	for (k = 0; k < np && !best; k++)
		if (!per[k].base && per[k].t0 >= i && !foreign(ctx, k, i))
			best = &per[k];
	if (best)
		return best;
	return ctx->has_para ? &ctx->para : NULL;
}

/*
 * "0.9 percentage points faster than the 4.5 percent growth of August": a
 * period after "than" and another figure is that figure's; the gap keeps
 * the period of its sentence.  The number of periods the figure may take.
 */
static int
recalled_from(const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	int			k,
				j;

	if (f->than < 0)
		return np;
	for (k = 0; k < np && per[k].t0 <= f->than; k++)
		;
	for (j = f->than + 1; k < np && j < per[k].t0 && !fx_is_clause_end(s, j); j++)
		if (s->t[j].type == TK_NUM && !in_period(per, np, j))
			return k;
	return np;
}

static const FxPeriod *
period_of(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	if (f->pidx > 0 && f->pidx <= np)
		return &per[f->pidx - 1];
	return period_at(ctx, s, per, recalled_from(s, per, np, f), f->num.tn, f->b);
}

/*
 * The comparison base of a change: a period after its "than" ("0.3
 * percentage points higher than that of October") or between the start of
 * its clause and its verb ("比11月份加快", "比2020年降低"); -1 if none.
 */
static int
find_base(const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	int			k,
				end = f->verb >= 0 ? f->verb : f->a;

	for (k = 0; k < np; k++)
	{
		if (!per[k].base)
			continue;
		if (f->than >= 0 && per[k].t0 > f->than && per[k].t0 <= f->than + 5)
			return k;
		if (f->than < 0 && per[k].t0 >= f->lo && per[k].t1 <= end)
			return k;
		/* "7.2 percent over 2022", "compared with 2022", "from November": right after the figure */
		/* "Compared with 2022, the CPI was up 0.2 percent": a base that opens the sentence */
		if (f->than < 0 && per[k].t1 <= f->lo && per[k].t0 >= 2 && per[k].t0 <= 3 &&
			fx_word(s, per[k].t0 - 2, "compared") && fx_is_clause_end(s, per[k].t1))
			return k;
		if (f->than < 0 && per[k].t0 >= f->num.t1 && per[k].t0 <= f->b + 3)
		{
			int			j;

			for (j = f->num.t1; j < per[k].t0 && !fx_is_clause_end(s, j); j++)
				;
			if (j == per[k].t0)
				return k;
		}
	}
	return -1;
}

/*
 * "an increase of 10.6% from the same period in 2019": the year of "the same
 * period (month, quarter) in/of" after the figure is its base, a few words
 * further than a base right after it; -1 if none.
 */
static int
same_period_base(const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	int			k,
				j;
	bool		same = false;

	for (k = 0; k < np; k++)
	{
		if (!per[k].base || per[k].t0 < f->b || per[k].t0 > f->b + 6)
			continue;
		for (j = f->b; j < per[k].t0 && s->t[j].type == TK_WORD; j++)
			same |= fx_word(s, j, "same");
		if (j == per[k].t0 && same)
			return k;
	}
	return -1;
}

/*
 * ", a decrease of 0.4 percentage point" right after a change in percent: the
 * rate's own change against the last period's rate, so not the sentence's
 * year-on-year basis (a base named after it still gives one).
 */
static void
appositive_rate(const FxSent *s, Fig *fig, int nf)
{
	int			k;

	for (k = 1; k < nf; k++)
	{
		Fig		   *f = &fig[k],
				   *p = &fig[k - 1];

		if (f->sign != 0 && !f->basis && strcmp(f->num.unit, "pp") == 0 && p->sign != 0 &&
			strcmp(p->num.unit, "%") == 0 && fx_is(s, p->b, ",") && f->a == p->b + 1 &&
			s->t[f->a].type == TK_WORD)
			f->rate_change = true;
	}
}

/*
 * "increases of 94.5 percent and 91.8 percent over 2022 respectively": a
 * base written once, after the last figure of a group, is every figure's.
 */
static int
group_base(const FxSent *s, const FxPeriod *per, int np, const Fig *fig, int nf, int k)
{
	int			g = fig[k].group >= 0 ? fig[k].group : k,
				m;

	for (m = nf - 1; m > k; m--)
		if (fig[m].group == g && fig[m].sign == fig[k].sign)
			return find_base(s, per, np, &fig[m]);
	return -1;
}

/*
 * "an increase of 11.09 million tonnes" in a year's (or a month's) figures:
 * an absolute change with no basis named is against the same period a year
 * before, as the statistical releases state it.
 */
static char
absolute_basis(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	const FxPeriod *p;

	if (!f->num.unit[0] && !f->num.has_scale && !f->num.measure)
		return 0;
	if (strcmp(f->num.unit, "%") == 0 || strcmp(f->num.unit, "pp") == 0 ||
		strcmp(f->num.unit, "x") == 0 || f->rate_change)
		return 0;
	p = period_of(ctx, s, per, np, f);
	if (!p || p->y0 != p->y1 || p->by || p->plan)
		return 0;
	return p->freq == 'A' || (p->freq == 'M' && p->m0 == p->m1) ? 'y' : 0;
}

/*
 * "a rise of 0.2 percent over 2022", "increased by 0.39% from September"
 * with no period of its own: the figure is of the year (month) after its
 * base, when that is a recent one the text can report.
 */
static bool
period_after_base(const FxSent *s, const Fig *f, const FxPeriod *b, FxPeriod *out)
{
	int			next;

	if (b->y0 != b->y1 || b->m0 != b->m1)
		return false;
	*out = *b;
	out->base = out->by = false;
	if (b->freq == 'A')
	{
		out->y0 = out->y1 = b->y1 + 1;
		return b->y1 >= s->pub.year - 2 && b->y1 < s->pub.year;
	}
	if (b->freq != 'M' || f->than >= 0)
		return false;			/* "lower than that in October" may compare any month: no guess */
	next = b->y1 * 12 + b->m1;	/* months from year 0, of the month after the base */
	out->y0 = out->y1 = next / 12;
	out->m0 = out->m1 = next % 12 + 1;
	return next <= s->pub.year * 12 + s->pub.month - 1 && next >= s->pub.year * 12 + s->pub.month - 4;
}

/*
 * "reduced by 9% compared with 2012" in a 2022 text: a figure with no period
 * of its own is the latest year's, so only a base a year or two before the
 * publication is the year before it; a decade back is a base, no yoy.
 */
static bool
distant_year_base(const FxSent *s, const FxPeriod *b)
{
	return s->pub.year > 0 && b->y1 < s->pub.year - 2;
}

/*
 * "拉动电信业务收入增长5.5个百分点", "带动…提高0.8个百分点": the points a
 * part adds to a whole's growth are a contribution, not a change of the part
 * over any base, whatever basis its sentence states for the part's own rate.
 */
static bool
contribution_points(const FxSent *s, const Fig *f)
{
	int			j;

	if (strcmp(f->num.unit, "pp") != 0)
		return false;
	for (j = f->a - 1; j >= 0 && !fx_is_clause_end(s, j); j--)
		if (fx_match(s, j, "拉动") == 2 || fx_match(s, j, "带动") == 2)
			return true;
	return false;
}

/* The basis a base period gives a change of period p: the month before is mom, the year before yoy. */
static char
basis_from_base(const FxPeriod *b, const FxPeriod *p)
{
	if (!p)
		return 0;
	if (b->freq == 'M' && p->freq == 'M' && b->m0 == b->m1 && p->m0 == p->m1)
	{
		int			d = (p->y1 * 12 + p->m1) - (b->y1 * 12 + b->m1);

		return d == 1 ? 'm' : d == 12 ? 'y' : 0;
	}
	if (b->freq == 'Q' && p->freq == 'Q' && b->m0 == b->m1 && p->m0 == p->m1)
	{
		/* "the second quarter … from the first quarter": the quarter before is qoq */
		int			d = (p->y1 * 4 + p->m1) - (b->y1 * 4 + b->m1);

		return d == 1 ? 'q' : d == 4 ? 'y' : 0;
	}
	if (b->freq == p->freq && b->y1 == p->y1 - 1 && b->m1 == p->m1)
		return 'y';
	return 0;
}

/*
 * "比上年同期增长" is year on year; "6月份…比2019年同期增长13.5%" compares
 * with two years before: a base, no yoy.  The same period of the year
 * before the figure's (or of a figure with no period) is yoy.
 */
static char
same_period_basis(const FxPeriod *b, const FxPeriod *p)
{
	if (p && b->freq == 'A' && b->y0 == b->y1 && b->y1 != p->y1 - 1)
		return 0;
	return 'y';
}

/*
 * A paragraph's "Compared with the previous quarter," holds for its figures
 * of one quarter; a half year's or a cumulative growth in the same paragraph
 * ("Growth in the first half had been 5.0 percent") is no change from the
 * previous quarter, nor a span of months one from the previous month.
 */
static bool
basis_fits(char basis, const FxPeriod *p)
{
	if (!p)
		return true;
	if (basis == 'q')
		return p->freq == 'Q' && p->m0 == p->m1;
	if (basis == 'm')
		return (p->freq == 'M' || p->freq == 'D') && p->m0 == p->m1;
	return true;
}

/*
 * 要 and 将 are goal words on their own (要加快, 将达到), not inside the words
 * they help to spell: 主要, 重要, 需要, 必要, 要素 (main, important, need,
 * element) and 将近 (nearly), which say nothing of a target; nor is 准备
 * (prepare to) inside 准备金 (a reserve).
 */
static bool
inside_word(const FxSent *s, int i)
{
	static const char *const before_yao[] = {"主", "重", "需", "必", "纲", "摘", "只", "概", "紧", NULL};

	if (fx_is(s, i, "要"))
		return (i > 0 && fx_match_list(s, i - 1, before_yao, NULL) == 1) || fx_is(s, i + 1, "素");
	if (fx_is(s, i, "将"))
		return fx_is(s, i + 1, "近");
	/* 准备 plans (今年准备再建…), 准备金 is a reserve (存款准备金率) */
	if (fx_match(s, i, "准备") == 2)
		return fx_is(s, i + 2, "金");
	return false;
}

/*
 * "During these two years, the average growth has reached 5.4%": an opening
 * clause that counts years sets the span the average is taken over, as "in
 * two years" inside the figure's own clause does.
 */
static bool
years_counted_before(const FxSent *s, const Fig *f)
{
	static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "several", "past", NULL};
	int			j;

	for (j = 1; j < f->lo && j < s->n; j++)
		if (fx_word(s, j, "years") &&
			(s->t[j - 1].type == TK_NUM || fx_match_list(s, j - 1, counts, NULL) == 1))
			return true;
	return false;
}

/*
 * "Ten key sectors realized an average growth of more than 5%" in a year:
 * "average" alone is a mean over the things named, not a rate per year.  It
 * gives the basis pa only with a span of years: the figure's period spans
 * several, or the clause counts years ("in two years", "over the past five
 * years"), or it says annual/年 itself (those are matched as their own basis).
 */
static bool
mean_not_annual(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	const FxPeriod *p = period_of(ctx, s, per, np, f);
	int			j,
				e = f->b + 8 < s->n ? f->b + 8 : s->n,
				avg = -1;

	if (f->basis != 'a' || (p && p->y1 > p->y0))
		return false;
	for (j = f->lo; j < e && !(j > f->b && fx_is_clause_end(s, j)); j++)
	{
		if (in_period(per, np, j))
			continue;
		if (fx_word(s, j, "years") || fx_word(s, j, "annual") || fx_word(s, j, "annually") ||
			fx_word(s, j, "year") || fx_word(s, j, "annum") || fx_is(s, j, "年"))
			return false;
		if (fx_word(s, j, "average") || fx_match(s, j, "平均") == 2)
			avg = j;
	}
	return avg >= 0 && !years_counted_before(s, f);
}

/* A basis word in the figure's own clause, up to just after it. */
static bool
own_basis(const FxSent *s, const Fig *f)
{
	int			j;

	for (j = f->lo; j < f->b + 4 && j < s->n; j++)
		if (fx_match_list(s, j, fx_basis_words, NULL) > 0)
			return true;
	return false;
}

/*
 * "fell 3.2 percent from the previous year in 2022, after a 12-percent
 * decline in the 2016-2020 period": a basis stated for another figure of the
 * sentence does not fit a change over a span of years; only its own clause
 * could give that one a basis.
 */
static bool
foreign_basis_on_span(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	const FxPeriod *p = period_of(ctx, s, per, np, f);

	if (f->basis != 'y' || !p || p->freq != 'A' || p->y1 == p->y0)
		return false;
	return !own_basis(s, f);
}

/*
 * "The average growth in the second quarter was 0.7%, after a 2.9-percent
 * decline in April": an average another clause names is no rate per year of
 * a month's or a quarter's change; only its own clause could make it one
 * ("6月份…两年平均增长6.5%").
 */
static bool
foreign_average_on_month(const Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	const FxPeriod *p = period_of(ctx, s, per, np, f);

	if (f->basis != 'a' || !p || (p->freq != 'M' && p->freq != 'Q') || p->y0 != p->y1 ||
		p->m0 != p->m1)
		return false;
	return !own_basis(s, f);
}

/*
 * "为确保粮食安全稳定生产，…面积比上年增加756万亩", "受大豆振兴计划政策带动，…": a goal
 * word in a clause that gives the purpose or the cause of what follows, and
 * holds no figure of its own, says why the figures moved, not what they must reach.
 */
static bool
aside_goal_word(const FxSent *s, int i)
{
	static const char *const purpose_opens[] = {"为", "为了", "in order to", "so as to", NULL};
	int			lo = clause_start(s, i),
				j;

	if (fx_match_list(s, lo, reason_opens, NULL) == 0 && fx_match_list(s, lo, purpose_opens, NULL) == 0)
		return false;
	for (j = lo; j < s->n && !fx_is_clause_end(s, j); j++)
		if (s->t[j].type == TK_NUM)
			return false;
	return true;
}

static bool
goal_sentence(const FxSent *s, const FxPeriod *per, int np)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if ((s->t[i].type == TK_WORD || s->t[i].type == TK_HAN) && !in_period(per, np, i) &&
			fx_match_list(s, i, fx_goal_words, NULL) > 0 && !inside_word(s, i) &&
			!aside_goal_word(s, i))
			return true;
	return false;
}

static void
emit(Ctx *ctx, const FxSent *s, Fact *fact)
{
	fact->sentence_off = s->t[0].off;
	fact->sentence_len = s->t[s->n - 1].off + s->t[s->n - 1].len - s->t[0].off;
	if (ctx->nheld < MAX_SENT_FACTS)
		ctx->held[ctx->nheld++] = *fact;
}

/* Hand the sentence's facts over by where their evidence starts (a stable insertion sort). */
static void
flush(Ctx *ctx)
{
	int			i,
				j;

	for (i = 1; i < ctx->nheld; i++)
	{
		Fact		f = ctx->held[i];

		for (j = i; j > 0 && ctx->held[j - 1].span_start > f.span_start; j--)
			ctx->held[j] = ctx->held[j - 1];
		ctx->held[j] = f;
	}
	for (i = 0; i < ctx->nheld; i++)
		ctx->out->emit(&ctx->held[i], ctx->out->arg);
	ctx->emitted += ctx->nheld;
	ctx->nheld = 0;
}

/* "2.5 times that of 2021", "是上年的2.5倍": a multiple of a base is a change of (X − 1) × 100 %. */
static bool
times_change(const char *mant, int scale, char *buf, size_t len)
{
	char		dec[FACT_VALUE_LEN];
	double		x;

	if (!fx_decimal(mant, scale, dec, sizeof(dec)))
		return false;
	x = strtod(dec, NULL);
	if (x <= 1 || x >= 1000)
		return false;
	snprintf(buf, len, "%.10g", (x - 1) * 100);
	return strchr(buf, 'e') == NULL;
}

/* "600,000 new base stations", "城镇新增就业1100万人": a count added during the period. */
static bool
added_count(const FxSent *s, const Fig *f)
{
	static const char *const added[] = {"新增", "新建", "新培育", "新开工", "新设", "新注册",
		"新登记", "新投产", "new", "newly", "additional", NULL};
	int			j;

	if (f->num.unit[0] || f->sign != 0)
		return false;
	for (j = f->lo; j < f->num.t0; j++)
		if (fx_match_list(s, j, added, NULL) > 0)
			return true;
	return fx_word(s, f->num.t1, "new") || fx_word(s, f->num.t1, "more") ||
		fx_word(s, f->num.t1, "additional") ||
		(fx_match_list(s, f->num.t1, fx_qual_after, NULL) > 0 &&
		 fx_word(s, f->num.t1 + fx_match_list(s, f->num.t1, fx_qual_after, NULL), "new"));
}

/*
 * The deadline of a target at token i: the nearest "by"/"到" expression
 * before it ("到2025年，A…，B…；到2027年，C…" gives A and B 2025, C 2027),
 * else the first after it.
 */
static const FxPeriod *
deadline(const FxSent *s, const FxPeriod *per, int np, int i)
{
	const FxPeriod *d = NULL;
	int			k;

	for (k = 0; k < np; k++)
		if (per[k].by && !per[k].base && !fx_period_over(&per[k], s->pub) &&
			(!d || per[k].t1 <= i))
		{
			if (d && per[k].t0 >= i)
				break;
			d = &per[k];
		}
	return d;
}

/*
 * "到2025年，A较2023年增长50%，B增长15%": B's baseline is A's, when no other
 * deadline stands between them; -1 if none.
 */
static int
shared_base(const FxPeriod *per, int np, const Fig *fig, int nf, int i)
{
	int			k,
				j;

	for (k = nf - 1; k >= 0; k--)
		if (fig[k].num.t1 <= i && fig[k].ok && fig[k].sign != 0 && fig[k].base >= 0)
		{
			for (j = 0; j < np; j++)
				if (per[j].by && per[j].t0 >= fig[k].num.t1 && per[j].t1 <= i)
					return -1;
			return fig[k].base;
		}
	return -1;
}

/* "拟": what a plan or a budget proposes, stated without a year. */
static bool
planned(const FxSent *s)
{
	int			i;

	/* "拟上市企业" are firms preparing a listing, not a plan of the text's author */
	for (i = 0; i < s->n; i++)
		if (fx_is(s, i, "拟") && fx_match(s, i + 1, "上市") != 2)
			return true;
	return false;
}

/*
 * "with the ratio of deficit to GDP set at 3 percent", 定为5%: a figure a
 * target sentence sets, with no period named, is set for the year the text
 * plans (the publication year), as 拟 is.
 */
static bool
set_figure(const FxSent *s, const Fig *f)
{
	static const char *const set[] = {"set at", "fixed at", "pegged at", "set to be", "定为",
	"确定为", "设定为", "定在", NULL};

	return fx_match_before(s, f->lo, f->a, set, NULL) >= 0;
}

/*
 * "China sets the targeted deficit ratio at 3%": "set" with its object between
 * it and "at" sets the figure, as "set at" does (set_figure).
 */
static bool
set_object_at(const FxSent *s, const Fig *f)
{
	static const char *const set[] = {"set", "sets", "fixed", "fixes", "pegged", "pegs", NULL};
	int			j;

	if (!fx_word(s, f->num.t0 - 1, "at") && !fx_word(s, f->num.t0 - 2, "at"))
		return false;
	for (j = f->num.t0 - 2; j >= 0 && j >= f->num.t0 - 12 && !fx_is_clause_end(s, j); j--)
		if (fx_match_list(s, j, set, NULL) > 0)
			return true;
	return false;
}

/* The verbs with which a Chinese plan commits to a figure: 力争, 争取, 确保, 力求. */
static const char *const strong_goals[] = {"力争", "争取", "确保", "力求", NULL};

/* Does a phrase of the list start at a token in [lo, hi)? */
static bool
phrase_in(const FxSent *s, int lo, int hi, const char *const *list)
{
	int			i;

	for (i = lo; i < hi; i++)
		if (fx_match_list(s, i, list, NULL) > 0)
			return true;
	return false;
}

/*
 * "确保小微企业贷款余额增长30%以上", "力争…降低1个百分点": a target verb before a
 * figure, with no deadline named, sets a target for the year it is said in
 * (as 拟 does); "will", 将, 要 alone only say what is coming.
 */
static bool
target_verb_before(const FxSent *s, const Fig *f)
{
	return phrase_in(s, 0, f->a, strong_goals);
}

/*
 * "The ministry plans to cultivate about 3,000 …": an English plan verb in the
 * figure's clause commits to the figure as 拟 does, for the year it is said
 * in when no period is named.
 */
static bool
plan_verb_before(const FxSent *s, const Fig *f)
{
	static const char *const verbs[] = {"plans to", "plan to", "planned to", "intends to",
	"intend to", NULL};

	return phrase_in(s, f->lo, f->a, verbs);
}

/*
 * "将达八成", "预计达到80%", "is expected to reach 60": a figure a level is
 * to reach, in a sentence with no period, states what the text's deadline
 * ahead will see, not a figure of now.
 */
static bool
future_reach(const FxSent *s, const Fig *f)
{
	static const char *const verbs[] = {"将达", "将达到", "预计达到", "预计将达", "有望达到",
		"is expected to reach", "are expected to reach", "will reach", NULL};

	return phrase_in(s, f->lo, f->a, verbs);
}

/* The goal text of a figure with deadline d; false if none can be written. */
static bool
goal_text(const Fig *f, const char *value, const FxPeriod *d, bool change, char basis,
		  const FxPeriod *base, const char *cmp, char *buf, size_t len)
{
	char		per[FACT_PERIOD_LEN];
	FxPeriod	end = *d;
	bool		span = d->y0 != d->y1;
	const char *unit = strcmp(f->num.unit, "%") == 0 ? "%" : strcmp(f->num.unit, "pp") == 0 ? "pp" : "";

	if (!change)
	{
		if (span || d->freq == 'A')
			end.freq = 'A', end.y0 = end.y1, end.m0 = end.m1 = 0;
		fx_period_text(&end, per, sizeof(per));
		/* a rate (unemployment, a share) is that year's figure; a stock or count is reached by then */
		return per[0] && snprintf(buf, len, "%s %s %s %s", cmp, value,
								  unit[0] && !span && !d->by ? "in" : "by", per) < (int) len;
	}
	/* "到2025年…比2020年降低13.5%": a change from a base year to the deadline */
	if (base && base->freq == 'A' && base->y0 == base->y1 && base->y1 < d->y1 && basis != 'm' &&
		basis != 'q')
	{
		if (basis != 'a')
			basis = 'c';
		return put(buf, len, "%s %s%s%s%s by %04d from %04d", cmp, f->sign < 0 ? "-" : "+",
				   value, unit, basis_name(basis), d->y1, base->y1);
	}
	if (span && d->freq == 'A')
	{
		if (basis != 'a')
			basis = 'c';
		return snprintf(buf, len, "%s %s%s%s%s by %04d from %04d", cmp, f->sign < 0 ? "-" : "+",
						value, unit, basis_name(basis), d->y1, d->y0 - 1) < (int) len;
	}
	if (basis == 'a' || basis == 'c' || (d->by && !basis))
		return false;			/* a change up to a deadline needs its baseline year */
	if (!basis && d->freq == 'A' && !span && unit[0])
		basis = 'y';
	fx_period_text(d, per, sizeof(per));
	return per[0] && snprintf(buf, len, "%s %s%s%s%s in %s", cmp, f->sign < 0 ? "-" : "+", value,
							  unit, basis_name(basis), per) < (int) len;
}

/*
 * "到2025年，收入保持10%左右的年增长": a pace per year up to a deadline, with
 * no base year named, runs from the last full year before the text (a plan
 * counts from the latest figures it has); its size does not depend on the
 * base as a total change would, so naming that year guesses nothing that
 * matters.  NULL when the target is no such pace.
 */
static const FxPeriod *
pace_base(const FxSent *s, const Fig *f, const FxPeriod *d, bool change, FxPeriod *out)
{
	if (!change || f->basis != 'a' || d->y0 != d->y1 || d->freq != 'A' || d->y1 < s->pub.year)
		return NULL;
	memset(out, 0, sizeof(*out));
	out->freq = 'A';
	out->y0 = out->y1 = s->pub.year - 1;
	return out;
}

/*
 * "“十四五”时期已实现年均5.4%的增长，…到2035年…目标": a figure its own clause
 * states as already achieved (已, 已经, already) is a fact, whatever targets
 * the rest of the sentence sets.
 */
static bool
achieved(const FxSent *s, const Fig *f)
{
	int			j;

	for (j = f->lo; j < f->num.t0; j++)
		if (fx_is(s, j, "已") || fx_word(s, j, "already"))
			return true;
	return false;
}

/*
 * A plan states its deadline once ("By the end of 2025, China aims to …")
 * and its later aims without one ("The plan also aims for … over 10
 * percent"): a sentence that names the plan's aim or target and no period.
 */
static bool
plan_aim(const FxSent *s)
{
	static const char *const aims[] = {"aim", "aims", "aimed", "aiming", "target", "targets", "goal",
		"goals", "objective", "objectives", NULL};

	return phrase_in(s, 0, s->n, aims);
}

static void
remember_goal(Ctx *ctx, const Fig *f, const char *value, const FxPeriod *p, const char *cmp)
{
	ctx->has_goal = true;
	snprintf(ctx->goal_value, sizeof(ctx->goal_value), "%s", value);
	ctx->goal_sign = f->sign;
	ctx->goal_basis = f->basis;
	snprintf(ctx->goal_qual, sizeof(ctx->goal_qual), "%s", strcmp(cmp, "=") == 0 ? "" : cmp);
	ctx->goal_per = *p;
}

/* "the target of around 5 percent was set": the target noun and "of" right before the figure */
static bool
target_of_before(const FxSent *s, const Fig *f)
{
	return fx_word(s, f->a - 1, "of") &&
		(fx_word(s, f->a - 2, "target") || fx_word(s, f->a - 2, "goal"));
}

/*
 * 完成3%左右的目标降幅, 6%的增长目标: a percentage whose noun is a target's
 * change (降幅 a fall, 增速/增幅/增长 a rise) is that change target; -1, +1 or 0.
 */
static int
goal_named_change(const FxSent *s, const Fig *f)
{
	static const char *const changes[] = {"-|降幅", "-|下降", "-|降低", "+|增速", "+|增幅", "+|增长", NULL};
	int			j = f->b,
				m,
				which;
	bool		target = false;

	if (strcmp(f->num.unit, "%") != 0)
		return 0;
	if (fx_is(s, j, "的"))
		j++;
	if (fx_match(s, j, "目标") == 2)
		j += 2, target = true;
	if ((m = fx_match_list(s, j, changes, &which)) <= 0)
		return 0;
	if (!target && fx_match(s, j + m, "目标") != 2)
		return 0;
	return changes[which][0] == '-' ? -1 : 1;
}

/*
 * 赤字率按3.2%左右安排: 按 … 安排 is how a budget arranges a figure for the year
 * it plans, a target as 拟 is, with or without 拟 before it.
 */
static bool
arranged(const FxSent *s, const Fig *f)
{
	int			j;

	if (!fx_is(s, f->num.t0 - 1, "按"))
		return false;
	for (j = f->b; j < s->n && j <= f->b + 2; j++)
		if (fx_match(s, j, "安排") == 2)
			return true;
	return false;
}

/*
 * 较去年的“2.5%左右”进一步加力: a percentage set against last year's (较/比
 * 去年的, 上年的), right after a change target, is last year's target of the
 * same change: its sign and basis, one year earlier.
 */
static bool
last_year_target(const Ctx *ctx, const FxSent *s, const Fig *f, FxPeriod *out)
{
	int			j = f->num.t0 - 1;

	if (!ctx->has_goal || f->sign != 0 || strcmp(f->num.unit, "%") != 0 ||
		ctx->goal_per.freq != 'A' || ctx->goal_per.y0 != ctx->goal_per.y1)
		return false;
	if (fx_is(s, j, "\xE2\x80\x9C") || fx_is(s, j, "\""))
		j--;
	if (!fx_is(s, j, "的") || !(fx_match(s, j - 2, "去年") == 2 || fx_match(s, j - 2, "上年") == 2) ||
		!(fx_is(s, j - 3, "较") || fx_is(s, j - 3, "比")))
		return false;
	*out = ctx->goal_per;
	out->y0 = out->y1 = ctx->goal_per.y1 - 1;
	out->by = false;
	return true;
}

/*
 * "他对6.5%目标充满信心", "confident of meeting the 5 percent target": a
 * percentage named a target, with the value of the change target the text
 * set before, is that target again (its change, basis, comparator and
 * deadline), not a level of the period at hand.
 */
static bool
recalled_target(Ctx *ctx, const FxSent *s, Fig *f, const char *value)
{
	if (!ctx->has_goal || f->sign != 0 || f->range_lo >= 0 || strcmp(f->num.unit, "%") != 0 ||
		strcmp(value, ctx->goal_value) != 0 ||
		!(fx_match(s, f->b, "目标") == 2 || fx_match(s, f->b, "的目标") == 3 ||
		  fx_word(s, f->b, "target") || fx_word(s, f->b, "goal") || target_of_before(s, f)))
		return false;
	f->sign = ctx->goal_sign;
	f->basis = ctx->goal_basis;
	if (!f->qual[0])
		memcpy(f->qual, ctx->goal_qual, sizeof(f->qual));
	return true;
}

/*
 * "前三季度…完成全年目标的95.0%": 全年 names the target's year; the part
 * done is the period's named before it (else the paragraph's).
 */
static const FxPeriod *
progress_period(const Ctx *ctx, const FxSent *s, const FxPeriod *per, const FxPeriod *p, const Fig *f)
{
	static const char *const nouns[] = {"目标", "计划", "任务", "预算", "target", "targets", "goal",
		"goals", "plan", "budget", "quota", NULL};

	if (!f->progress || !p || p->t0 < f->lo || fx_match_list(s, p->t1, nouns, NULL) == 0)
		return p;
	return period_at(ctx, s, per, (int) (p - per), p->t0, -1);
}

/* Is p a period right after the figure in its clause ("around 20 percent in 2025")? */
static bool
own_clause(const FxSent *s, const FxPeriod *per, int np, const FxPeriod *p, const Fig *f)
{
	int			j;

	if (!p || p < per || p >= per + np || p->t0 < f->num.t1)
		return false;
	for (j = f->num.t1; j < p->t0; j++)
		if (fx_is_clause_end(s, j))
			return false;
	return true;
}

/*
 * "2025年装备制造业规模突破1.5万亿元" in a text of 2023: no figure of a year
 * that has not begun can be data, so whatever the wording it is a target
 * (or a forecast, which the goal row states the same way).
 */
static bool
future_year(const FxSent *s, const FxPeriod *p)
{
	return p && !p->base && p->freq == 'A' && p->y0 > s->pub.year;
}

/*
 * "今年城镇新增就业1100万人以上，城镇调查失业率5.5%左右": in the first half of a
 * year, a bounded figure (以上, 左右, 以内, "more than") for that whole year
 * cannot be its outcome, which is not known yet: it is what the year is to
 * reach, a target for the publication year (achieved() still turns back a
 * figure stated as done).
 */
static bool
open_year_bound(const FxSent *s, const FxPeriod *p, const Fig *f)
{
	/* only a year named as this one: "at present" is now, and its figures are stocks */
	return p && !p->base && !p->by && p->freq == 'A' && p->y0 == s->pub.year &&
		p->y1 == s->pub.year && s->pub.month <= 6 && f->qual[0] && f->range_lo < 0 &&
		(fx_match(s, p->t0, "今年") > 0 || fx_match(s, p->t0, "this year") > 0);
}

static bool
strong_goal(const FxSent *s)
{
	return phrase_in(s, 0, s->n, strong_goals);
}

/*
 * A work report lists its tasks line by line, and one line commits with
 * 力争 while the sentences around it state their counts bare ("新建150个智能
 * 工厂。…力争…降低4%左右。").  Whether the line holds such a verb is read once,
 * when its first sentence starts, so the whole text is scanned once.
 */
static void
scan_line(Ctx *ctx, const FxSent *s)
{
	const char *line = s->doc + s->t[0].off,
			   *nl;
	size_t		n,
				k;

	if (s->t[0].off < ctx->line_end)
		return;
	nl = memchr(line, '\n', s->doclen - s->t[0].off);
	n = nl ? (size_t) (nl - line) : s->doclen - s->t[0].off;
	ctx->line_goal = false;
	for (k = 0; strong_goals[k] && !ctx->line_goal; k++)
		ctx->line_goal = fx_bytes_contain(line, n, strong_goals[k]);
	ctx->line_end = s->t[0].off + n + 1;
}

/*
 * "新建150个智能工厂" in a line that commits with 力争: a count of things to
 * build, with no period and not said to be done, is one of the line's tasks.
 */
static bool
task_count(const Ctx *ctx, const FxSent *s, const FxPeriod *p, const Fig *f)
{
	int			j;

	if (!ctx->line_goal || p || !f->num.measure || f->num.unit[0] || f->sign != 0 ||
		s->t[f->num.t1 - 1].type != TK_HAN)
		return false;
	for (j = 0; j < s->n; j++)
		if (fx_is(s, j, "了") || fx_is(s, j, "已") || fx_match(s, j, "目前") == 2 ||
			fx_match(s, j, "以来") == 2 || fx_match(s, j, "现有") == 2)
			return false;
	return true;
}

/*
 * A commitment with no period (力争…降低4%左右, a task of the line) is due by
 * the last deadline ahead the text named, else within the year the text
 * plans; a change, which needs a one-year span or a base year to be
 * written, within that year.
 */
static const FxPeriod *
untimed_deadline(const Ctx *ctx, const FxSent *s, const Fig *f, FxPeriod *buf)
{
	if (f->sign == 0 && ctx->has_deadline)
		return &ctx->deadline;
	memset(buf, 0, sizeof(*buf));
	buf->freq = 'A';
	buf->y0 = buf->y1 = s->pub.year;
	return buf;
}

static void
report(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, Fig *f, const Fig *fig_lo,
	   bool goal_cue)
{
	Fact		fact;
	char		value[FACT_VALUE_LEN - 1];	/* room for a sign */
	const FxPeriod *p = f->in_object ? NULL : period_of(ctx, s, per, np, f);
	bool		multiple = strcmp(f->num.unit, "x") == 0;
	bool		change = f->sign != 0;
	bool		recalled = false;	/* last year's target, recalled: over, still a target */
	FxPeriod	after_base,
				last_target;

	memset(&fact, 0, sizeof(fact));
	if (multiple && !change && fx_is(s, f->num.t0 - 1, "的") &&
		times_change(f->num.mant, f->num.scale, value, sizeof(value)))
	{
		/* "是2021年的2.5倍": two and a half times the base is +150 % */
		if (p)
			fx_period_text(p, fact.period, sizeof(fact.period));
		fact.kind = FACT_DELTA;
		strcpy(fact.value, value);
		strcpy(fact.unit, "%");
		snprintf(fact.delta, sizeof(fact.delta), "+%s%%", value);
		set_span(s, &fact, f->a, f->b);
		emit(ctx, s, &fact);
		return;
	}
	if (multiple && !change)
		return;
	if (!fx_decimal(f->num.mant, f->num.scale + (multiple ? 2 : 0), value, sizeof(value)))
		return;
	if (multiple)
		strcpy(f->num.unit, "%");
	if (!p && change && f->base >= 0 && period_after_base(s, f, &per[f->base], &after_base))
		p = &after_base;
	p = progress_period(ctx, s, per, p, f);
	if (!change && goal_named_change(s, f) != 0)
	{
		f->sign = goal_named_change(s, f);
		change = goal_cue = true;
	}
	else if (!change && recalled_target(ctx, s, f, value))
	{
		change = goal_cue = true;
		p = &ctx->goal_per;
	}
	else if (!change && last_year_target(ctx, s, f, &last_target))
	{
		f->sign = ctx->goal_sign;
		f->basis = ctx->goal_basis;
		change = goal_cue = recalled = true;
		p = &last_target;
	}
	if (arranged(s, f))
		goal_cue = true;
	if (p)
		fx_period_text(p, fact.period, sizeof(fact.period));
	memcpy(fact.unit, f->num.unit, sizeof(f->num.unit));
	set_span(s, &fact, f->a, f->b);
	if (f->sb > f->sa)
	{
		fact.subject_off = s->t[f->sa].off;
		fact.subject_len = s->t[f->sb - 1].off + s->t[f->sb - 1].len - s->t[f->sa].off;
	}

	if (p && p->by && !fx_period_over(p, s->pub))
		goal_cue = true;		/* "by 2025", "到2025年": a deadline ahead is a target */
	if (future_year(s, p) || open_year_bound(s, p, f))
		goal_cue = true;
	if (goal_cue && achieved(s, f))
		goal_cue = false;
	if (f->in_object || f->progress)
		goal_cue = false;	/* a threshold defining what is cut, the part of a target done: no target */
	if (!p && goal_cue && ctx->has_deadline && plan_aim(s))
	{
		/* "By the end of 2025, China aims …" then "The plan also aims for …": the plan's deadline */
		p = &ctx->deadline;
		fx_period_text(p, fact.period, sizeof(fact.period));
	}
	if (!p && goal_cue && ctx->has_deadline && future_reach(s, f))
	{
		/* "行政村5G通达率将达八成" under a headline "到2025年": the text's deadline */
		p = &ctx->deadline;
		fx_period_text(p, fact.period, sizeof(fact.period));
	}
	if (!p && ((goal_cue && strong_goal(s)) || task_count(ctx, s, p, f)))
	{
		goal_cue = true;
		p = untimed_deadline(ctx, s, f, &after_base);
		fx_period_text(p, fact.period, sizeof(fact.period));
	}
	if (!p && goal_cue && (planned(s) || arranged(s, f) || set_figure(s, f) || set_object_at(s, f) ||
						   target_verb_before(s, f) || plan_verb_before(s, f)))
	{
		/* "拟发行超长期特别国债1万亿元": what a budget plans is for its year */
		memset(&after_base, 0, sizeof(after_base));
		after_base.freq = 'A';
		after_base.y0 = after_base.y1 = s->pub.year;
		p = &after_base;
		fx_period_text(p, fact.period, sizeof(fact.period));
	}
	if (goal_cue && !own_clause(s, per, np, p, f))
	{
		const FxPeriod *d = deadline(s, per, np, f->num.tn);

		if (d)
		{
			p = d;				/* "the goal of … by the end of the year" */
			fx_period_text(p, fact.period, sizeof(fact.period));
		}
	}
	if (goal_cue && p && (!fx_period_over(p, s->pub) || recalled || target_noun(s, f) ||
						  target_with(s, f)))
	{
		/* a level stated bare is the target; a change stated bare is a direction to go at least so far */
		const char *cmp = f->qual[0] ? f->qual : !change || named_change(s, f) ? "=" :
			f->sign < 0 ? "<=" : ">=";

		/* "a drop of at least 3 percent" is a change of at most -3 % */
		if (change && f->sign < 0 && f->qual[0] && f->qual[0] != '~')
			cmp = strcmp(f->qual, ">") == 0 ? "<" : strcmp(f->qual, ">=") == 0 ? "<=" :
				strcmp(f->qual, "<") == 0 ? ">" : ">=";

		if (fx_sig_digits(value) > 18)
			return;
		if (added_count(s, f) && p->y0 == p->y1 && p->freq == 'A' && !p->by && f->range_lo < 0)
		{
			/* a count to add within the year is a change of the stock in that year */
			if (!put(fact.goal, sizeof(fact.goal), "%s +%s in %04d", cmp, value, p->y1))
				return;
		}
		else if (!goal_text(f, value, p, change, f->basis,
							f->base >= 0 ? &per[f->base] : pace_base(s, f, p, change, &after_base), cmp,
							fact.goal, sizeof(fact.goal)))
			return;				/* a target this form cannot state: no fact rather than a wrong one */
		if (f->range_lo >= 0)
		{
			char		lo[FACT_VALUE_LEN - 1];
			char		per[FACT_PERIOD_LEN];
			const char *unit = strcmp(f->num.unit, "%") == 0 ? "%" : "";

			if (!fx_decimal(fig_lo->num.mant, fig_lo->num.scale, lo, sizeof(lo)) ||
				fx_sig_digits(lo) > 18)
				return;
			fx_period_text(p, per, sizeof(per));
			if (change || unit[0])
				put(fact.goal, sizeof(fact.goal), "between %s%s%s and %s%s%s%s in %s",
					f->sign < 0 ? "-" : "+", lo, unit, f->sign < 0 ? "-" : "+", value, unit,
					basis_name(f->basis ? f->basis : 'y'), per);
			else
				put(fact.goal, sizeof(fact.goal), "between %s and %s by %s", lo, value, per);
			if (!fact.goal[0])
				return;
			cmp = "=";			/* a range: no single comparator */
			f->a = fig_lo->a;
		}
		if (change && f->range_lo < 0 && strcmp(f->num.unit, "%") == 0)
			remember_goal(ctx, f, value, p, cmp);
		fact.kind = FACT_GOAL;
		set_span(s, &fact, f->a, f->b);
		snprintf(fact.value, sizeof(fact.value), "%s%s", change && f->sign < 0 ? "-" : "",
				 value);
		if (strcmp(cmp, "=") != 0)
			memcpy(fact.qualifier, cmp, strlen(cmp) + 1);	/* "=" is no qualifier */
		emit(ctx, s, &fact);
		return;
	}
	if (f->range_lo >= 0)
		return;					/* a range outside a target: neither end is the figure */
	memcpy(fact.qualifier, f->qual, sizeof(f->qual));
	if (change)
	{
		const char *unit = strcmp(f->num.unit, "%") == 0 ? "%" : strcmp(f->num.unit, "pp") == 0 ? "pp" : "";

		if (fx_sig_digits(value) > 18)
			return;
		fact.kind = FACT_DELTA;
		snprintf(fact.value, sizeof(fact.value), "%s%s", f->sign < 0 && strcmp(value, "0") ? "-" : "", value);
		snprintf(fact.delta, sizeof(fact.delta), "%s%s%s%s", f->sign < 0 ? "-" : "+", value, unit,
				 basis_name(f->basis));
		emit(ctx, s, &fact);
		return;
	}
	fact.kind = f->share ? FACT_SHARE : FACT_LEVEL;
	snprintf(fact.value, sizeof(fact.value), "%s%s", f->neg && strcmp(value, "0") ? "-" : "", value);
	emit(ctx, s, &fact);
}

/* "ensure that crude steel output decreases year on year": a target with no number. */
static void
direction_goals(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *fig, int nf)
{
	int			i,
				k,
				m,
				w;

	/* only a sentence that says "year on year" (同比) can hold one */
	for (i = 0; i < s->n; i++)
		if (fx_match_list(s, i, fx_basis_words, NULL) > 0)
			break;
	if (i == s->n)
		return;
	for (i = 0; i < s->n; i++)
	{
		int			up = fx_match_list(s, i, fx_up_verbs, NULL),
					dn = fx_match_list(s, i, fx_down_verbs, NULL),
					v = up > dn ? up : dn,
					a = i,
					b;
		char		basis = 0,
					tag[4];
		const FxPeriod *p;
		Fact		fact;

		if (v == 0 || s->t[i].type == TK_NUM)
			continue;
		b = i + v;
		/* 同比下降 / decreases year on year */
		if ((k = fx_match_before(s, 0, i, fx_basis_words, &w)) >= 0 && k >= i - 3)
		{
			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			basis = tag[0];
			a = k;
		}
		else if ((m = fx_match_list(s, b, fx_basis_words, &w)) > 0)
		{
			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			basis = tag[0];
			b += m;
		}
		if (basis != 'y' || (b < s->n && !fx_is_clause_end(s, b) && !fx_is(s, b, ".") &&
							 !fx_word(s, b, "and")))
			continue;
		for (k = 0; k < nf; k++)
			if (fig[k].num.t0 >= i && fig[k].num.t0 <= b + 2)
				break;
		if (k < nf)
			continue;
		p = period_at(ctx, s, per, np, i, -1);
		if (!p || p->y0 != p->y1 || fx_period_over(p, s->pub))
			continue;
		memset(&fact, 0, sizeof(fact));
		fact.kind = FACT_GOAL;
		strcpy(fact.value, "0");
		strcpy(fact.unit, "%");
		strcpy(fact.qualifier, dn > up ? "<" : ">");
		fx_period_text(p, fact.period, sizeof(fact.period));
		snprintf(fact.goal, sizeof(fact.goal), "%s 0%% yoy in %s", fact.qualifier, fact.period);
		set_span(s, &fact, a, b);
		{
			int			lo = clause_start(s, a),
						e = a;

			while (lo < e && (subject_skip(s, lo) || fx_word(s, lo, "ensure") ||
							  fx_word(s, lo, "that") || fx_is(s, lo, "确") || fx_is(s, lo, "保")))
				lo++;
			if (e > lo)
			{
				fact.subject_off = s->t[lo].off;
				fact.subject_len = s->t[e - 1].off + s->t[e - 1].len - s->t[lo].off;
			}
		}
		emit(ctx, s, &fact);
		i = b - 1;
	}
}

/* A rise of mant % written in words at tokens [i, i + m): "doubled", "翻一番". */
static void
word_rise(const FxSent *s, int i, int m, const char *mant, Fig *f)
{
	memset(f, 0, sizeof(*f));
	snprintf(f->num.mant, sizeof(f->num.mant), "%s", mant);
	strcpy(f->num.unit, "%");
	f->num.t0 = f->num.tn = i;
	f->num.t1 = i + m;
	f->num.noun = -1;
	f->num.is_int = true;
	f->sign = 1;
	f->verb = f->a = i;
	f->b = i + m;
	f->lo = clause_start(s, i);
	f->group = f->than = f->range_lo = -1;
}

/*
 * "到2027年，C较2023年增长45%，D增加一倍": in a target's sentence a doubling
 * is a target of +100%, read as a figure (baseline, deadline, comparator).
 */
static void
multiple_goal(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *fig, int nf,
			  int i, int m, const char *tag)
{
	Fig			f;

	word_rise(s, i, m, tag, &f);
	f.ok = true;
	f.b = after_figure(s, &f);
	f.base = find_base(s, per, np, &f);
	if (f.base < 0 && !f.basis)
		f.base = shared_base(per, np, fig, nf, i);
	find_subject(s, per, np, &f);
	report(ctx, s, per, np, &f, NULL, true);
}

/* "doubled", "翻一番": a change of +100% with no number in it. */
static void
multiple_words(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *fig, int nf,
			   bool goal_cue)
{
	int			i,
				w,
				m;

	for (i = 0; i < s->n; i++)
	{
		Fact		fact;
		Fig			f;
		char		tag[8];
		const FxPeriod *p;

		if ((m = fx_match_list(s, i, fx_multiple_words, &w)) == 0)
			continue;
		memset(&fact, 0, sizeof(fact));
		memset(&f, 0, sizeof(f));
		fx_tag(fx_multiple_words[w], tag, sizeof(tag));
		p = period_at(ctx, s, per, np, i, -1);
		if (goal_cue || (p && p->by && !fx_period_over(p, s->pub)))
		{
			multiple_goal(ctx, s, per, np, fig, nf, i, m, tag);
			i += m - 1;
			continue;
		}
		f.lo = clause_start(s, i);
		f.a = i;
		f.b = i + m;
		f.b = after_figure(s, &f);
		p = period_at(ctx, s, per, np, i, -1);
		if (p)
			fx_period_text(p, fact.period, sizeof(fact.period));
		fact.kind = FACT_DELTA;
		memcpy(fact.value, tag, sizeof(tag));
		strcpy(fact.unit, "%");
		memcpy(fact.qualifier, f.qual, sizeof(f.qual));
		snprintf(fact.delta, sizeof(fact.delta), "+%s%%%s", tag, basis_name(f.basis));
		set_span(s, &fact, i, f.b);
		emit(ctx, s, &fact);
		i += m - 1;
	}
}

/*
 * "is to roughly double compared with 2023", "expected to double by 2027":
 * in a target, doubling (tripling) is a change of +100% (+200%) reported as
 * a target like any other change.
 */
static void
multiple_goals(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	static const char *const verbs[] = {"100|double", "200|triple", "300|quadruple", NULL};
	int			i,
				v,
				w,
				q;

	for (i = 1; i < s->n; i++)
	{
		Fig			f;
		char		tag[8];

		if (fx_match_list(s, i, verbs, &v) != 1 || fx_word(s, i + 1, "the") ||
			fx_match(s, i + 1, "digit") || fx_is(s, i + 1, "-"))
			continue;
		fx_tag(verbs[v], tag, sizeof(tag));
		word_rise(s, i, 1, tag, &f);
		q = fx_match_before(s, f.lo, i, fx_qual_before, &w);
		if (q < 0)
			q = i;
		if (!fx_word(s, q - 1, "to"))
			continue;
		if (q < i)
			fx_tag(fx_qual_before[w], f.qual, sizeof(f.qual));
		f.a = q;
		f.b = after_figure(s, &f);
		f.base = find_base(s, per, np, &f);
		report(ctx, s, per, np, &f, NULL, true);
	}
}

/* n/d as a percent with ten decimals, trailing zeros dropped: 2/3 → "66.6666666667". */
static void
percent_of(int n, int d, char *buf, size_t len)
{
	long long	q = (long long) n * 100 * 10000000000LL / d,
				r = ((long long) n * 100 * 10000000000LL % d) * 2 >= d ? 1 : 0;
	int			k;

	q += r;
	snprintf(buf, len, "%lld.%010lld", q / 10000000000LL, q % 10000000000LL);
	k = (int) strlen(buf);
	while (k > 0 && buf[k - 1] == '0')
		buf[--k] = '\0';
	if (k > 0 && buf[k - 1] == '.')
		buf[--k] = '\0';
}

/* A fraction at i ("two-thirds of", "三分之一", "3/4 of"): its tokens, or 0; *n / *d. */
static int
fraction_at(const FxSent *s, int i, int *n, int *d)
{
	static const char *const den[] = {"2|half", "3|third", "3|thirds", "4|quarter", "4|quarters",
		"4|fourth", "4|fourths", "5|fifth", "5|fifths", "10|tenth", "10|tenths", NULL};
	int			nt,
				nt2,
				k,
				w;
	char		tag[4];

	if (i < 0 || i >= s->n)
		return 0;
	/* 三分之一, 四分之三 */
	if (s->t[i].type == TK_HAN && (*d = fx_small_number(s, i, &nt)) >= 2 &&
		fx_is(s, i + nt, "分") && fx_is(s, i + nt + 1, "之") &&
		(*n = fx_small_number(s, i + nt + 2, &nt2)) >= 1 && *n < *d)
		return nt + 2 + nt2;
	/* 3/4 of */
	/* (a date "3/4" would be followed by a year or a time, not by "of") */
	if (s->t[i].type == TK_NUM && fx_is(s, i + 1, "/") && !fx_is(s, i - 1, "/") &&
		!s->t[i + 1].sp && (*n = fx_small_number(s, i, &nt)) >= 1 &&
		(*d = fx_small_number(s, i + 2, &nt2)) > *n && !fx_is(s, i + 3, "/") &&
		(fx_word(s, i + 3, "of") || fx_is(s, i + 3, "的")))
		return 3;
	/* 一半, 半数: unless it is how much a change was ("减少一半") */
	if (((fx_is(s, i, "一") && fx_is(s, i + 1, "半")) || (fx_is(s, i, "半") && fx_is(s, i + 1, "数"))) &&
		fx_match_before(s, 0, i, fx_up_verbs, NULL) < 0 && fx_match_before(s, 0, i, fx_down_verbs, NULL) < 0)
	{
		*n = 1;
		*d = 2;
		return 2;
	}
	/* two-thirds of, a third of, one quarter of */
	if (s->t[i].type != TK_WORD)
		return 0;
	*n = fx_word(s, i, "a") ? 1 : fx_small_number(s, i, &nt);
	if (*n < 1 || *n > 9)
		return 0;
	k = i + 1;
	if (fx_is(s, k, "-"))
		k++;
	if (fx_match_list(s, k, den, &w) != 1 || !fx_word(s, k + 1, "of"))
		return 0;
	fx_tag(den[w], tag, sizeof(tag));
	*d = atoi(tag);
	if (*n >= *d || (*n == 1 && *d == 2 && !fx_word(s, i, "one")))
		return 0;
	return k + 1 - i;
}

/* "约占全球的三分之一", "约为全国的一半": the 约 of 约占/约为 earlier in the clause. */
static bool
about_share(const FxSent *s, int i)
{
	int			j;

	for (j = clause_start(s, i); j < i - 1; j++)
		if ((fx_is(s, j, "约") || fx_match(s, j, "大约") == 2) &&
			(fx_is(s, j + 1, "占") || fx_is(s, j + 1, "为") || fx_is(s, j + 2, "占")))
			return true;
	return false;
}

/* Fractions of a whole are shares: "about two-thirds of the enterprises" → ~66.67 %. */
static void
fractions(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	int			i,
				m,
				n,
				d,
				q,
				w;

	for (i = 0; i < s->n; i++)
	{
		Fact		fact;
		const FxPeriod *p;

		if (in_period(per, np, i) || (m = fraction_at(s, i, &n, &d)) == 0)
			continue;
		memset(&fact, 0, sizeof(fact));
		fact.kind = FACT_SHARE;
		percent_of(n, d, fact.value, sizeof(fact.value));
		strcpy(fact.unit, "%");
		q = fx_match_before(s, clause_start(s, i), i, fx_qual_before, &w);
		if (q >= 0)
			fx_tag(fx_qual_before[w], fact.qualifier, sizeof(fact.qualifier));
		else if (about_share(s, i))
			strcpy(fact.qualifier, "~");
		else if (fx_match_list(s, i + m, fx_qual_after, &w) > 0 && s->t[i + m].type == TK_HAN)
			fx_tag(fx_qual_after[w], fact.qualifier, sizeof(fact.qualifier));	/* 一半以上 */
		p = period_at(ctx, s, per, np, i, i + m);
		if (p)
			fx_period_text(p, fact.period, sizeof(fact.period));
		set_span(s, &fact, q >= 0 ? q : i, i + m);
		emit(ctx, s, &fact);
		i += m - 1;
	}
}


/*
 * "2.7 times those of 2021", "3.8 times more than that of 2021": the tokens
 * of the comparison after the number at i and its "times" (0: none).  "N
 * times more than" is read as "N times" (+280 % for 3.8), as releases use it.
 */
static int
times_as(const FxSent *s, int i)
{
	static const char *const as[] = {"that of", "those of", "as much as", "as many as",
		"as large as", "as high as", "the level of", "the figure of", "the size of",
		"more than that of", "more than those of", NULL};
	int			m;

	if (!fx_word(s, i + 1, "times") || (m = fx_match_list(s, i + 2, as, NULL)) == 0)
		return 0;
	return m + 1;
}

/*
 * "六成位于", "超八成企业", "同比增长三成": a one-digit numeral before 成 is
 * tenths of a whole (60 %, > 80 %), a change after a change word.  Not 成 as
 * a verb or in a word (成为, 成交, 成本, 建成 …).  The numeral's tokens, or 0.
 */
static int
tenths_at(const FxSent *s, int i, int *n)
{
	static const char *const words[] = {"为", "交", "本", "果", "员", "立", "功", "效", "绩",
		"熟", "型", "品", "长", "就", "都", "市", "分", "年", "套", "像", "形", "批", "不", NULL};
	int			nt;

	if (i < 0 || s->t[i].type != TK_HAN || (*n = fx_small_number(s, i, &nt)) < 1 || *n > 9 ||
		nt != 1 || !fx_is(s, i + 1, "成") || fx_match_list(s, i + 2, words, NULL) > 0 ||
		fx_is(s, i - 1, "第") || fx_small_number(s, i - 1, &nt) > 0)
		return 0;
	return 2;
}

static void
tenths(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	int			i,
				n,
				q,
				w,
				v,
				lo;

	for (i = 0; i + 1 < s->n; i++)
	{
		Fact		fact;
		const FxPeriod *p;

		if (in_period(per, np, i) || tenths_at(s, i, &n) == 0)
			continue;
		memset(&fact, 0, sizeof(fact));
		lo = clause_start(s, i);
		snprintf(fact.value, sizeof(fact.value), "%d", n * 10);
		strcpy(fact.unit, "%");
		q = fx_match_before(s, lo, i, fx_qual_before, &w);
		if (q >= 0)
			fx_tag(fx_qual_before[w], fact.qualifier, sizeof(fact.qualifier));
		else if (fx_match_list(s, i + 2, fx_qual_after, &w) > 0 && s->t[i + 2].type == TK_HAN)
			fx_tag(fx_qual_after[w], fact.qualifier, sizeof(fact.qualifier));	/* 七成以上 */
		v = fx_match_before(s, lo, q >= 0 ? q : i, fx_up_verbs, NULL);
		if (v < 0 && (v = fx_match_before(s, lo, q >= 0 ? q : i, fx_down_verbs, NULL)) >= 0)
			snprintf(fact.value, sizeof(fact.value), "-%d", n * 10);
		if (v >= 0)
		{
			char		b = 0;
			int			k = fx_match_before(s, lo, v, fx_basis_words, &w);
			char		tag[4];

			if (k >= 0)
			{
				fx_tag(fx_basis_words[w], tag, sizeof(tag));
				b = tag[0];
			}
			fact.kind = FACT_DELTA;
			snprintf(fact.delta, sizeof(fact.delta), "%s%s%%%s", fact.value[0] == '-' ? "" : "+",
					 fact.value, basis_name(b));
			q = k >= 0 ? k : v;
		}
		else
			fact.kind = FACT_SHARE;
		p = period_at(ctx, s, per, np, i, i + 2);
		if (p)
			fx_period_text(p, fact.period, sizeof(fact.period));
		set_span(s, &fact, q >= 0 ? q : i, i + 2);
		emit(ctx, s, &fact);
		i++;
	}
}

static void
english_times(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	int			i,
				m;

	for (i = 0; i + 1 < s->n; i++)
	{
		Fact		fact;
		FxNum		num;
		const FxPeriod *p;
		char		value[FACT_VALUE_LEN - 1];

		if (s->t[i].type != TK_NUM || (m = times_as(s, i)) == 0 || !fx_read_number(s, i, &num) ||
			num.unit[0] || num.has_scale || !times_change(num.mant, num.scale, value, sizeof(value)))
			continue;
		memset(&fact, 0, sizeof(fact));
		fact.kind = FACT_DELTA;
		strcpy(fact.value, value);
		strcpy(fact.unit, "%");
		snprintf(fact.delta, sizeof(fact.delta), "+%s%%", value);
		p = period_at(ctx, s, per, np, i, -1);
		if (p)
			fx_period_text(p, fact.period, sizeof(fact.period));
		set_span(s, &fact, i, i + 1 + m);
		emit(ctx, s, &fact);
	}
}

/* --- tables turned into text ---------------------------------------------- */

/* Token i starts a cell: a tab stands between it and the token before. */
static bool
cell_start(const FxSent *s, int i)
{
	size_t		k;

	if (i == 0)
		return true;
	for (k = s->t[i - 1].off + s->t[i - 1].len; k < s->t[i].off; k++)
		if (s->doc[k] == '\t')
			return true;
	return false;
}

/* The first tokens of the cells of a row; their number (0: not a row of cells). */
static int
cells(const FxSent *s, int *start, int max)
{
	int			i,
				n = 0;

	for (i = 0; i < s->n && n < max; i++)
		if (cell_start(s, i))
			start[n++] = i;
	return n >= 2 && n < max ? n : 0;
}

/* What a header cell says of its column: "Value (billion yuan)", "Growth year on year (%)". */
static void
header_cell(Ctx *ctx, const FxSent *s, int c, int a, int b)
{
	static const char *const growth[] = {"growth", "change", "increase", "增长", "增速", "同比",
		"比上年", "y/y", "yoy", NULL};
	static const char *const scales[] = {"12|trillion", "9|billion", "6|million", "8|100 million",
		"4|10,000", "4|10 thousand", "3|thousand", "12|万亿", "8|亿", "4|万", NULL};
	int			i,
				w;
	char		tag[4];

	ctx->tab_kind[c] = 'l';
	ctx->tab_scale[c] = 0;
	ctx->tab_unit[c][0] = '\0';
	ctx->tab_basis[c] = 0;
	ctx->tab_base[c] = 0;
	for (i = a; i < b; i++)
		if (fx_year_like(s, i))
		{
			const char *y = s->doc + s->t[i].off;	/* four digits: the doc need not end in NUL */

			ctx->tab_base[c] = (short) ((y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 +
										(y[3] - '0'));
		}
	/* "产品名称<TAB>单位<TAB>产量": each row names its unit in this column */
	if (c > 0 && b - a <= 2 && (fx_match(s, a, "单位") == b - a || fx_match(s, a, "计量单位") == b - a ||
								((fx_word(s, a, "unit") || fx_word(s, a, "units")) && b - a == 1)))
	{
		ctx->tab_kind[c] = 'u';
		return;
	}
	for (i = a; i < b; i++)
	{
		if (fx_match_list(s, i, growth, &w) > 0)
			ctx->tab_kind[c] = 'd';
		if (fx_match_list(s, i, fx_basis_words, &w) > 0)
		{
			fx_tag(fx_basis_words[w], tag, sizeof(tag));
			if (tag[0] != 'a' || fx_word(s, i, "average") || fx_match(s, i, "年均"))
				ctx->tab_basis[c] = tag[0], ctx->tab_kind[c] = 'd';
		}
		if (fx_match_list(s, i, scales, &w) > 0)
		{
			fx_tag(scales[w], tag, sizeof(tag));
			ctx->tab_scale[c] = (signed char) atoi(tag);
			i += fx_match_list(s, i, scales, NULL) - 1;
			continue;
		}
		if (fx_word(s, i, "yuan") || fx_is(s, i, "元"))
			strcpy(ctx->tab_unit[c], "CNY");
		else if (fx_word(s, i, "dollars") || fx_word(s, i, "USD") || fx_match(s, i, "美元"))
			strcpy(ctx->tab_unit[c], "USD");
		else if (fx_word(s, i, "tonnes") || fx_word(s, i, "tons") || fx_is(s, i, "吨"))
			strcpy(ctx->tab_unit[c], "t");
		else if (fx_is(s, i, "%") || fx_word(s, i, "percent"))
			strcpy(ctx->tab_unit[c], "%");
	}
}

/* The unit a row names in its unit column ("亿吨": ×1e8, t). */
typedef struct RowUnit
{
	int			scale;
	char		unit[8];
} RowUnit;

/* One figure of a data row: a level in its column's unit, or a change. */
static void
table_figure(Ctx *ctx, const FxSent *s, int c, int i, int e, int sa, int sb, const RowUnit *ru)
{
	Fact		fact;
	FxNum		num;
	int			sign = 1,
				scale = ctx->tab_scale[c] + (ru && ctx->tab_kind[c] == 'l' ? ru->scale : 0);
	char		value[FACT_VALUE_LEN - 1];

	if (fx_is(s, i, "-") || fx_is(s, i, "\xE2\x88\x92"))
		sign = -1, i++;
	if (i >= e || s->t[i].type != TK_NUM || !fx_read_number(s, i, &num) || num.t1 != e ||
		num.has_scale || fx_year_like(s, i))
		return;
	if (!fx_decimal(num.mant, num.scale + scale, value, sizeof(value)) ||
		fx_sig_digits(value) > 18)
		return;
	memset(&fact, 0, sizeof(fact));
	if (ctx->tab_kind[c] == 'l' && ctx->tab_col_has[c])
		fx_period_text(&ctx->tab_col_per[c], fact.period, sizeof(fact.period));
	else if (ctx->tab_has_per)
		fx_period_text(&ctx->tab_per, fact.period, sizeof(fact.period));
	fact.subject_off = s->t[sa].off;
	fact.subject_len = s->t[sb - 1].off + s->t[sb - 1].len - s->t[sa].off;
	set_span(s, &fact, i, e);
	if (ctx->tab_kind[c] == 'd')
	{
		fact.kind = FACT_DELTA;
		strcpy(fact.unit, "%");
		snprintf(fact.value, sizeof(fact.value), "%s%s", sign < 0 && strcmp(value, "0") ? "-" : "", value);
		snprintf(fact.delta, sizeof(fact.delta), "%s%s%%%s", sign < 0 ? "-" : "+", value,
				 basis_name(ctx->tab_basis[c] ? ctx->tab_basis[c] :
							ctx->tab_base[c] && ctx->tab_has_per && ctx->tab_per.freq == 'A' &&
							ctx->tab_per.y0 == ctx->tab_per.y1 &&
							ctx->tab_base[c] == ctx->tab_per.y1 - 1 ? 'y' : 0));
	}
	else
	{
		if (sign < 0)
			return;
		fact.kind = FACT_LEVEL;
		strcpy(fact.value, value);
		memcpy(fact.unit, ctx->tab_unit[c], sizeof(fact.unit));
		if (ru && !fact.unit[0])
			memcpy(fact.unit, ru->unit, sizeof(ru->unit));
		if (!ru && !fact.unit[0] && !ctx->tab_scale[c])
			memcpy(fact.unit, ctx->tab_title_unit, sizeof(fact.unit));
	}
	emit(ctx, s, &fact);
}

/*
 * "Index<TAB>November<TAB>December": a header cell that is only a period (or
 * a period and a bracket) gives its column of levels that period, not the
 * span the title named.
 */
static void
column_periods(Ctx *ctx, const FxSent *s, const int *start, int n)
{
	FxPeriod	per[MAX_PERIODS];
	int			np = fx_find_periods(s, per, MAX_PERIODS),
				c,
				k,
				b;

	for (c = 0; c < n; c++)
	{
		ctx->tab_col_has[c] = false;
		b = c + 1 < n ? start[c + 1] : s->n;
		for (k = 0; k < np && c > 0; k++)
			if (!per[k].base && per[k].t0 == start[c] && (per[k].t1 == b || fx_is(s, per[k].t1, "(")))
			{
				ctx->tab_col_per[c] = per[k];
				ctx->tab_col_has[c] = true;
			}
	}
}

/* "Main PMI readings, November and December 2023 (%)": a title ending in a bracketed unit. */
static void
title_unit(Ctx *ctx, const FxSent *s)
{
	int			e = s->n;

	ctx->tab_title_unit[0] = '\0';
	if (e > 0 && fx_is(s, e - 1, "."))
		e--;
	if (e >= 3 && fx_is(s, e - 1, ")") && fx_is(s, e - 3, "(") &&
		(fx_is(s, e - 2, "%") || fx_word(s, e - 2, "percent")))
		strcpy(ctx->tab_title_unit, "%");
}

/*
 * A row of tab-separated cells: a header describes the columns, a data row
 * ("Total retail sales<TAB>4,355.0<TAB>7.4") gives a figure per column under
 * the period of the title line.  True if the line was a row of a table.
 */
static bool
table_row(Ctx *ctx, const FxSent *s)
{
	int			start[9],
				n = cells(s, start, 9),
				c;
	bool		data = true,
				has_unit = false,
				ru_ok = false;
	RowUnit		ru;

	if (n == 0)
		return false;
	if (s->t[0].type == TK_NUM)
		return false;
	for (c = 1; c < n; c++)
		if (s->t[start[c]].type != TK_NUM && !fx_is(s, start[c], "-") &&
			!fx_is(s, start[c], "\xE2\x88\x92") &&
			!(ctx->tab_cols == n && ctx->tab_kind[c] == 'u'))
			data = false;
	if (!data)
	{
		ctx->tab_cols = n;
		for (c = 0; c < n; c++)
			header_cell(ctx, s, c, start[c], c + 1 < n ? start[c + 1] : s->n);
		column_periods(ctx, s, start, n);
		return true;
	}
	if (ctx->tab_cols != n)
		return true;			/* figures whose columns no header describes: no guess */
	for (c = 1; c < n; c++)
		if (ctx->tab_kind[c] == 'u')
		{
			/* a unit this reader does not know: the row's levels are left out, its changes stand */
			has_unit = true;
			ru_ok = fx_read_unit(s, start[c], c + 1 < n ? start[c + 1] : s->n, &ru.scale, ru.unit,
								 sizeof(ru.unit));
		}
	for (c = 1; c < n; c++)
		if (ctx->tab_kind[c] != 'u' && (ctx->tab_kind[c] == 'd' || !has_unit || ru_ok))
			table_figure(ctx, s, c, start[c], c + 1 < n ? start[c + 1] : s->n, start[0], start[1],
						 ru_ok ? &ru : NULL);
	return true;
}

/* Does the paragraph open as an item of a list: "- ", "•", "1.", "(2)", "（三）"? */
static bool
list_item(const FxSent *s)
{
	static const char *const marks[] = {"-", "\xE2\x80\xA2", "\xC2\xB7", "*", "\xE2\x80\x93",
		"\xE2\x80\x94", "\xE2\x97\x8F", "\xE2\x96\xAA", NULL};
	int			k;

	for (k = 0; marks[k]; k++)
		if (fx_is(s, 0, marks[k]))
			return true;
	if (s->t[0].type == TK_NUM && s->t[0].len <= 2 &&
		(fx_is(s, 1, ".") || fx_is(s, 1, ")") || fx_is(s, 1, "\xE3\x80\x81")))
		return true;
	return (fx_is(s, 0, "(") || fx_is(s, 0, "\xEF\xBC\x88")) && s->n > 2 &&
		(fx_is(s, 2, ")") || fx_is(s, 2, "\xEF\xBC\x89"));
}

/*
 * A line of a list with no mark, under a lead line ("主要预期目标：" then
 * "经济增长6%左右；" on a line of its own): one clause that ends with a
 * semicolon, or a short last line.
 */
static bool
plain_item(const FxSent *s)
{
	const char *const ends[] = {";", "\xEF\xBC\x9B", "。", ".", NULL};
	int			k;

	for (k = 0; ends[k]; k++)
		if (fx_is(s, s->n - 1, ends[k]))
			return k < 2 || s->n <= 40;
	return s->n <= 40;
}

/*
 * Chinese papers number the parts of a list in prose: "一是…。二是…。" and
 * "首先/其次" rarely, so only the ordinal with 是 counts.  Token i opens such
 * an item: 一是 … 十是.
 */
static bool
ordinal_item_at(const FxSent *s, int i)
{
	static const char *const ord[] = {"一是", "二是", "三是", "四是", "五是", "六是", "七是",
		"八是", "九是", "十是", NULL};

	return fx_match_list(s, i, ord, NULL) == 2;
}

/*
 * A lead whose list starts on its own line: "总体目标包括四个方面内容:一是…".
 * The colon after a goal word, and the first ordinal item right after it.
 */
static bool
inline_lead(const FxSent *s)
{
	int			i;

	for (i = 1; i + 1 < s->n; i++)
		if ((fx_is(s, i, ":") || fx_is(s, i, "\xEF\xBC\x9A")) && ordinal_item_at(s, i + 1))
			return true;
	return false;
}

/*
 * "MAJOR TARGETS FOR 2018: – GDP growth of around 6.5 percent" then "— …" lines:
 * a heading run in with the first item of its dashed list, as a lead line
 * with its items below.
 */
static bool
dash_lead(const FxSent *s)
{
	static const char *const dashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", NULL};
	int			i;

	for (i = 1; i + 2 < s->n; i++)
		if ((fx_is(s, i, ":") || fx_is(s, i, "\xEF\xBC\x9A")) && fx_match_list(s, i + 1, dashes, NULL) == 1)
			return true;
	return false;
}

/* A note on the data ("注：", "附注：", "Note:"): definitions, not facts. */
static bool
note(const FxSent *s)
{
	int			k = fx_match(s, 0, "附注") ? 2 : fx_match(s, 0, "注") ? 1 :
		(fx_word(s, 0, "note") || fx_word(s, 0, "notes")) ? 1 : 0;

	return k > 0 && (fx_is(s, k, ":") || fx_is(s, k, "\xEF\xBC\x9A"));
}

/* A line of page furniture ("Views: 1,962", "ICP 05034670-2", "Address: No. 57 …"): no facts. */
static bool
furniture(const FxSent *s)
{
	static const char *const labels[] = {"views", "view", "visits", "hits", "clicks", "address",
		"tel", "fax", "postcode", "zip code", "icp", "page", "related", "share", "print",
		"copyright", "editor", "source", "e-mail", "email", NULL};
	int			m = fx_match_list(s, 0, labels, NULL);

	if (m == 0)
		return false;
	return fx_is(s, m, ":") || fx_is(s, m, "\xEF\xBC\x9A") || fx_word(s, 0, "icp") ||
		fx_word(s, 0, "copyright") || (fx_word(s, 0, "page") && s->t[1].type == TK_NUM);
}

/*
 * "分季度看，一季度…，三季度…": a sentence that opens by splitting the figure
 * into spans of time; the periods it names are its parts', not the
 * paragraph's ("分行业看，1—11月，…" splits by industry: its period stands).
 */
static bool
enumeration(const FxSent *s)
{
	int			j;
	bool		by_time = false;

	if (!fx_is(s, 0, "分"))
		return false;
	for (j = 1; j < s->n && j <= 6 && !fx_is_clause_end(s, j); j++)
	{
		if (fx_is(s, j, "季") || fx_is(s, j, "月") || fx_is(s, j, "年"))
			by_time = true;
		if (fx_is(s, j, "看") && fx_is_clause_end(s, j + 1))
			return by_time;
	}
	return false;
}

static int
count_words(const FxSent *s)
{
	int			i,
				n = 0;

	for (i = 0; i < s->n; i++)
		if (s->t[i].type == TK_WORD || s->t[i].type == TK_HAN)
			n++;
	return n;
}

/* The first lines of a communiqué name the year it is about ("on the 2024 National Economic ..."). */
static void
headline_year(Ctx *ctx, const FxPeriod *per, int np)
{
	int			k;

	for (k = 0; k < np; k++)
		if (!per[k].base && !per[k].by && !per[k].rel && !per[k].plan && per[k].y0 == per[k].y1)
		{
			ctx->doc_year = per[k].y1;
			return;
		}
}

/*
 * 预计全年…达22% in a January text: what a year-opening report "estimates"
 * for the whole year is the year just ended, whose figures are not all in
 * yet (a target for the new year is 预期, 目标, 力争); 1 to step back a year.
 */
static int
estimated_year_ended(const FxSent *s, const FxPeriod *p)
{
	return s->pub.month <= 2 && fx_match(s, p->t0 - 2, "预计") == 2 &&
		fx_match(s, p->t0, "全年") == 2 ? 1 : 0;
}

/*
 * "全年", "年末", "for the year" name no year: the one the sentence named
 * before ("今年…全年"), else the paragraph's, else the headline's, else in a
 * target the publication year; otherwise the year before publication stands.
 */
static void
resolve_relative(const Ctx *ctx, const FxSent *s, FxPeriod *per, int np)
{
	int			k,
				j,
				y;

	for (k = 0; k < np; k++)
	{
		if (!per[k].rel)
			continue;
		y = 0;
		for (j = k - 1; j >= 0 && !y; j--)
			if (!per[j].base && !per[j].rel && per[j].y0 == per[j].y1)
				y = per[j].y1;
		if (!y && ctx->has_para && ctx->para.y0 == ctx->para.y1)
			y = ctx->para.y1;
		if (!y)
			y = ctx->doc_year;
		if (!y && goal_sentence(s, per, np))
			y = s->pub.year - estimated_year_ended(s, &per[k]);
		if (y)
			per[k].y0 = per[k].y1 = y;
	}
}

/*
 * A change of zero at token i: "同比持平", "与上年持平", "增速与上半年持平",
 * "sales were flat year on year", "remained unchanged from November".  Not
 * an approximate zero (基本持平, "broadly flat": no figure is stated), not
 * "unchanged at 5.2 percent" (the figure that follows is the fact), not a
 * name ("flat glass": only after a linking verb).  The zero is in
 * percentage points when it is a rate's (增速, "growth rate") or follows a
 * level in percent ("49.0 percent, unchanged from November"), else in
 * percent.  Its tokens, or 0.
 */
static int
zero_change(const FxSent *s, FxPeriod *per, int np, int i, const Fig *prev)
{
	static const char *const linking[] = {"was", "were", "is", "are", "remained", "remain",
		"remains", "stayed", "stay", "stays", "held", "holds", "kept", "came", NULL};
	static const char *const rate_words[] = {"增速", "增幅", "涨幅", "降幅", "比重", "占比", "growth rate",
		"rate", "share", "proportion", "ratio", NULL};
	int			k,
				m = 0,
				lo;

	if (fx_match(s, i, "持平") == 2)
	{
		if (i >= 2 && (fx_match(s, i - 2, "基本") == 2 || fx_match(s, i - 2, "大体") == 2 ||
					   fx_match(s, i - 2, "总体") == 2 || fx_match(s, i - 2, "大致") == 2))
			return 0;
		if (fx_is(s, i + 2, "或") || fx_is(s, i - 1, "或"))
			return 0;			/* "持平或增长": a direction, not a figure */
		/* 保持平稳, 维持平衡: 持 and 平 belong to two words, no change is stated */
		if ((fx_is(s, i - 1, "保") || fx_is(s, i - 1, "维")) && i + 2 < s->n && s->t[i + 2].type == TK_HAN)
			return 0;
		m = 2;
		/* "增速与上半年持平": the period is what the rate is compared with */
		for (k = 0; k < np; k++)
			if (per[k].t1 == i && (fx_is(s, per[k].t0 - 1, "与") || fx_is(s, per[k].t0 - 1, "和") ||
								   fx_is(s, per[k].t0 - 1, "同")))
				per[k].base = true;
	}
	else if ((fx_word(s, i, "flat") || fx_word(s, i, "unchanged")) && i > 0)
	{
		for (k = 0; linking[k]; k++)
			if (fx_word(s, i - 1, linking[k]))
				m = 1;
		/* "49.0 percent, unchanged from November" */
		if (fx_is(s, i - 1, ",") && prev && prev->num.t1 == i - 1)
			m = 1;
		if (fx_word(s, i + 1, "at") || (i + 1 < s->n && s->t[i + 1].type == TK_NUM))
			m = 0;
	}
	if (m == 0)
		return 0;
	lo = clause_start(s, i);
	if (prev && prev->num.t1 <= i && prev->num.t1 >= lo - 1 && prev->sign == 0 &&
		strcmp(prev->num.unit, "%") == 0)
		return -m;				/* the change of the level in percent just before */
	for (k = lo; k < i; k++)
		if (fx_match_list(s, k, rate_words, NULL) > 0)
			return -m;
	return m;
}

/* A figure for a change of zero found by zero_change: m tokens, in pp when m < 0. */
static void
zero_figure(const FxSent *s, int i, int m, Fig *f)
{
	memset(f, 0, sizeof(Fig));
	f->num.t0 = f->num.tn = i;
	f->num.t1 = i + (m < 0 ? -m : m);
	f->num.noun = -1;
	strcpy(f->num.mant, "0");
	f->num.is_int = true;
	strcpy(f->num.unit, m < 0 ? "pp" : "%");
	read_figure(s, f);
	f->sign = 1;
	if (f->verb < 0 || f->verb > i)
		f->verb = i;
	if (f->a > i)
		f->a = i;
	if (!f->basis && i >= 3 && (fx_match(s, i - 3, "与上年") == 3 || fx_match(s, i - 3, "与去年") == 3 ||
								(i >= 5 && fx_match(s, i - 5, "与上年同期") == 5)))
		f->basis = 'y';
	if (!f->basis && i >= 3 && fx_match(s, i - 3, "与上月") == 3)
		f->basis = 'm';
}

/* Could word i start an English figure ("ten million") or a zero change ("unchanged")?  A cheap first test. */
static bool
number_word(const FxSent *s, int i)
{
	const char *p = s->doc + s->t[i].off;
	char		c = (char) (p[0] | 0x20);

	return s->t[i].type == TK_WORD && s->t[i].len >= 3 && s->t[i].len <= 9 &&
		strchr("otfsenzu", c) != NULL && i + 1 < s->n;
}

static void percent_of(int n, int d, char *buf, size_t len);

/* "每出口3辆汽车", "每10万人": a count after 每 is what a rate is per, not a figure. */
static bool
per_each(const FxSent *s, const Fig *f)
{
	int			j;

	if (f->sign != 0 || f->num.unit[0])
		return false;
	/* "每年10万人" is a figure a year, not one per ten thousand people */
	for (j = f->num.t0 - 1; j >= f->lo && j >= f->num.t0 - 3; j--)
		if (fx_is(s, j, "每"))
			return !(fx_is(s, j + 1, "年") || fx_is(s, j + 1, "月") || fx_is(s, j + 1, "天") ||
					 fx_is(s, j + 1, "日") || fx_is(s, j + 1, "周") || fx_is(s, j + 1, "季"));
	return false;
}

/*
 * "246 per 10,000 employees", "3.2 doctors per 1,000 residents": the count
 * right after "per" is the size of the group a rate is counted over (the
 * English 每), part of the unit and never a figure itself.
 */
static bool
per_denominator(const FxSent *s, const Fig *f)
{
	return f->sign == 0 && !f->num.unit[0] && f->num.t0 >= 1 && fx_word(s, f->num.t0 - 1, "per");
}

/* "246 per 10,000 employees": a bare number counted per a group of a size is a rate, a figure. */
static bool
rate_per(const FxSent *s, const Fig *f)
{
	int			n = f->num.t1;

	return n + 1 < s->n && fx_word(s, n, "per") && s->t[n + 1].type == TK_NUM;
}

/*
 * "每出口3辆汽车就有1辆是新能源汽车": one in three is a share of 33.33 %;
 * true (the count is no figure) when f is the "1" of such a pair.
 */
static bool
one_in(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np, const Fig *e, Fig *f)
{
	Fact		fact;
	const FxPeriod *p;
	int			n,
				d;

	if (!per_each(s, e) || f->sign != 0 || f->num.unit[0] || !f->num.is_int || !e->num.is_int ||
		f->num.has_scale || e->num.has_scale || !fx_is(s, f->num.t0 - 1, "有") ||
		strlen(f->num.mant) > 4 || strlen(e->num.mant) > 4)
		return false;
	n = atoi(f->num.mant);
	d = atoi(e->num.mant);
	if (n < 1 || d <= n)
		return false;
	memset(&fact, 0, sizeof(fact));
	fact.kind = FACT_SHARE;
	percent_of(n, d, fact.value, sizeof(fact.value));
	strcpy(fact.unit, "%");
	p = period_of(ctx, s, per, np, f);
	if (p)
		fx_period_text(p, fact.period, sizeof(fact.period));
	if (f->sb > f->sa)
	{
		fact.subject_off = s->t[f->sa].off;
		fact.subject_len = s->t[f->sb - 1].off + s->t[f->sb - 1].len - s->t[f->sa].off;
	}
	set_span(s, &fact, e->a, f->b);
	emit(ctx, s, &fact);
	return true;
}

/* "比上年末净增", "than at the end of last year": a change since the last year end. */
static bool
since_year_end(const FxSent *s, const Fig *f)
{
	static const char *const ends[] = {"上年末", "去年末", "上年底", "去年底", "上年年末",
		"end of the previous year", "end of last year", "end of the last year", NULL};
	int			j,
				e = f->b < s->n ? f->b : s->n;

	for (j = f->lo; j < e; j++)
		if (fx_match_list(s, j, ends, NULL) > 0)
			return true;
	return false;
}

/*
 * Is the figure's period a year end?  Then a change since the last year end
 * is a change over a year.  With no period, a text published by March speaks
 * of the year just ended (a communiqué); a later one of a date in the year.
 */
static bool
at_year_end(const FxSent *s, const FxPeriod *p)
{
	if (!p)
		return s->pub.month <= 3;
	switch (p->freq)
	{
		case 'A':
			return true;
		case 'S':
			return p->m1 == 2;
		case 'Q':
			return p->m1 == 4;
		case 'M':
			return p->m1 == 12;
		default:
			return p->m1 == 12 && p->day == 31;
	}
}

/*
 * "商务部等14部门印发", "31个省（区、市）": the number of the bodies that issue
 * or report, not a figure of the economy.
 */
static bool
issuers(const FxSent *s, const Fig *f)
{
	int			n = f->num.t1;

	if (!f->num.is_int || f->num.unit[0] || f->sign != 0)
		return false;
	if (fx_is(s, f->num.t0 - 1, "等") && !f->num.has_scale)
		return true;
	return fx_is(s, n, "省") && (fx_is(s, n + 1, "（") || fx_is(s, n + 1, "("));
}

/*
 * "3家基础电信企业完成宽带业务收入387亿元": a count of firms opening its
 * clause names who earned the figure that follows; the figure is the fact,
 * the count a handful of actors (as "three telecom operators").  A count
 * before a threshold stays ("5家企业营收超过100亿元": how many passed it).
 */
static bool
acting_firms(const FxSent *s, const Fig *fig, int nf, int k)
{
	const Fig  *f = &fig[k];
	int			j;

	if (!f->num.is_int || f->num.unit[0] || f->num.has_scale || f->sign != 0 ||
		f->num.t0 != f->lo || !f->num.measure || !fx_is(s, f->num.t1 - 1, "家") || strlen(f->num.mant) != 1 || f->num.scale != 0)
		return false;
	for (j = k + 1; j < nf && fig[j].lo == f->lo; j++)
		if (fig[j].num.unit[0] && fig[j].sign == 0)
			return !fig[j].qual[0];
	return false;
}

/* "The ratio of urban to rural income narrowed to 2.34": a bare decimal a ratio reaches. */
static bool
ratio_clause(const FxSent *s, const Fig *f)
{
	int			j;

	if (f->num.is_int || f->sign != 0 || !f->level_verb)
		return false;
	for (j = f->lo; j < f->a; j++)
		if (fx_word(s, j, "ratio"))
			return true;
	return false;
}

/*
 * "data from the NBS showed on May 16", "the ministry said on Tuesday": the
 * day a figure was announced is not the period it is about.  The day after
 * a verb of reporting and "on" is dropped; the count of periods left.
 */
static int
drop_report_dates(const FxSent *s, FxPeriod *per, int np)
{
	static const char *const verbs[] = {"showed", "shows", "said", "says", "announced",
		"released", "published", "reported", "disclosed", "revealed", "stated", NULL};
	int			k,
				j,
				n = 0;

	for (k = 0; k < np; k++)
	{
		bool		report = false;

		if (per[k].freq == 'D' && fx_word(s, per[k].t0 - 1, "on"))
			for (j = per[k].t0 - 2; j >= 0 && j >= per[k].t0 - 3; j--)
				if (fx_match_list(s, j, verbs, NULL) > 0)
					report = true;
		if (!report)
			per[n++] = per[k];
	}
	return n;
}

/*
 * A dateline ("BEIJING, March 24 (Xinhua) --", "北京1月10日电") dates the wire copy,
 * not any figure; kept, it would be the nearest period before a figure whose
 * own period comes after it ("hit 992.7 billion yuan (about ...) in July").
 * A day right before an agency in brackets, or before 电/讯, is one.
 */
static bool
dateline_at(const FxSent *s, const FxPeriod *p)
{
	int			e = p->t1;

	if (p->freq != 'D' && p->freq != 'M')
		return false;
	if (fx_is(s, e, "电") || fx_is(s, e, "讯"))
		return p->freq == 'D';
	/* "Aug. 11" may be read as the month alone */
	if (fx_is(s, e, "."))
		e++;
	if (p->freq == 'M' && e < s->n && s->t[e].type == TK_NUM)
		e++;
	return (fx_is(s, e, "(") || fx_is(s, e, "（")) && e + 2 < s->n &&
		s->t[e + 1].type == TK_WORD && (fx_is(s, e + 2, ")") || fx_is(s, e + 2, "）"));
}

/*
 * "今年4月1日起免征增值税": the day a policy takes effect dates the policy, not
 * the figures around it, which keep the paragraph's period (上半年).  Not the
 * start of a span ("1月1日起至6月30日").
 */
static bool
effective_date_at(const FxSent *s, const FxPeriod *p)
{
	return p->freq == 'D' && fx_is(s, p->t1, "起") &&
		!fx_is(s, p->t1 + 1, "至") && !fx_is(s, p->t1 + 1, "到");
}

/*
 * "易纲5月30日在金融街论坛上指出，…确保…增长30%以上": the day of a speech dates
 * what was said, not the figures in it (as "said on March 11" does).
 */
static bool
speech_date_at(const FxSent *s, const FxPeriod *p)
{
	static const char *const said[] = {"指出", "表示", "强调", "介绍", "说", "称", NULL};
	int			j;

	if (p->freq != 'D')
		return false;
	if (fx_match_list(s, p->t1, said, NULL) > 0)
		return true;
	if (!fx_is(s, p->t1, "在"))
		return false;
	for (j = p->t1 + 1; j < s->n && j <= p->t1 + 30 && !fx_is_clause_end(s, j); j++)
		if ((fx_is(s, j, "上") || fx_is(s, j, "时")) && fx_match_list(s, j + 1, said, NULL) > 0)
			return true;
	return false;
}

static int
drop_datelines(const FxSent *s, FxPeriod *per, int np)
{
	int			k,
				n = 0;

	for (k = 0; k < np; k++)
		if (!dateline_at(s, &per[k]) && !effective_date_at(s, &per[k]) && !speech_date_at(s, &per[k]))
			per[n++] = per[k];
	return n;
}

/* --- a movement from one level to another --------------------------------- */

/*
 * The "from"/由/从 that opens a start value ("from about 85", "由2020年的9.89亿");
 * -1 if none.  *own: the period named between them (2020年), or -1.
 */
static int
from_word(const FxSent *s, const FxPeriod *per, int np, const Fig *f, int *own)
{
	int			a = f->num.t0,
				m,
				k;

	*own = -1;
	if ((m = fx_match_before(s, f->lo, a, fx_qual_before, NULL)) >= 0)
		a = m;
	if (fx_is(s, a - 1, "的"))
		for (k = 0; k < np; k++)
			if (per[k].t1 == a - 1 && (fx_is(s, per[k].t0 - 1, "由") || fx_is(s, per[k].t0 - 1, "从")))
			{
				*own = k;
				return per[k].t0 - 1;
			}
	return fx_word(s, a - 1, "from") || fx_is(s, a - 1, "由") || fx_is(s, a - 1, "从") ? a - 1 : -1;
}

/*
 * The "to"/到/至 after a start value, over its own period ("in 2020", "at the
 * end of 2020") and a Chinese change verb (提高到, 增加到, 降至); -1 if none.
 */
static int
to_word(const FxSent *s, const FxPeriod *per, int np, const Fig *f, int *own, bool *verb)
{
	static const char *const glue[] = {"in", "at", "the", "end", "of", NULL};
	int			e = f->num.t1,
				k,
				m;

	*own = -1;
	*verb = false;
	e += fx_match_list(s, e, fx_qual_after, NULL);
	for (k = 0; k < np; k++)
		if (per[k].t0 >= e && per[k].t0 <= e + 3)
		{
			for (m = e; m < per[k].t0 && fx_match_list(s, m, glue, NULL) == 1; m++)
				;
			if (m == per[k].t0)
			{
				*own = k;
				e = per[k].t1;
			}
			break;
		}
	if ((m = fx_match_list(s, e, fx_up_verbs, NULL)) > 0 ||
		(m = fx_match_list(s, e, fx_down_verbs, NULL)) > 0)
	{
		e += m;
		*verb = true;
	}
	return fx_word(s, e, "to") || fx_is(s, e, "到") || fx_is(s, e, "至") ? e : -1;
}

/*
 * "由2020年的9.89亿提高到12亿", "is to rise from 85 in 2020 to 95 by 2025",
 * "rose from 2.1 to 2.4 trillion yuan": a level moving to another, said with
 * a change verb.  Not a range: the start is a level of the period named with
 * it, else of the one an earlier start of the sentence named (a plan's list
 * names its base year once), else of none; it is never a change or a target.
 * The end is the level reached, a target in a target sentence; the start's
 * period is a base, so it is not the end's.
 */
static void
from_to(const FxSent *s, FxPeriod *per, int np, Fig *fig, int nf)
{
	int			k,
				from,
				to,
				y,
				own_a,
				own_b,
				carry = 0;
	bool		verb;

	for (k = 0; k + 1 < nf; k++)
	{
		Fig		   *x = &fig[k],
				   *c = &fig[k + 1];

		if ((from = from_word(s, per, np, x, &own_a)) < 0 ||
			(to = to_word(s, per, np, x, &own_b, &verb)) < 0)
			continue;
		y = to + 1 + fx_match_list(s, to + 1, fx_qual_before, NULL);
		if (c->num.t0 != y || !same_unit(x, c) || strcmp(c->num.unit, "x") == 0 ||
			(!verb && fx_match_before(s, 0, from, fx_up_verbs, NULL) < 0 &&
			 fx_match_before(s, 0, from, fx_down_verbs, NULL) < 0))
			continue;
		if (own_a < 0)
			own_a = own_b;
		if (own_a >= 0)
		{
			per[own_a].base = true;
			carry = own_a + 1;
		}
		x->start = true;
		x->start_per = carry;
		x->sign = 0;
		/* "from 2.1 to 2.4 trillion yuan": the start's scale and unit are written once, at the end */
		if (!x->num.unit[0] && !x->num.has_scale && !x->num.measure)
		{
			memcpy(x->num.unit, c->num.unit, sizeof(x->num.unit));
			x->num.scale = c->num.scale;
			x->num.has_scale = c->num.has_scale;
		}
		c->reached = true;
	}
}

/*
 * "从2015年到2020年，普及率由52.6%提升到96%", "from 2015 to 2020, the rate
 * rose from 52.6% to 96%": a movement inside a span written as its two ends
 * starts at the first end; the index of that year's period, -1 if none.
 */
static int
span_from(const FxSent *s, const FxPeriod *per, int np, const Fig *f)
{
	int			k,
				found = -1;

	for (k = 0; k + 1 < np && per[k + 1].t1 <= f->num.t0; k++)
	{
		const FxPeriod *a = &per[k],
				   *b = &per[k + 1];

		if (a->t0 >= 1 && (fx_is(s, a->t0 - 1, "从") || fx_word(s, a->t0 - 1, "from")) &&
			b->t0 == a->t1 + 1 && (fx_is(s, a->t1, "到") || fx_is(s, a->t1, "至") || fx_word(s, a->t1, "to")) &&
			a->freq == 'A' && a->y0 == a->y1 && b->freq == 'A' && b->y0 == b->y1 && a->y1 < b->y1)
			found = k;
	}
	return found;
}

/* The start value of a movement: a level (or share) of its own period, or of none. */
static void
start_level(Ctx *ctx, const FxSent *s, const FxPeriod *per, const Fig *f)
{
	Fact		fact;

	memset(&fact, 0, sizeof(fact));
	if (!fx_decimal(f->num.mant, f->num.scale, fact.value, sizeof(fact.value)))
		return;
	if (f->start_per > 0)
		fx_period_text(&per[f->start_per - 1], fact.period, sizeof(fact.period));
	memcpy(fact.unit, f->num.unit, sizeof(f->num.unit));
	memcpy(fact.qualifier, f->qual, sizeof(f->qual));
	fact.kind = f->share ? FACT_SHARE : FACT_LEVEL;
	set_span(s, &fact, f->a, f->b);
	if (f->sb > f->sa)
	{
		fact.subject_off = s->t[f->sa].off;
		fact.subject_len = s->t[f->sb - 1].off + s->t[f->sb - 1].len - s->t[f->sa].off;
	}
	emit(ctx, s, &fact);
}

/*
 * "the 14th Five-Year Plan period (2021-2025)" named once, then "during the
 * five-year period": the plan's span.  Remembers the last plan span and the
 * last deadline ahead the text named, and adds a period for each such phrase
 * of the sentence; the new number of periods.
 */
static int
plan_anaphora(Ctx *ctx, const FxSent *s, FxPeriod *per, int np)
{
	static const char *const phrases[] = {"the five year period", "the five years",
		"the plan period", "the five year plan period", NULL};
	int			i,
				k,
				m;

	for (k = 0; k < np; k++)
	{
		if (per[k].base)
			continue;
		if (per[k].freq == 'A' && (per[k].plan || per[k].y1 - per[k].y0 == 4))
		{
			ctx->plan_span = per[k];
			ctx->has_plan = true;
		}
		if (per[k].by && !fx_period_over(&per[k], s->pub))
		{
			ctx->deadline = per[k];
			ctx->has_deadline = true;
		}
	}
	for (i = 0; i < s->n && ctx->has_plan && np < MAX_PERIODS; i++)
	{
		if (in_period(per, np, i) || (m = fx_match_list(s, i, phrases, NULL)) == 0)
			continue;
		for (k = np; k > 0 && per[k - 1].t0 > i; k--)
			per[k] = per[k - 1];
		per[k] = ctx->plan_span;
		per[k].t0 = i;
		per[k].t1 = i + m;
		per[k].by = per[k].base = false;
		per[k].plan = true;
		np++;
		i += m - 1;
	}
	return np;
}

/*
 * "… by 2025." then "Steel from electric furnaces will be increased to over
 * 15 percent … by then": "by then", "by that time", 届时 name the last
 * deadline ahead the text named; a period is added for each.  The new number
 * of periods.
 */
static int
deadline_anaphora(Ctx *ctx, const FxSent *s, FxPeriod *per, int np)
{
	static const char *const phrases[] = {"by then", "by that time", "届时", NULL};
	int			i,
				k,
				m;

	for (i = 0; i < s->n && ctx->has_deadline && np < MAX_PERIODS; i++)
	{
		if (in_period(per, np, i) || (m = fx_match_list(s, i, phrases, NULL)) == 0)
			continue;
		for (k = np; k > 0 && per[k - 1].t0 > i; k--)
			per[k] = per[k - 1];
		per[k] = ctx->deadline;
		per[k].t0 = i;
		per[k].t1 = i + m;
		per[k].by = true;
		per[k].base = false;
		np++;
		i += m - 1;
	}
	return np;
}

/*
 * "总体目标包括四个方面内容:一是…。其中，…超过40%。" then "二是…" lines: the rest
 * of the lead's line and the items after it are targets, due by the lead's own
 * period, else by the last deadline ahead the text named ("即到2023年" before).
 */
static void
open_inline_lead(Ctx *ctx, const FxPeriod *per, int np)
{
	int			k;

	ctx->lead = ctx->lead_in_para = ctx->lead_fresh = ctx->para_item = true;
	ctx->lead_has_per = false;
	for (k = np - 1; k >= 0 && !ctx->lead_has_per; k--)
		if (!per[k].base)
		{
			ctx->lead_per = per[k];
			ctx->lead_has_per = true;
		}
	if (!ctx->lead_has_per && ctx->has_deadline)
	{
		ctx->lead_per = ctx->deadline;
		ctx->lead_has_per = true;
	}
	if (ctx->lead_has_per)
	{
		ctx->para = ctx->lead_per;
		ctx->has_para = true;
	}
}

/*
 * "Here are some main targets listed in the draft plan." then "1. To raise …"
 * lines: a sentence announcing the targets that follow (here are, as
 * follows, the following, 如下) leads a list as a line ending in a colon
 * does, though it ends in a full stop.
 */
static bool
announced_lead(const FxSent *s)
{
	static const char *const cues[] = {"here are", "here is", "as follows", "the following", "如下", NULL};
	int			i;

	if (!fx_is(s, s->n - 1, ".") && !fx_is(s, s->n - 1, "\xE3\x80\x82"))
		return false;
	for (i = 0; i < s->n; i++)
		if (fx_match_list(s, i, cues, NULL) > 0)
			return true;
	return false;
}

/*
 * The items of an announced list are due by the lead's own period, else, when
 * the lead names a plan ("listed in the draft plan"), by the span of the plan
 * the text named, else by the last deadline ahead.
 */
static void
open_announced_lead(Ctx *ctx, const FxSent *s, const FxPeriod *per, int np)
{
	static const char *const plans[] = {"plan", "plans", "规划", "计划", NULL};
	int			i,
				k;

	ctx->lead = ctx->lead_in_para = ctx->lead_fresh = true;
	ctx->lead_has_per = false;
	for (k = np - 1; k >= 0 && !ctx->lead_has_per; k--)
		if (!per[k].base)
		{
			ctx->lead_per = per[k];
			ctx->lead_has_per = true;
		}
	for (i = 0; i < s->n && !ctx->lead_has_per && ctx->has_plan; i++)
		if (fx_match_list(s, i, plans, NULL) > 0)
		{
			ctx->lead_per = ctx->plan_span;
			ctx->lead_has_per = true;
		}
	if (!ctx->lead_has_per && ctx->has_deadline)
	{
		ctx->lead_per = ctx->deadline;
		ctx->lead_has_per = true;
	}
}

/* --- round 8b: general constructions from real releases --------------------- */

/*
 * "8 percent for fixed-asset investment, 6 percent for retail sales": a report's
 * list of indicators gives each flow (investment, sales, output, trade …) its
 * growth rate, a bare percentage "for" it; "for" a rate, ratio or share the
 * percentage stays a level ("5.5 percent for the unemployment rate").
 */
static bool
for_flow(const FxSent *s, int i)
{
	static const char *const flows[] = {"investment", "investments", "sales", "output", "outputs",
		"exports", "imports", "trade", "revenue", "revenues", "income", "incomes", "consumption",
		"production", "GDP", "spending", "expenditure", "expenditures", "profits", "profit",
	"turnover", "volume", "value-added", NULL};
	static const char *const levels[] = {"rate", "rates", "ratio", "ratios", "share", "shares",
	"proportion", "index", "coverage", "percentage", NULL};
	int			j;
	bool		flow = false;

	if (!fx_word(s, i, "for"))
		return false;
	for (j = i + 1; j < s->n && j <= i + 8 && !fx_is_clause_end(s, j); j++)
	{
		if (fx_word(s, j, "and") || fx_word(s, j, "in") || fx_word(s, j, "by"))
			break;
		if (fx_match_list(s, j, levels, NULL) > 0)
			return false;
		if (fx_match_list(s, j, flows, NULL) > 0)
			flow = true;
	}
	return flow;
}

static void
percent_for_flow(const FxSent *s, Fig *fig, int nf)
{
	int			k;

	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (f->sign == 0 && !f->share && !f->num.ratio && strcmp(f->num.unit, "%") == 0 &&
			for_flow(s, f->b))
			f->sign = 1;
	}
}

static void
sentence(Ctx *ctx, const FxSent *s)
{
	FxPeriod	per[MAX_PERIODS];
	Fig			fig[FX_MAX_NUM];
	signed char basis_memo[FX_MAX_TOK + 1];
	FxPeriod	after;
	int			np,
				nf = 0,
				i,
				k;
	bool		goal_cue;

	if (s->n == 0)
		return;
	scan_line(ctx, s);
	if (ctx->para_sentences++ == 0)
	{
		ctx->para_item = list_item(s) || ordinal_item_at(s, 0) ||
			(ctx->lead && !ctx->lead_gap && plain_item(s));
		ctx->marked_item = list_item(s);
		ctx->para_note = note(s) || furniture(s);
	}
	if (ctx->para_note)
		return;
	if (ctx->para_sentences == 1 && table_row(ctx, s))
		return;
	if (count_words(s) < 3)
		return;
	np = fx_find_periods(s, per, MAX_PERIODS);
	np = drop_report_dates(s, per, np);
	np = drop_datelines(s, per, np);
	np = plan_anaphora(ctx, s, per, np);
	np = deadline_anaphora(ctx, s, per, np);
	if (ctx->paras == 0 && !ctx->doc_year && count_words(s) <= 40)
		headline_year(ctx, per, np);
	resolve_relative(ctx, s, per, np);
	local_periods(ctx, s, per, np);
	noun_periods(ctx, s, per, np);
	when_clause(ctx, s, per, np);
	period_anaphora(ctx, s, per, np);
	if (ctx->para_sentences == 1)
	{
		/* a line of prose: the title of a table that may follow */
		ctx->tab_cols = 0;
		ctx->tab_has_per = false;
		title_unit(ctx, s);
		for (k = np - 1; k >= 0; k--)
			if (!per[k].base)
			{
				ctx->tab_per = per[k];
				ctx->tab_has_per = true;
				break;
			}
	}
	if (ctx->lead && ctx->para_item && ctx->lead_has_per && !ctx->has_para)
	{
		ctx->para = ctx->lead_per;
		ctx->has_para = true;
	}
	for (i = 0; i < s->n && nf < FX_MAX_NUM; i++)
	{
		if ((s->t[i].type != TK_NUM && s->t[i].type != TK_HAN && !number_word(s, i)) ||
			in_period(per, np, i))
			continue;
		if ((k = zero_change(s, per, np, i, nf > 0 ? &fig[nf - 1] : NULL)) != 0)
		{
			zero_figure(s, i, k, &fig[nf]);
			i = fig[nf].num.t1 - 1;
			nf++;
			continue;
		}
		memset(&fig[nf], 0, sizeof(Fig));
		if (!fx_read_number(s, i, &fig[nf].num))
			continue;
		if (fig[nf].num.t1 <= i)
			fig[nf].num.t1 = i + 1;
		read_figure(s, &fig[nf]);
		i = fig[nf].num.t1 - 1;
		nf++;
	}
	memset(basis_memo, -1, sizeof(basis_memo));
	from_to(s, per, np, fig, nf);
	object_figures(fig, nf);
	points_written_once(s, fig, nf);
	gap_to_series(s, fig, nf);
	gap_to_span(s, per, np, fig, nf);
	gap_exceeding(s, fig, nf);
	coordinate(s, fig, nf);
	coordinated_comma_basis(s, fig, nf);
	inherit_change(s, fig, nf);
	compared_changes(s, fig, nf);
	recalled_changes(s, fig, nf);
	appositive_rate(s, fig, nf);
	percent_for_flow(s, fig, nf);
	subjects(s, per, np, fig, nf);
	distribute_periods(s, per, np, fig, nf);
	goal_cue = goal_sentence(s, per, np) || (ctx->lead && ctx->para_item);
	for (k = 0; k < nf; k++)
	{
		Fig		   *f = &fig[k];

		if (f->start)
		{
			if (f->start_per == 0 && (i = span_from(s, per, np, f)) >= 0)
				f->start_per = i + 1;
			start_level(ctx, s, per, f);
			continue;
		}
		f->base = f->sign != 0 ? find_base(s, per, np, f) : -1;
		if (f->sign != 0 && f->base < 0)
			f->base = group_base(s, per, np, fig, nf, k);
		if (f->sign != 0 && f->base < 0 && !f->basis)
			f->base = same_period_base(s, per, np, f);
		/* "is to grow by 25 percent from 2023, and … are to grow by 45 percent": one baseline */
		if (goal_cue && f->sign != 0 && f->base < 0 && !f->basis)
			f->base = shared_base(per, np, fig, k, f->num.t0);
		if (f->sign != 0 && !f->basis && f->base >= 0 && !period_of(ctx, s, per, np, f) &&
			per[f->base].freq == 'A' && per[f->base].y0 == per[f->base].y1 &&
			!distant_year_base(s, &per[f->base]))
			f->basis = 'y';		/* "a rise of 0.2 percent over 2022": the year after its base */
		if (f->sign != 0 && !f->basis && f->base >= 0 && !period_of(ctx, s, per, np, f) &&
			per[f->base].freq == 'M' && period_after_base(s, f, &per[f->base], &after))
			f->basis = 'm';		/* "0.39% from September": the month after its base */
		if (f->sign != 0 && !f->basis && (!f->rate_change || f->base >= 0))
			f->basis = f->base >= 0 ?
				(fx_match(s, per[f->base].t1, "同期") == 2 ?
				 same_period_basis(&per[f->base], period_of(ctx, s, per, np, f)) :
				 basis_from_base(&per[f->base], period_of(ctx, s, per, np, f))) :
				f->than >= 0 ? 0 : sentence_basis(s, f->verb >= 0 ? f->verb : f->a, basis_memo);
		if (f->sign != 0 && !f->basis && f->than < 0 && f->base < 0 && !f->rate_change &&
			basis_fits(ctx->para_basis, period_of(ctx, s, per, np, f)))
			f->basis = ctx->para_basis;
		if (f->sign != 0 && !f->basis && f->than < 0 && f->base < 0 && !goal_cue)
			f->basis = absolute_basis(ctx, s, per, np, f);
		if (f->basis && contribution_points(s, f))
			f->basis = 0;		/* "拉动收入增长5.5个百分点": a share of another growth */
		if (mean_not_annual(ctx, s, per, np, f) || foreign_basis_on_span(ctx, s, per, np, f) ||
			foreign_average_on_month(ctx, s, per, np, f))
			f->basis = 0;
		if (f->basis == 'y' && !at_year_end(s, period_of(ctx, s, per, np, f)) && since_year_end(s, f))
			f->basis = 0;		/* a change since 31 December, read in October, is no yoy */
		if (f->in_range || issuers(s, f) || acting_firms(s, fig, nf, k) || per_each(s, f) || per_denominator(s, f) || (k > 0 && one_in(ctx, s, per, np, &fig[k - 1], f)))
			f->ok = false;
		else if (f->num.unit[0] || f->num.has_scale || f->num.measure || f->sign != 0)
			f->ok = true;
		else if (f->num.ratio || ratio_clause(s, f))
			f->ok = true;
		else if (fx_year_like(s, f->num.tn))
			f->ok = false;
		else
			f->ok = f->reached || bare_count(s, f) || count_before_name(s, f) || rate_per(s, f) ||
				level_after_to(s, f) || average_time(s, f) ||
				bare_before_period(s, per, np, f) || (f->level_verb && f->num.is_int &&
										 (fx_is_clause_end(s, f->b) || fx_is(s, f->b, ".") ||
										  fx_word(s, f->b, "and") || fx_word(s, f->b, "respectively") ||
										  f->b >= s->n));
		if (times_as(s, f->num.t0) > 0)
			f->ok = false;		/* english_times() reads "3.8 times more than that of 2021" */
		if (f->ok)
			report(ctx, s, per, np, f, f->range_lo >= 0 ? &fig[f->range_lo] : NULL, goal_cue);
	}
	paragraph_basis(ctx, s);
	if (goal_cue)
		direction_goals(ctx, s, per, np, fig, nf);
	if (goal_cue)
		multiple_goals(ctx, s, per, np);
	multiple_words(ctx, s, per, np, fig, nf, goal_cue);
	fractions(ctx, s, per, np);
	tenths(ctx, s, per, np);
	english_times(ctx, s, per, np);
	if ((inline_lead(s) || dash_lead(s)) && goal_sentence(s, per, np))
		open_inline_lead(ctx, per, np);
	else if (announced_lead(s) && goal_sentence(s, per, np))
		open_announced_lead(ctx, s, per, np);
	if ((fx_is(s, s->n - 1, ":") || fx_is(s, s->n - 1, "\xEF\xBC\x9A")) && goal_sentence(s, per, np))
	{
		ctx->lead = ctx->lead_in_para = ctx->lead_fresh = true;
		ctx->lead_has_per = false;
		for (k = np - 1; k >= 0; k--)
			if (!per[k].base)
			{
				ctx->lead_per = per[k];
				ctx->lead_has_per = true;
				break;
			}
	}
	for (k = np - 1; k >= 0 && !enumeration(s); k--)
		if (!per[k].base && ctx->loc_hi[k] == 0)
		{
			ctx->para = per[k];
			ctx->has_para = true;
			break;
		}
	ctx->has_last = ctx->has_para;
	if (ctx->has_para)
		ctx->last_per = ctx->para;
}

/*
 * "— CPI increase of around 3 percent", a blank line, "— Over 11 million new
 * urban jobs": items with a mark may be spaced by blank lines; the list goes
 * on across one blank line after a marked item, and only to another marked item.
 */
static bool
spaced_items(const Ctx *ctx)
{
	return ctx->lead && ctx->para_sentences == 0 && ctx->marked_item;
}

long
facts_extract(const char *doc, size_t len, FactDate published, const FactsOut *out)
{
	FxSent		s;
	FxIndex		ix;				/* about 33 kB: the word lists' phrases by first token */
	Ctx			ctx;				/* about 40 kB: the facts of one sentence */
	size_t		pos = 0;
	long		cp = 0;
	FxTok		tok;

	ctx.out = out;
	ctx.emitted = 0;
	ctx.nheld = 0;
	ctx.has_para = ctx.lead = ctx.lead_in_para = ctx.para_item = ctx.para_note = false;
	ctx.lead_fresh = ctx.marked_item = ctx.lead_gap = false;
	ctx.para_sentences = 0;
	memset(ix.list, 0, sizeof(ix.list));
	ix.nkeys = 0;
	ix.last = NULL;
	s.ix = &ix;
	ctx.paras = 0;
	ctx.doc_year = 0;
	ctx.tab_cols = 0;
	ctx.tab_has_per = false;
	ctx.tab_title_unit[0] = '\0';
	ctx.has_last = false;
	ctx.has_plan = ctx.has_deadline = ctx.has_goal = false;
	ctx.line_end = 0;
	ctx.line_goal = false;
	ctx.para_basis = 0;
	s.doc = doc;
	s.doclen = len;
	s.pub = published;
	s.n = 0;
	if (doc == NULL)
		return 0;
	for (;;)
	{
		bool		more = fx_next_token(doc, len, &pos, &cp, &tok);
		bool		end = !more || tok.type == TK_NL;

		if (more && !end)
		{
			s.t[s.n++] = tok;
			if (s.n < FX_MAX_TOK && !ends_sentence(&s, s.n - 1) &&
				tok.off + tok.len - s.t[0].off < FX_MAX_SENT)
				continue;
		}
		sentence(&ctx, &s);
		flush(&ctx);
		s.n = 0;
		if (end)
		{
			if (ctx.para_sentences > 0)
				ctx.paras++;
			/* a blank line between the lead and its list keeps the list open */
			if (!ctx.para_item && !ctx.lead_in_para && !(ctx.para_sentences == 0 && ctx.lead_fresh) &&
				!spaced_items(&ctx))
				ctx.lead = false;
			ctx.lead_gap = spaced_items(&ctx);
			if (ctx.para_sentences == 0)
				ctx.marked_item = false;
			if (ctx.para_sentences > 0 && !ctx.lead_in_para)
				ctx.lead_fresh = false;
			ctx.has_para = ctx.para_item = ctx.para_note = ctx.lead_in_para = false;
			ctx.para_basis = 0;
			ctx.para_sentences = 0;
		}
		if (out->tick)
			out->tick(out->arg);
		if (!more)
			break;
	}
	return ctx.emitted;
}
