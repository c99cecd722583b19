/*
 * sdmx_parse.c — the SDMX-ML state machine: libxml2's pull reader walks the
 * message once, and each observation goes to a callback with its dataset,
 * series key, dimensions and attributes.  Plain C, no postgres.h.
 *
 * One machine serves the generic messages (keys and attributes as <Value>
 * children) and the compact / structure-specific ones (keys and attributes
 * as XML attributes): a Series or Obs element may carry both, and a
 * MessageGroup may mix them.  What is a dimension and what an attribute is
 * explicit in the generic form; in the others it takes the data structure
 * definition, which the message does not carry, so the names of the SDMX
 * cross-domain attributes decide (doc/sdmx.md, "Dimensions or attributes").
 *
 * Memory: every buffer comes from the caller's allocator and is reused from
 * series to series, so memory stays flat whatever the message's size.
 */
#include <stdio.h>
#include <string.h>

#include "parse_text.h"
#include "sdmx.h"

/* --- a list of name/value pairs, strings in one buffer ------------------ */

/*
 * A name is a string of libxml2's dictionary (xmlTextReaderConstString):
 * equal names are one pointer, so lookups compare addresses and names are
 * never copied.  Values are copied into buf.
 */
typedef struct Pair
{
	const char *name;
	size_t		off,			/* the value, in buf */
				len;
} Pair;

typedef struct Pairs
{
	Pair	   *item;
	int			n,
				cap;
	char	   *buf;
	size_t		len,
				size;
} Pairs;

/* Names the machine looks for, interned once per message. */
typedef struct Names
{
	const char *empty,
			   *Header,
			   *DataSet,
			   *Group,
			   *Series,
			   *Section,
			   *Obs,
			   *SeriesKey,
			   *GroupKey,
			   *ObsKey,
			   *Attributes,
			   *Key,
			   *Value,
			   *ObsDimension,
			   *ObsValue,
			   *Time,
			   *DataSetID,
			   *KeyFamilyRef,
			   *Structure,
			   *Annotations,
			   *OBS_VALUE,
			   *TIME_PERIOD,
			   *TIME,
			   *MEASURE,
			   *id,
			   *concept,
			   *value,
			   *type,
			   *dimensionAtObservation,
			   *structureID,
			   *AllDimensions;
	const char *cog[40];		/* the cross-domain attribute names */
	int			ncog;
} Names;

/* Keys of the machine's own one-entry lists: unique by address. */
static const char K_TIME[] = "time";
static const char K_VALUE[] = "value";
static const char K_ID[] = "id";
static const char K_TEXT[] = "text";

typedef struct Group
{
	Pairs		key;
	Pairs		attrs;
} Group;

typedef enum Level
{
	L_DATASET = 0,
	L_GROUP,
	L_SERIES,
	L_OBS
} Level;

typedef enum Box
{
	B_NONE = 0,
	B_KEY,						/* SeriesKey, GroupKey, ObsKey */
	B_ATTRS,					/* Attributes */
	B_UTILITY_KEY				/* 2.0 utility <Key>: one element per dimension */
} Box;

typedef enum Text
{
	T_NONE = 0,
	T_TIME,						/* 2.0 generic <Time> */
	T_DATASET_ID,				/* header <DataSetID>, 2.0 <KeyFamilyRef> */
	T_ELEMENT					/* utility: a dimension, time or value element */
} Text;

typedef struct Machine
{
	const SdmxCallbacks *cb;
	const SdmxAlloc *mem;
	SdmxError  *err;
	SdmxFormat	format;
	bool		failed;

	Names		nm;
	bool		interned;		/* the reader's names are dictionary strings */
	const char *dim_at_obs;		/* from the header; NULL = time */
	bool		flat;			/* dimensionAtObservation="AllDimensions" */
	Pairs		header_id;		/* the header's best name for the dataset */
	int			header_rank;	/* DataSetID 0, Structure/@structureID 1, KeyFamilyRef 2 */
	Pairs		ds_ref;			/* a 2.0 DataSet's own <KeyFamilyRef> */
	bool		in_header;
	bool		group_open;		/* a Group read but not yet registered */
	bool		utility;		/* 2.0 UtilityData */
	bool		in_utility_group;	/* a utility Group holds its series */
	bool		cross;			/* 2.0 CrossSectionalData */
	int			xs_dataset,		/* depth of the open DataSet, Group, */
				xs_group,		/* Section; -1 when none is open */
				xs_section;
	Pairs		xs_ds_dims;		/* dimensions stated on the DataSet */
	const char *element;		/* the T_ELEMENT being read */
	Pairs		dataset_id;
	Pairs		ds_attrs;
	Group	   *groups;
	int			ngroups,
				cap_groups;
	Group		group;			/* the one being read */
	Pairs		series_dims,
				series_attrs,
				obs_dims,
				obs_attrs,
				obs_fields,		/* K_TIME, K_VALUE */
				scratch;		/* the XML attributes of a <Value> … */
	Pairs		out_dims,
				out_attrs,
				key;
	/* what every observation of the series shares, built once per series */
	bool		base_valid;
	unsigned long base_serial;	/* bumped at every rebuild of base_* */
	Pairs		base_dims,
				base_attrs,
				base_key;
	Level		level;
	Level		obs_outer;		/* where the Obs being read sits */
	Box			box;
	Text		text;
	Pairs		text_buf;
	SdmxPair   *view;
	int			view_cap;
} Machine;

static void *
grow(Machine *m, void *p, size_t size)
{
	void	   *q = p ? m->mem->realloc(m->mem->ctx, p, size)
		: m->mem->alloc(m->mem->ctx, size);

	return q;
}

static void
pairs_reset(Pairs *p)
{
	p->n = 0;
	p->len = 0;
}

static bool
too_long(Machine *m, size_t n)
{
	if (n <= SDMX_MAX_TEXT)
		return false;
	if (!m->failed)
	{
		m->err->status = SDMX_LIMIT;
		snprintf(m->err->detail, sizeof(m->err->detail),
				 "A name or value of %zu bytes is longer than the %d bytes policy_ext keeps.",
				 n, SDMX_MAX_TEXT);
	}
	m->failed = true;
	return true;
}

