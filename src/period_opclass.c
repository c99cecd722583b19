/*
 * period_opclass.c — comparison, sorting, window ranges and hashing.
 *
 * The encoding's signed order is the type's order, so every comparison is an
 * int64 comparison and sort support hands the executor the same signed
 * comparator int8 gets (and with it the specialised radix-free quicksort).
 */
#include "policy_ext.h"

#include "common/hashfn.h"
#include "utils/sortsupport.h"

#define PERIOD_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_PERIOD(0) op PG_GETARG_PERIOD(1)); \
}

PERIOD_CMP_FN(period_eq, ==)
PERIOD_CMP_FN(period_ne, !=)
PERIOD_CMP_FN(period_lt, <)
PERIOD_CMP_FN(period_le, <=)
PERIOD_CMP_FN(period_gt, >)
PERIOD_CMP_FN(period_ge, >=)

PG_FUNCTION_INFO_V1(period_cmp);
Datum
period_cmp(PG_FUNCTION_ARGS)
{
	int64_t		a = PG_GETARG_PERIOD(0);
	int64_t		b = PG_GETARG_PERIOD(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

PG_FUNCTION_INFO_V1(period_larger);
Datum
period_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(Max(PG_GETARG_PERIOD(0), PG_GETARG_PERIOD(1)));
}

PG_FUNCTION_INFO_V1(period_smaller);
Datum
period_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_PERIOD(Min(PG_GETARG_PERIOD(0), PG_GETARG_PERIOD(1)));
}

PG_FUNCTION_INFO_V1(period_sortsupport);
Datum
period_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = ssup_datum_signed_cmp;
	PG_RETURN_VOID();
}

/*
 * in_range(val, base, offset, sub, less) for RANGE n PRECEDING/FOLLOWING:
 * is val <= (or >=) base shifted by offset units of base's frequency?  A
 * shift past either end of the calendar is larger or smaller than any val.
 */
PG_FUNCTION_INFO_V1(period_in_range);
Datum
period_in_range(PG_FUNCTION_ARGS)
{
	int64_t		val = PG_GETARG_PERIOD(0);
	int64_t		base = PG_GETARG_PERIOD(1);
	int32		offset = PG_GETARG_INT32(2);
	bool		sub = PG_GETARG_BOOL(3);
	bool		less = PG_GETARG_BOOL(4);
	int64_t		bound;

	if (offset < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PRECEDING_OR_FOLLOWING_SIZE),
				 errmsg("invalid preceding or following size in window function"),
				 errdetail("The offset must not be negative.")));
	if (!period_shift(base, sub ? -(int64) offset : offset, &bound))
		PG_RETURN_BOOL(sub ? !less : less);
	PG_RETURN_BOOL(less ? val <= bound : val >= bound);
}

/*
 * Hashes are of the value, not of its memory: the two 32-bit halves folded
 * as hashint8 folds a non-negative int8, so they are the same on every
 * platform and pinned by the regression tests (hash partitions depend on it).
 */
static uint32
fold(int64_t p)
{
	return (uint32) p ^ (uint32) (p >> 32);
}

PG_FUNCTION_INFO_V1(period_hash);
Datum
period_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(fold(PG_GETARG_PERIOD(0)));
}

PG_FUNCTION_INFO_V1(period_hash_extended);
Datum
period_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(fold(PG_GETARG_PERIOD(0)), PG_GETARG_INT64(1));
}
