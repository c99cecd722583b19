-- html_to_text (doc/html_to_text.md): a web page's readable text, read by
-- libxml2's HTML parser with no network; scripts, styles and navigation
-- dropped, blocks on lines of their own, entities decoded, blanks folded.

CREATE FUNCTION html_to_text(html text) RETURNS text
    AS 'MODULE_PATHNAME', 'html_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION html_to_text(text) IS 'the readable text of an HTML page: scripts, styles and navigation dropped, one line per block, table cells separated by tabs, entities decoded, blanks folded';
