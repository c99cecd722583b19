// sources: src/sdmx_parse.c
// pkg-config: libxml-2.0
/*
 * sdmx_fuzz.c — libFuzzer harness for the SDMX-ML state machine
 * (src/sdmx_parse.c) over libxml2's pull reader, with the parser options the
 * server uses (SDMX_XML_OPTIONS).  See doc/sdmx.md and doc/fuzzing.md.
 *
 * Every input is read as a message, with a malloc allocator that counts:
 *
 *   1. from memory, xmlReaderForMemory(), as sdmx_observations(bytea) does;
 *      every observation is checked as it comes (obs_check below): dataset
 *      and series key present, names and values NUL-terminated, valid UTF-8
 *      and at most SDMX_MAX_TEXT bytes, counts not negative, no name twice
 *      among the dimensions nor among the attributes, the series key the
 *      dimension values but time joined with '.', a time dimension implying
 *      a time period; the shared part of a series (nseries_dims dims and
 *      nseries_attrs attrs, sdmx.h) within the counts, and the same pairs
 *      at every observation that names the same series and count, since
 *      sdmx.c converts that part once per series and reuses it;
 *   2. the outcome: a status of the enum, a detail (NUL-terminated, and
 *      non-empty for every failure but a stop, empty on success), a line within the
 *      input for SDMX_XML, a known format, every allocation freed, no call
 *      after the callback asked to stop (which it does on some inputs);
 *   3. again through xmlReaderForIO() in chunks of a few bytes, as
 *      sdmx_observations_file() reads a file: the same observations (a hash
 *      of all their fields) and the same status; for malformed XML only the
 *      verdict (either way an error), as libxml2 may see the fault sooner;
 *   4. no error libxml2 raised through its global handler is lost: if one
 *      was raised while the read said SDMX_OK, the rows may be wrong
 *      (in the server such an error lands in pg_xml_init's handler, which
 *      sdmx.c only consults before the read).
 *
 * SDMX_FUZZ_SKIP=g1,g2 turns check groups off (local runs only, to fuzz
 * past a reported bug): obs, outcome, chunks, lost_error.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "sdmx.h"

#define FUZZ_NAME "sdmx_fuzz"
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *skip_list;	/* $SDMX_FUZZ_SKIP */
static bool initialised;

static bool
skipped(const char *group)
{
	return in_list(skip_list, group);
}

/* --- libxml2's global error channels ------------------------------------- */

static int	global_errors;		/* errors (not warnings) since the last reset */
static char global_first[200];

static void
on_global_structured(void *ctx, xmlErrorPtr e)
{
	(void) ctx;
	if (e == NULL || e->level < XML_ERR_ERROR)
		return;
	if (global_errors++ == 0)
		snprintf(global_first, sizeof(global_first), "%s (domain %d, code %d)",
				 e->message ? e->message : "(no message)", e->domain, e->code);
}

static void
on_global_generic(void *ctx, const char *msg,...)
{
	(void) ctx;
	(void) msg;					/* silence: the structured one counts */
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
	skip_list = getenv("SDMX_FUZZ_SKIP");
	if (skip_list && *skip_list)
		fprintf(stderr, FUZZ_NAME ": SDMX_FUZZ_SKIP=%s: those checks are off\n", skip_list);
}

/* --- the allocator: malloc, counted ----------------------------------------- */

typedef struct Counter
{
	long		live;			/* blocks not yet freed */
	long		calls;
} Counter;

static void *
c_alloc(void *ctx, size_t size)
{
	Counter    *c = ctx;
	void	   *p = malloc(size ? size : 1);

	CHECK(p != NULL, "malloc(%zu) failed", size);
	c->live++;
	c->calls++;
	return p;
}

static void *
c_realloc(void *ctx, void *p, size_t size)
{
	Counter    *c = ctx;
	void	   *q;

	CHECK(p != NULL, "realloc of NULL (the machine calls alloc for new blocks)");
	q = realloc(p, size ? size : 1);
	CHECK(q != NULL, "realloc(%zu) failed", size);
	c->calls++;
	return q;
}

static void
c_free(void *ctx, void *p)
{
	Counter    *c = ctx;

	CHECK(p != NULL, "free(NULL) through the allocator");
	c->live--;
	free(p);
}

/* --- one observation ---------------------------------------------------------- */

/* The shared part of a series as last seen: which series, how many pairs. */
typedef struct Shared
{
	bool		seen;
	unsigned long series;
	int			n;
	uint64_t	hash;
} Shared;