static size_t
put_string(Machine *m, Pairs *p, const char *s, size_t len)
{
	size_t		n = len + 1,
				at = p->len;

	if (p->len + n > p->size)
	{
		size_t		size = p->size ? p->size : 256;

		while (size < p->len + n)
			size *= 2;
		p->buf = grow(m, p->buf, size);
		p->size = size;
	}
	memcpy(p->buf + at, s, len);
	p->buf[at + len] = '\0';
	p->len += n;
	return at;
}

static const char *
pair_name(const Pairs *p, int i)
{
	return p->item[i].name;
}

static const char *
pair_value(const Pairs *p, int i)
{
	return p->buf + p->item[i].off;
}

static int
pairs_find(const Pairs *p, const char *name)
{
	int			i;

	for (i = 0; i < p->n; i++)
		if (p->item[i].name == name)
			return i;
	return -1;
}

/* Add, or replace the value of a name already there (the later wins). */
static void
pairs_set_len(Machine *m, Pairs *p, const char *name, const char *value, size_t len)
{
	int			i;

	if (too_long(m, len))
		return;
	i = pairs_find(p, name);
	if (i >= 0 && len <= p->item[i].len)
	{
		/* the same name again: the value in place, so repeats do not pile up */
		memcpy(p->buf + p->item[i].off, value, len);
		p->buf[p->item[i].off + len] = '\0';
		p->item[i].len = len;
		return;
	}
	if (i < 0)
	{
		if (too_long(m, strlen(name)))
			return;
		if (p->n >= SDMX_MAX_PAIRS)
		{
			if (!m->failed)
			{
				m->err->status = SDMX_LIMIT;
				snprintf(m->err->detail, sizeof(m->err->detail),
						 "An element has more than %d dimensions or attributes.", SDMX_MAX_PAIRS);
			}
			m->failed = true;
			return;
		}
		if (p->n == p->cap)
		{
			p->cap = p->cap ? 2 * p->cap : 16;
			p->item = grow(m, p->item, sizeof(Pair) * p->cap);
		}
		i = p->n++;
		p->item[i].name = name;
	}
	p->item[i].off = put_string(m, p, value, len);
	p->item[i].len = len;
}

static void
pairs_set(Machine *m, Pairs *p, const char *name, const char *value)
{
	pairs_set_len(m, p, name, value, strlen(value));
}

/* Drop a name (its strings stay in the buffer until the next reset). */
static void
pairs_remove(Pairs *p, const char *name)
{
	int			i = pairs_find(p, name);

	if (i < 0)
		return;
	memmove(p->item + i, p->item + i + 1, sizeof(Pair) * (p->n - i - 1));
	p->n--;
}

static void
pairs_copy(Machine *m, Pairs *to, const Pairs *from)
{
	int			i;

	for (i = 0; i < from->n; i++)
		pairs_set_len(m, to, pair_name(from, i), pair_value(from, i), from->item[i].len);
}

/* to := from, wholesale: the offsets hold, being relative to the buffer. */
static void
pairs_assign(Machine *m, Pairs *to, const Pairs *from)
{
	if (from->n > to->cap)
	{
		to->cap = from->n;
		to->item = grow(m, to->item, sizeof(Pair) * to->cap);
	}
	if (from->len > to->size)
	{
		to->size = from->len;
		to->buf = grow(m, to->buf, to->size);
	}
	if (from->n > 0)
		memcpy(to->item, from->item, sizeof(Pair) * from->n);
	if (from->len > 0)
		memcpy(to->buf, from->buf, from->len);
	to->n = from->n;
	to->len = from->len;
}

static void
pairs_free(Machine *m, Pairs *p)
{
	if (p->item)
		m->mem->free(m->mem->ctx, p->item);
	if (p->buf)
		m->mem->free(m->mem->ctx, p->buf);
	memset(p, 0, sizeof(*p));
}

/* --- names ----------------------------------------------------------------- */

/*
 * SDMX cross-domain attributes (Content-Oriented Guidelines) that compact
 * and structure-specific messages carry as XML attributes of Series and Obs
 * elements: without the DSD these names are what tells them from dimensions.
 */
static const char *const cog_names[] = {
	"BASE_PER", "BREAKS", "COLLECTION", "COMMENT_DSET", "COMMENT_OBS",
	"COMMENT_TS", "COMPILATION", "CONF_STATUS", "COVERAGE", "DATA_COMP",
	"DECIMALS", "DOM_SER_IDS",
	"EMBARGO_TIME", "NAT_TITLE", "OBS_COM", "OBS_CONF", "OBS_PRE_BREAK",
	"OBS_STATUS", "PUBL_ECB", "PUBL_MU", "PUBL_PUBLIC", "SOURCE_AGENCY",
	"SOURCE_PUB", "TIME_FORMAT", "TIME_PER_COLLECT", "TITLE", "TITLE_COMPL",
	"UNIT", "UNIT_INDEX_BASE", "UNIT_MEASURE", "UNIT_MULT"
};

/*
 * A string of the reader's dictionary.  The dictionary is capped (libxml2's
 * 10 MB for names, without XML_PARSE_HUGE): past that, NULL, and an error.
 */
static const char *
intern(Machine *m, xmlTextReaderPtr r, const char *s)
{
	const xmlChar *d = xmlTextReaderConstString(r, (const xmlChar *) s);

	if (d != NULL)
		return (const char *) d;
	if (!m->failed)
	{
		m->err->status = SDMX_LIMIT;
		snprintf(m->err->detail, sizeof(m->err->detail), "%s",
				 "The message has more distinct names than libxml2's dictionary holds.");
	}
	m->failed = true;
	return "";
}

static void
names_init(Machine *m, xmlTextReaderPtr r)
{
	Names	   *n = &m->nm;
	size_t		i;

#define NAME(f) n->f = intern(m, r, #f)
	n->empty = intern(m, r, "");
	NAME(Header);
	NAME(DataSet);
	NAME(Group);
	NAME(Series);
	NAME(Section);
	NAME(Obs);
	NAME(SeriesKey);
	NAME(GroupKey);
	NAME(ObsKey);
	NAME(Attributes);
	NAME(Key);
	NAME(Value);
	NAME(ObsDimension);
	NAME(ObsValue);
	NAME(Time);
	NAME(DataSetID);
	NAME(KeyFamilyRef);
	NAME(Structure);
	NAME(Annotations);
	NAME(OBS_VALUE);
	NAME(TIME_PERIOD);
	NAME(TIME);
	n->MEASURE = intern(m, r, SDMX_MEASURE_DIM);
	NAME(id);
	NAME(concept);
	NAME(value);
	NAME(type);
	NAME(dimensionAtObservation);
	NAME(structureID);
	NAME(AllDimensions);
#undef NAME
	n->ncog = 0;
	for (i = 0; i < sizeof(cog_names) / sizeof(cog_names[0]); i++)
		n->cog[n->ncog++] = intern(m, r, cog_names[i]);
}

