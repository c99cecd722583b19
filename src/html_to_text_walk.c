/*
 * html_to_text_walk.c — a web page's readable text: libxml2's HTML parser
 * builds the DOM, one iterative walk writes the text.  Plain C, no
 * postgres.h.  The rules (what is dropped, what makes a line, how blanks
 * fold, table cells) are in doc/html_to_text.md.
 *
 * The walk follows first-child, next-sibling and parent links, so it needs
 * no stack however deep the page nests; the only per-depth memory is one
 * flag per open table cell, on the caller's heap.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlerror.h>

#include "html_to_text.h"

/* --- reading --------------------------------------------------------------- */

static void
quiet_structured(void *ctx, xmlErrorPtr e)
{
	(void) ctx;
	(void) e;
}

static void
quiet_generic(void *ctx, const char *msg,...)
{
	(void) ctx;
	(void) msg;
}

/* Why libxml2 halted, in the caller's words (its own advice is HUGE). */
static void
halted(const xmlError *e, HtmlResult *res)
{
	const char *msg = e->message ? e->message : "";

	if (e->code == XML_ERR_NO_MEMORY && strstr(msg, "huge text node") == NULL)
	{
		res->status = HTML_NO_MEMORY;
		snprintf(res->detail, sizeof(res->detail), "libxml2 ran out of memory at line %d.", e->line);
		return;
	}
	res->status = HTML_STOPPED;
	if (e->code == XML_ERR_NO_MEMORY)
		snprintf(res->detail, sizeof(res->detail),
				 "A run of text without markup passes 10000000 bytes at line %d; libxml2 reads no further.",
				 e->line);
	else if (strstr(msg, "depth") != NULL)
		snprintf(res->detail, sizeof(res->detail),
				 "The page nests elements more than 256 deep at line %d; libxml2 reads no further.",
				 e->line);
	else
		snprintf(res->detail, sizeof(res->detail), "libxml2 stopped reading at line %d: %.*s",
				 e->line, (int) strcspn(msg, "\n"), msg);
}

