/*
 * html_to_text.c — the SQL face of html_to_text(html): the page, in the
 * server encoding, goes to libxml2 as UTF-8 and its text comes back in the
 * server encoding.  The parse and the walk are plain C in
 * html_to_text_walk.c; here are libxml2's set-up and tear-down (pg_xml_init /
 * pg_xml_done inside PG_TRY, the DOM freed whatever happens), interrupts and
 * the errors.
 */
#include "postgres.h"
#include "fmgr.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/xml.h"

#include "html_to_text.h"
#include "policy_ext.h"

static void
tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/* Parse and walk; libxml2's DOM (malloc'd, not palloc'd) is freed on any exit. */
static void
read_page(const char *utf8, size_t len, HtmlResult *res)
{
	PgXmlErrorContext *xcxt;
	htmlDocPtr volatile doc = NULL;
	HtmlAlloc	mem = {pe_ctx_alloc, pe_ctx_realloc, pe_ctx_free, CurrentMemoryContext};

	/* LEGACY: html_read() silences libxml2 itself; nothing reaches this handler. */
	xcxt = pg_xml_init(PG_XML_STRICTNESS_LEGACY);
	PG_TRY();
	{
		doc = html_read(utf8, len, res);
		if (res->status == HTML_OK || res->status == HTML_STOPPED)
			html_walk(doc, &mem, tick, NULL, MaxAllocSize - VARHDRSZ, res);
	}
	PG_CATCH();
	{
		if (doc)
			xmlFreeDoc(doc);
		pg_xml_done(xcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	if (doc)
		xmlFreeDoc(doc);
	pg_xml_done(xcxt, false);
}

PG_FUNCTION_INFO_V1(html_to_text);
Datum
html_to_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *src = VARDATA_ANY(t);
	int			srclen = VARSIZE_ANY_EXHDR(t);
	char	   *utf8;
	size_t		len;
	HtmlResult	res;

	/* The value is in the server encoding already: libxml2 gets it as UTF-8. */
	utf8 = (char *) pg_do_encoding_conversion((unsigned char *) src, srclen,
											  GetDatabaseEncoding(), PG_UTF8);
	len = utf8 == src ? (size_t) srclen : strlen(utf8);
	read_page(utf8, len, &res);

	switch (res.status)
	{
		case HTML_NO_MEMORY:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory reading the HTML page"),
					 errdetail("%s", res.detail)));
			break;
		case HTML_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("the text of the HTML page is too large"),
					 errdetail("%s", res.detail)));
			break;
		case HTML_STOPPED:
			ereport(WARNING,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("html_to_text returns the text before the point where libxml2 stopped reading"),
					 errdetail("%s", res.detail)));
			break;
		case HTML_OK:
			break;
	}
	/* Back to the server encoding: a character it lacks is 22P05, as in convert(). */
	PG_RETURN_TEXT_P(utf8_to_text(res.text, res.len));
}
