/*
 * facts_text.c — UTF-8 by code point, the tokens of a sentence, and phrase
 * matching over tokens for the fact extractor.
 *
 * A hand-written tokenizer rather than a regex library: the extractor needs
 * one pass over the text with fixed-size stack state and code-point offsets
 * for every token, and its phrases are short word sequences, not patterns;
 * see doc/extract_facts.md, "Limits".
 */
#include <string.h>

#include "facts_text.h"

int
fx_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t	c = s[0];
	int			need,
				i;
	uint32_t	min;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		need = 1, min = 0x80, c &= 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2, min = 0x800, c &= 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3, min = 0x10000, c &= 0x07;
	else
	{
		*cp = 0xFFFD;
		return 1;
	}
	if ((size_t) need >= n)
	{
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i <= need; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
	{
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return need + 1;
}

bool
fx_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
		c == 0x3007;
}

static bool
is_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
		c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
		c == 0x202F || c == 0x205F || c == 0xFEFF;
}

static bool
is_digit_cp(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static bool
is_alpha(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Longest token kept whole; a longer run goes on as a second token. */
#define TOK_MAX_BYTES 256

/* The digits, groups ("1,396") and point ("10.1") of a number from p. */
static size_t
scan_number(const unsigned char *s, size_t len, size_t p, long *ncp)
{
	size_t		start = p;
	bool		point = false;
	uint32_t	c;
	int			l;

	*ncp = 0;
	while (p < len && p - start < TOK_MAX_BYTES)
	{
		l = fx_decode(s + p, len - p, &c);
		if (is_digit_cp(c))
		{
			p += l;
			(*ncp)++;
			continue;
		}
		/* a thousands group: a comma and exactly three digits */
		if (c == ',' && !point && p + 3 < len + 0 && p + 4 <= len &&
			s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 2] >= '0' && s[p + 2] <= '9' &&
			s[p + 3] >= '0' && s[p + 3] <= '9' &&
			(p + 4 == len || s[p + 4] < '0' || s[p + 4] > '9'))
		{
			p += 4;
			*ncp += 4;
			continue;
		}
		if ((c == '.' || c == 0xFF0E) && !point && p + l < len)
		{
			uint32_t	d;

			fx_decode(s + p + l, len - p - l, &d);
			if (is_digit_cp(d))
			{
				point = true;
				p += l;
				(*ncp)++;
				continue;
			}
		}
		break;
	}
	return p;
}

static inline uint32_t
fold3(const unsigned char *b, size_t n)
{
	uint32_t	k = 0;
	size_t		j;

	for (j = 0; j < n && j < 3; j++)
		k |= (uint32_t) (b[j] | (is_alpha(b[j]) ? 0x20 : 0)) << (8 * j);
	return k;
}

bool
fx_next_token(const char *doc, size_t len, size_t *pos, long *cp, FxTok *tok)
{
	const unsigned char *s = (const unsigned char *) doc;
	size_t		p = *pos;
	uint32_t	c;
	int			l;
	bool		sp = false;

	for (;;)
	{
		if (p >= len)
		{
			*pos = p;
			return false;
		}
		l = fx_decode(s + p, len - p, &c);
		if (!is_blank(c))
			break;
		p += l;
		(*cp)++;
		sp = true;
	}
	tok->off = p;
	tok->cp = *cp;
	tok->sp = sp;
	if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85)
	{
		tok->type = TK_NL;
		tok->len = (uint16_t) l;
		tok->cplen = 1;
	}
	else if (is_digit_cp(c))
	{
		long		ncp;
		size_t		e = scan_number(s, len, p, &ncp);

		tok->type = TK_NUM;
		tok->len = (uint16_t) (e - p);
		tok->cplen = ncp;
	}
	else if (is_alpha(c))
	{
		size_t		e = p;
		long		n = 0;

		while (e < len && e - p < TOK_MAX_BYTES)
		{
			uint32_t	d;
			int			m = fx_decode(s + e, len - e, &d);

			if (is_alpha(d))
				e += m, n++;
			else if ((d == '\'' || d == 0x2019) && e + m < len && is_alpha(s[e + m]))
				e += m, n++;
			else
				break;
		}
		tok->type = TK_WORD;
		tok->len = (uint16_t) (e - p);
		tok->cplen = n;
	}
	else
	{
		tok->type = fx_is_han(c) ? TK_HAN : TK_PUNCT;
		tok->len = (uint16_t) l;
		tok->cplen = 1;
	}
	tok->key = fold3(s + p, tok->len);
	*pos = p + tok->len;
	*cp += tok->cplen;
	return true;
}

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

