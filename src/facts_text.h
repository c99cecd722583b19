/*
 * facts_text.h — the fact extractor's private view of text: UTF-8 decoding,
 * the tokens of one sentence, and phrase matching over those tokens.
 * Plain C, no postgres.h, no heap, no mutable globals.
 */
#ifndef FACTS_TEXT_H
#define FACTS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "facts.h"

/*
 * A sentence longer than this many tokens or bytes is cut into pieces that
 * are read as sentences of their own: the bound keeps every window search
 * constant-time per token, so the whole extraction stays linear.
 */
#define FX_MAX_TOK		512
#define FX_MAX_SENT		6000
#define FX_MAX_NUM		64

typedef enum FxTokType
{
	TK_WORD,					/* ASCII letters, inner apostrophes: "year", "country's" */
	TK_NUM,						/* digits with groups and one point: "1,396.5" */
	TK_HAN,						/* one CJK ideograph */
	TK_PUNCT,					/* any other single code point */
	TK_NL						/* a line break: ends a paragraph */
} FxTokType;

typedef struct FxTok
{
	size_t		off;			/* bytes into doc */
	uint16_t	len;			/* bytes */
	uint8_t		type;			/* FxTokType */
	uint8_t		sp;				/* blank before it */
	uint32_t	key;			/* its first three bytes, letters folded: see phrase_key() */
	long		cp;				/* code points before it in doc */
	long		cplen;			/* its length in code points */
} FxTok;

/*
 * The phrases of every word list in use, bucketed by their first token, built
 * the first time a list is searched in one facts_extract() call: a search at
 * a token then tries only the phrases whose first token can be that token,
 * instead of every phrase of the list.  It lives on facts_extract()'s stack,
 * so the lists stay plain arrays any word can be added to, and nothing is
 * shared.
 */
#define FX_IX_LISTS		64		/* a power of two: slots of an open-addressed table */
#define FX_IX_KEYS		4096
#define FX_IX_BUCKETS	64		/* a power of two, per list */

typedef struct FxIndex
{
	const char *const *list[FX_IX_LISTS];
	uint16_t	first[FX_IX_LISTS];	/* its phrases are order[first, first + count) */
	uint16_t	count[FX_IX_LISTS];
	/* bucket b of a list: order[first + bucket[b], first + bucket[b + 1]) */
	uint16_t	bucket[FX_IX_LISTS][FX_IX_BUCKETS + 1];
	int			nkeys;
	const char *const *last;	/* the list searched last, and its slot: a scan asks for one list */
	int			last_slot;		/* at every token of a sentence */
	uint16_t	order[FX_IX_KEYS];	/* phrase numbers, bucket by bucket, in list order within one */
	uint32_t	key[FX_IX_KEYS];	/* phrase k's first-token key: key[first + k] */
} FxIndex;

typedef struct FxSent
{
	FxIndex    *ix;				/* NULL: no index, every phrase is tried */
	const char *doc;
	size_t		doclen;
	FactDate	pub;
	int			n;
	FxTok		t[FX_MAX_TOK];
} FxSent;

/* One code point at s[0..n), n > 0: its length; invalid bytes give U+FFFD, length 1. */
extern int	fx_decode(const unsigned char *s, size_t n, uint32_t *cp);
extern bool fx_is_han(uint32_t c);

/* The next token at *pos (blanks skipped); false at the end of doc. */
extern bool fx_next_token(const char *doc, size_t len, size_t *pos, long *cp, FxTok *tok);

/*
 * Does the phrase pat match the tokens from i on?  The number of tokens it
 * covers, or 0.  Pattern words match case-insensitively; a blank in the
 * pattern also lets a hyphen stand there ("year on year" = "year-on-year");
 * each ideograph and punctuation mark is one token.
 */
static inline int fx_match(const FxSent *s, int i, const char *pat);
/* The same for a phrase without its tag whose first byte token i is known to have. */
extern int	fx_match_at(const FxSent *s, int i, const char *p);
/* The longest phrase of a NULL-terminated list matching at i; its index in *which. */
extern int	fx_match_list(const FxSent *s, int i, const char *const *list, int *which);
/* Does a phrase of list end exactly before token i (starting no earlier than lo)? Its first token or -1. */
extern int	fx_match_before(const FxSent *s, int lo, int i, const char *const *list, int *which);
/* Do the n bytes at hay hold the string needle? (memmem is not in C99.) */
extern bool fx_bytes_contain(const char *hay, size_t n, const char *needle);
/* The tag of a tagged phrase ("y|year on year"): "y". */
extern void fx_tag(const char *pat, char *out, size_t outlen);
extern bool fx_is_clause_end(const FxSent *s, int i);
extern bool fx_is_upper_word(const FxSent *s, int i);

/*
 * fx_is() and fx_word() are inline so that the compiler sees their literal
 * arguments: the length of c and most of the compares fold at compile time.
 */
/* Is token i the one-character punctuation or ideograph c (UTF-8)? */
static inline bool
fx_is(const FxSent *s, int i, const char *c)
{
	size_t		l;

	if (i < 0 || i >= s->n || s->t[i].type == TK_WORD || s->t[i].type == TK_NUM ||
		s->doc[s->t[i].off] != c[0])
		return false;
	l = strlen(c);
	return s->t[i].len == l && memcmp(s->doc + s->t[i].off, c, l) == 0;
}

