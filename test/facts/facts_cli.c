/*
 * facts_cli.c — run the fact extractor (src/facts_*.c) outside the server.
 *
 *   facts_cli [--date YYYY-MM-DD] [--doc NAME] FILE...   one JSON object per fact
 *   facts_cli --date YYYY-MM-DD --text 'SENTENCE'        the same for a string
 *   facts_cli --bench [--repeat N] FILE...               MB/s, no output per fact
 *
 * Each object is what row_to_json gives for a row of extract_facts() plus
 * "doc": span as int4range text ("[a,b)", 1-based as SQL shows it), "" as
 * null.  Every period, delta and goal text is checked with the extension's
 * own parsers (period_parse, md_parse, goal_parse); a text they refuse is an
 * error (exit 3), so the scorer never sees a fact the SQL function could not
 * return.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "facts.h"
#include "metric_delta.h"
#include "period.h"
#include "policy_goal.h"

typedef struct Run
{
	const char *doc;
	const char *text;
	size_t		len;
	const char *name;
	int			bad;
	long		facts;
	int			quiet;
} Run;

static void
json_str(const char *s, size_t len)
{
	size_t		i;

	putchar('"');
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
field(const char *key, const char *val)
{
	printf(", \"%s\": ", key);
	if (val[0])
		json_str(val, strlen(val));
	else
		fputs("null", stdout);
}

static const char *const kinds[] = {"level", "share", "delta", "goal"};

static void
check(Run *r, const Fact *f)
{
	int64_t		p;
	MetricDelta d;
	PolicyGoal	g;
	char	   *end;

	if (f->period[0] && !period_parse(f->period, strlen(f->period), false, &p, NULL))
		fprintf(stderr, "%s: bad period \"%s\"\n", r->name, f->period), r->bad = 1;
	if (f->delta[0] && !md_parse(f->delta, strlen(f->delta), &d, NULL))
		fprintf(stderr, "%s: bad delta \"%s\"\n", r->name, f->delta), r->bad = 1;
	if (f->goal[0] && !goal_parse(f->goal, strlen(f->goal), &g, NULL))
		fprintf(stderr, "%s: bad goal \"%s\"\n", r->name, f->goal), r->bad = 1;
	if (f->value[0])
	{
		strtod(f->value, &end);
		if (*end || strpbrk(f->value, "eE"))
			fprintf(stderr, "%s: bad value \"%s\"\n", r->name, f->value), r->bad = 1;
	}
}

static void
emit(const Fact *f, void *arg)
{
	Run		   *r = arg;

	r->facts++;
	check(r, f);
	if (r->quiet)
		return;
	printf("{\"doc\": ");
	json_str(r->name, strlen(r->name));
	printf(", \"kind\": \"%s\"", kinds[f->kind]);
	printf(", \"subject\": ");
	if (f->subject_len)
		json_str(r->text + f->subject_off, f->subject_len);
	else
		fputs("null", stdout);
	printf(", \"value\": %s", f->value[0] ? f->value : "null");
	field("unit", f->unit);
	field("qualifier", f->qualifier);
	field("delta", f->delta);
	field("goal", f->goal);
	field("period", f->period);
	printf(", \"span\": \"[%ld,%ld)\"", f->span_start + 1, f->span_end + 1);
	printf(", \"sentence\": ");
	if (f->sentence_len)
		json_str(r->text + f->sentence_off, f->sentence_len);
	else
		fputs("null", stdout);
	printf("}\n");
}

/* Read the whole file; a pipe has no size to seek to, so grow as it comes. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0,
				got;

	if (!f)
		return NULL;
	do
	{
		if (n == cap)
		{
			char	   *more = realloc(buf, cap = cap ? 2 * cap : 65536);

			if (!more)
			{
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = more;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f))
	{
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

int
main(int argc, char **argv)
{
	FactDate	date = {2021, 1, 1};
	Run			r;
	FactsOut	out;
	int			i,
				bench = 0,
				repeat = 1;
	const char *name = NULL;

	memset(&r, 0, sizeof(r));
	out.emit = emit;
	out.tick = NULL;
	out.arg = &r;
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--date") == 0 && i + 1 < argc)
		{
			if (sscanf(argv[++i], "%d-%d-%d", &date.year, &date.month, &date.day) != 3)
			{
				fprintf(stderr, "facts_cli: bad date %s\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "--doc") == 0 && i + 1 < argc)
			name = argv[++i];
		else if (strcmp(argv[i], "--bench") == 0)
			bench = 1, r.quiet = 1;
		else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (strcmp(argv[i], "--text") == 0 && i + 1 < argc)
		{
			r.text = argv[++i];
			r.len = strlen(r.text);
			r.name = name ? name : "text";
			facts_extract(r.text, r.len, date, &out);
		}
		else
		{
			size_t		len;
			char	   *buf = slurp(argv[i], &len);
			const char *slash = strrchr(argv[i], '/');
			clock_t		t0;
			int			k;

			if (!buf)
			{
				fprintf(stderr, "facts_cli: cannot read %s\n", argv[i]);
				return 2;
			}
			r.text = buf;
			r.len = len;
			r.name = name ? name : slash ? slash + 1 : argv[i];
			t0 = clock();
			for (k = 0; k < repeat; k++)
				facts_extract(buf, len, date, &out);
			if (bench)
			{
				double		secs = (double) (clock() - t0) / CLOCKS_PER_SEC;

				printf("%s: %.1f MB in %.2f s CPU: %.1f MB/s, %ld facts\n", r.name,
					   (double) len * repeat / 1e6, secs,
					   secs > 0 ? (double) len * repeat / 1e6 / secs : 0.0, r.facts);
			}
			free(buf);
		}
	}
	return r.bad ? 3 : 0;
}
