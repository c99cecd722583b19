/*
 * metric_delta.h — a reported change ("+10.1% yoy", "-0.3pp mom",
 * "+2930 yoy"), its text forms and its decimal, in plain C (no postgres.h).
 *
 * The value is a decimal, coef × 10^exp, kept normalised (no trailing zeros
 * in coef; zero is 0 × 10^0) so that equal values have equal fields.  A
 * decimal, not a double: "+0.5pp" + "-0.2pp" must be "+0.3pp" and
 * 100 + "+10.1%" must be 110.1.  See doc/metric_delta.md, "Representation".
 */
#ifndef POLICY_EXT_METRIC_DELTA_H
#define POLICY_EXT_METRIC_DELTA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Kinds, in the type's order. */
typedef enum MetricKind
{
	MK_PERCENT = 1,				/* relative change, in percent */
	MK_PP = 2,					/* percentage points */
	MK_ABSOLUTE = 3				/* the metric's own unit */
} MetricKind;

/* Bases, in the type's order; MB_NONE when the text states none. */
typedef enum MetricBasis
{
	MB_NONE = 0,
	MB_YOY,
	MB_QOQ,
	MB_MOM,
	MB_WOW,
	MB_DOD,
	MB_POP,
	MB_PA,
	MB_CUM,
	MB_BASE
} MetricBasis;

#define MB_LAST MB_BASE

/* Exact input keeps up to 18 digits; computed results are rounded to 15. */
#define MD_MAX_DIGITS	18
#define MD_RESULT_DIGITS 15
#define MD_MAX_EXP		30
#define MD_MIN_EXP		(-30)

/* Longest text: sign, 18 digits, 30 zeros or "0.", 29 zeros, unit, basis. */
#define MD_MAXLEN		96

typedef struct MdDecimal
{
	int64_t		coef;
	int16_t		exp;
} MdDecimal;

/* The 16-byte on-disk value; reserved bytes are zero (recv insists). */
typedef struct MetricDelta
{
	int64_t		coef;
	int16_t		exp;
	uint8_t		kind;
	uint8_t		basis;
	uint8_t		reserved[4];
} MetricDelta;

typedef enum MdStatus
{
	MD_OK = 0,
	MD_BAD_SYNTAX,				/* 22P02 */
	MD_OUT_OF_RANGE,			/* 22003 */
	MD_UNDEFINED				/* growth from or across zero: NULL */
} MdStatus;

typedef struct MdError
{
	MdStatus	status;
	int			offset;
	char		detail[160];
} MdError;

/* decimal */
extern MdDecimal md_normalize(MdDecimal d);
extern MdStatus md_canonical(MdDecimal d, MdDecimal *out);
extern int	md_cmp_decimal(MdDecimal a, MdDecimal b);
extern MdStatus md_round_digits(bool negative, const char *digits, int ndigits,
								int exp, int keep, MdDecimal *out);
extern MdStatus md_decimal_from_text(const char *s, int keep, MdDecimal *out);
extern bool md_decimal_exact(const char *s, MdDecimal *out);
extern MdStatus md_change_decimal(MdDecimal cur, MdDecimal prev, MetricKind kind,
								  MdDecimal *out);
extern MdStatus md_round_u128(bool negative, unsigned __int128 m, int exp,
							  int keep, MdDecimal *out);
extern double md_decimal_double(MdDecimal v);
extern void md_round_text(const char *s, int keep, char *out);
extern int	md_format_decimal(MdDecimal d, char *buf);

/* the type */
extern bool md_valid(const MetricDelta *d);
extern int	md_cmp(const MetricDelta *a, const MetricDelta *b);
extern bool md_parse(const char *s, size_t len, MetricDelta *out, MdError *err);
extern bool md_parse_part(const char *s, size_t start, size_t end,
						  MetricDelta *out, MdError *err);
extern int	md_format(const MetricDelta *d, char *buf);
extern const char *md_kind_name(MetricKind k);
extern const char *md_basis_name(MetricBasis b);
extern bool md_kind_from_text(const char *s, size_t len, MetricKind *out);
extern bool md_basis_from_text(const char *s, size_t len, MetricBasis *out);

#endif							/* POLICY_EXT_METRIC_DELTA_H */
