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

/* --- rows ------------------------------------------------------------------- */

/* A key and its value in the server encoding, for a jsonb object. */
typedef struct JPair
{
	const char *k,
			   *v;
	int			kl,
				vl;
} JPair;

/* A text column's last value: rows of one series share it. */
typedef struct LastText
{
	char	   *src;			/* as the reader gave it, in the keep context */
	Datum		datum;
} LastText;

/*
 * One jsonb column: the pairs a series' rows share, converted and sorted
 * once per series, and the buffers a row is built in, reused from row to
 * row (tuplestore_putvalues copies the row).
 */
typedef struct JColumn
{
	unsigned long series;		/* whose pairs shared holds; 0: none */
	JPair	   *shared;
	int			nshared;
	char	   *strings;		/* the shared pairs' keys and values */
	size_t		strings_size;
	JPair	   *jp;				/* the row's pairs, sorted */
	int			jp_cap;
	Jsonb	   *out;
	Size		out_size;
} JColumn;

/*
 * Periods parsed lately, by their text: a message repeats the same few
 * hundred periods in every series.
 */
#define PERIOD_MEMO 1024
#define PERIOD_MEMO_TEXT 16

typedef struct PeriodMemo
{
	char		text[PERIOD_MEMO_TEXT];	/* "" when the entry is empty */
	bool		valid;
	int64_t		period;
} PeriodMemo;

typedef struct Import
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;		/* reset after every row */
	MemoryContext keep_cxt;		/* lives through the import */
	JColumn		dims,
				attrs;
	LastText	dataset,
				series_key;
	text	   *time_period;	/* reused from row to row */
	Size		time_period_size;
	PeriodMemo *periods;
} Import;

/* libxml2 speaks UTF-8; the rows are in the server encoding. */
static char *
server(const char *s)
{
	size_t		n;

	return utf8_to_server(s, strlen(s), &n);
}

/* jsonb's order of keys: shorter first, then by bytes. */
static inline int
jpair_cmp(const JPair *a, const JPair *b)
{
	if (a->kl != b->kl)
		return a->kl < b->kl ? -1 : 1;
	return memcmp(a->k, b->k, a->kl);
}

static void
jsonb_entry(JEntry *e, int i, uint32 len, uint32 end)
{
	/* every JB_OFFSET_STRIDE'th entry holds its end offset, the rest lengths */
	*e = JENTRY_ISSTRING | ((i % JB_OFFSET_STRIDE) == 0 ? (JENTRY_HAS_OFF | end) : len);
}

/* Room for n pairs in the row's array. */
static void
jcolumn_reserve(Import *im, JColumn *c, int n)
{
	if (n <= c->jp_cap)
		return;
	c->jp_cap = Max(n, 2 * c->jp_cap);
	c->jp = c->jp ? repalloc(c->jp, sizeof(JPair) * c->jp_cap)
		: MemoryContextAlloc(im->keep_cxt, sizeof(JPair) * c->jp_cap);
}

/*
 * Insert the pairs into jp[0 .. m), sorted already (few pairs: insertion);
 * returns the new count.  Converted strings live in the row's context.
 */
static int
insert_pairs(JPair *jp, int m, const SdmxPair *p, int n)
{
	int			i,
				j;

	for (i = 0; i < n; i++, m++)
	{
		size_t		len;
		JPair		cur;

		cur.k = utf8_to_server(p[i].name, strlen(p[i].name), &len);
		cur.kl = len;
		cur.v = utf8_to_server(p[i].value, strlen(p[i].value), &len);
		cur.vl = len;
		for (j = m; j > 0 && jpair_cmp(&jp[j - 1], &cur) > 0; j--)
			jp[j] = jp[j - 1];
		jp[j] = cur;
	}
	return m;
}

/* Keep the first nshared pairs, sorted, for the series' next rows. */
static void
jcolumn_share(Import *im, JColumn *c, unsigned long series, int nshared)
{
	size_t		need = 0;
	int			i;
	char	   *d;

	for (i = 0; i < nshared; i++)
		need += c->jp[i].kl + c->jp[i].vl;
	if (need > c->strings_size || c->strings == NULL)
	{
		if (c->strings)
			pfree(c->strings);
		c->strings_size = Max(need, 2 * c->strings_size) + 1;
		c->strings = MemoryContextAlloc(im->keep_cxt, c->strings_size);
	}
	if (c->shared)
		pfree(c->shared);
	c->shared = MemoryContextAlloc(im->keep_cxt, sizeof(JPair) * Max(nshared, 1));
	d = c->strings;
	for (i = 0; i < nshared; i++)
	{
		c->shared[i] = c->jp[i];
		memcpy(d, c->jp[i].k, c->jp[i].kl);
		c->shared[i].k = d;
		d += c->jp[i].kl;
		memcpy(d, c->jp[i].v, c->jp[i].vl);
		c->shared[i].v = d;
		d += c->jp[i].vl;
	}
	c->nshared = nshared;
	c->series = series;
}

