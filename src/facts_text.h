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
	long		cp;				/* code points before it in doc */
	long		cplen;			/* its length in code points */
} FxTok;

typedef struct FxSent
{
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
extern int	fx_match(const FxSent *s, int i, const char *pat);
/* The longest phrase of a NULL-terminated list matching at i; its index in *which. */
extern int	fx_match_list(const FxSent *s, int i, const char *const *list, int *which);
/* Does a phrase of list end exactly before token i (starting no earlier than lo)? Its first token or -1. */
extern int	fx_match_before(const FxSent *s, int lo, int i, const char *const *list, int *which);
/* Is token i the one-character punctuation or ideograph c (UTF-8)? */
/* The tag of a tagged phrase ("y|year on year"): "y". */
extern void fx_tag(const char *pat, char *out, size_t outlen);
extern bool fx_is(const FxSent *s, int i, const char *c);
extern bool fx_word(const FxSent *s, int i, const char *w);
extern bool fx_is_clause_end(const FxSent *s, int i);
extern bool fx_is_upper_word(const FxSent *s, int i);

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
} FxNum;

/* Read the figure whose number starts at token i; false if it is no figure. */
extern bool fx_read_number(const FxSent *s, int i, FxNum *num);
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
	char		freq;			/* 'A' 'S' 'Q' 'M' 'D' */
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
