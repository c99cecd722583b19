/*
 * replay_main.c — run a libFuzzer harness over files, without libFuzzer.
 *
 *     replay [-v] [-n NAME] PATH...
 *
 * Links with any *_fuzz.c (it only needs LLVMFuzzerTestOneInput) and with
 * gcc or clang, sanitized or not, so that the corpus can be replayed by
 * `make test` and under valgrind.  Each PATH is a file or a directory (its
 * regular files, in name order, not recursing).  Every input is read into a
 * heap buffer of exactly its size, so reading past the end is caught by
 * ASan or valgrind as it would be under libFuzzer.
 *
 * Output is TAP: one "ok N - corpus DIR: K inputs" line per directory and
 * one "ok N - files: K inputs" line for the files named one by one.  A
 * harness that finds a broken invariant abort()s, so the process dies and
 * prints nothing more: test/fuzz/replay.sh turns that into "not ok" and
 * names the input.  With -v the name of each input goes to stderr before it
 * runs ("replay: PATH"), so the last such line before a crash names it.
 * -n NAME replaces the path shown in the TAP line.
 *
 * Exit status: 0 when every input ran, 2 on a usage or I/O error.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int	verbose;
static int	io_errors;

static int
run_file(const char *path)
{
	FILE	   *fp = fopen(path, "rb");
	struct stat st;
	uint8_t    *buf;
	size_t		size,
				got;

	if (fp == NULL || fstat(fileno(fp), &st) != 0)
	{
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		if (fp)
			fclose(fp);
		io_errors++;
		return 0;
	}
	size = (size_t) st.st_size;
	/* malloc(0) may give NULL; libFuzzer passes a valid pointer for size 0. */
	buf = malloc(size > 0 ? size : 1);
	if (buf == NULL)
	{
		fprintf(stderr, "replay: %s: out of memory\n", path);
		exit(2);
	}
	got = size > 0 ? fread(buf, 1, size, fp) : 0;
	fclose(fp);
	if (got != size)
	{
		fprintf(stderr, "replay: %s: short read\n", path);
		free(buf);
		io_errors++;
		return 0;
	}
	if (verbose)
	{
		fprintf(stderr, "replay: %s\n", path);
		fflush(stderr);
	}
	LLVMFuzzerTestOneInput(buf, size);
	free(buf);
	return 1;
}

static int
skip_entry(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

static int
run_dir(const char *dir)
{
	struct dirent **names;
	int			n,
				i,
				count = 0;

	n = scandir(dir, &names, skip_entry, alphasort);
	if (n < 0)
	{
		fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
		io_errors++;
		return 0;
	}
	for (i = 0; i < n; i++)
	{
		char		path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			count += run_file(path);
		free(names[i]);
	}
	free(names);
	return count;
}

int
main(int argc, char **argv)
{
	const char *name = NULL;
	int			tap = 0,
				loose = 0,
				i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++)
	{
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			name = argv[++i];
		else if (strcmp(argv[i], "--") == 0)
		{
			i++;
			break;
		}
		else
		{
			fprintf(stderr, "usage: %s [-v] [-n NAME] FILE-OR-DIR...\n", argv[0]);
			return 2;
		}
	}
	if (i == argc)
	{
		fprintf(stderr, "usage: %s [-v] [-n NAME] FILE-OR-DIR...\n", argv[0]);
		return 2;
	}
	for (; i < argc; i++)
	{
		struct stat st;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
		{
			int			k = run_dir(argv[i]);

			printf("ok %d - corpus %s: %d inputs\n", ++tap, name ? name : argv[i], k);
			fflush(stdout);
		}
		else
			loose += run_file(argv[i]);
	}
	if (loose > 0)
		printf("ok %d - %s: %d inputs\n", ++tap, name ? name : "files", loose);
	printf("1..%d\n", tap);
	return io_errors ? 2 : 0;
}
