/*
 * policy_ext.c — the module's magic block; everything else lives in the
 * file named for its type or capability.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
