-- SDMX-ML import (doc/sdmx.md): one row per observation of a data message,
-- read by libxml2's pull reader, keyed by period.

CREATE FUNCTION sdmx_observations(doc text,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(text) IS 'the observations of an SDMX-ML data message (2.0, 2.1, 3.0) held as text';

CREATE FUNCTION sdmx_observations(doc bytea,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_bytea' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(bytea) IS 'the observations of an SDMX-ML data message held as bytes, in the encoding it declares';

CREATE FUNCTION sdmx_observations(doc xml,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_xml' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations(xml) IS 'the observations of an SDMX-ML data message held as xml';

-- VOLATILE: the file may change between calls.  The privilege check is in
-- the C function (pg_read_server_files), as for pg_read_file().
CREATE FUNCTION sdmx_observations_file(path text,
        OUT dataset text, OUT series_key text, OUT dims jsonb, OUT time_period text,
        OUT period period, OUT value double precision, OUT attrs jsonb)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'sdmx_observations_file' LANGUAGE C VOLATILE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION sdmx_observations_file(text) IS 'the observations of an SDMX-ML data message in a server file, read in chunks (needs pg_read_server_files)';