static bool
is_hyphen(const FxSent *s, int i)
{
	return fx_is(s, i, "-") || fx_is(s, i, "\xE2\x80\x90") || fx_is(s, i, "\xE2\x80\x91") ||
		fx_is(s, i, "\xE2\x80\x93");
}

int
fx_match_at(const FxSent *s, int i, const char *p)
{
	int			start = i;

	while (*p)
	{
		bool		gap = false;

		while (*p == ' ')
			p++, gap = true;
		if (!*p)
			break;
		if (gap && i < s->n && i > start && is_hyphen(s, i))
			i++;
		if (i >= s->n)
			return 0;
		if (is_alpha((unsigned char) *p))
		{
			const FxTok *t = &s->t[i];
			const char *w = s->doc + t->off;
			size_t		n = 0,
						k;

			while (is_alpha((unsigned char) p[n]) || p[n] == '\'')
				n++;
			if (t->type != TK_WORD || t->len != n)
				return 0;
			for (k = 0; k < n; k++)
				if (lower(w[k]) != lower(p[k]))
					return 0;
			p += n;
		}
		else if (*p >= '0' && *p <= '9')
		{
			const FxTok *t = &s->t[i];
			size_t		n = 0;

			while (p[n] >= '0' && p[n] <= '9')
				n++;
			if (t->type != TK_NUM || t->len != n || memcmp(s->doc + t->off, p, n) != 0)
				return 0;
			p += n;
		}
		else
		{
			uint32_t	c;
			/* 5 > any sequence: the decoder stops at the NUL, whatever the bound */
			int			l = fx_decode((const unsigned char *) p, 5, &c);
			const FxTok *t = &s->t[i];

			if ((t->type != TK_HAN && t->type != TK_PUNCT) || t->len != l ||
				memcmp(s->doc + t->off, p, l) != 0)
				return 0;
			p += l;
		}
		i++;
	}
	return i - start;
}

/* A phrase without its tag ("y|year on year": "year on year"); the tag is at most 4 characters. */
static inline const char *
body(const char *pat)
{
	int			k;

	for (k = 0; k < 5 && pat[k]; k++)
		if (pat[k] == '|')
			return pat + k + 1;
	return pat;
}

/*
 * The first two bytes of token i as a phrase starting there must have them
 * (letters folded with | 0x20, which only ever folds letters onto letters);
 * key[1] is 0 for a one-byte token.  A cheap test that never refuses a
 * phrase fx_match() would take: the search of a list with no index.
 */
static inline void
tok_key(const FxSent *s, int i, unsigned char key[3])
{
	const FxTok *t = &s->t[i];
	const unsigned char *d = (const unsigned char *) s->doc + t->off;
	unsigned char fold = t->type == TK_WORD ? 0x20 : 0;

	key[0] = (unsigned char) (d[0] | (is_alpha(d[0]) ? 0x20 : 0));
	key[1] = t->len >= 2 ? (unsigned char) (d[1] | fold) : 0;
	key[2] = t->len >= 3 ? (unsigned char) (d[2] | fold) : 0;
}

static inline bool
may_start(const unsigned char key[3], const char *b, unsigned char fold)
{
	unsigned char c0 = (unsigned char) b[0];

	if ((unsigned char) (c0 | (is_alpha(c0) ? 0x20 : 0)) != key[0] || c0 == 0)
		return false;
	return key[1] == 0 || (unsigned char) (b[1] | fold) == key[1];
}

/*
 * A phrase's key: the key of its first token (FxTok.key: first three bytes,
 * letters folded, zero after its end), cut the way fx_match_at() cuts it; 0
 * for an empty one.  fx_match_at() takes a phrase only where its first token
 * is the text's token whole, so the two keys must then be equal.
 */
