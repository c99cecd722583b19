--
-- metric_delta_io: text and binary input and output of metric_delta, its
-- accessors, its order, its hashes and its operator classes (DESIGN §2).
--
-- Every expected value below was written down by hand from the rules in
-- doc/metric_delta.md before the test was run: the canonical text is the
-- sign, the shortest digits of the value (no exponent, no trailing zeros),
-- the unit (% or pp, nothing for an absolute change) and, after one blank,
-- the basis.
--

-- 1. Every form of the issue and of DESIGN §2, with what it reads as.
SELECT n, input, input::metric_delta AS canonical,
       delta_value(input::metric_delta) AS value,
       delta_kind(input::metric_delta) AS kind,
       delta_basis(input::metric_delta) AS basis
FROM unnest(ARRAY[
    '+10.1% yoy',       -- relative, against the same period a year earlier
    '-0.3pp mom',       -- percentage points, against the previous month
    '+2930 yoy',        -- absolute, in the metric's own unit
    '+7% pa',           -- average compound annual rate
    '-13.5% cum',       -- cumulative over a multi-year span
    '+10.1%'            -- no basis stated
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 2. Spacing and case are free: blanks (space, tab, newline, CR) around the
--    value and between sign, number, unit and basis; any case for pp and
--    the basis.  Every row reads as the value in "canonical".
SELECT n, replace(replace(replace(input, E'\t', '\t'), E'\n', '\n'), E'\r', '\r') AS input,
       input::metric_delta AS canonical
FROM unnest(ARRAY[
    '+10.1%yoy', '+10.1 % yoy', '+ 10.1 % yoy', '  +10.1%  yoy  ',
    E'\t+10.1%\tyoy\n', E'\r\n+10.1%\r\n', '+10.1% YOY', '+10.1% YoY',
    '-0.3PP MOM', '-0.3 pp mom', '-0.3Pp mOm', '- 0.3 pp',
    '+2930YOY', '2930 yoy', '+7%PA', '-13.5 %CUM', '10.1 %'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 3. Signs.  An unsigned number is an increase; U+2212 MINUS SIGN reads as
--    "-"; zero has no sign and prints as "+0" (there is no negative zero).
SELECT n, input, input::metric_delta AS canonical,
       delta_value(input::metric_delta) AS value
FROM unnest(ARRAY[
    '10.1%', '+10.1%', '-10.1%', '−10.1%', '− 10.1 %',
    '0', '+0', '-0', '-0%', '+0.000pp', '-0.0 yoy', '−0'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 4. Digits.  The output is the shortest decimal that reads back as the
--    same value: leading and trailing zeros go, a point with nothing after
--    it goes, a fraction gets its leading zero, and there is never an
--    exponent.  Up to 18 significant digits are kept exactly.
SELECT n, input, input::metric_delta AS canonical
FROM unnest(ARRAY[
    '010.100%',                 -- +10.1%
    '.5pp',                     -- +0.5pp
    '5.',                       -- +5
    '5.0%',                     -- +5%
    '1200',                     -- +1200 (trailing zeros of an integer stay)
    '1200.00',                  -- +1200
    '0.00012%',                 -- +0.00012%
    '-000.000120',              -- -0.00012
    '123456789012345678',       -- 18 digits: kept
    '-0.123456789012345678pp',  -- 18 digits after the point: kept
    '999999999999999999%',      -- the largest 18-digit coefficient
    '1234567890123456780000',   -- 18 significant digits and 4 zeros
    '12345678901234567.8 yoy',  -- 18 digits around the point
    '0000000000000000000000000000000000000000000000000000000000000000000000000001%'
                                -- 75 leading zeros are not digits of the value
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 4b. The smallest step and the largest value: a change is a decimal with
--     at most 18 significant digits and no digit below 10^-30, up to
--     999999999999999999 x 10^30 (just under 10^48).
SELECT n, input, input::metric_delta AS canonical,
       input::metric_delta::text = canonical_expected AS as_expected
FROM (VALUES
    (1, '0.000000000000000000000000000001',   -- 10^-30
        '+0.000000000000000000000000000001'),
    (2, '-0.000000000000123456789012345678pp',  -- 18 digits ending at 10^-30
        '-0.000000000000123456789012345678pp'),
    (3, '1' || repeat('0', 30),               -- 10^30
        '+1' || repeat('0', 30)),
    (4, '999999999999999999' || repeat('0', 30) || '%',  -- the largest
        '+999999999999999999' || repeat('0', 30) || '%'),
    (5, '-123456789012345678' || repeat('0', 30) || '.000',
        '-123456789012345678' || repeat('0', 30))
) AS t(n, input, canonical_expected)
ORDER BY n;

-- 5. Every basis, in the type's order, in lower and upper case, and the
--    three kinds.
SELECT n, input, input::metric_delta AS canonical,
       delta_kind(input::metric_delta) AS kind,
       coalesce(delta_basis(input::metric_delta), '(none)') AS basis
FROM unnest(ARRAY[
    '+1%', '+1% yoy', '+1% qoq', '+1% mom', '+1% wow', '+1% dod',
    '+1% pop', '+1% pa', '+1% cum', '+1% base',
    '+1% YOY', '+1% QOQ', '+1% MOM', '+1% WOW', '+1% DOD',
    '+1% POP', '+1% PA', '+1% CUM', '+1% BASE',
    '+1pp', '+1pp base', '+1', '+1 base'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 6. Text round trip: the output reads back as the same value, and is
--    already canonical (printing it again changes nothing); the value is
--    the decimal that was written (checked against numeric).
WITH v(input, number) AS (VALUES
    ('+10.1% yoy', 10.1), ('-0.3pp mom', -0.3), ('+2930 yoy', 2930),
    ('+7% pa', 7), ('-13.5% cum', -13.5), ('10.10%', 10.1), ('.5pp', 0.5),
    ('-0', 0), ('123456789012345678', 123456789012345678),
    ('-0.123456789012345678pp', -0.123456789012345678),
    ('0.000000000000000000000000000001', 0.000000000000000000000000000001),
    ('999999999999999999' || repeat('0', 30), ('999999999999999999' || repeat('0', 30))::numeric),
    ('1234567890123456780000', 1234567890123456780000),
    ('−2.50 base', -2.5)
)
SELECT input, input::metric_delta AS d,
       input::metric_delta::text::metric_delta = input::metric_delta AS reads_back,
       input::metric_delta::text::metric_delta::text = input::metric_delta::text AS stable,
       delta_value(input::metric_delta) = number AS exact
FROM v;

-- NULL in, NULL out.
SELECT NULL::text::metric_delta IS NULL AS cast_null,
       delta_value(NULL) IS NULL AS value_null,
       delta_kind(NULL) IS NULL AS kind_null,
       delta_basis(NULL) IS NULL AS basis_null;

-- 7. Accessors.  delta_value is the signed number (a numeric, exact);
--    delta_kind is %, pp or abs; delta_basis is NULL when none was stated.
SELECT d, delta_value(d) AS value, pg_typeof(delta_value(d)) AS value_type,
       delta_kind(d) AS kind, delta_basis(d) AS basis
FROM unnest('{+10.1% yoy,-0.3pp mom,+2930 yoy,-13.5% cum,+10.1%,+0.5pp,-7,+0.000000000000000000000000000001 base}'::metric_delta[]) AS d;

-- 8. The stored value: 16 bytes, not passed by value, aligned as a double.
SELECT typlen, typbyval, typalign, typstorage,
       typsend::regproc AS send, typreceive::regproc AS receive
FROM pg_type WHERE typname = 'metric_delta';
SELECT pg_column_size('+10.1% yoy'::metric_delta) AS bytes,
       pg_column_size('-999999999999999999000000000000000000000000000000% base'::metric_delta) AS largest;

-- 9. Binary output: 12 bytes in network byte order, int64 coefficient,
--    int16 exponent, kind byte (1 %, 2 pp, 3 abs), basis byte (0 none,
--    1 yoy, 2 qoq, 3 mom, 4 wow, 5 dod, 6 pop, 7 pa, 8 cum, 9 base).
--      +10.1% yoy  = 101 x 10^-1:  0000000000000065 ffff 01 01
--      -0.3pp mom  = -3 x 10^-1:   fffffffffffffffd ffff 02 03
--      +2930 yoy   = 293 x 10^1:   0000000000000125 0001 03 01
--      -13.5% cum  = -135 x 10^-1: ffffffffffffff79 ffff 01 08
--      +0          = 0 x 10^0:     0000000000000000 0000 03 00
--      +7% pa      = 7 x 10^0:     0000000000000007 0000 01 07
--      -2% base    = -2 x 10^0:    fffffffffffffffe 0000 01 09
--      largest     = 999999999999999999 x 10^30 = 0x0de0b6b3a763ffff, exp 0x001e
--      smallest    = 1 x 10^-30, exp -30 = 0xffe2
SELECT d, metric_delta_send(d) AS wire
FROM unnest(ARRAY['+10.1% yoy', '-0.3pp mom', '+2930 yoy', '-13.5% cum', '+0',
                  '+7% pa', '-2% base',
                  '+999999999999999999' || repeat('0', 30) || ' wow',
                  '+0.000000000000000000000000000001pp dod']::metric_delta[])
         WITH ORDINALITY AS t(d, n)
ORDER BY n;

-- 10. Binary round trip through COPY (FORMAT binary): every value comes back
--     equal, NULL stays NULL.  The file lives in the server's /tmp for the
--     length of the two statements.
CREATE TABLE md_io_src (id int, d metric_delta);
INSERT INTO md_io_src
SELECT n, d
FROM unnest(ARRAY['+10.1% yoy', '-0.3pp mom', '+2930 yoy', '+7% pa', '-13.5% cum',
                  '+10.1%', '+0', '-0.000000000000000000000000000001 base',
                  '+999999999999999999' || repeat('0', 30) || '% qoq',
                  '-123456789012345678 dod', NULL]::metric_delta[])
     WITH ORDINALITY AS t(d, n);
CREATE TABLE md_io_dst (LIKE md_io_src);
SELECT format('COPY md_io_src TO PROGRAM %L WITH (FORMAT binary)',
              'cat > ' || f) AS copy_out,
       format('COPY md_io_dst FROM PROGRAM %L WITH (FORMAT binary)',
              'cat ' || f || ' && rm -f ' || f) AS copy_in
FROM (SELECT '/tmp/policy_ext_md_io_' || pg_backend_pid() || '.copy' AS f) x \gset
:copy_out;
:copy_in;
SELECT count(*) AS copied,
       count(*) FILTER (WHERE s.d IS NOT DISTINCT FROM t.d
                          AND s.d::text IS NOT DISTINCT FROM t.d::text) AS same
FROM md_io_src s JOIN md_io_dst t USING (id);

-- 11. Binary input refuses what is not a canonical change (SQLSTATE 22P03):
--     a coefficient with trailing zeros, a zero with an exponent, a kind or
--     basis byte out of range, an exponent below -30, more than 18
--     digits.  Each case is one binary COPY file written with printf
--     (signature, flags, header extension, one tuple of one 12-byte field,
--     trailer); on error, the SQLSTATE, message and DETAIL are shown.
CREATE TABLE md_io_recv (d metric_delta);
CREATE FUNCTION md_io_try_recv(wire bytea,
    OUT result text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
DECLARE
    file bytea := '\x5047434f50590aff0d0a00'::bytea          -- PGCOPY\n\377\r\n\0
                  || '\x0000000000000000'::bytea              -- flags, extension
                  || '\x0001'::bytea                          -- one field
                  || int4send(length(wire)) || wire
                  || '\xffff'::bytea;                         -- trailer
    octal text := '';
BEGIN
    -- printf(1) reads \ooo as one byte, in octal.
    FOR i IN 0 .. length(file) - 1 LOOP
        octal := octal || '\'
                 || (get_byte(file, i) / 64)::text
                 || ((get_byte(file, i) / 8) % 8)::text
                 || (get_byte(file, i) % 8)::text;
    END LOOP;
    TRUNCATE md_io_recv;
    EXECUTE format('COPY md_io_recv FROM PROGRAM %L WITH (FORMAT binary)',
                   'printf ''' || octal || '''');
    SELECT d::text INTO result FROM md_io_recv;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

SELECT n, wire, r.result, r.state, r.message, r.detail
FROM unnest(ARRAY[
    -- accepted: exactly what metric_delta_send writes (section 9)
    '0000000000000065ffff0101',   -- +10.1% yoy
    'fffffffffffffffdffff0203',   -- -0.3pp mom
    '0de0b6b3a763ffff001e0300',   -- 999999999999999999 x 10^30
    '0000000000000001ffe20209',   -- 10^-30 pp base
    '000000000000000000000300',   -- +0
    -- refused: 22P03
    '00000000000003f2fffe0101',   -- 1010 x 10^-2: trailing zero
    '000000000000000000050300',   -- 0 x 10^5: zero has exponent 0
    '000000000000000500000000',   -- kind 0
    '000000000000000500000400',   -- kind 4
    '00000000000000050000010a',   -- basis 10
    '0000000000000005000001ff',   -- basis 255
    '0000000000000001ffe10300',   -- 1 x 10^-31
    '0de0b6b3a764000100000300',   -- 10^18 + 1: 19 digits
    '800000000000000100000300',   -- -(2^63 - 1): 19 digits
    -- refused: the field is not 12 bytes (a short field is PostgreSQL's own
    -- 08P01, as for every type)
    '0000000000000065ffff010100', -- 13 bytes
    '0000000000000065ffff01'      -- 11 bytes
]) WITH ORDINALITY AS t(wire, n),
     LATERAL md_io_try_recv(decode(wire, 'hex')) r
ORDER BY n;

DROP FUNCTION md_io_try_recv(bytea);

-- 12. Order: by kind (%, pp, absolute), then basis (none, yoy, qoq, mom,
--     wow, dod, pop, pa, cum, base), then value.  Equality is of all three:
--     the same number in another kind or basis is another change.
SELECT d
FROM unnest('{+2930 yoy,-1 yoy,+5%,-0.3pp mom,+10.1% yoy,-13.5% cum,+7% pa,
              +0.5pp,-0.2pp,+1% base,+0.1% dod,+0.1% wow,+3% pop,-5%,+0%,
              +10.1% qoq,+10.1% mom,-100%,+1000000%,+2930,-2930,+0,
              +0.000000000000000000000000000001,-0.000000000000000000000000000001,
              +999999999999999999000000000000000000000000000000}'::metric_delta[]) AS d
ORDER BY d;

-- The same, descending.
SELECT d
FROM unnest('{+10.1% yoy,+2930 yoy,-0.3pp mom,+5%,+0}'::metric_delta[]) AS d
ORDER BY d DESC;

-- 13. Every operator on chosen pairs.  cmp is metric_delta_cmp (-1, 0, 1).
--     Hand-worked: rows 1-3 equal spellings; 4 value; 5-6 basis before
--     value; 7-8 kind before basis and value; 9-10 values that differ only
--     beyond the 15th digit are different; 11 zero.
SELECT n, a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le,
       a > b AS gt, a >= b AS ge, metric_delta_cmp(a, b) AS cmp
FROM (VALUES
    (1, '+10.1% yoy'::metric_delta, '10.10 % YOY'::metric_delta),
    (2, '-0.3pp mom', '−.3pp mom'),
    (3, '+2930', '2930.000'),
    (4, '+10.1% yoy', '+10.2% yoy'),
    (5, '+10.1%', '+1% yoy'),
    (6, '+50% cum', '+1% base'),
    (7, '+10.1% base', '-5pp'),
    (8, '+99pp cum', '-99999'),
    (9, '+0.123456789012345678', '+0.123456789012345677'),
    (10, '-0.123456789012345678', '-0.123456789012345677'),
    (11, '+0', '-0')
) AS t(n, a, b)
ORDER BY n;

-- 14. Hashing.  Equal values hash equally whatever the spelling, and with
--     seed 0 the low 32 bits of the extended hash are the 32-bit hash.
SELECT a, b, a = b AS equal,
       metric_delta_hash(a) = metric_delta_hash(b) AS hash_eq,
       metric_delta_hash_extended(a, 42) = metric_delta_hash_extended(b, 42) AS hash42_eq
FROM (VALUES
    ('+10.1% yoy'::metric_delta, '10.10% YoY'::metric_delta),
    ('-0', '+0.000'),
    ('+1200', '1200.0'),
    ('-0.3pp mom', '−0.30 PP MOM')
) AS t(a, b);

--     Pinned values.  The hash is PostgreSQL's hash_any over 12 bytes laid
--     out little-endian by hand (coefficient, exponent, kind, basis), so it
--     is the same on every platform; hash partitions and hash indexes
--     depend on it.  (The values were derived independently: on a
--     little-endian machine the same 12 bytes are an oidvector of three
--     oids, and hashoidvector('101 0 16908287') is the hash of +10.1% yoy.)
SELECT d, metric_delta_hash(d) AS hash,
       metric_delta_hash_extended(d, 0) AS hash_ext_0,
       metric_delta_hash_extended(d, 42) AS hash_ext_42,
       (metric_delta_hash_extended(d, 0) & x'ffffffff'::bigint)::bit(32)::int
         = metric_delta_hash(d) AS low_bits_agree
FROM unnest('{+10.1% yoy,-0.3pp mom,+2930 yoy,+0,-13.5% cum,+7% pa}'::metric_delta[])
     WITH ORDINALITY AS t(d, n)
ORDER BY n;

--     Different values, different hashes: kind, basis, sign and exponent
--     all enter the hash (no collisions among these 85: 2 signs x 3 numbers x
--     14 kind-and-basis pairs, and +1).
SELECT count(DISTINCT d) AS deltas, count(DISTINCT metric_delta_hash(d)) AS hashes,
       count(DISTINCT metric_delta_hash_extended(d, 7)) AS ext_hashes
FROM (SELECT (s || v || k || ' ' || b)::metric_delta AS d
      FROM unnest('{+,-}'::text[]) s, unnest('{1,10,0.1}'::text[]) v,
           unnest('{%,pp,""}'::text[]) k, unnest('{yoy,mom,pa,cum,""}'::text[]) b
      WHERE NOT (k = '' AND b = '')
      UNION ALL SELECT '+1 mom' UNION ALL SELECT '+1') x;

-- 15. The operator classes are valid and are the defaults.
SELECT opc.opcname, am.amname, opc.opcdefault, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype = 'metric_delta'::regtype
ORDER BY am.amname;

-- 16. The classes at work.  A table of 40 changes (some equal under other
--     spellings), indexes, and the planner made to use each method; every
--     method must give the same answer as the others.  Row i is: sign by
--     i % 4 ('+', '-', none, '+0'), number (i % 5).(i % 3)0, kind by i % 3
--     (%, pp, abs), basis yoy for even i, none for odd i.  So "+1% yoy" is
--     i = 6 and 36, "+4.1pp yoy" is i = 4 and 34, and five values occur
--     twice: 35 groups, 30 + 5 x 4 = 50 pairs in a self-join.
CREATE TABLE md_io_t (id int, d metric_delta);
INSERT INTO md_io_t
SELECT i, (CASE i % 4 WHEN 0 THEN '+' WHEN 1 THEN '-' WHEN 2 THEN '' ELSE '+0' END
           || (i % 5) || '.' || (i % 3) || '0'
           || (ARRAY['%', 'pp', ''])[1 + i % 3]
           || ' ' || (ARRAY['yoy', 'mom', ''])[1 + i % 2 * 2])::metric_delta
FROM generate_series(1, 40) i;
CREATE INDEX md_io_t_d ON md_io_t (d);
ANALYZE md_io_t;

-- Distinct values and their counts, by sorting and by hashing.
SET enable_hashagg = off;
SELECT d, count(*) FROM md_io_t GROUP BY d ORDER BY d;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS groups, sum(n) AS rows
FROM (SELECT d, count(*) AS n FROM md_io_t GROUP BY d) g;
RESET enable_sort;

-- Index scans: btree (=, <, range), then hash (=).
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, d FROM md_io_t WHERE d = '+1% yoy';
SELECT id, d FROM md_io_t WHERE d = '+1% yoy' ORDER BY id;
SELECT id, d FROM md_io_t WHERE d = '4.10pp YOY' ORDER BY id;
SELECT id, d FROM md_io_t WHERE d < '-2pp' ORDER BY d, id;
SELECT count(*) FROM md_io_t WHERE d BETWEEN '+0pp' AND '+9pp yoy';
DROP INDEX md_io_t_d;
CREATE INDEX md_io_t_h ON md_io_t USING hash (d);
EXPLAIN (COSTS OFF) SELECT id, d FROM md_io_t WHERE d = '+1% yoy';
SELECT id, d FROM md_io_t WHERE d = '+1% yoy' ORDER BY id;
SELECT id, d FROM md_io_t WHERE d = '4.10pp YOY' ORDER BY id;
RESET enable_bitmapscan;
RESET enable_seqscan;

-- Joins: hash, merge and nested loop give the same pairs.
SET enable_mergejoin = off; SET enable_nestloop = off;
SELECT count(*) AS hash_join FROM md_io_t a JOIN md_io_t b ON a.d = b.d;
RESET enable_mergejoin; RESET enable_nestloop;
SET enable_hashjoin = off; SET enable_nestloop = off;
SELECT count(*) AS merge_join FROM md_io_t a JOIN md_io_t b ON a.d = b.d;
RESET enable_hashjoin; RESET enable_nestloop;
SET enable_hashjoin = off; SET enable_mergejoin = off;
SELECT count(*) AS nested_loop FROM md_io_t a JOIN md_io_t b ON a.d = b.d;
RESET enable_hashjoin; RESET enable_mergejoin;
-- The reference: pairs of equal canonical text.
SELECT count(*) AS by_text FROM md_io_t a JOIN md_io_t b ON a.d::text = b.d::text;

-- A unique index sees '+10.10%' and '+10.1%' as the same change.
CREATE TABLE md_io_u (d metric_delta PRIMARY KEY);
INSERT INTO md_io_u VALUES ('+10.1% yoy'), ('+10.1%'), ('+10.1pp yoy');
INSERT INTO md_io_u VALUES ('10.10 % YOY');

-- Hash partitioning routes equal values to the same partition.
CREATE TABLE md_io_p (d metric_delta) PARTITION BY HASH (d);
CREATE TABLE md_io_p0 PARTITION OF md_io_p FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE md_io_p1 PARTITION OF md_io_p FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO md_io_p SELECT d FROM md_io_t;
SELECT count(*) AS values_in_two_partitions
FROM (SELECT d FROM md_io_p GROUP BY d HAVING count(DISTINCT tableoid) > 1) x;
SELECT count(*) AS total FROM md_io_p;

DROP TABLE md_io_src, md_io_dst, md_io_recv, md_io_t, md_io_u, md_io_p;

-- 17. Known problem (reported; the expected output shows the right answer):
--     the type holds 18 significant digits with exponents up to 10^30, so
--     10^31 = 10 x 10^30 is within its range, as 999999999999999999 x 10^30
--     (section 4b) is; and trailing zeros after the point are not
--     significant digits, however many there are.
SELECT ('1' || repeat('0', 31))::metric_delta AS ten_to_the_31;
SELECT ('1' || repeat('0', 40) || '%')::metric_delta AS ten_to_the_40;
SELECT ('0.1' || repeat('0', 70) || 'pp')::metric_delta AS one_tenth;
--     And the blanks between the parts may be left out everywhere, as in
--     '+10.1%yoy' and '+2930yoy' (section 2), also after pp.
SELECT '-0.3ppmom'::metric_delta AS pp_then_basis, '+1PPYOY'::metric_delta AS upper;
