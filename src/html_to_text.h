/*
 * html_to_text.h — a web page's readable text, in plain C over libxml2's
 * HTML parser (no postgres.h): the walk is fuzzed and replayed outside the
 * server.  See doc/html_to_text.md for the rules.
 *
 * html_read() parses UTF-8 into a DOM (the caller frees it with
 * xmlFreeDoc); html_walk() writes the text of a DOM into memory from the
 * caller's allocator.  The walk is iterative, so deep nesting costs heap,
 * never stack.
 */
#ifndef POLICY_EXT_HTML_TO_TEXT_H
#define POLICY_EXT_HTML_TO_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/HTMLparser.h>

/*
 * Recover from any markup; no network; libxml2's complaints are not ours
 * to show.  Never HUGE (it lifts the depth and text limits that keep the
 * parse linear), never an entity or DTD load.
 */
#define HTML_TEXT_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
						   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING)

/* The walk calls tick() once every this many nodes (interrupts). */
#define HTML_TICK_NODES 4096

typedef enum HtmlStatus
{
	HTML_OK = 0,
	HTML_STOPPED,				/* libxml2 stopped early: the text read so far */
	HTML_NO_MEMORY,				/* an allocation failed: no text */
	HTML_TOO_LARGE				/* the text would pass the caller's maximum */
} HtmlStatus;

typedef struct HtmlResult
{
	HtmlStatus	status;
	char	   *text;			/* UTF-8, NUL-terminated; NULL unless OK or STOPPED */
	size_t		len;
	char		detail[256];	/* why, for every status but HTML_OK */
} HtmlResult;

/* Memory for the text and the walk, from the caller (palloc in the server). */
typedef struct HtmlAlloc
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *(*realloc) (void *ctx, void *p, size_t size);
	void		(*free) (void *ctx, void *p);
	void	   *ctx;
} HtmlAlloc;

/*
 * Parse len bytes of UTF-8 (whatever a <meta charset> says) with libxml2's
 * errors silenced for the duration.  NULL when libxml2 makes no document
 * (empty input).  res->status becomes HTML_STOPPED when libxml2 halted before
 * the end (nesting deeper than 256, a text run over 10 MB), HTML_NO_MEMORY
 * when it ran out of memory, else HTML_OK.
 */
extern htmlDocPtr html_read(const char *utf8, size_t len, HtmlResult *res);

/*
 * The text of doc (NULL: none) into res->text, at most max bytes; keeps a
 * status html_read() set unless the walk fails itself.  On failure any
 * memory of the walk is freed and res->text is NULL.
 */
extern void html_walk(htmlDocPtr doc, const HtmlAlloc *mem,
					  void (*tick) (void *arg), void *arg, size_t max,
					  HtmlResult *res);

#endif							/* POLICY_EXT_HTML_TO_TEXT_H */
