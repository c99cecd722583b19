/*
 * policy_goal.h — an announced target (">= 80000 by 2023", "< 0% yoy in
 * 2021", ">= 7% pa by 2025 from 2020"), its text form, and the rules that
 * score it against a baseline and a latest observation.  Plain C, no
 * postgres.h: the parser is fuzzed outside the server.
 *
 * The value is a varlena (goals will grow fields, see DESIGN.md §3) whose
 * first byte after the header is a format version.  Version 1 is a fixed
 * 72-byte layout with no implicit padding; every unused byte is zero, so
 * equal goals are equal bytes and hash alike.
 */
#ifndef POLICY_EXT_POLICY_GOAL_H
#define POLICY_EXT_POLICY_GOAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "metric_delta.h"
#include "period.h"

#define GOAL_VERSION	1

/* Comparators, in the type's order. */
typedef enum GoalComparator
{
	GC_GE = 1,
	GC_GT,
	GC_LE,
	GC_LT,
	GC_EQ,
	GC_APPROX,
	GC_BETWEEN
} GoalComparator;

/* flags */
#define GF_BY			0x01	/* "by P" (else "in P") */
#define GF_BASE_PERIOD	0x02	/* "from P" */
#define GF_BASE_VALUE	0x04	/* "from V in P" */
#define GF_TOLERANCE	0x08	/* explicit "±x" */
#define GF_ALL			0x0F

/* The slots of coef[] and exp[]. */
#define GS_TARGET	0
#define GS_UPPER	1			/* "between": the upper end */
#define GS_TOL		2
#define GS_BASE		3

typedef struct PolicyGoal
{
	char		vl_len_[4];		/* varlena header, the fmgr layer's */
	uint8_t		version;
	uint8_t		comparator;		/* GoalComparator */
	uint8_t		flags;
	uint8_t		kind;			/* 0: a level; else the MetricKind of a change */
	uint8_t		basis;			/* MetricBasis of a change */
	uint8_t		reserved[7];
	int64_t		deadline;		/* period */
	int64_t		base_period;	/* period, 0 without GF_BASE_PERIOD */
	int64_t		coef[4];		/* decimals: coef × 10^exp, see GS_* */
	int16_t		exp[4];
} PolicyGoal;

/* Longest text: comparator, two targets, tolerance, two periods, baseline. */
#define GOAL_MAXLEN		(3 * MD_MAXLEN + 4 * PERIOD_MAXLEN + 64)

typedef enum GoalStatus
{
	GOAL_OK = 0,
	GOAL_BAD_SYNTAX,			/* 22P02 */
	GOAL_OUT_OF_RANGE			/* 22003 */
} GoalStatus;

typedef struct GoalError
{
	GoalStatus	status;
	char		detail[200];
} GoalError;

/* --- the value (policy_goal_parse.c) ----------------------------------- */

extern bool goal_parse(const char *s, size_t len, PolicyGoal *out, GoalError *err);
extern int	goal_format(const PolicyGoal *g, char *buf);
extern bool goal_valid(const PolicyGoal *g);
extern int	goal_cmp(const PolicyGoal *a, const PolicyGoal *b);
extern const char *goal_comparator_name(GoalComparator c);

static inline MdDecimal
goal_decimal(const PolicyGoal *g, int slot)
{
	MdDecimal	d = {g->coef[slot], g->exp[slot]};

	return d;
}

/* A change over the baseline (pa, cum): measured on levels. */
static inline bool
goal_over_baseline(const PolicyGoal *g)
{
	return g->kind != 0 && (g->basis == MB_PA || g->basis == MB_CUM);
}

/* The tolerance of "~": explicit, or half a unit of the last stated digit. */
extern MdDecimal goal_tolerance(const PolicyGoal *g);

/* --- scoring (goal_rules.c) -------------------------------------------- */

/*
 * What a value must be to meet the goal: lo ≤ v ≤ hi, with open ends and
 * strict bounds as flagged.  Exact decimals for stated targets; doubles for
 * the level a pa/cum change leads to (exact is then false).
 */