typedef struct Run
{
	long		nobs;
	long		stop_after;		/* return false at this observation (0: never) */
	bool		stopped;
	uint64_t	hash;
	Shared		dims,
				attrs;
} Run;

static uint64_t
fnv(uint64_t h, const char *s)
{
	if (s == NULL)
		return (h ^ 0xFF) * 1099511628211ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char) *s) * 1099511628211ULL;
	return (h ^ 0x1F) * 1099511628211ULL;
}

/* NUL within SDMX_MAX_TEXT + 1 bytes (ASan sees a read past the end). */
static size_t
text_len(const char *what, const char *s)
{
	size_t		n = strnlen(s, SDMX_MAX_TEXT + 1);

	CHECK(n <= SDMX_MAX_TEXT, "%s is longer than SDMX_MAX_TEXT (%d bytes)", what, SDMX_MAX_TEXT);
	return n;
}

/* Strict UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
static bool
valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *) s;

	while (*p)
	{
		unsigned	c = *p,
					n,
					cp,
					i;

		if (c < 0x80)
		{
			p++;
			continue;
		}
		else if ((c & 0xE0) == 0xC0)
			n = 1, cp = c & 0x1F;
		else if ((c & 0xF0) == 0xE0)
			n = 2, cp = c & 0x0F;
		else if ((c & 0xF8) == 0xF0)
			n = 3, cp = c & 0x07;
		else
			return false;
		for (i = 1; i <= n; i++)
		{
			if ((p[i] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
			cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		p += n + 1;
	}
	return true;
}

static void
check_text(const char *what, const char *s)
{
	CHECK(s != NULL, "%s is NULL", what);
	text_len(what, s);
	CHECK(valid_utf8(s), "%s is not valid UTF-8: \"%.80s\"", what, s);
}

static bool
is_time_name(const char *name)
{
	return strcmp(name, "TIME_PERIOD") == 0 || strcmp(name, "TIME") == 0;
}

static void
check_pairs(const char *what, const SdmxPair *p, int n)
{
	int			i,
				j;
	char		label[64];

	CHECK(n >= 0, "%s: count %d < 0", what, n);
	CHECK(n == 0 || p != NULL, "%s: %d pairs but no array", what, n);
	for (i = 0; i < n; i++)
	{
		snprintf(label, sizeof(label), "%s[%d].name", what, i);
		check_text(label, p[i].name);
		snprintf(label, sizeof(label), "%s[%d].value", what, i);
		check_text(label, p[i].value);
	}
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			CHECK(strcmp(p[i].name, p[j].name) != 0,
				  "%s: the name \"%.80s\" twice (at %d and %d)", what, p[i].name, i, j);
}

static void
obs_check(const SdmxObs *o)
{
	int			i;
	size_t		want = 0,
				at = 0;
	char	   *key;
	bool		has_time = false;

	check_text("dataset", o->dataset);
	CHECK(o->series_key != NULL, "series_key is NULL");
	CHECK(valid_utf8(o->series_key), "series_key is not valid UTF-8");
	if (o->time_period)
		check_text("time_period", o->time_period);
	if (o->value)
		check_text("value", o->value);
	check_pairs("dims", o->dims, o->ndims);
	check_pairs("attrs", o->attrs, o->nattrs);

	/* the key: every dimension value but time's, in order, joined by '.' */
	for (i = 0; i < o->ndims; i++)
		if (!is_time_name(o->dims[i].name))
			want += strlen(o->dims[i].value) + 1;
		else
			has_time = true;
	key = malloc(want + 1);
	CHECK(key != NULL, "malloc");
	for (i = 0; i < o->ndims; i++)
	{
		size_t		n;

		if (is_time_name(o->dims[i].name))
			continue;
		if (at > 0)
			key[at++] = '.';
		n = strlen(o->dims[i].value);
		memcpy(key + at, o->dims[i].value, n);
		at += n;
	}
	key[at] = '\0';
	if (strcmp(key, o->series_key) != 0)
	{
		char		k[120];

		snprintf(k, sizeof(k), "%s", key);
		free(key);
		CHECK(false, "series_key \"%.100s\" is not the join of the non-time dimension values \"%s\" (%d dims)",
			  o->series_key, k, o->ndims);
	}
	free(key);
	CHECK(!has_time || o->time_period != NULL,
		  "a time dimension among the dims but time_period is NULL");
}

static uint64_t
pairs_hash(const SdmxPair *p, int n)
{
	uint64_t	h = 14695981039346656037ULL;
	int			i;

	for (i = 0; i < n; i++)
		h = fnv(fnv(h, p[i].name), p[i].value);
	return h;
}

