/*
 * fuzz_check.h — what every harness does when an invariant breaks: say
 * where and what, show the input in hex and as text, and abort(), which
 * libFuzzer and test/fuzz/replay.sh both report.  Define FUZZ_NAME before
 * including; set cur_data and cur_size at the top of LLVMFuzzerTestOneInput.
 */
#ifndef POLICY_EXT_FUZZ_CHECK_H
#define POLICY_EXT_FUZZ_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint8_t *cur_data;
static size_t cur_size;

static void fail(const char *file, int line, const char *cond, const char *fmt,...)
			__attribute__((format(printf, 4, 5), noreturn));

static void
fail(const char *file, int line, const char *cond, const char *fmt,...)
{
	va_list		ap;
	size_t		i;

	fprintf(stderr, "\n" FUZZ_NAME ": invariant failed at %s:%d: %s\n  ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n  input (%zu bytes):", cur_size);
	for (i = 0; i < cur_size && i < 96; i++)
		fprintf(stderr, " %02x", cur_data[i]);
	fprintf(stderr, "%s\n  as text: \"", cur_size > 96 ? " ..." : "");
	for (i = 0; i < cur_size && i < 96; i++)
		fputc(cur_data[i] >= 0x20 && cur_data[i] < 0x7F ? cur_data[i] : '.', stderr);
	fprintf(stderr, "\"\n");
	abort();
}

#define CHECK(cond, ...) \
	do { if (!(cond)) fail(__FILE__, __LINE__, #cond, __VA_ARGS__); } while (0)

/* Is group one of the comma-separated names in list (an environment knob)? */
static inline bool
in_list(const char *list, const char *group)
{
	const char *p = list;
	size_t		n = strlen(group);

	while (p && (p = strstr(p, group)) != NULL)
	{
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return true;
		p += n;
	}
	return false;
}

#endif							/* POLICY_EXT_FUZZ_CHECK_H */
