/*
 * sdmx.c — the SQL face of the SDMX-ML reader: sdmx_observations() over
 * text, bytea and xml, and sdmx_observations_file() over a server file
 * read in chunks.  The state machine is plain C in sdmx_parse.c; here are
 * libxml2's set-up and tear-down (pg_xml_init / pg_xml_done inside
 * PG_TRY), the rows, and the errors.
 */
#include "policy_ext.h"

#include <math.h>
#include <stdio.h>

#include "catalog/pg_authid.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/xml.h"

#include "sdmx.h"

/* --- memory for the state machine: a context of its own --------------------- */

static void *
ctx_alloc(void *ctx, size_t size)
{
	return MemoryContextAlloc((MemoryContext) ctx, size);
}

static void *
ctx_realloc(void *ctx, void *p, size_t size)
{
	return repalloc(p, size);
}

static void
ctx_free(void *ctx, void *p)
{
	pfree(p);
}

/* --- rows ------------------------------------------------------------------- */

typedef struct Import
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;		/* reset after every row */
} Import;

/* libxml2 speaks UTF-8; the rows are in the server encoding. */
static char *
server(const char *s)
{
	if (GetDatabaseEncoding() == PG_UTF8)
		return (char *) s;
	return pg_any_to_server(s, strlen(s), PG_UTF8);
}

static Datum
pairs_jsonb(const SdmxPair *p, int n)
{
	JsonbParseState *state = NULL;
	JsonbValue *res;
	JsonbValue	k,
				v;
	int			i;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	for (i = 0; i < n; i++)
	{
		k.type = jbvString;
		k.val.string.val = server(p[i].name);
		k.val.string.len = strlen(k.val.string.val);
		v.type = jbvString;
		v.val.string.val = server(p[i].value);
		v.val.string.len = strlen(v.val.string.val);
		pushJsonbValue(&state, WJB_KEY, &k);
		pushJsonbValue(&state, WJB_VALUE, &v);
	}
	res = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
	return JsonbPGetDatum(JsonbValueToJsonb(res));
}

/*
 * OBS_VALUE is an xs:double in SDMX: [sign] digits [. digits] [e [sign]
 * digits]. NaN, empty, missing, or anything else (hex, "INF", blanks):
 * NULL (doc/sdmx.md, "Columns").  Underflow reads as the nearest double.
 */
static bool
obs_value(const char *s, double *out)
{
	const char *p = s;
	char	   *end;
	bool		digits = false;

	if (s == NULL)
		return false;
	if (*p == '+' || *p == '-')
		p++;
	for (; (*p >= '0' && *p <= '9') || *p == '.'; p++)
		digits |= *p != '.';
	if (!digits)
		return false;
	if (*p == 'e' || *p == 'E')
	{
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p != '\0')
		return false;
	errno = 0;
	*out = strtod(s, &end);
	return end == p && !(errno == ERANGE && isinf(*out));
}

static bool
on_observation(void *arg, const SdmxObs *o)
{
	Import	   *im = arg;
	MemoryContext old = MemoryContextSwitchTo(im->row_cxt);
	Datum		values[7];
	bool		nulls[7] = {false};
	int64_t		p;
	double		v;

	values[0] = CStringGetTextDatum(server(o->dataset));
	values[1] = CStringGetTextDatum(server(o->series_key));
	values[2] = pairs_jsonb(o->dims, o->ndims);
	nulls[3] = o->time_period == NULL;
	if (o->time_period)
		values[3] = CStringGetTextDatum(server(o->time_period));
	nulls[4] = o->time_period == NULL ||
		!period_parse(o->time_period, strlen(o->time_period), false, &p, NULL);
	if (!nulls[4])
		values[4] = PeriodGetDatum(p);
	nulls[5] = !obs_value(o->value, &v);
	if (!nulls[5])
		values[5] = Float8GetDatum(v);
	values[6] = pairs_jsonb(o->attrs, o->nattrs);
	tuplestore_putvalues(im->rsinfo->setResult, im->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(im->row_cxt);
	return true;
}

static void
tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/* --- the read ------------------------------------------------------------------ */

static void
report(const SdmxError *e, const char *source)
{
	switch (e->status)
	{
		case SDMX_XML:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_XML_DOCUMENT),
					 errmsg("invalid XML in SDMX message%s%s", source ? " " : "", source ? source : ""),
					 e->line > 0 ? errdetail("Line %d: %s", e->line, e->detail)
					 : errdetail("%s", e->detail)));
			break;
		case SDMX_NOT_DATA:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("not an SDMX-ML data message%s%s", source ? ": " : "", source ? source : ""),
					 errdetail("%s", e->detail)));
			break;
		case SDMX_LIMIT:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("SDMX message too large to read"),
					 errdetail("%s", e->detail)));
			break;
		default:
			break;
	}
}

/*
 * Run the state machine over a reader made by make_reader(arg), with
 * libxml2 set up and torn down around it whatever happens.
 */