static uint32_t
phrase_key(const char *p)
{
	const unsigned char *b = (const unsigned char *) p;
	size_t		n = 0;

	while (*b == ' ')
		b++;
	if (is_alpha(*b))
		while (is_alpha(b[n]) || b[n] == '\'')
			n++;
	else if (*b >= '0' && *b <= '9')
		while (b[n] >= '0' && b[n] <= '9')
			n++;
	else if (*b)
	{
		uint32_t	c;

		n = (size_t) fx_decode(b, 5, &c);	/* stops at the NUL, as in fx_match_at() */
	}
	return fold3(b, n);
}

static inline unsigned
key_bucket(uint32_t key)
{
	return (key * 2654435761u) >> 26;	/* the top log2(FX_IX_BUCKETS) bits */
}

/* The phrases of list in s's index, entered on first use; -1 if there is no room (or no index). */
static int
index_slot(const FxSent *s, const char *const *list)
{
	FxIndex    *ix = s->ix;
	unsigned	h;
	int			probe,
				n,
				k,
				b;
	uint16_t   *bk;

	if (!ix)
		return -1;
	if (ix->last == list)
		return ix->last_slot;
	h = (unsigned) (((uintptr_t) list >> 3) * 2654435761u) & (FX_IX_LISTS - 1);
	for (probe = 0; probe < FX_IX_LISTS; probe++, h = (h + 1) & (FX_IX_LISTS - 1))
	{
		if (ix->list[h] == list)
			break;
		if (ix->list[h] == NULL)
			break;
	}
	if (probe == FX_IX_LISTS)
		return -1;
	if (ix->list[h] == list)
	{
		ix->last = list;
		return ix->last_slot = (int) h;
	}
	for (n = 0; list[n]; n++)
		;
	if (n > FX_IX_KEYS - ix->nkeys || probe > FX_IX_LISTS / 2)
		return -1;
	/* a counting sort by bucket, stable so that a bucket keeps the list's order */
	bk = ix->bucket[h];
	memset(bk, 0, sizeof(ix->bucket[h]));
	for (k = 0; k < n; k++)
	{
		ix->key[ix->nkeys + k] = phrase_key(body(list[k]));
		bk[key_bucket(ix->key[ix->nkeys + k]) + 1]++;
	}
	for (b = 0; b < FX_IX_BUCKETS; b++)
		bk[b + 1] += bk[b];
	for (k = 0; k < n; k++)
		ix->order[ix->nkeys + bk[key_bucket(ix->key[ix->nkeys + k])]++] = (uint16_t) k;
	/* each bucket's count was added to its start: shift the starts back */
	memmove(bk + 1, bk, FX_IX_BUCKETS * sizeof(bk[0]));
	bk[0] = 0;
	ix->list[h] = list;
	ix->first[h] = (uint16_t) ix->nkeys;
	ix->count[h] = (uint16_t) n;
	ix->nkeys += n;
	ix->last = list;
	return ix->last_slot = (int) h;
}

int
fx_match_list(const FxSent *s, int i, const char *const *list, int *which)
{
	int			best = 0,
				k,
				h,
				e,
				end;
	uint32_t	key;

	if (i < 0 || i >= s->n)
		return 0;
	if ((h = index_slot(s, list)) < 0)
	{
		unsigned char key3[3],
					fold = s->t[i].type == TK_WORD ? 0x20 : 0;

		tok_key(s, i, key3);
		for (k = 0; list[k]; k++)
		{
			int			m;

			if (!may_start(key3, body(list[k]), fold))
				continue;
			m = fx_match(s, i, list[k]);
			if (m > best)
			{
				best = m;
				if (which)
					*which = k;
			}
		}
		return best;
	}
	key = s->t[i].key;
	e = s->ix->first[h] + s->ix->bucket[h][key_bucket(key)];
	end = s->ix->first[h] + s->ix->bucket[h][key_bucket(key) + 1];
	for (; e < end; e++)
	{
		int			m;

		if (s->ix->key[s->ix->first[h] + s->ix->order[e]] != key)
			continue;
		m = fx_match(s, i, list[s->ix->order[e]]);
		if (m > best)
		{
			best = m;
			if (which)
				*which = s->ix->order[e];
		}
	}
	return best;
}

