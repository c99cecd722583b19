/*
 * sdmx.h — an SDMX-ML data message read as a stream of observations, in
 * plain C over libxml2's pull reader (no postgres.h): the state machine is
 * fuzzed and replayed outside the server.  See doc/sdmx.md.
 *
 * The caller creates the xmlTextReader (from memory or from a file read in
 * chunks), hands it to sdmx_read() with an observation callback, and frees
 * it.  Every string the callback sees lives until the callback returns.
 */
#ifndef POLICY_EXT_SDMX_H
#define POLICY_EXT_SDMX_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/xmlreader.h>

typedef enum SdmxFormat
{
	SDMX_UNKNOWN = 0,
	SDMX_GENERIC,				/* 2.0 GenericData, 2.1 GenericData / GenericTimeSeriesData */
	SDMX_COMPACT,				/* 2.0 CompactData, 2.0 UtilityData */
	SDMX_STRUCTURE_SPECIFIC,	/* 2.1 (TimeSeries) and 3.0 StructureSpecificData */
	SDMX_CROSS_SECTIONAL		/* 2.0 CrossSectionalData */
} SdmxFormat;

typedef struct SdmxPair
{
	const char *name;
	const char *value;
} SdmxPair;

typedef struct SdmxObs
{
	const char *dataset;		/* "" when the message names none */
	const char *series_key;		/* dimension values joined with "." */
	const SdmxPair *dims;		/* series, then observation dimensions */
	int			ndims;
	const char *time_period;	/* raw text, NULL when missing */
	const char *value;			/* raw OBS_VALUE, NULL when missing */
	const SdmxPair *attrs;		/* dataset, group, series, obs: later wins */
	int			nattrs;

	/*
	 * The observations of a time series share their first nseries_dims dims
	 * and first nseries_attrs attrs (the series', its groups' and the
	 * dataset's): a caller may prepare those once per series.  series names
	 * that shared part and changes whenever it does.  Both counts are 0 when
	 * the observation overrides a shared name or has dimensions of its own.
	 */
	unsigned long series;
	int			nseries_dims;
	int			nseries_attrs;
} SdmxObs;

typedef enum SdmxStatus
{
	SDMX_OK = 0,
	SDMX_XML,					/* malformed XML: 2200M, with the line */
	SDMX_NOT_DATA,				/* XML, but no SDMX data message: 22023 */
	SDMX_LIMIT,					/* a name, value or key too long: 54000 */
	SDMX_STOPPED				/* the callback asked to stop */
} SdmxStatus;

typedef struct SdmxError
{
	SdmxStatus	status;
	int			line;
	char		detail[256];
} SdmxError;

/* Return false to stop the read (the callback has failed). */
typedef bool (*SdmxObsFn) (void *arg, const SdmxObs *obs);

/* Memory, from the caller: in the backend a memory context, else malloc. */
typedef struct SdmxAlloc
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *(*realloc) (void *ctx, void *p, size_t size);
	void		(*free) (void *ctx, void *p);
	void	   *ctx;
} SdmxAlloc;

typedef struct SdmxCallbacks
{
	SdmxObsFn	observation;
	void		(*tick) (void *arg);	/* between reads: interrupts */
	void	   *arg;
} SdmxCallbacks;

/* Longest name or value kept; longer is an error, never a cut. */
#define SDMX_MAX_TEXT	65536

/* Most dimensions or attributes on one level (real messages have dozens). */
#define SDMX_MAX_PAIRS	10000

/*
 * The dimension a 2.0 cross-sectional measure's name goes to: the DSD names
 * the measure dimension, the message does not (doc/sdmx.md, "Formats").
 */
#define SDMX_MEASURE_DIM "MEASURE"

/* The reader's parser options: no network, no entities, no DTD. */
#define SDMX_XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT)

extern SdmxStatus sdmx_read(xmlTextReaderPtr reader, const SdmxCallbacks *cb,
							const SdmxAlloc *mem, SdmxFormat *format,
							SdmxError *err);
extern const char *sdmx_format_name(SdmxFormat f);

#endif							/* POLICY_EXT_SDMX_H */