static void
import(FunctionCallInfo fcinfo, xmlTextReaderPtr (*make_reader) (void *), void *arg,
	   const char *source)
{
	Import		im;
	PgXmlErrorContext *volatile xcxt;
	xmlTextReaderPtr volatile reader = NULL;
	MemoryContext machine_cxt;
	SdmxAlloc	mem;
	SdmxCallbacks cb;
	SdmxError	err;
	SdmxFormat	format;

	InitMaterializedSRF(fcinfo, 0);
	im.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	im.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "sdmx row", ALLOCSET_DEFAULT_SIZES);
	machine_cxt = AllocSetContextCreate(CurrentMemoryContext, "sdmx reader", ALLOCSET_DEFAULT_SIZES);
	mem.alloc = ctx_alloc;
	mem.realloc = ctx_realloc;
	mem.free = ctx_free;
	mem.ctx = machine_cxt;
	cb.observation = on_observation;
	cb.tick = tick;
	cb.arg = &im;

	xcxt = pg_xml_init(PG_XML_STRICTNESS_ALL);
	PG_TRY();
	{
		reader = make_reader(arg);
		if (reader == NULL || pg_xml_error_occurred(xcxt))
			xml_ereport(xcxt, ERROR, ERRCODE_INVALID_XML_DOCUMENT,
						"could not start reading the SDMX message");
		sdmx_read(reader, &cb, &mem, &format, &err);
	}
	PG_CATCH();
	{
		if (reader)
			xmlFreeTextReader(reader);
		pg_xml_done(xcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	xmlFreeTextReader(reader);
	pg_xml_done(xcxt, err.status != SDMX_OK || pg_xml_error_occurred(xcxt));
	MemoryContextDelete(machine_cxt);
	MemoryContextDelete(im.row_cxt);
	report(&err, source);
}

/* --- from a value --------------------------------------------------------------- */

typedef struct Memory
{
	const char *data;
	int			len;
	const char *encoding;		/* NULL: as the document declares */
} Memory;

static xmlTextReaderPtr
memory_reader(void *arg)
{
	Memory	   *m = arg;

	return xmlReaderForMemory(m->data, m->len, NULL, m->encoding, SDMX_XML_OPTIONS);
}

/*
 * A declaration's encoding would win over the one we name (libxml2 obeys
 * it), but text has been converted already: drop the declaration, as the
 * server's own xml type does.  The rest of its line stays, so line numbers
 * hold.
 */
static void
skip_declaration(Memory *m)
{
	const char *end;

	if (m->len < 6 || strncmp(m->data, "<?xml", 5) != 0 ||
		!(m->data[5] == ' ' || m->data[5] == '\t' || m->data[5] == '\r' || m->data[5] == '\n'))
		return;
	end = memchr(m->data, '>', m->len);
	if (end == NULL || end == m->data || end[-1] != '?')
		return;
	m->len -= end + 1 - m->data;
	m->data = end + 1;
}

/* text and xml are in the server encoding: hand libxml2 UTF-8, said so. */
static void
import_text(FunctionCallInfo fcinfo, text *t)
{
	Memory		m;
	char	   *utf8 = (char *) pg_do_encoding_conversion((unsigned char *) VARDATA_ANY(t),
														  VARSIZE_ANY_EXHDR(t),
														  GetDatabaseEncoding(), PG_UTF8);

	m.data = utf8;
	m.len = utf8 == VARDATA_ANY(t) ? VARSIZE_ANY_EXHDR(t) : strlen(utf8);
	m.encoding = "UTF-8";
	skip_declaration(&m);
	import(fcinfo, memory_reader, &m, NULL);
}

PG_FUNCTION_INFO_V1(sdmx_observations_text);
Datum
sdmx_observations_text(PG_FUNCTION_ARGS)
{
	import_text(fcinfo, PG_GETARG_TEXT_PP(0));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(sdmx_observations_xml);
Datum
sdmx_observations_xml(PG_FUNCTION_ARGS)
{
	import_text(fcinfo, (text *) PG_GETARG_VARLENA_PP(0));
	return (Datum) 0;
}

/* bytea: the bytes as they are, in the encoding the document declares. */
PG_FUNCTION_INFO_V1(sdmx_observations_bytea);
Datum
sdmx_observations_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	Memory		m = {VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), NULL};

	import(fcinfo, memory_reader, &m, NULL);
	return (Datum) 0;
}

/* --- from a file, in chunks ------------------------------------------------------ */

typedef struct ServerFile
{
	FILE	   *f;
	const char *path;
} ServerFile;

/* libxml2's read callback: no ereport here, only a short count or -1. */
static int
file_read(void *arg, char *buf, int len)
{
	ServerFile *fl = arg;
	size_t		n = fread(buf, 1, len, fl->f);

	if (n == 0 && ferror(fl->f))
		return -1;
	return (int) n;
}

static int
file_close(void *arg)
{
	return 0;					/* FreeFile() closes it, after the read */
}

static xmlTextReaderPtr
file_reader(void *arg)
{
	ServerFile *fl = arg;

	return xmlReaderForIO(file_read, file_close, fl, fl->path, NULL, SDMX_XML_OPTIONS);
}

PG_FUNCTION_INFO_V1(sdmx_observations_file);
Datum
sdmx_observations_file(PG_FUNCTION_ARGS)
{
	char	   *path = text_to_cstring(PG_GETARG_TEXT_PP(0));
	ServerFile	fl;

	if (!has_privs_of_role(GetUserId(), ROLE_PG_READ_SERVER_FILES))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to read the server file \"%s\"", path),
				 errdetail("Only roles with the privileges of the \"pg_read_server_files\" role may read files on the server, as for pg_read_file()."),
				 errhint("Read the file on the client and pass its contents to sdmx_observations(text or bytea).")));
	fl.path = path;
	fl.f = AllocateFile(path, PG_BINARY_R);
	if (fl.f == NULL)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open file \"%s\" for reading: %m", path)));
	import(fcinfo, file_reader, &fl, path);
	FreeFile(fl.f);
	return (Datum) 0;
}
