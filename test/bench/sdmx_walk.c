/*
 * test/bench/sdmx_walk.c — the bare libxml2 pull reader over an SDMX-ML
 * file: the ceiling for sdmx_observations_file() (doc/benchmarks.md,
 * "SDMX-ML import").  It opens the file with the parser options the
 * extension uses (src/sdmx.h, SDMX_XML_OPTIONS), only walks it with
 * xmlTextReaderRead and counts the Obs elements; it builds no row, no
 * string, no jsonb.
 *
 *     cc -O2 -o sdmx_walk test/bench/sdmx_walk.c $(xml2-config --cflags --libs)
 *     ./sdmx_walk FILE [RUNS]
 *
 * Prints one line per run: "obs=N seconds=S rows_per_s=R", then the
 * process's peak memory ("VmHWM_kB=…", from /proc/self/status).
 *
 * Built with -DSDMX_MACHINE and src/sdmx_parse.c it runs the extension's
 * state machine instead (sdmx_read() with malloc and a callback that only
 * counts), still outside the server: the reader plus the machine, without
 * the rows, jsonb, period parsing and tuplestore of the SQL function.
 *
 *     cc -O2 -DSDMX_MACHINE -Isrc -o sdmx_machine test/bench/sdmx_walk.c \
 *        src/sdmx_parse.c $(xml2-config --cflags --libs)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlreader.h>

#ifdef SDMX_MACHINE
#include "sdmx.h"

static void *
m_alloc(void *ctx, size_t size)
{
	return malloc(size);
}

static void *
m_realloc(void *ctx, void *p, size_t size)
{
	return realloc(p, size);
}

static void
m_free(void *ctx, void *p)
{
	free(p);
}

/* Only count: the cost measured is the machine's, up to the callback. */
static bool
on_obs(void *arg, const SdmxObs *o)
{
	(*(long *) arg)++;
	return true;
}
#endif

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long
walk(const char *path)
{
	xmlTextReaderPtr r = xmlReaderForFile(path, NULL,
										  XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
	long		n = 0;
	int			rc;

	if (r == NULL)
	{
		fprintf(stderr, "sdmx_walk: cannot open %s\n", path);
		exit(1);
	}
#ifdef SDMX_MACHINE
	{
		SdmxAlloc	mem = {m_alloc, m_realloc, m_free, NULL};
		SdmxCallbacks cb = {on_obs, NULL, &n};
		SdmxError	err;
		SdmxFormat	format;

		if (sdmx_read(r, &cb, &mem, &format, &err) != SDMX_OK)
		{
			fprintf(stderr, "sdmx_machine: %s: line %d: %s\n", path, err.line, err.detail);
			exit(1);
		}
		xmlFreeTextReader(r);
		return n;
	}
#endif
	while ((rc = xmlTextReaderRead(r)) == 1)
	{
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT)
		{
			const xmlChar *name = xmlTextReaderConstLocalName(r);

			if (name && strcmp((const char *) name, "Obs") == 0)
				n++;
		}
	}
	xmlFreeTextReader(r);
	if (rc != 0)
	{
		fprintf(stderr, "sdmx_walk: %s: malformed XML\n", path);
		exit(1);
	}
	return n;
}

int
main(int argc, char **argv)
{
	int			runs = argc > 2 ? atoi(argv[2]) : 1;
	int			i;
	char		line[256];
	FILE	   *st;

	if (argc < 2)
	{
		fprintf(stderr, "usage: sdmx_walk FILE [RUNS]\n");
		return 2;
	}
	LIBXML_TEST_VERSION;
	for (i = 0; i < runs; i++)
	{
		double		t0 = now();
		long		n = walk(argv[1]);
		double		s = now() - t0;

		printf("obs=%ld seconds=%.3f rows_per_s=%.0f\n", n, s, n / s);
		fflush(stdout);
	}
	st = fopen("/proc/self/status", "r");
	while (st && fgets(line, sizeof(line), st))
		if (strncmp(line, "VmHWM:", 6) == 0)
		{
			long		kb = 0;

			sscanf(line + 6, "%ld", &kb);
			printf("VmHWM_kB=%ld\n", kb);
		}
	if (st)
		fclose(st);
	xmlCleanupParser();
	return 0;
}
