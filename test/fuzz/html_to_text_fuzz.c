// sources: src/html_to_text_walk.c
// pkg-config: libxml-2.0
/*
 * html_to_text_fuzz.c — libFuzzer harness for html_to_text's parse and walk
 * (src/html_to_text_walk.c), with the parser options the server uses.  See
 * doc/html_to_text.md and doc/fuzzing.md.
 *
 * Every input is parsed once and walked with a malloc allocator that counts;
 * it aborts when:
 *
 *   1. the outcome is off: a status outside the enum; a detail empty on
 *      failure or set on success; text missing for OK/STOPPED or present
 *      otherwise; a block left allocated;
 *   2. the text breaks the shape the rules promise: valid UTF-8 (checked
 *      here, independently), len == strlen, no control character but \n
 *      and \t, no blank at either end of a line or next to a tab, no two
 *      blanks, no more than one blank line, no break or blank at either end,
 *      no tab at the end of a line;
 *   3. it grows: more bytes than the input when the input is valid UTF-8
 *      (doc/html_to_text.md, "Limits": the 1 GB argument), more than three
 *      times as many otherwise (each stray byte becomes U+FFFD);
 *   4. libxml2's errors leaked: the harness's own global handler (standing
 *      for the server's) heard anything during html_read(), or is no longer
 *      installed after it;
 *   5. the maximum is not exact: a second walk with max = len gives the
 *      same text, one with max = len - 1 gives HTML_TOO_LARGE and frees all;
 *   6. plain text is not folded as the rules say: an input with no markup
 *      ('<' or '&'), valid UTF-8 of ordinary characters, must come out as its
 *      words joined by single blanks (none across a line break between CJK
 *      characters) — an oracle written apart from the walk.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "html_to_text.h"

#define FUZZ_NAME "html_to_text_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool initialised;
static int	heard;				/* errors the global handler got */

static void
on_global_structured(void *ctx, xmlErrorPtr e)
{
	(void) ctx;
	(void) e;
	heard++;
}

static void
on_global_generic(void *ctx, const char *msg,...)
{
	(void) ctx;
	(void) msg;
	heard++;
}

static void
init_once(void)
{
	if (initialised)
		return;
	initialised = true;
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, on_global_generic);
	xmlSetStructuredErrorFunc(NULL, on_global_structured);
}

/* --- the allocator: malloc, counted ----------------------------------------- */

static long live;

static void *
c_alloc(void *ctx, size_t size)
{
	void	   *p = malloc(size ? size : 1);

	(void) ctx;
	CHECK(p != NULL, "malloc(%zu) failed", size);
	live++;
	return p;
}

static void *
c_realloc(void *ctx, void *p, size_t size)
{
	void	   *q;

	(void) ctx;
	CHECK(p != NULL, "realloc of NULL");
	q = realloc(p, size ? size : 1);
	CHECK(q != NULL, "realloc(%zu) failed", size);
	return q;
}

static void
c_free(void *ctx, void *p)
{
	(void) ctx;
	CHECK(p != NULL, "free(NULL) through the allocator");
	live--;
	free(p);
}

static const HtmlAlloc mem = {c_alloc, c_realloc, c_free, NULL};

static unsigned long ticks;

static void
on_tick(void *arg)
{
	(void) arg;
	ticks++;
}

/* --- UTF-8, decoded apart from the walk's decoder ------------------------------ */

/* Length of the valid sequence at s (n bytes left), 0 if invalid; *cp its value. */
static int
utf8_at(const unsigned char *s, size_t n, uint32_t *cp)
{
	int			len;
	uint32_t	c;
	int			i;

	if (s[0] < 0x80)
		return *cp = s[0], 1;
	if ((s[0] & 0xE0) == 0xC0)
		len = 2, c = s[0] & 0x1F;
	else if ((s[0] & 0xF0) == 0xE0)
		len = 3, c = s[0] & 0x0F;
	else if ((s[0] & 0xF8) == 0xF0)
		len = 4, c = s[0] & 0x07;
	else
		return 0;
	if ((size_t) len > n)
		return 0;
	for (i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
		c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

static bool
valid_utf8(const uint8_t *s, size_t n)
{
	size_t		i = 0;
	uint32_t	c;
	int			k;

	while (i < n)
	{
		if ((k = utf8_at(s + i, n - i, &c)) == 0)
			return false;
		i += k;
	}
	return true;
}

/* --- the shape of the text ------------------------------------------------------ */

static void
check_shape(const char *t, size_t len)
{
	size_t		i;
	int			newlines = 0;

	CHECK(strlen(t) == len, "strlen %zu, len %zu", strlen(t), len);
	CHECK(valid_utf8((const uint8_t *) t, len), "the text is not valid UTF-8");
	if (len == 0)
		return;
	CHECK(t[0] != ' ' && t[0] != '\n', "the text starts with a blank or break");
	CHECK(t[len - 1] != ' ' && t[len - 1] != '\n' && t[len - 1] != '\t',
		  "the text ends with a blank, break or tab");
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) t[i];
		unsigned char next = i + 1 < len ? (unsigned char) t[i + 1] : 0;

		CHECK(c >= 0x20 || c == '\n' || c == '\t', "control character 0x%02x at byte %zu", c, i);
		CHECK(c != 0x7F, "DEL at byte %zu", i);
		if (c == ' ')
			CHECK(next != ' ' && next != '\n' && next != '\t' && i > 0 &&
				  t[i - 1] != '\n' && t[i - 1] != '\t',
				  "a blank at byte %zu next to a blank, break, tab or line start", i);
		if (c == '\t')
			CHECK(next != '\n', "a tab at the end of a line, byte %zu", i);
		newlines = c == '\n' ? newlines + 1 : 0;
		CHECK(newlines <= 2, "more than one blank line at byte %zu", i);
	}
}