/*
 * The pairs as a jsonb object of strings, written in jsonb's binary form
 * directly: the keys sorted by insertion (there are a few), a key given
 * twice keeping its later value, as jsonb does.  pushJsonbValue() would
 * build a tree, sort it with qsort and copy it again, at every row.  The
 * first nshared pairs are those of the series named series (sdmx.h).
 */
static Datum
pairs_jsonb(Import *im, JColumn *c, const SdmxPair *p, int n,
			unsigned long series, int nshared)
{
	JPair	   *jp;
	int			i,
				m = 0,
				k;
	uint64		data = 0;
	uint32		end = 0;
	Size		size;
	Jsonb	   *jb;
	JEntry	   *je;
	char	   *d;

	jcolumn_reserve(im, c, n);
	jp = c->jp;
	if (nshared > 0 && c->series == series && c->nshared == nshared)
	{
		memcpy(jp, c->shared, sizeof(JPair) * nshared);
		k = insert_pairs(jp, nshared, p + nshared, n - nshared);
	}
	else if (nshared > 0)
	{
		k = insert_pairs(jp, 0, p, nshared);
		jcolumn_share(im, c, series, nshared);
		k = insert_pairs(jp, k, p + nshared, n - nshared);
	}
	else
		k = insert_pairs(jp, 0, p, n);
	for (i = 0; i < k; i++)
	{
		if (m > 0 && jpair_cmp(&jp[m - 1], &jp[i]) == 0)
			jp[m - 1] = jp[i];
		else
			jp[m++] = jp[i];
	}
	for (i = 0; i < m; i++)
		data += (uint64) jp[i].kl + jp[i].vl;
	if (data > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("SDMX message too large to read"),
				 errdetail("The names and values of one observation take more than the %d bytes of a jsonb object.",
						   JENTRY_OFFLENMASK)));
	size = offsetof(Jsonb, root.children) + sizeof(JEntry) * 2 * m + data;
	if (size > c->out_size)
	{
		if (c->out)
			pfree(c->out);
		c->out_size = Max(size, 2 * c->out_size);
		c->out = MemoryContextAlloc(im->keep_cxt, c->out_size);
	}
	jb = c->out;
	SET_VARSIZE(jb, size);
	jb->root.header = (uint32) m | JB_FOBJECT;
	je = jb->root.children;
	d = (char *) (je + 2 * m);
	for (i = 0; i < m; i++)
	{
		end += jp[i].kl;
		jsonb_entry(&je[i], i, jp[i].kl, end);
		memcpy(d, jp[i].k, jp[i].kl);
		d += jp[i].kl;
	}
	for (i = 0; i < m; i++)
	{
		end += jp[i].vl;
		jsonb_entry(&je[m + i], m + i, jp[i].vl, end);
		memcpy(d, jp[i].v, jp[i].vl);
		d += jp[i].vl;
	}
	return JsonbPGetDatum(jb);
}

/* The text datum of s, the last row's when s is the same. */
static Datum
text_datum(Import *im, LastText *last, const char *s)
{
	const char *conv;
	MemoryContext old;

	if (last->src != NULL && strcmp(last->src, s) == 0)
		return last->datum;
	if (last->src != NULL)
	{
		pfree(last->src);
		pfree(DatumGetPointer(last->datum));
	}
	conv = server(s);			/* in the row's context */
	old = MemoryContextSwitchTo(im->keep_cxt);
	last->src = pstrdup(s);
	last->datum = CStringGetTextDatum(conv);
	MemoryContextSwitchTo(old);
	return last->datum;
}

/* time_period's datum, in a buffer reused from row to row. */
static Datum
time_period_datum(Import *im, const char *s)
{
	size_t		len;
	const char *conv = utf8_to_server(s, strlen(s), &len);
	Size		size = VARHDRSZ + len;

	if (size > im->time_period_size)
	{
		if (im->time_period)
			pfree(im->time_period);
		im->time_period_size = Max(size, 64);
		im->time_period = MemoryContextAlloc(im->keep_cxt, im->time_period_size);
	}
	SET_VARSIZE(im->time_period, size);
	memcpy(VARDATA(im->time_period), conv, len);
	return PointerGetDatum(im->time_period);
}