htmlDocPtr
html_read(const char *utf8, size_t len, HtmlResult *res)
{
	xmlStructuredErrorFunc saved_s = xmlStructuredError;
	void	   *saved_sctx = xmlStructuredErrorContext;
	xmlGenericErrorFunc saved_g = xmlGenericError;
	void	   *saved_gctx = xmlGenericErrorContext;
	htmlParserCtxtPtr ctxt;
	htmlDocPtr	doc;

	res->status = HTML_OK;
	res->text = NULL;
	res->len = 0;
	res->detail[0] = '\0';
	if (len == 0)
		return NULL;
	if (len > INT_MAX)
	{
		res->status = HTML_TOO_LARGE;
		snprintf(res->detail, sizeof(res->detail), "A page of %zu bytes is more than libxml2 reads at once.", len);
		return NULL;
	}
	ctxt = htmlNewParserCtxt();
	if (ctxt == NULL)
	{
		res->status = HTML_NO_MEMORY;
		snprintf(res->detail, sizeof(res->detail), "libxml2 could not start a parser.");
		return NULL;
	}

	/*
	 * Errors are the normal case in HTML and none stops us: silence both
	 * channels.  The context stays the caller's (the server's pg_xml_done
	 * checks it is still its own).
	 */
	xmlSetStructuredErrorFunc(saved_sctx, quiet_structured);
	xmlSetGenericErrorFunc(saved_gctx, quiet_generic);
	/* The text is UTF-8 already: naming it makes libxml2 ignore <meta charset>. */
	doc = htmlCtxtReadMemory(ctxt, utf8, (int) len, NULL, "UTF-8", HTML_TEXT_OPTIONS);
	xmlSetStructuredErrorFunc(saved_sctx, saved_s);
	xmlSetGenericErrorFunc(saved_gctx, saved_g);

	if (ctxt->disableSAX)
		halted(&ctxt->lastError, res);
	htmlFreeParserCtxt(ctxt);
	if (res->status == HTML_NO_MEMORY && doc != NULL)
	{
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* --- what an element does ---------------------------------------------------- */

typedef enum Kind
{
	K_INLINE = 0,				/* text flows on */
	K_DROP,						/* the element and all it holds are left out */
	K_LINE,						/* a line of its own */
	K_PARA,						/* a paragraph: a blank line before and after */
	K_PRE,						/* a paragraph whose line breaks stay */
	K_BR,						/* ends a line */
	K_ROW,						/* table row: a line of cells */
	K_CELL,						/* table cell: a tab after the row's previous cell */
	K_SECTION,					/* article, main: a line; header/footer inside stay */
	K_BANNER					/* header, footer: dropped unless in a K_SECTION */
} Kind;

typedef struct Rule
{
	const char *name;
	Kind		kind;
} Rule;

/* Sorted by name (bsearch).  The list and its reasons: doc/html_to_text.md. */
static const Rule rules[] = {
	{"address", K_LINE}, {"applet", K_DROP}, {"article", K_SECTION},
	{"aside", K_DROP}, {"audio", K_DROP}, {"blockquote", K_PARA},
	{"body", K_LINE}, {"br", K_BR}, {"button", K_DROP}, {"canvas", K_DROP},
	{"caption", K_LINE}, {"center", K_LINE}, {"datalist", K_DROP},
	{"dd", K_LINE}, {"details", K_LINE}, {"dialog", K_LINE}, {"dir", K_LINE},
	{"div", K_LINE}, {"dl", K_LINE}, {"dt", K_LINE}, {"embed", K_DROP},
	{"fieldset", K_LINE}, {"figcaption", K_LINE}, {"figure", K_LINE},
	{"footer", K_BANNER}, {"form", K_LINE}, {"frame", K_DROP}, {"frameset", K_DROP},
	{"h1", K_PARA}, {"h2", K_PARA}, {"h3", K_PARA}, {"h4", K_PARA},
	{"h5", K_PARA}, {"h6", K_PARA}, {"head", K_DROP}, {"header", K_BANNER},
	{"hgroup", K_LINE}, {"hr", K_PARA}, {"html", K_LINE}, {"iframe", K_DROP},
	{"input", K_DROP}, {"legend", K_LINE}, {"li", K_LINE},
	{"listing", K_PRE}, {"main", K_SECTION}, {"map", K_DROP}, {"math", K_DROP},
	{"menu", K_LINE}, {"nav", K_DROP}, {"noembed", K_DROP},
	{"noscript", K_DROP}, {"object", K_DROP}, {"ol", K_LINE},
	{"option", K_DROP}, {"p", K_PARA}, {"plaintext", K_PRE}, {"pre", K_PRE},
	{"script", K_DROP}, {"section", K_LINE}, {"select", K_DROP},
	{"style", K_DROP}, {"summary", K_LINE}, {"svg", K_DROP}, {"table", K_LINE},
	{"tbody", K_LINE}, {"td", K_CELL}, {"template", K_DROP},
	{"textarea", K_DROP}, {"tfoot", K_LINE}, {"th", K_CELL}, {"thead", K_LINE},
	{"title", K_DROP}, {"tr", K_ROW}, {"ul", K_LINE}, {"video", K_DROP},
	{"xmp", K_PRE}
};

static int
rule_cmp(const void *key, const void *r)
{
	return strcmp((const char *) key, ((const Rule *) r)->name);
}

static bool
ascii_ieq(const char *a, const char *b, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char x = (unsigned char) a[i],
					y = (unsigned char) b[i];

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (x != y)
			return false;
	}
	return true;
}

/* ARIA roles that mark a page's furniture, not its text. */
static bool
furniture_role(const char *v)
{
	static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary",
	"search", "menu", "menubar", "toolbar"};

	while (*v)
	{
		size_t		n,
					i;

		v += strspn(v, " \t\n\r\f");
		n = strcspn(v, " \t\n\r\f");
		for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
			if (n == strlen(roles[i]) && ascii_ieq(v, roles[i], n))
				return true;
		v += n;
	}
	return false;
}