/* --- the oracle for text without markup ------------------------------------------ */

static bool
o_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
		c == 0x205F || c == 0x3000;
}

static bool
o_cjk(uint32_t c)
{
	return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3001 && c <= 0x30FF) ||
		(c >= 0x3100 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
		(c >= 0x20000 && c <= 0x3FFFD);
}

/* Ordinary text: printable, no markup, no character libxml2 may refuse. */
static bool
plain(const uint8_t *s, size_t n)
{
	size_t		i = 0;
	uint32_t	c;
	int			k;

	while (i < n)
	{
		if ((k = utf8_at(s + i, n - i, &c)) == 0)
			return false;
		if (c == '<' || c == '&' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
			(c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF ||
			c == 0x200B || c == 0xAD || c == 0xFEFF)
			return false;
		i += k;
	}
	return true;
}

/* The words of s joined by one blank, none across a line break between CJK. */
static char *
fold(const uint8_t *s, size_t n, size_t *outlen)
{
	char	   *out = malloc(n + 1);
	size_t		i = 0,
				o = 0;
	uint32_t	c,
				prev = 0;
	bool		gap = false,
				nl = false;
	int			k;

	CHECK(out != NULL, "malloc");
	while (i < n)
	{
		k = utf8_at(s + i, n - i, &c);
		if (o_blank(c))
		{
			gap = true;
			nl |= c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
		}
		else
		{
			if (gap && o > 0 && !(nl && o_cjk(prev) && o_cjk(c)))
				out[o++] = ' ';
			gap = nl = false;
			memcpy(out + o, s + i, k);
			o += k;
			prev = c;
		}
		i += k;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

/* --- one input ------------------------------------------------------------------- */

static void
walk_max(htmlDocPtr doc, size_t max, const HtmlResult *first)
{
	HtmlResult	r = *first;

	html_walk(doc, &mem, NULL, NULL, max, &r);
	if (max >= first->len)
	{
		CHECK(r.text != NULL && r.len == first->len && memcmp(r.text, first->text, r.len) == 0,
			  "a walk with max = %zu gives other text", max);
		c_free(NULL, r.text);
	}
	else
	{
		CHECK(r.status == HTML_TOO_LARGE && r.text == NULL && r.detail[0] != '\0',
			  "a walk with max = %zu < %zu gives status %d", max, first->len, (int) r.status);
	}
	CHECK(live == 1, "%ld blocks left after a walk with max = %zu", live - 1, max);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	HtmlResult	res;
	htmlDocPtr	doc;
	bool		utf8 = valid_utf8(data, size);

	cur_data = data;
	cur_size = size;
	init_once();
	live = 0;
	ticks = 0;
	heard = 0;

	memset(&res, 0x7F, sizeof(res));
	doc = html_read((const char *) data, size, &res);
	CHECK(heard == 0, "libxml2 reached the global error handler %d times", heard);
	CHECK(xmlStructuredError == on_global_structured && xmlGenericError == on_global_generic,
		  "the global error handlers were not restored");
	CHECK(res.status == HTML_OK || res.status == HTML_STOPPED || res.status == HTML_NO_MEMORY,
		  "html_read status %d", (int) res.status);
	CHECK(res.text == NULL, "html_read set text");
	CHECK(size > 0 || doc == NULL, "a document from no input");

	html_walk(doc, &mem, on_tick, NULL, (size_t) 1 << 30, &res);
	CHECK(res.status >= HTML_OK && res.status <= HTML_TOO_LARGE, "status %d", (int) res.status);
	CHECK(memchr(res.detail, '\0', sizeof(res.detail)) != NULL, "detail not terminated");
	CHECK((res.status == HTML_OK) == (res.detail[0] == '\0'),
		  "status %d with detail \"%s\"", (int) res.status, res.detail);
	CHECK(res.status != HTML_NO_MEMORY && res.status != HTML_TOO_LARGE,
		  "status %d on a small input: %s", (int) res.status, res.detail);
	CHECK(res.text != NULL, "no text");
	CHECK(live == 1, "%ld blocks live after the walk, want 1 (the text)", live);

	check_shape(res.text, res.len);
	if (utf8)
		CHECK(res.len <= size, "%zu bytes of text from %zu of UTF-8 input", res.len, size);
	else
		CHECK(res.len <= 3 * size, "%zu bytes of text from %zu bytes of input", res.len, size);

	if (res.status == HTML_OK && plain(data, size))
	{
		size_t		flen;
		char	   *want = fold(data, size, &flen);

		CHECK(flen == res.len && memcmp(want, res.text, flen) == 0,
			  "plain text folded to \"%.200s\", want \"%.200s\"", res.text, want);
		free(want);
	}

	walk_max(doc, res.len, &res);
	if (res.len > 0)
		walk_max(doc, res.len - 1, &res);

	c_free(NULL, res.text);
	CHECK(live == 0, "%ld blocks never freed", live);
	xmlFreeDoc(doc);
	return 0;
}
