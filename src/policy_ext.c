/*
 * policy_ext.c — the module's magic block, and the one conversion the
 * capabilities that read UTF-8 (SDMX-ML, html_to_text, extract_facts) share;
 * everything else lives in the file named for its type or capability.
 */
#include "postgres.h"
#include "fmgr.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "policy_ext.h"

PG_MODULE_MAGIC;

/*
 * s[0..len), UTF-8 from libxml2 or the extractor, in the server encoding;
 * *outlen is its length.  A character the server encoding lacks is 22P05.
 */
char *
utf8_to_server(const char *s, size_t len, size_t *outlen)
{
	char	   *conv;

	if (GetDatabaseEncoding() == PG_UTF8)
	{
		*outlen = len;
		return (char *) s;
	}
	conv = pg_any_to_server(s, (int) len, PG_UTF8);
	/* no conversion (SQL_ASCII) hands back s itself, not NUL-terminated */
	*outlen = conv == s ? len : strlen(conv);
	return conv;
}

text *
utf8_to_text(const char *s, size_t len)
{
	size_t		n;
	char	   *conv = utf8_to_server(s, len, &n);

	return cstring_to_text_with_len(conv, (int) n);
}

void *
pe_ctx_alloc(void *ctx, size_t size)
{
	return MemoryContextAlloc((MemoryContext) ctx, size);
}

void *
pe_ctx_realloc(void *ctx, void *p, size_t size)
{
	return repalloc(p, size);
}

void
pe_ctx_free(void *ctx, void *p)
{
	pfree(p);
}