/* period_parse() of s, remembered for the rows to come. */
static bool
parse_period(Import *im, const char *s, int64_t *out)
{
	size_t		len = strlen(s);
	uint32		h = 2166136261u;
	PeriodMemo *e;
	size_t		i;

	if (len >= PERIOD_MEMO_TEXT || len == 0)
		return period_parse(s, len, false, out, NULL);
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	e = &im->periods[(h ^ (h >> 16)) % PERIOD_MEMO];
	if (memcmp(e->text, s, len + 1) != 0)
	{
		memcpy(e->text, s, len + 1);
		e->valid = period_parse(s, len, false, &e->period, NULL);
	}
	*out = e->period;
	return e->valid;
}

/*
 * A number already checked for form, when it reads exactly without strtod:
 * at most 15 digits and a power of ten up to 22, both exact in a double,
 * so one multiplication or division rounds correctly (Clinger's fast
 * path).  Most published figures are such; the rest go to strtod.
 */
static bool
exact_double(const char *s, double *out)
{
	static const double pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
	};
	const char *p = s;
	bool		neg = false,
				point = false;
	uint64		mant = 0;
	int			digits = 0,
				frac = 0,
				exp = 0,
				e10;
	double		v;

	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	for (; (*p >= '0' && *p <= '9') || *p == '.'; p++)
	{
		if (*p == '.')
		{
			point = true;
			continue;
		}
		if (++digits > 15)
			return false;
		mant = mant * 10 + (*p - '0');
		frac += point;
	}
	if (*p == 'e' || *p == 'E')
	{
		bool		eneg = false;

		p++;
		if (*p == '+' || *p == '-')
			eneg = *p++ == '-';
		for (; *p >= '0' && *p <= '9'; p++)
			if ((exp = exp * 10 + (*p - '0')) > 400)
				return false;
		if (eneg)
			exp = -exp;
	}
	e10 = exp - frac;
	if (e10 < -22 || e10 > 22)
		return false;
	v = (double) mant;
	v = e10 < 0 ? v / pow10[-e10] : v * pow10[e10];
	*out = neg ? -v : v;
	return true;
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
	if (exact_double(s, out))
		return true;
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

	values[0] = text_datum(im, &im->dataset, o->dataset);
	values[1] = text_datum(im, &im->series_key, o->series_key);
	values[2] = pairs_jsonb(im, &im->dims, o->dims, o->ndims, o->series, o->nseries_dims);
	nulls[3] = o->time_period == NULL;
	if (o->time_period)
		values[3] = time_period_datum(im, o->time_period);
	nulls[4] = o->time_period == NULL || !parse_period(im, o->time_period, &p);
	if (!nulls[4])
		values[4] = PeriodGetDatum(p);
	nulls[5] = !obs_value(o->value, &v);
	if (!nulls[5])
		values[5] = Float8GetDatum(v);
	values[6] = pairs_jsonb(im, &im->attrs, o->attrs, o->nattrs, o->series, o->nseries_attrs);
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
	im.keep_cxt = AllocSetContextCreate(CurrentMemoryContext, "sdmx rows kept", ALLOCSET_SMALL_SIZES);
	memset(&im.dims, 0, sizeof(im.dims));
	memset(&im.attrs, 0, sizeof(im.attrs));
	im.time_period = NULL;
	im.time_period_size = 0;
	im.periods = MemoryContextAllocZero(im.keep_cxt, sizeof(PeriodMemo) * PERIOD_MEMO);
	memset(&im.dataset, 0, sizeof(im.dataset));
	memset(&im.series_key, 0, sizeof(im.series_key));
	machine_cxt = AllocSetContextCreate(CurrentMemoryContext, "sdmx reader", ALLOCSET_DEFAULT_SIZES);
	mem.alloc = pe_ctx_alloc;
	mem.realloc = pe_ctx_realloc;
	mem.free = pe_ctx_free;
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
	MemoryContextDelete(im.keep_cxt);
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
	/* libxml2 asks for 4 kB at a time: one read(2) per 64 kB instead */
	setvbuf(fl.f, NULL, _IOFBF, 64 * 1024);
	import(fcinfo, file_reader, &fl, path);
	FreeFile(fl.f);
	return (Datum) 0;
}