/* The first phrase of the indexed list at slot h whose first token is token j and which ends before i. */
static int
indexed_before(const FxSent *s, int h, int j, int i, const char *const *list)
{
	uint32_t	key = s->t[j].key;
	int			e = s->ix->first[h] + s->ix->bucket[h][key_bucket(key)],
				end = s->ix->first[h] + s->ix->bucket[h][key_bucket(key) + 1];

	for (; e < end; e++)
		if (s->ix->key[s->ix->first[h] + s->ix->order[e]] == key &&
			fx_match(s, j, list[s->ix->order[e]]) == i - j)
			return s->ix->order[e];
	return -1;
}

int
fx_match_before(const FxSent *s, int lo, int i, const char *const *list, int *which)
{
	unsigned char key[6][3],
				fold[6];
	int			j,
				k,
				h,
				start,
				best = -1;

	if (lo < 0)
		lo = 0;
	if (i > s->n)
		i = s->n;
	start = i - 6 > lo ? i - 6 : lo;
	if (start >= i)
		return -1;
	/* the earliest start is the longest phrase: "下降" rather than "降"; ties go to the list's order */
	if ((h = index_slot(s, list)) >= 0)
	{
		for (j = start; j < i; j++)
			if ((k = indexed_before(s, h, j, i, list)) >= 0)
			{
				if (which)
					*which = k;
				return j;
			}
		return -1;
	}
	for (j = start; j < i; j++)
	{
		tok_key(s, j, key[j - start]);
		fold[j - start] = s->t[j].type == TK_WORD ? 0x20 : 0;
	}
	for (k = 0; list[k]; k++)
	{
		int			end = best >= 0 ? best : i;

		for (j = start; j < end; j++)
			if (may_start(key[j - start], body(list[k]), fold[j - start]) &&
				fx_match(s, j, list[k]) == i - j)
			{
				best = j;
				if (which)
					*which = k;
				break;
			}
	}
	return best;
}

bool
fx_is_upper_word(const FxSent *s, int i)
{
	return i >= 0 && i < s->n && s->t[i].type == TK_WORD &&
		s->doc[s->t[i].off] >= 'A' && s->doc[s->t[i].off] <= 'Z';
}

/* Punctuation that closes a clause: what a change verb does not reach across. */
bool
fx_is_clause_end(const FxSent *s, int i)
{
	static const char *const marks[] = {",", "\xEF\xBC\x8C", ";", "\xEF\xBC\x9B", ":",
		"\xEF\xBC\x9A", "\xE3\x80\x82", "(", ")", "\xEF\xBC\x88", "\xEF\xBC\x89", NULL};
	int			k;

	if (i < 0 || i >= s->n)
		return true;
	if (s->t[i].type != TK_PUNCT)
		return false;
	switch ((unsigned char) s->doc[s->t[i].off])
	{
		case ',': case ';': case ':': case '(': case ')':
			return true;
		case 0xEF: case 0xE3:
			break;
		default:
			return false;
	}
	for (k = 0; marks[k]; k++)
		if (fx_is(s, i, marks[k]))
			return true;
	return false;
}

bool
fx_bytes_contain(const char *hay, size_t n, const char *needle)
{
	size_t		l = strlen(needle);
	const char *end = hay + n,
			   *p = hay;

	if (l == 0)
		return true;
	while (l <= (size_t) (end - p) && (p = memchr(p, needle[0], (size_t) (end - p) - l + 1)) != NULL)
	{
		if (memcmp(p, needle, l) == 0)
			return true;
		p++;
	}
	return false;
}

void
fx_tag(const char *pat, char *out, size_t outlen)
{
	const char *bar = strchr(pat, '|');
	size_t		n = bar ? (size_t) (bar - pat) : 0;

	if (n >= outlen)
		n = outlen - 1;
	memcpy(out, pat, n);
	out[n] = '\0';
}