/*
 * The current node's local name, as a dictionary string.  libxml2 builds
 * element and attribute names from the same dictionary (the reader checks
 * this once, at the root): then the name is returned as it is.
 */
static const char *
local(Machine *m, xmlTextReaderPtr r)
{
	const xmlChar *n = xmlTextReaderConstLocalName(r);

	if (n == NULL)
		return m->nm.empty;
	return m->interned ? (const char *) n : intern(m, r, (const char *) n);
}

static bool
is_time_name(const Machine *m, const char *name)
{
	return name == m->nm.TIME_PERIOD || name == m->nm.TIME;
}

static bool
is_attribute_name(const Machine *m, const char *name)
{
	int			i;

	for (i = 0; i < m->nm.ncog; i++)
		if (name == m->nm.cog[i])
			return true;
	return false;
}

/* XML attributes of a DataSet element that describe the message, not data. */
static bool
is_dataset_meta(const char *name)
{
	static const char *const names[] = {
		"action", "keyFamilyURI", "datasetID", "dataProviderSchemeAgencyId",
		"dataProviderSchemeId", "dataProviderID", "dataflowAgencyID",
		"dataflowID", "publicationPeriod", "publicationYear",
		"reportingBeginDate", "reportingEndDate", "validFromDate",
		"validToDate", "structureRef", "setID", "dataScope", "ID"
	};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

/* --- the observation ------------------------------------------------------- */

/* A group applies to a series whose dimensions agree with its key. */
static bool
group_matches(const Group *g, const Pairs *dims)
{
	int			i,
				j,
				shared = 0;

	for (i = 0; i < g->key.n; i++)
	{
		j = pairs_find(dims, pair_name(&g->key, i));
		if (j < 0)
			return false;
		if (strcmp(pair_value(dims, j), pair_value(&g->key, i)) != 0)
			return false;
		shared++;
	}
	return shared > 0;
}

/*
 * A compact group carries its key and its attributes alike as XML
 * attributes: the names that are dimensions of the series are its key.
 */
static bool
compact_group_matches(Machine *m, const Group *g, const Pairs *dims, Pairs *attrs_out)
{
	int			i,
				j,
				shared = 0;

	for (i = 0; i < g->attrs.n; i++)
	{
		j = pairs_find(dims, pair_name(&g->attrs, i));
		if (j < 0)
			continue;
		if (strcmp(pair_value(dims, j), pair_value(&g->attrs, i)) != 0)
			return false;
		shared++;
	}
	if (shared == 0)
		return false;
	for (i = 0; i < g->attrs.n; i++)
		if (pairs_find(dims, pair_name(&g->attrs, i)) < 0)
			pairs_set(m, attrs_out, pair_name(&g->attrs, i), pair_value(&g->attrs, i));
	return true;
}

/* The pairs, as the callback sees them, at offset in m->view. */
static void
view_of(Machine *m, const Pairs *p, int offset)
{
	int			i;

	if (offset + p->n > m->view_cap)
	{
		m->view_cap = 2 * (offset + p->n) + 16;
		m->view = grow(m, m->view, sizeof(SdmxPair) * m->view_cap);
	}
	for (i = 0; i < p->n; i++)
	{
		m->view[offset + i].name = pair_name(p, i);
		m->view[offset + i].value = pair_value(p, i);
	}
}

/* The dimension values but time, joined with "." into key. */
static void
make_key(Machine *m, const Pairs *dims, Pairs *key)
{
	size_t		need = 1,
				len = 0;
	int			i;
	char	   *k;

	for (i = 0; i < dims->n; i++)
		need += dims->item[i].len + 1;
	if (need > key->size)
	{
		key->buf = grow(m, key->buf, need);
		key->size = need;
	}
	k = key->buf;
	for (i = 0; i < dims->n; i++)
	{
		const char *v = pair_value(dims, i);
		size_t		n = dims->item[i].len;

		if (is_time_name(m, pair_name(dims, i)))
			continue;
		if (len > 0)
			k[len++] = '.';
		memcpy(k + len, v, n);
		len += n;
	}
	k[len] = '\0';
}

/* Dataset, groups, series: the attributes that apply to these dimensions. */
static void
merge_attrs(Machine *m, const Pairs *dims, Pairs *attrs)
{
	int			i;

	pairs_reset(attrs);
	pairs_copy(m, attrs, &m->ds_attrs);
	for (i = 0; i < m->ngroups; i++)
	{
		Group	   *g = &m->groups[i];

		if (g->key.n > 0 && group_matches(g, dims))
			pairs_copy(m, attrs, &g->attrs);
		else if (g->key.n == 0)
			compact_group_matches(m, g, dims, attrs);
	}
	pairs_copy(m, attrs, &m->series_attrs);
}

static bool
only_time(const Machine *m, const Pairs *p)
{
	int			i;

	for (i = 0; i < p->n; i++)
		if (!is_time_name(m, pair_name(p, i)))
			return false;
	return true;
}

/* Whether add names one of base's. */
static bool
overrides(const Pairs *base, const Pairs *add)
{
	int			i;

	for (i = 0; i < add->n; i++)
		if (pairs_find(base, pair_name(add, i)) >= 0)
			return true;
	return false;
}

static void
emit(Machine *m)
{
	SdmxObs		o;
	int			i,
				t;
	const char *key;

	if (!m->base_valid)
	{
		pairs_assign(m, &m->base_dims, &m->series_dims);
		merge_attrs(m, &m->base_dims, &m->base_attrs);
		make_key(m, &m->base_dims, &m->base_key);
		m->base_valid = true;
		m->base_serial++;
	}
	if (only_time(m, &m->obs_dims) && !overrides(&m->base_dims, &m->obs_dims) &&
		!overrides(&m->base_attrs, &m->obs_attrs) &&
		m->base_dims.n + m->obs_dims.n <= SDMX_MAX_PAIRS &&
		m->base_attrs.n + m->obs_attrs.n <= SDMX_MAX_PAIRS)
	{
		/*
		 * A time series, the commonest case: the series' key and attributes
		 * hold, and the observation only adds names, so the row is the
		 * series' pairs followed by its own, viewed where they are (within
		 * the limit of pairs that pairs_copy() would enforce).
		 */
		if (m->failed)
			return;
		key = m->base_key.buf;
		view_of(m, &m->base_dims, 0);
		view_of(m, &m->obs_dims, m->base_dims.n);
		o.ndims = m->base_dims.n + m->obs_dims.n;
		view_of(m, &m->base_attrs, o.ndims);
		view_of(m, &m->obs_attrs, o.ndims + m->base_attrs.n);
		o.nattrs = m->base_attrs.n + m->obs_attrs.n;
		o.nseries_dims = m->base_dims.n;
		o.nseries_attrs = m->base_attrs.n;
	}
	else
	{
		pairs_assign(m, &m->out_dims, &m->base_dims);
		pairs_copy(m, &m->out_dims, &m->obs_dims);
		if (only_time(m, &m->obs_dims))
		{
			/* a time series whose observation overrides a name of its series */
			pairs_assign(m, &m->out_attrs, &m->base_attrs);
			key = m->base_key.buf;
		}
		else
		{
			/* an observation with dimensions of its own: groups may key on them */
			merge_attrs(m, &m->out_dims, &m->out_attrs);
			make_key(m, &m->out_dims, &m->key);
			key = m->key.buf;
		}
		pairs_copy(m, &m->out_attrs, &m->obs_attrs);
		if (m->failed)
			return;
		view_of(m, &m->out_dims, 0);
		o.ndims = m->out_dims.n;
		view_of(m, &m->out_attrs, o.ndims);
		o.nattrs = m->out_attrs.n;
		o.nseries_dims = o.nseries_attrs = 0;
	}
	o.series = m->base_serial;

	t = pairs_find(&m->obs_fields, K_TIME);
	o.dataset = m->dataset_id.n ? pair_value(&m->dataset_id, 0)
		: m->header_id.n ? pair_value(&m->header_id, 0)
		: m->ds_ref.n ? pair_value(&m->ds_ref, 0) : "";
	o.series_key = key;
	o.time_period = t >= 0 ? pair_value(&m->obs_fields, t) : NULL;
	o.dims = m->view;			/* after every view_of: one may move the array */
	o.attrs = m->view ? m->view + o.ndims : NULL;	/* no pairs yet: no array */
	if (o.time_period == NULL)
		for (i = 0; i < o.ndims; i++)
			if (is_time_name(m, o.dims[i].name))
				o.time_period = o.dims[i].value;
	t = pairs_find(&m->obs_fields, K_VALUE);
	o.value = t >= 0 ? pair_value(&m->obs_fields, t) : NULL;
	if (!m->cb->observation(m->cb->arg, &o))
	{
		m->err->status = SDMX_STOPPED;
		m->failed = true;
	}
}

/* --- elements ---------------------------------------------------------------- */

static bool
fail_not_data(Machine *m, const char *fmt, const char *what)
{
	char		name[101];		/* an element name, cut between characters */
	int			n = text_clip(what, strlen(what), sizeof(name) - 1);

	memcpy(name, what, n);
	name[n] = '\0';
	m->err->status = SDMX_NOT_DATA;
	snprintf(m->err->detail, sizeof(m->err->detail), fmt, name);
	m->failed = true;
	return false;
}

/* The root tells the format; anything but a data message is an error. */
static bool
root(Machine *m, xmlTextReaderPtr r)
{
	const xmlChar *raw = xmlTextReaderConstLocalName(r);
	const char *n = raw ? (const char *) raw : "";

	/* one dictionary for the names of the document and ours: compare addresses */
	m->interned = raw != NULL && xmlTextReaderConstString(r, raw) == raw;

	if (strcmp(n, "GenericData") == 0 || strcmp(n, "GenericTimeSeriesData") == 0)
		m->format = SDMX_GENERIC;
	else if (strcmp(n, "CompactData") == 0 || strcmp(n, "MessageGroup") == 0)
		m->format = SDMX_COMPACT;
	else if (strcmp(n, "StructureSpecificData") == 0 ||
			 strcmp(n, "StructureSpecificTimeSeriesData") == 0)
		m->format = SDMX_STRUCTURE_SPECIFIC;
	else if (strcmp(n, "Structure") == 0 || strcmp(n, "RegistryInterface") == 0)
		return fail_not_data(m, "The message is an SDMX %s message (structures, not data).", n);
	else if (strcmp(n, "Error") == 0)
		return fail_not_data(m, "The message is an SDMX %s message: the data source reported an error instead of data.", n);
	else if (strcmp(n, "UtilityData") == 0)
	{
		m->format = SDMX_COMPACT;
		m->utility = true;
	}
	else if (strcmp(n, "CrossSectionalData") == 0)
	{
		m->format = SDMX_CROSS_SECTIONAL;
		m->cross = true;
	}
	else
		return fail_not_data(m, "The root element is <%s>, not an SDMX data message "
							 "(GenericData, CompactData, StructureSpecificData …).", n);
	return true;
}

/*
 * The current attribute, if it is one the machine reads: not a namespace
 * declaration, not in a namespace (xmlns, xsi:type …).
 */
static bool
plain_attribute(Machine *m, xmlTextReaderPtr r, const char **name, const char **value)
{
	const xmlChar *prefix;

	if (xmlTextReaderIsNamespaceDecl(r) == 1)
		return false;
	prefix = xmlTextReaderConstPrefix(r);
	if (prefix != NULL && prefix[0] != '\0')
		return false;
	*value = (const char *) xmlTextReaderConstValue(r);
	if (*value == NULL || xmlTextReaderConstLocalName(r) == NULL)
		return false;
	*name = local(m, r);
	return true;
}

/* The XML attributes of the current element, sorted into dims and attrs. */
static void
take_xml_attributes(Machine *m, xmlTextReaderPtr r, Pairs *dims, Pairs *attrs,
					bool obs)
{
	const char *name,
			   *value;

	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return;
	do
	{
		if (!plain_attribute(m, r, &name, &value))
			continue;
		if (!obs)
		{
			if (dims && !is_attribute_name(m, name))
				pairs_set(m, dims, name, value);
			else
				pairs_set(m, attrs, name, value);
			continue;
		}
		if (name == m->nm.OBS_VALUE)
			pairs_set(m, &m->obs_fields, K_VALUE, value);
		else if (is_time_name(m, name))
		{
			pairs_set(m, &m->obs_fields, K_TIME, value);
			pairs_set(m, dims, name, value);
		}
		else if (name == m->dim_at_obs || (m->flat && !is_attribute_name(m, name)))
			pairs_set(m, dims, name, value);
		else
			pairs_set(m, attrs, name, value);
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
}

/*
 * The XML attributes named in want (dictionary strings), copied into
 * m->scratch, which is returned: a value the reader builds (an attribute
 * with entities) would not outlive the next one.
 */
static const Pairs *
xml_attributes(Machine *m, xmlTextReaderPtr r, const char *const *want, int nwant)
{
	const char *name,
			   *value;
	int			i;

	pairs_reset(&m->scratch);
	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return &m->scratch;
	do
	{
		if (!plain_attribute(m, r, &name, &value))
			continue;
		for (i = 0; i < nwant; i++)
			if (name == want[i])
				pairs_set(m, &m->scratch, name, value);
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
	return &m->scratch;
}

static const char *
find_value(const Pairs *p, const char *name)
{
	int			i = pairs_find(p, name);

	return i >= 0 ? pair_value(p, i) : NULL;
}

/* <Value concept|id="…" value="…"/> inside a key or an Attributes box. */
static void
generic_value(Machine *m, xmlTextReaderPtr r)
{
	const char *want[] = {m->nm.id, m->nm.concept, m->nm.value};
	const Pairs *a = xml_attributes(m, r, want, 3);
	const char *name = find_value(a, m->nm.id);
	const char *value = find_value(a, m->nm.value);
	Pairs	   *to = NULL;

	if (name == NULL)
		name = find_value(a, m->nm.concept);
	if (name == NULL || value == NULL)
		return;
	if (too_long(m, strlen(name)))
		return;
	name = intern(m, r, name);
	if (m->box == B_KEY)
		to = m->level == L_GROUP ? &m->group.key
			: m->level == L_SERIES ? &m->series_dims : &m->obs_dims;
	else if (m->box == B_ATTRS)
		to = m->level == L_DATASET ? &m->ds_attrs
			: m->level == L_GROUP ? &m->group.attrs
			: m->level == L_SERIES ? &m->series_attrs : &m->obs_attrs;
	if (to)
		pairs_set(m, to, name, value);
	/* an observation's own pairs leave what its series shares as it was */
	if (m->level != L_OBS)
		m->base_valid = false;
}

/* The dataset's id: the first of these names it carries, in any namespace. */
static int
dataset_id_rank(const char *name)
{
	static const char *const ids[] = {"ID", "datasetID", "setID", "structureRef"};
	int			i;

	for (i = 0; i < 4; i++)
		if (strcmp(name, ids[i]) == 0)
			return i;
	return -1;
}

static void
start_dataset(Machine *m, xmlTextReaderPtr r)
{
	int			best = 99;

	pairs_reset(&m->dataset_id);
	pairs_reset(&m->ds_attrs);
	pairs_reset(&m->ds_ref);
	pairs_reset(&m->xs_ds_dims);
	m->ngroups = 0;
	m->base_valid = false;
	m->level = L_DATASET;
	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return;
	do
	{
		const char *name = (const char *) xmlTextReaderConstLocalName(r);
		const char *value = (const char *) xmlTextReaderConstValue(r);
		const xmlChar *prefix = xmlTextReaderConstPrefix(r);
		int			rank;

		if (name == NULL || value == NULL || xmlTextReaderIsNamespaceDecl(r) == 1)
			continue;
		rank = dataset_id_rank(name);
		name = local(m, r);
		if (rank >= 0 && rank < best)
		{
			best = rank;
			pairs_reset(&m->dataset_id);
			pairs_set(m, &m->dataset_id, K_ID, value);
		}
		else if ((prefix == NULL || prefix[0] == '\0') && !is_dataset_meta(name))
			/* a cross-sectional DataSet may state dimensions, time among them */
			pairs_set(m, m->cross && !is_attribute_name(m, name) ? &m->xs_ds_dims
					  : &m->ds_attrs, name, value);
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
}

static void
end_group(Machine *m)
{
	if (m->ngroups == m->cap_groups)
	{
		int			old = m->cap_groups;

		m->cap_groups = old ? 2 * old : 8;
		m->groups = grow(m, m->groups, sizeof(Group) * m->cap_groups);
		memset(m->groups + old, 0, sizeof(Group) * (m->cap_groups - old));
	}
	pairs_reset(&m->groups[m->ngroups].key);
	pairs_reset(&m->groups[m->ngroups].attrs);
	pairs_copy(m, &m->groups[m->ngroups].key, &m->group.key);
	pairs_copy(m, &m->groups[m->ngroups].attrs, &m->group.attrs);
	m->ngroups++;
	m->group_open = false;
	m->base_valid = false;
	m->level = L_DATASET;
}

/* The header names the dataset several ways; the better name wins. */
static void
offer_header_id(Machine *m, int rank, const char *v)
{
	if (m->header_id.n > 0 && rank >= m->header_rank)
		return;
	pairs_reset(&m->header_id);
	pairs_set(m, &m->header_id, K_ID, v);
	m->header_rank = rank;
}

static void
header_structure(Machine *m, xmlTextReaderPtr r)
{
	const char *want[] = {m->nm.dimensionAtObservation, m->nm.structureID};
	const Pairs *a = xml_attributes(m, r, want, 2);
	const char *v = find_value(a, m->nm.dimensionAtObservation);

	if (v && !too_long(m, strlen(v)))
	{
		v = intern(m, r, v);
		if (!is_time_name(m, v))
		{
			m->dim_at_obs = v;
			m->flat = v == m->nm.AllDimensions;
		}
	}
	if ((v = find_value(a, m->nm.structureID)) != NULL)
		offer_header_id(m, 1, v);
}


/* --- 2.0 cross-sectional ----------------------------------------------------- */

/*
 * In a CrossSectionalData message every level states dimensions and
 * attributes as XML attributes: DataSet, Group, Section and the observation,
 * an element named after its measure.  A Group holds its Sections and a
 * Section its observations, so the machine keeps what the enclosing levels
 * said and hands it down; the time may come from any level.  Depths tell an
 * observation (a child of a Section) from the Annotations around it.
 */

/* Measure elements named after the primary measure carry no measure name. */
static bool
is_primary_measure(const Machine *m, const char *name)
{
	return name == m->nm.OBS_VALUE || name == m->nm.Obs;
}

/* An observation: its XML attributes, then the measure it is of. */
static void
xs_observation(Machine *m, xmlTextReaderPtr r, const char *n, bool empty)
{
	m->obs_outer = L_SERIES;
	m->level = L_OBS;
	pairs_reset(&m->obs_dims);
	pairs_reset(&m->obs_attrs);
	pairs_reset(&m->obs_fields);
	if (xmlTextReaderMoveToFirstAttribute(r) == 1)
	{
		do
		{
			const char *name = (const char *) xmlTextReaderConstLocalName(r);
			const char *value = (const char *) xmlTextReaderConstValue(r);
			const xmlChar *prefix = xmlTextReaderConstPrefix(r);

			if (name == NULL || value == NULL || xmlTextReaderIsNamespaceDecl(r) == 1 ||
				(prefix != NULL && prefix[0] != '\0'))
				continue;
			if (name == m->nm.value || name == m->nm.OBS_VALUE)
				pairs_set(m, &m->obs_fields, K_VALUE, value);
			else
			{
				if (is_time_name(m, name))
					pairs_set(m, &m->obs_fields, K_TIME, value);
				pairs_set(m, is_attribute_name(m, name) ? &m->obs_attrs : &m->obs_dims,
						  name, value);
			}
		} while (xmlTextReaderMoveToNextAttribute(r) == 1);
		xmlTextReaderMoveToElement(r);
	}
	if (!is_primary_measure(m, n))
		pairs_set(m, &m->obs_dims, m->nm.MEASURE, n);
	if (empty)
	{
		emit(m);
		m->level = L_SERIES;
	}
}

static void
xs_section(Machine *m, xmlTextReaderPtr r, int depth, bool empty)
{
	m->level = L_SERIES;
	m->base_valid = false;
	pairs_reset(&m->series_dims);
	pairs_reset(&m->series_attrs);
	pairs_copy(m, &m->series_dims, &m->xs_ds_dims);
	if (m->xs_group >= 0)
	{
		pairs_copy(m, &m->series_dims, &m->group.key);
		pairs_copy(m, &m->series_attrs, &m->group.attrs);
	}
	take_xml_attributes(m, r, &m->series_dims, &m->series_attrs, false);
	if (empty)
		m->level = m->xs_group >= 0 ? L_GROUP : L_DATASET;
	else
		m->xs_section = depth;
}

/* Start of an element in a cross-sectional message: true when it was one. */
static bool
xs_start(Machine *m, xmlTextReaderPtr r, const char *n, bool empty)
{
	int			depth = xmlTextReaderDepth(r);

	if (m->xs_section >= 0)
	{
		/* inside a Section: its children are observations, the rest is ignored */
		if (depth == m->xs_section + 1 && m->level == L_SERIES &&
			n != m->nm.Annotations)
			xs_observation(m, r, n, empty);
		return true;
	}
	if (n == m->nm.DataSet && m->xs_dataset < 0 && !m->in_header)
	{
		start_dataset(m, r);
		m->xs_group = -1;
		if (!empty)
			m->xs_dataset = depth;
		return true;
	}
	if (m->xs_dataset < 0)
		return false;			/* the header */
	if (n == m->nm.Group && m->xs_group < 0)
	{
		pairs_reset(&m->group.key);
		pairs_reset(&m->group.attrs);
		take_xml_attributes(m, r, &m->group.key, &m->group.attrs, false);
		if (!empty)
		{
			m->xs_group = depth;
			m->level = L_GROUP;
		}
		return true;
	}
	if (n == m->nm.Section)
	{
		xs_section(m, r, depth, empty);
		return true;
	}
	/* a 2.0 DataSet's <KeyFamilyRef> names it; nothing else is read */
	return n != m->nm.KeyFamilyRef;
}

/* End of an element in a cross-sectional message: true when it was one. */
static bool
xs_end(Machine *m, xmlTextReaderPtr r)
{
	int			depth = xmlTextReaderDepth(r);

	if (m->xs_section >= 0)
	{
		if (depth == m->xs_section + 1 && m->level == L_OBS)
		{
			emit(m);
			m->level = L_SERIES;
		}
		else if (depth == m->xs_section)
		{
			m->xs_section = -1;
			m->level = m->xs_group >= 0 ? L_GROUP : L_DATASET;
		}
		return true;
	}
	if (depth == m->xs_group)
	{
		m->xs_group = -1;
		m->level = L_DATASET;
		return true;
	}
	if (depth == m->xs_dataset)
	{
		m->xs_dataset = -1;
		m->level = L_DATASET;
		return true;
	}
	/* in a DataSet only a <KeyFamilyRef>'s text is read, as xs_start says */
	return m->xs_dataset >= 0 && local(m, r) != m->nm.KeyFamilyRef;
}

static void
start_element(Machine *m, xmlTextReaderPtr r, bool empty)
{
	const char *n = local(m, r);

	if (m->cross && xs_start(m, r, n, empty))
		return;

	if (n == m->nm.Header && !empty)
		m->in_header = true;
	else if (n == m->nm.DataSet)
		start_dataset(m, r);
	else if (n == m->nm.Group)
	{
		m->level = L_GROUP;
		m->group_open = true;
		pairs_reset(&m->group.key);
		pairs_reset(&m->group.attrs);
		take_xml_attributes(m, r, NULL, &m->group.attrs, false);
		pairs_remove(&m->group.attrs, m->nm.type);	/* the group's id, not data */
		if (empty)
			end_group(m);
	}
	else if (n == m->nm.Series || n == m->nm.Section)
	{
		if (m->utility && m->group_open)
		{
			/* a utility Group holds its series and has no key: it applies to them */
			m->in_utility_group = true;
			m->group_open = false;
		}
		/* a 2.0 generic Group holds its series: it is complete by now */
		if (m->group_open)
			end_group(m);
		m->level = L_SERIES;
		m->base_valid = false;
		pairs_reset(&m->series_dims);
		pairs_reset(&m->series_attrs);
		if (m->in_utility_group)
			pairs_copy(m, &m->series_attrs, &m->group.attrs);
		/* utility series carry only attributes as XML attributes */
		take_xml_attributes(m, r, m->utility ? NULL : &m->series_dims,
							&m->series_attrs, false);
	}
	else if (n == m->nm.Obs)
	{
		m->obs_outer = m->level;
		m->level = L_OBS;
		pairs_reset(&m->obs_dims);
		pairs_reset(&m->obs_attrs);
		pairs_reset(&m->obs_fields);
		if (m->obs_outer == L_DATASET)
		{
			/* a flat observation (AllDimensions): no series around it */
			m->base_valid = false;
			pairs_reset(&m->series_dims);
			pairs_reset(&m->series_attrs);
		}
		take_xml_attributes(m, r, &m->obs_dims, &m->obs_attrs, true);
		if (empty)
		{
			emit(m);
			m->level = m->obs_outer;
		}
	}
	else if (n == m->nm.SeriesKey || n == m->nm.GroupKey ||
			 n == m->nm.ObsKey)
		m->box = B_KEY;
	else if (n == m->nm.Attributes)
		m->box = B_ATTRS;
	else if (m->utility && n == m->nm.Key)
		m->box = B_UTILITY_KEY;
	else if (m->utility && !empty &&
			 (m->box == B_UTILITY_KEY || m->level == L_OBS))
	{
		m->text = T_ELEMENT;
		m->element = n;
		pairs_reset(&m->text_buf);
	}
	else if (n == m->nm.Value && m->box != B_NONE)
		generic_value(m, r);
	else if (n == m->nm.ObsDimension && m->level == L_OBS)
	{
		const char *want[] = {m->nm.id, m->nm.value};
		const Pairs *a = xml_attributes(m, r, want, 2);
		const char *id = find_value(a, m->nm.id);
		const char *v = find_value(a, m->nm.value);

		if (v)
		{
			id = id == NULL ? (m->dim_at_obs ? m->dim_at_obs : m->nm.TIME_PERIOD)
				: too_long(m, strlen(id)) ? m->nm.empty : intern(m, r, id);
			pairs_set(m, &m->obs_dims, id, v);
			if (is_time_name(m, id))
				pairs_set(m, &m->obs_fields, K_TIME, v);
		}
	}
	else if (n == m->nm.ObsValue && m->level == L_OBS)
	{
		const char *want[] = {m->nm.value};
		const char *v = find_value(xml_attributes(m, r, want, 1), m->nm.value);

		if (v)
			pairs_set(m, &m->obs_fields, K_VALUE, v);
	}
	else if ((n == m->nm.Time || n == m->nm.ObsDimension) && !empty)
	{
		m->text = T_TIME;
		pairs_reset(&m->text_buf);
	}
	else if ((n == m->nm.DataSetID || n == m->nm.KeyFamilyRef) && !empty)
	{
		m->text = T_DATASET_ID;
		pairs_reset(&m->text_buf);
	}
	else if (n == m->nm.Structure)
		header_structure(m, r);
}

static void
end_element(Machine *m, xmlTextReaderPtr r)
{
	const char *n = local(m, r);
	const char *text = m->text_buf.n ? pair_value(&m->text_buf, 0) : "";

	if (m->cross && xs_end(m, r))
		return;

	if (m->text == T_TIME && m->level == L_OBS)
	{
		pairs_set(m, &m->obs_fields, K_TIME, text);
		pairs_set(m, &m->obs_dims, m->nm.TIME_PERIOD, text);
	}
	else if (m->text == T_ELEMENT && m->box == B_UTILITY_KEY)
		pairs_set(m, &m->series_dims, m->element, text);
	else if (m->text == T_ELEMENT && m->level == L_OBS)
	{
		if (m->element == m->nm.OBS_VALUE)
			pairs_set(m, &m->obs_fields, K_VALUE, text);
		else if (is_time_name(m, m->element))
		{
			pairs_set(m, &m->obs_fields, K_TIME, text);
			pairs_set(m, &m->obs_dims, m->element, text);
		}
		else
			pairs_set(m, &m->obs_attrs, m->element, text);
	}
	else if (m->text == T_DATASET_ID && m->in_header)
		offer_header_id(m, n == m->nm.DataSetID ? 0 : 2, text);
	else if (m->text == T_DATASET_ID && m->ds_ref.n == 0)
		pairs_set(m, &m->ds_ref, K_ID, text);
	m->text = T_NONE;
	if (n == m->nm.Obs && m->level == L_OBS)
	{
		emit(m);
		m->level = m->obs_outer;
	}
	else if (n == m->nm.Series || n == m->nm.Section)
		m->level = L_DATASET;
	else if (n == m->nm.Group && m->in_utility_group)
	{
		m->in_utility_group = false;
		m->level = L_DATASET;
	}
	else if (n == m->nm.Group && m->group_open)
		end_group(m);
	else if (n == m->nm.Key && m->box == B_UTILITY_KEY)
		m->box = B_NONE;
	else if (n == m->nm.Header)
		m->in_header = false;
	else if (n == m->nm.SeriesKey || n == m->nm.GroupKey ||
			 n == m->nm.ObsKey || n == m->nm.Attributes)
		m->box = B_NONE;
	else if (n == m->nm.DataSet)
		m->level = L_DATASET;
}

static void
text_node(Machine *m, xmlTextReaderPtr r)
{
	const char *v = (const char *) xmlTextReaderConstValue(r);
	const char *old;
	char	   *joined;
	size_t		a,
				b;

	if (m->text == T_NONE || v == NULL)
		return;
	old = m->text_buf.n ? pair_value(&m->text_buf, 0) : "";
	a = strlen(old);
	b = strlen(v);
	if (too_long(m, a + b))
		return;
	joined = grow(m, NULL, a + b + 1);
	memcpy(joined, old, a);
	memcpy(joined + a, v, b + 1);
	pairs_reset(&m->text_buf);
	pairs_set(m, &m->text_buf, K_TEXT, joined);
	m->mem->free(m->mem->ctx, joined);
}

/* --- the loop ---------------------------------------------------------------- */

/* libxml2's errors land here: copy the first, never longjmp out. */
static void
on_xml_error(void *arg, xmlErrorPtr e)
{
	Machine    *m = arg;

	if (m->failed || e == NULL || e->level < XML_ERR_ERROR)
		return;
	m->failed = true;
	m->err->status = SDMX_XML;
	m->err->line = e->line;
	snprintf(m->err->detail, sizeof(m->err->detail), "%s",
			 e->message ? e->message : "malformed XML");
	/* libxml2's messages end with a newline */
	if (strlen(m->err->detail) > 0 &&
		m->err->detail[strlen(m->err->detail) - 1] == '\n')
		m->err->detail[strlen(m->err->detail) - 1] = '\0';
}

static void
machine_free(Machine *m)
{
	int			i;

	for (i = 0; i < m->cap_groups; i++)
	{
		pairs_free(m, &m->groups[i].key);
		pairs_free(m, &m->groups[i].attrs);
	}
	if (m->groups)
		m->mem->free(m->mem->ctx, m->groups);
	if (m->view)
		m->mem->free(m->mem->ctx, m->view);
	pairs_free(m, &m->group.key);
	pairs_free(m, &m->group.attrs);
	pairs_free(m, &m->header_id);
	pairs_free(m, &m->ds_ref);
	pairs_free(m, &m->dataset_id);
	pairs_free(m, &m->ds_attrs);
	pairs_free(m, &m->xs_ds_dims);
	pairs_free(m, &m->series_dims);
	pairs_free(m, &m->series_attrs);
	pairs_free(m, &m->obs_dims);
	pairs_free(m, &m->obs_attrs);
	pairs_free(m, &m->obs_fields);
	pairs_free(m, &m->out_dims);
	pairs_free(m, &m->out_attrs);
	pairs_free(m, &m->key);
	pairs_free(m, &m->base_dims);
	pairs_free(m, &m->base_attrs);
	pairs_free(m, &m->base_key);
	pairs_free(m, &m->text_buf);
	pairs_free(m, &m->scratch);
}

SdmxStatus
sdmx_read(xmlTextReaderPtr r, const SdmxCallbacks *cb, const SdmxAlloc *mem,
		  SdmxFormat *format, SdmxError *err)
{
	Machine		m;
	int			rc;
	bool		seen_root = false,
				doctype = false;

	memset(&m, 0, sizeof(m));
	memset(err, 0, sizeof(*err));
	xmlResetLastError();
	m.cb = cb;
	m.mem = mem;
	m.err = err;
	m.xs_dataset = m.xs_group = m.xs_section = -1;
	xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, &m);
	rc = 0;
	names_init(&m, r);			/* on failure m.failed: no read */
	while (!m.failed && (rc = xmlTextReaderRead(r)) == 1)
	{
		int			type = xmlTextReaderNodeType(r);

		if (cb->tick)
			cb->tick(cb->arg);
		if (type == XML_READER_TYPE_ELEMENT)
		{
			bool		empty = xmlTextReaderIsEmptyElement(r) == 1;

			if (!seen_root)
			{
				seen_root = true;
				if (!root(&m, r))
					break;
				if (doctype)
				{
					/* SDMX data needs no DTD: so no entity is expanded into a value */
					err->status = SDMX_XML;
					err->line = xmlTextReaderGetParserLineNumber(r);
					snprintf(err->detail, sizeof(err->detail),
							 "The message has a document type declaration (<!DOCTYPE …>); SDMX data needs none, and it is not read.");
					m.failed = true;
					break;
				}
				continue;
			}
			start_element(&m, r, empty);
			if (empty && !m.failed && m.text != T_NONE)
				m.text = T_NONE;
		}
		else if (type == XML_READER_TYPE_END_ELEMENT)
			end_element(&m, r);
		else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
			text_node(&m, r);
		else if (type == XML_READER_TYPE_DOCUMENT_TYPE)
			doctype = true;		/* refused at the root, once it says what this is */
		else if (type == XML_READER_TYPE_ENTITY_REFERENCE)
		{
			const xmlChar *raw = xmlTextReaderConstLocalName(r);
			const char *entity = raw ? (const char *) raw : "";

			/* not substituted (no XML_PARSE_NOENT), and never dropped in silence */
			err->status = SDMX_XML;
			err->line = xmlTextReaderGetParserLineNumber(r);
			snprintf(err->detail, sizeof(err->detail),
					 "The entity reference &%.*s; is not read: SDMX data needs none.",
					 text_clip(entity, strlen(entity), 100), entity);
			m.failed = true;
		}
	}
	if (!m.failed && rc < 0)
	{
		/* an error that reached libxml2's global handler, not the reader's */
		xmlErrorPtr e = xmlGetLastError();

		err->status = SDMX_XML;
		err->line = e && e->line > 0 ? e->line : xmlTextReaderGetParserLineNumber(r);
		snprintf(err->detail, sizeof(err->detail), "%s",
				 e && e->message ? e->message : "The XML is malformed.");
		if (strlen(err->detail) > 0 && err->detail[strlen(err->detail) - 1] == '\n')
			err->detail[strlen(err->detail) - 1] = '\0';
	}
	if (!m.failed && !seen_root && err->status == SDMX_OK)
		fail_not_data(&m, "%s", "The document has no root element.");
	xmlTextReaderSetStructuredErrorHandler(r, NULL, NULL);
	*format = m.format;
	machine_free(&m);
	return err->status;
}

const char *
sdmx_format_name(SdmxFormat f)
{
	switch (f)
	{
		case SDMX_GENERIC:
			return "generic";
		case SDMX_COMPACT:
			return "compact";
		case SDMX_STRUCTURE_SPECIFIC:
			return "structure-specific";
		case SDMX_CROSS_SECTIONAL:
			return "cross-sectional";
		default:
			return "unknown";
	}
}