/* hidden, aria-hidden="true", a furniture role: not text, whatever the tag. */
static bool
hidden(xmlNodePtr node)
{
	xmlAttrPtr	a;

	for (a = node->properties; a != NULL; a = a->next)
	{
		const char *name = (const char *) a->name;
		const char *v;

		if (strcmp(name, "hidden") == 0)
			return true;
		if (strcmp(name, "aria-hidden") != 0 && strcmp(name, "role") != 0)
			continue;
		v = (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
			? (const char *) a->children->content : "";
		if (name[0] == 'r' ? furniture_role(v)
			: (strlen(v) == 4 && ascii_ieq(v, "true", 4)))
			return true;
	}
	return false;
}

/* --- writing ------------------------------------------------------------------ */

typedef struct Walk
{
	const HtmlAlloc *mem;
	char	   *buf;
	size_t		len,
				cap,
				max;
	HtmlStatus	failed;			/* HTML_OK while all is well */
	int			brk;			/* pending: 0, 1 line break, 2 blank line */
	size_t		brk_depth;		/* open cells when that break was first asked */
	bool		space;			/* pending blank */
	bool		space_nl;		/* ... which held a line break */
	int			tabs;			/* pending cell separators */
	uint32_t	last;			/* last character of the line; 0 at its start */
	int			pre;			/* open <pre>s */
	int			section;		/* open <article>/<main>s */
	bool	   *cells;			/* per open cell: has it had text? */
	size_t		ncells,
				capcells;
} Walk;

static bool
reserve(Walk *w, size_t n)
{
	size_t		cap;
	char	   *p;

	if (w->failed)
		return false;
	if (w->len + n + 1 <= w->cap)
		return true;
	if (w->len + n + 1 > w->max + 1)
	{
		w->failed = HTML_TOO_LARGE;
		return false;
	}
	cap = w->cap ? w->cap : 256;
	while (cap < w->len + n + 1)
		cap *= 2;
	if (cap > w->max + 1)
		cap = w->max + 1;
	p = w->buf ? w->mem->realloc(w->mem->ctx, w->buf, cap) : w->mem->alloc(w->mem->ctx, cap);
	if (p == NULL)
	{
		w->failed = HTML_NO_MEMORY;
		return false;
	}
	w->buf = p;
	w->cap = cap;
	return true;
}

static void
put(Walk *w, const char *s, size_t n)
{
	if (!reserve(w, n))
		return;
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void
put_char(Walk *w, uint32_t c)
{
	char		b[4];

	if (c < 0x80)
		b[0] = (char) c, put(w, b, 1);
	else if (c < 0x800)
	{
		b[0] = (char) (0xC0 | (c >> 6));
		b[1] = (char) (0x80 | (c & 0x3F));
		put(w, b, 2);
	}
	else if (c < 0x10000)
	{
		b[0] = (char) (0xE0 | (c >> 12));
		b[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		b[2] = (char) (0x80 | (c & 0x3F));
		put(w, b, 3);
	}
	else
	{
		b[0] = (char) (0xF0 | (c >> 18));
		b[1] = (char) (0x80 | ((c >> 12) & 0x3F));
		b[2] = (char) (0x80 | ((c >> 6) & 0x3F));
		b[3] = (char) (0x80 | (c & 0x3F));
		put(w, b, 4);
	}
}

/* Inside a cell that has no text yet, blocks make no line: Word's <td><p>. */
static bool
fresh_cell(const Walk *w)
{
	return w->ncells > 0 && !w->cells[w->ncells - 1];
}

static void
ask_break(Walk *w, int level)
{
	if (fresh_cell(w))
		return;
	if (w->brk == 0)
		w->brk_depth = w->ncells;
	if (level > w->brk)
		w->brk = level;
	w->tabs = 0;
}

/* <br>, and a newline in <pre>: one more line break, a blank line at most. */
static void
line_break(Walk *w)
{
	if (fresh_cell(w))
		return;
	if (w->brk == 0)
		w->brk_depth = w->ncells;
	if (w->brk < 2)
		w->brk++;
	w->tabs = 0;
}

/* Han, kana, CJK punctuation, full-width forms: written without blanks. */
static bool
cjk(uint32_t c)
{
	return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3001 && c <= 0x30FF) ||
		(c >= 0x3100 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
		(c >= 0x20000 && c <= 0x3FFFD);
}

/* One character of text, with whatever is pending before it. */
static void
emit(Walk *w, uint32_t c)
{
	if (w->len == 0 && w->brk)
		w->brk = 0;				/* no blank lines before the text */
	if (w->brk)
	{
		put(w, "\n\n", w->brk);
		w->brk = 0;
		w->space = false;
		w->last = 0;
	}
	if (w->tabs)
	{
		for (; w->tabs > 0; w->tabs--)
			put(w, "\t", 1);
		w->space = false;
		w->last = '\t';
	}
	if (w->space)
	{
		/* a line break between two CJK characters is no blank (CSS Text 3 §4.1.3) */
		if (w->last != 0 && !(w->space_nl && cjk(w->last) && cjk(c)))
			put(w, " ", 1);
		w->space = false;
	}
	put_char(w, c);
	w->last = c;
	if (w->ncells > 0)
		w->cells[w->ncells - 1] = true;
}

static bool
blank(uint32_t c)
{
	return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
		c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Zero-width space, soft hyphen, byte-order mark: nothing to read. */
static bool
invisible(uint32_t c)
{
	return c == 0x200B || c == 0x00AD || c == 0xFEFF;
}

/*
 * The next character of s (NUL-terminated UTF-8) and its length.  libxml2
 * passes stray bytes of invalid UTF-8 through as they are: each becomes
 * U+FFFD, so the text is always valid UTF-8.
 */
static uint32_t
next_char(const unsigned char *s, int *n)
{
	uint32_t	c = s[0],
				min;
	int			len,
				i;

	if (c < 0x80)
		return *n = 1, c;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, c &= 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, c &= 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, c &= 0x07, min = 0x10000;
	else
		return *n = 1, 0xFFFD;
	for (i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return *n = 1, 0xFFFD;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return *n = 1, 0xFFFD;
	return *n = len, c;
}

static void
text(Walk *w, const xmlChar *s)
{
	const unsigned char *p = s;
	int			n;

	while (*p && !w->failed)
	{
		uint32_t	c = next_char(p, &n);

		p += n;
		if (w->pre && c == '\n')
			line_break(w);
		else if (blank(c))
		{
			w->space = true;
			w->space_nl |= c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
		}
		else if (!invisible(c))
		{
			emit(w, c);
			w->space_nl = false;
		}
	}
}

/* --- the walk --------------------------------------------------------------- */

static Kind
kind_of(const Walk *w, xmlNodePtr node)
{
	const Rule *r = bsearch(node->name, rules, sizeof(rules) / sizeof(rules[0]),
							sizeof(rules[0]), rule_cmp);
	Kind		k = r ? r->kind : K_INLINE;

	if (k == K_BANNER)
		k = w->section > 0 ? K_LINE : K_DROP;
	if (k != K_DROP && hidden(node))
		k = K_DROP;
	return k;
}

/* Is the element before this cell a cell (a tab between them)? */
static bool
after_cell(xmlNodePtr node)
{
	for (node = node->prev; node != NULL; node = node->prev)
		if (node->type == XML_ELEMENT_NODE)
			return strcmp((const char *) node->name, "td") == 0 ||
				strcmp((const char *) node->name, "th") == 0;
	return false;
}

static void
enter(Walk *w, xmlNodePtr node, Kind k)
{
	switch (k)
	{
		case K_SECTION:
			w->section++;
			/* fall through */
		case K_LINE:
		case K_ROW:
			ask_break(w, 1);
			break;
		case K_PRE:
			w->pre++;
			/* fall through */
		case K_PARA:
			ask_break(w, 2);
			break;
		case K_BR:
			line_break(w);
			break;
		case K_CELL:
			if (after_cell(node))
				w->tabs++;
			if (w->ncells == w->capcells)
			{
				size_t		cap = w->capcells ? 2 * w->capcells : 16;
				bool	   *p = w->cells ? w->mem->realloc(w->mem->ctx, w->cells, cap)
					: w->mem->alloc(w->mem->ctx, cap);

				if (p == NULL)
				{
					w->failed = HTML_NO_MEMORY;
					return;
				}
				w->cells = p;
				w->capcells = cap;
			}
			w->cells[w->ncells++] = false;
			break;
		default:
			break;
	}
}

static void
leave(Walk *w, Kind k)
{
	bool		had;

	switch (k)
	{
		case K_SECTION:
			w->section--;
			/* fall through */
		case K_LINE:
		case K_ROW:
			ask_break(w, 1);
			break;
		case K_PRE:
			w->pre--;
			/* fall through */
		case K_PARA:
			ask_break(w, 2);
			break;
		case K_CELL:
			if (w->ncells == 0)
				break;			/* its enter failed */
			had = w->cells[--w->ncells];
			/* a break asked inside the cell after its text: the next cell's tab decides */
			if (w->brk && w->brk_depth > w->ncells)
				w->brk = 0;
			if (had && w->ncells > 0)
				w->cells[w->ncells - 1] = true;
			break;
		default:
			break;
	}
}

/* Up from node to the next sibling of it or of an ancestor, leaving elements. */
static xmlNodePtr
next_node(Walk *w, xmlNodePtr node, xmlNodePtr top)
{
	while (node->next == NULL)
	{
		node = node->parent;
		if (node == NULL || node == top)
			return NULL;
		if (node->type == XML_ELEMENT_NODE)
			leave(w, kind_of(w, node));
	}
	return node->next;
}

void
html_walk(htmlDocPtr doc, const HtmlAlloc *mem, void (*tick) (void *arg), void *arg,
		  size_t max, HtmlResult *res)
{
	Walk		w;
	xmlNodePtr	node = doc ? doc->children : NULL;
	unsigned long count = 0;

	res->text = NULL;
	res->len = 0;
	memset(&w, 0, sizeof(w));
	w.mem = mem;
	w.max = max;
	while (node != NULL && !w.failed)
	{
		if (++count % HTML_TICK_NODES == 0 && tick)
			tick(arg);
		if (node->type == XML_ELEMENT_NODE)
		{
			Kind		k = kind_of(&w, node);

			if (k != K_DROP)
			{
				enter(&w, node, k);
				if (node->children != NULL)
				{
					node = node->children;
					continue;
				}
				leave(&w, k);
			}
		}
		else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
		{
			if (node->content)
				text(&w, node->content);
		}
		node = next_node(&w, node, (xmlNodePtr) doc);
	}
	if (w.cells)
		mem->free(mem->ctx, w.cells);
	if (!w.failed)
		reserve(&w, 0);
	if (w.failed)
	{
		if (w.buf)
			mem->free(mem->ctx, w.buf);
		res->status = w.failed;
		snprintf(res->detail, sizeof(res->detail),
				 w.failed == HTML_TOO_LARGE ? "The text passes %zu bytes." : "Out of memory after %zu bytes of text.",
				 w.failed == HTML_TOO_LARGE ? max : w.len);
		return;
	}
	w.buf[w.len] = '\0';
	res->text = w.buf;
	res->len = w.len;
}
