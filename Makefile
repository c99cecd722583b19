# policy_ext — PGXS build.  `make test` and `make demo` set up everything
# they need (see README.md); the targets below are the PGXS conventions.

EXTENSION  = policy_ext
# One source for the version: the control file.
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" policy_ext.control)

MODULE_big = policy_ext
OBJS = src/policy_ext.o \
       src/period.o src/period_opclass.o src/period_parse.o src/period_calendar.o \
       src/metric_delta.o src/metric_delta_parse.o src/growth.o \
       src/policy_goal.o src/policy_goal_parse.o src/goal_rules.o src/goal_assess.o \
       src/sdmx.o src/sdmx_parse.o \
       src/html_to_text.o src/html_to_text_walk.o \
       src/extract_facts.o $(patsubst %.c,%.o,$(sort $(wildcard src/facts_*.c)))

# The install script is built from one fragment per capability, in order.
FRAGMENTS  = scripts/header.sql scripts/period.sql scripts/metric_delta.sql scripts/growth.sql \
             scripts/policy_goal.sql scripts/goal_assess.sql scripts/sdmx.sql \
             scripts/html_to_text.sql scripts/extract_facts.sql
DATA_built = policy_ext--$(EXTVERSION).sql
# Upgrade steps, and the full scripts of earlier releases (for the upgrade test).
DATA = $(wildcard scripts/updates/policy_ext--*--*.sql) \
       $(wildcard scripts/releases/policy_ext--*.sql)
HEADERS = src/period.h src/metric_delta.h src/policy_goal.h

# pg_regress: inputs in sql/, expected outputs in expected/ (as ip4r); every
# test file stands alone, so the suite is simply every file in sql/.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# -Wextra's unused-parameter fires on every PG_FUNCTION_ARGS that only uses
# some arguments and on server headers; the rest of -Wextra stays on.
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
PG_CPPFLAGS = -I$(srcdir)/src $(shell xml2-config --cflags)
# SDMX-ML import reads with libxml2 (as the server's own xml type does).
SHLIB_LINK = $(shell xml2-config --libs)

EXTRA_CLEAN = test/fuzz/build

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

policy_ext--$(EXTVERSION).sql: $(FRAGMENTS) policy_ext.control
	cat $(FRAGMENTS) > $@

.PHONY: test demo bench fuzz sqlsmith setup sdmx-conformance score
setup:
	bash test/setup.sh
test:
	bash test/run.sh
demo:
	bash demo/run.sh
bench:
	bash test/bench/run.sh
fuzz:
	bash test/fuzz/run.sh
sqlsmith:
	bash test/sqlsmith.sh
# Every SDMX-ML message in a directory (default ../shared/sdmx-samples): counts.
sdmx-conformance:
	bash test/sdmx/conformance.sh $(SDMX_DIR)
# extract_facts over ../shared/seeds (or SHARED_DIR=…), scored by its score_facts.py.
score:
	bash test/facts/score_seeds.sh
