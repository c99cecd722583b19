/*
 * compat.h — the server versions and builds policy_ext supports.
 */
#ifndef POLICY_EXT_COMPAT_H
#define POLICY_EXT_COMPAT_H

#if PG_VERSION_NUM < 150000
#error "policy_ext needs PostgreSQL 15 or later"
#endif

/* period is eight bytes passed by value: a 32-bit build cannot do that. */
#ifndef USE_FLOAT8_BYVAL
#error "policy_ext needs a 64-bit server (USE_FLOAT8_BYVAL)"
#endif

#endif							/* POLICY_EXT_COMPAT_H */