/*
 * A consumer may keep the first `shared` pairs from the observation that
 * introduced the series and skip them later: they must then be the same.
 */
static void
shared_check(const char *what, Shared *last, const SdmxPair *p, int n,
			 unsigned long series, int shared)
{
	uint64_t	h;

	CHECK(shared >= 0 && shared <= n, "%s: %d shared of %d", what, shared, n);
	if (shared == 0)
		return;
	h = pairs_hash(p, shared);
	if (last->seen && last->series == series && last->n == shared)
		CHECK(h == last->hash,
			  "%s: series %lu shares %d pairs, but they differ from its earlier observation",
			  what, series, shared);
	last->seen = true;
	last->series = series;
	last->n = shared;
	last->hash = h;
}

static bool
on_obs(void *arg, const SdmxObs *o)
{
	Run		   *run = arg;
	int			i;

	CHECK(!run->stopped, "an observation after the callback asked to stop");
	run->nobs++;
	if (!skipped("obs"))
	{
		obs_check(o);
		shared_check("dims", &run->dims, o->dims, o->ndims, o->series, o->nseries_dims);
		shared_check("attrs", &run->attrs, o->attrs, o->nattrs, o->series, o->nseries_attrs);
	}
	run->hash = fnv(run->hash, o->dataset);
	run->hash = fnv(run->hash, o->series_key);
	run->hash = fnv(run->hash, o->time_period);
	run->hash = fnv(run->hash, o->value);
	for (i = 0; i < o->ndims; i++)
		run->hash = fnv(fnv(run->hash, o->dims[i].name), o->dims[i].value);
	run->hash = fnv(run->hash, "|");
	for (i = 0; i < o->nattrs; i++)
		run->hash = fnv(fnv(run->hash, o->attrs[i].name), o->attrs[i].value);
	if (run->stop_after > 0 && run->nobs >= run->stop_after)
	{
		run->stopped = true;
		return false;
	}
	return true;
}

static int	ticks;

static void
on_tick(void *arg)
{
	(void) arg;
	ticks++;
}

/* --- a read ------------------------------------------------------------------------- */

typedef struct Outcome
{
	SdmxStatus	status;
	SdmxFormat	format;
	SdmxError	err;
	Run			run;
	int			global_errors;
	char		global_first[200];
} Outcome;

typedef struct Chunks
{
	const uint8_t *data;
	size_t		size,
				at,
				step;
} Chunks;

static int
chunk_read(void *arg, char *buf, int len)
{
	Chunks	   *c = arg;
	size_t		n = c->size - c->at;

	if (n > c->step)
		n = c->step;
	if (n > (size_t) len)
		n = (size_t) len;
	memcpy(buf, c->data + c->at, n);
	c->at += n;
	return (int) n;
}

static int
chunk_close(void *arg)
{
	(void) arg;
	return 0;
}

static size_t
count_lines(const uint8_t *data, size_t size)
{
	size_t		i,
				n = 1;

	for (i = 0; i < size; i++)
		if (data[i] == '\n')
			n++;
	return n;
}

static bool
read_message(xmlTextReaderPtr reader, long stop_after, Outcome *out)
{
	Counter		counter = {0, 0};
	SdmxAlloc	mem = {c_alloc, c_realloc, c_free, &counter};
	SdmxCallbacks cb;

	memset(out, 0, sizeof(*out));
	out->run.stop_after = stop_after;
	out->run.hash = 14695981039346656037ULL;
	cb.observation = on_obs;
	cb.tick = on_tick;
	cb.arg = &out->run;
	global_errors = 0;
	global_first[0] = '\0';
	if (reader == NULL)
		return false;
	/* poison, so that an unset field shows */
	memset(&out->err, 0x5A, sizeof(out->err));
	out->format = (SdmxFormat) 77;
	out->status = sdmx_read(reader, &cb, &mem, &out->format, &out->err);
	xmlFreeTextReader(reader);
	out->global_errors = global_errors;
	memcpy(out->global_first, global_first, sizeof(global_first));
	CHECK(counter.live == 0, "%ld block(s) of the machine not freed (%ld calls)",
		  counter.live, counter.calls);
	return true;
}

