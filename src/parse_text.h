/*
 * parse_text.h — what the plain-C parsers (period, metric_delta, goals, SDMX) say about
 * a place in their input, in one wording: character numbers count UTF-8
 * sequences, not bytes, so a DETAIL points at the right character of
 * "2021年第五季度" too.  No postgres.h.
 */
#ifndef POLICY_EXT_PARSE_TEXT_H
#define POLICY_EXT_PARSE_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* The 1-based character number of byte offset off. */
static inline int
text_char_number(const char *s, size_t len, size_t off)
{
	int			n = 1;
	size_t		i;

	for (i = 0; i < off && i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* "Expected X, found "y" at character N.", or "… at the end of the input." */
static inline void
text_expected(char *buf, size_t size, const char *s, size_t len, size_t pos,
			  const char *wanted)
{
	unsigned char ch = pos < len ? (unsigned char) s[pos] : 0;

	if (pos >= len)
		snprintf(buf, size, "Expected %s at the end of the input.", wanted);
	else if (ch >= 0x20 && ch < 0x7F)
		snprintf(buf, size, "Expected %s, found \"%c\" at character %d.",
				 wanted, ch, text_char_number(s, len, pos));
	else
		snprintf(buf, size, "Expected %s at character %d.",
				 wanted, text_char_number(s, len, pos));
}

/* How many of s's n bytes to quote within max bytes: cut between characters. */
static inline int
text_clip(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return (int) n;
	while (max > 0 && ((unsigned char) s[max] & 0xC0) == 0x80)
		max--;
	return (int) max;
}

#endif							/* POLICY_EXT_PARSE_TEXT_H */