typedef struct GoalRange
{
	bool		has_lo,
				lo_strict,
				has_hi,
				hi_strict;
	bool		exact;
	MdDecimal	lo,
				hi;
	double		lo_d,
				hi_d;
	double		target;			/* G as a double (the nearer end for between) */
} GoalRange;

typedef enum GoalState
{
	GS_ACHIEVED = 0,
	GS_ON_TRACK,
	GS_BEHIND,
	GS_OFF_TRACK,
	GS_REGRESSING,
	GS_MISSED,
	GS_INSUFFICIENT
} GoalState;

#define GS_NSTATES 7

typedef enum GoalMethod
{
	GM_STATCAN = 0,
	GM_UNSD,
	GM_PRORATA
} GoalMethod;

/* An observation: a period and its value (exact: its shortest decimal). */
typedef struct GoalObs
{
	int64_t		period;
	double		value;
	MdDecimal	exact;
} GoalObs;

typedef struct GoalAssessment
{
	GoalState	status;
	char		reason[256];
	bool		has_ratio,
				has_progress,
				has_base,
				has_latest,
				has_observed,
				has_required,
				has_projected,
				has_met;
	double		ratio,
				progress,
				observed_pace,	/* percent per year */
				required_pace,
				projected;
	GoalObs		base,
				latest;
	bool		met;
} GoalAssessment;

extern const char *goal_state_name(GoalState s);
extern bool goal_method_from_text(const char *s, size_t len, GoalMethod *out);

extern void goal_stated_range(const PolicyGoal *g, GoalRange *r);
extern bool goal_range(const PolicyGoal *g, const GoalObs *base, GoalRange *r);
extern bool goal_range_admits(const GoalRange *r, int clo, int chi);
extern bool goal_range_met(const GoalRange *r, MdDecimal v, double vd);

/* Years from the end of period a to the end of period b (a month is 1/12). */
extern double goal_years_between(int64_t a, int64_t b);
extern double goal_year_position(int64_t p);

extern void goal_assess_obs(const PolicyGoal *g, const GoalObs *base,
							const GoalObs *latest, GoalMethod m,
							GoalAssessment *out);
extern double goal_progress_of(const PolicyGoal *g, const GoalRange *r,
							   const GoalObs *base, double current, bool *defined);
extern bool goal_required_pace_of(const GoalRange *r, int64_t deadline,
								  int64_t cur_period, double current,
								  double *pct);

/*
 * A series reduced to the observations the rules can use (doc: goal_track):
 * each candidate is the best observation under its own order, so that rows
 * can arrive in any order and partial series merge.  `conflict` marks a
 * candidate whose period came twice with different values.
 */
typedef struct GoalCandidate
{
	bool		has;
	bool		conflict;
	GoalObs		obs;
} GoalCandidate;

typedef enum GoalSlot
{
	GC_FIRST = 0,				/* ends first */
	GC_LATEST,					/* ends last */
	GC_AT_BASE,					/* covers the baseline period */
	GC_AFTER_BASE,				/* ends first, no earlier than the baseline */
	GC_AT_DEADLINE,				/* covers the deadline period ("in") */
	GC_INSIDE_DEADLINE,			/* year to date inside it, ends last */
	GC_NSLOTS
} GoalSlot;

typedef struct GoalSeries
{
	GoalCandidate slot[GC_NSLOTS];
} GoalSeries;

extern void goal_series_add(GoalSeries *s, const PolicyGoal *g, int64_t period,
							double value);
extern void goal_series_merge(GoalSeries *into, const GoalSeries *from);
extern bool goal_series_pick(const GoalSeries *s, const PolicyGoal *g,
							 const GoalObs **base, const GoalObs **latest,
							 int64_t *conflict);

/* Rounded to 0.01 of a percentage point, as the paces are reported. */
extern MdDecimal goal_pace_decimal(double pct);

#endif							/* POLICY_EXT_POLICY_GOAL_H */