static inline bool
fx_word(const FxSent *s, int i, const char *w)
{
	const FxTok *t;
	const char *d;
	size_t		k;

	if (i < 0 || i >= s->n || s->t[i].type != TK_WORD)
		return false;
	t = &s->t[i];
	d = s->doc + t->off;
	for (k = 0; k < t->len; k++)
	{
		char		a = d[k],
					b = w[k];

		if (!b || (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) != (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b))
			return false;
	}
	return w[k] == '\0';
}

/*
 * Inline so that for a literal phrase the tag and first-byte tests fold at
 * compile time; most phrases fail on their first byte.
 */
static inline int
fx_match(const FxSent *s, int i, const char *pat)
{
	const char *p = pat;
	int			k;
	unsigned char c0,
				t0;
	bool		alpha;

	/* a tag is at most 4 characters: "y|", ">=|", "kWh|", "100|" */
	for (k = 0; k < 5 && pat[k]; k++)
		if (pat[k] == '|')
		{
			p = pat + k + 1;
			break;
		}
	if (i < 0 || i >= s->n)
		return 0;
	c0 = (unsigned char) *p;
	t0 = (unsigned char) s->doc[s->t[i].off];
	alpha = (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z');
	if (alpha ? (s->t[i].type != TK_WORD || (c0 | 0x20) != (t0 | 0x20)) : c0 != t0)
		return 0;
	return fx_match_at(s, i, p);
}

/* --- numbers (facts_number.c) -------------------------------------------- */

typedef struct FxNum
{
	int			t0,
				t1;				/* tokens [t0, t1): currency, number, scale, unit */
	int			tn;				/* the first token of the number itself */
	char		mant[40];		/* digits with an optional point, no sign */
	int			scale;			/* power of ten applied to mant */
	char		unit[8];		/* "" "%" "pp" "CNY" "USD" "t" …; "x" a multiple (倍) */
	bool		has_scale;
	bool		measure;		/* followed by a measure word (个, 家, 户 …) */
	bool		is_int;
	bool		chinese;		/* written in Chinese numerals */
	char		qual[3];		/* a qualifier written inside the figure (8万多家) */
	int			noun;			/* token after the figure where its noun starts, or -1 */
	bool		ratio;			/* "2.39:1": a ratio to one, read as its first term */
} FxNum;

/* Read the figure whose number starts at token i; false if it is no figure. */
extern bool fx_read_number(const FxSent *s, int i, FxNum *num);
/* A cell that is only a unit, [i, e): "亿吨", "亿千瓦时", "万辆", "%"; its scale and unit ("" for a count). */
extern bool fx_read_unit(const FxSent *s, int i, int e, int *scale, char *unit, size_t unitlen);
/* mant × 10^scale as a plain decimal (no exponent, no trailing zeros); false if too long. */
extern bool fx_decimal(const char *mant, int scale, char *out, size_t outlen);
extern int	fx_sig_digits(const char *dec);
extern int	fx_dec_cmp(const char *a, const char *b);
/* A small whole number at i (digits, English or Chinese words); -1 if none. */
extern int	fx_small_number(const FxSent *s, int i, int *ntok);
/* Is the number token i part of a date or a time ("2021/3/8", "16:54")? */
extern bool fx_in_date(const FxSent *s, int i);
extern bool fx_year_like(const FxSent *s, int i);

/* --- periods (facts_period.c) -------------------------------------------- */

typedef struct FxPeriod
{
	int			t0,
				t1;				/* the tokens of the expression */
	int			y0,
				m0,
				y1,
				m1;				/* first and last month (m0 = 0: whole years) */
	char		freq;			/* 'A' 'S' 'Q' 'M' 'W' (m0: the ISO week) 'D' */
	int			day;			/* for 'D' */
	bool		by;				/* "by 2025", "到2025年": a deadline up to its end */
	bool		base;			/* a comparison base ("than last year"), not the period */
	bool		plan;			/* a five-year plan */
	bool		rel;			/* "the year" with no year named: 全年, 年末, "for the year" */
} FxPeriod;

/* Find the period expressions of a sentence, in order; their number. */
extern int	fx_find_periods(const FxSent *s, FxPeriod *out, int max);
/* Its text (period_parse form) into buf (FACT_PERIOD_LEN). */
extern void fx_period_text(const FxPeriod *p, char *buf, size_t len);
/* Has the period ended before the publication month? */
extern bool fx_period_over(const FxPeriod *p, FactDate pub);

/* --- word lists (facts_lexicon.c) ---------------------------------------- */

extern const char *const fx_up_verbs[];
extern const char *const fx_down_verbs[];
extern const char *const fx_up_after[];
extern const char *const fx_down_after[];
extern const char *const fx_change_fill[];
extern const char *const fx_basis_words[];
extern const char *const fx_qual_before[];
extern const char *const fx_qual_after[];
extern const char *const fx_share_words[];
extern const char *const fx_goal_words[];
extern const char *const fx_future_words[];
extern const char *const fx_count_stop[];
extern const char *const fx_name_before[];
extern const char *const fx_month_names[];
extern const char *const fx_measure_words[];
extern const char *const fx_noun_stop[];
extern const char *const fx_subject_skip[];
extern const char *const fx_abbrev[];
extern const char *const fx_level_verbs[];
extern const char *const fx_multiple_words[];

#endif							/* FACTS_TEXT_H */