static void
outcome_check(const Outcome *o, const uint8_t *data, size_t size)
{
	size_t		dlen = strnlen(o->err.detail, sizeof(o->err.detail));

	CHECK(o->status == o->err.status, "sdmx_read returned %d but err.status is %d",
		  (int) o->status, (int) o->err.status);
	CHECK(o->status >= SDMX_OK && o->status <= SDMX_STOPPED, "status %d is not an SdmxStatus",
		  (int) o->status);
	CHECK(o->format >= SDMX_UNKNOWN && o->format <= SDMX_CROSS_SECTIONAL,
		  "format %d is not an SdmxFormat", (int) o->format);
	CHECK(sdmx_format_name(o->format) != NULL, "sdmx_format_name(%d) is NULL", (int) o->format);
	CHECK(dlen < sizeof(o->err.detail), "err.detail is not NUL-terminated");
	CHECK(valid_utf8(o->err.detail) || o->status == SDMX_XML,
		  "err.detail is not valid UTF-8: \"%s\"", o->err.detail);
	if (o->status == SDMX_OK)
	{
		CHECK(dlen == 0, "SDMX_OK with a detail: \"%s\"", o->err.detail);
		CHECK(o->format != SDMX_UNKNOWN, "SDMX_OK but the format is unknown");
	}
	else if (o->status != SDMX_STOPPED)
		CHECK(dlen > 0, "status %d with an empty detail", (int) o->status);
	if (o->status == SDMX_XML)
		CHECK(o->err.line >= 0 && (size_t) o->err.line <= count_lines(data, size),
			  "SDMX_XML at line %d of a %zu-line input (\"%s\")",
			  o->err.line, count_lines(data, size), o->err.detail);
	if (o->status == SDMX_STOPPED)
		CHECK(o->run.stopped, "SDMX_STOPPED but the callback never asked to stop");
	if (o->run.stopped)
		CHECK(o->status == SDMX_STOPPED || o->status == SDMX_XML,
			  "the callback asked to stop but the status is %d", (int) o->status);
	if (o->run.nobs > 0)
		CHECK(o->format != SDMX_UNKNOWN, "%ld observations of an unknown format", o->run.nobs);
	if (!skipped("lost_error"))
		CHECK(o->status != SDMX_OK || o->global_errors == 0,
			  "SDMX_OK (%ld observations) although libxml2 raised %d error(s) through its "
			  "global handler, the first: %s", o->run.nobs, o->global_errors, o->global_first);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Outcome		whole,
				chunked;
	Chunks		c;
	long		stop_after;

	cur_data = data;
	cur_size = size;
	init_once();
	if (size > INT32_MAX)
		return 0;

	/* some inputs stop the read from the callback: after the first, second … */
	stop_after = size % 5 == 1 ? 1 + (long) (size % 3) : 0;

	if (!read_message(xmlReaderForMemory((const char *) data, (int) size, NULL, NULL,
										 SDMX_XML_OPTIONS), stop_after, &whole))
		return 0;				/* libxml2 would not start (the server: 2200M) */
	if (!skipped("outcome"))
		outcome_check(&whole, data, size);

	/* the same bytes in chunks of 1 to 8 bytes, as from a file */
	c.data = data;
	c.size = size;
	c.at = 0;
	c.step = 1 + (size > 0 ? data[size / 2] % 8 : 0);
	if (!read_message(xmlReaderForIO(chunk_read, chunk_close, &c, "fuzz.xml", NULL,
									 SDMX_XML_OPTIONS), stop_after, &chunked))
		return 0;
	if (!skipped("outcome"))
		outcome_check(&chunked, data, size);
	if (!skipped("chunks"))
	{
		/*
		 * A malformed message is an error either way, but libxml2 may find the
		 * fault earlier in one mode than in the other (it parses ahead of the
		 * reader): then only the verdict must agree, not what came before.
		 */
		if (whole.status == SDMX_XML || chunked.status == SDMX_XML)
			CHECK(whole.status != SDMX_OK && chunked.status != SDMX_OK,
				  "status %d from memory, %d in chunks of %zu bytes (details \"%s\" / \"%s\")",
				  (int) whole.status, (int) chunked.status, c.step, whole.err.detail,
				  chunked.err.detail);
		else
		{
			CHECK(whole.status == chunked.status,
				  "status %d from memory, %d in chunks of %zu bytes (details \"%s\" / \"%s\")",
				  (int) whole.status, (int) chunked.status, c.step, whole.err.detail,
				  chunked.err.detail);
			CHECK(whole.run.nobs == chunked.run.nobs && whole.run.hash == chunked.run.hash,
				  "%ld observations from memory, %ld in chunks of %zu bytes, or different fields",
				  whole.run.nobs, chunked.run.nobs, c.step);
		}
	}
	return 0;
}
