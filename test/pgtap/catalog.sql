-- test/pgtap/catalog.sql — the catalog entries of policy_ext are what
-- DESIGN.md §1 and §6 promise: the type's storage, its default operator
-- classes and their support functions, and the markings (volatility,
-- parallel safety, strictness, comments, schema) of every member object.
--
-- Most checks are driven by the catalogs: one assertion per member object,
-- named after the object (pg_describe_object), so a failure says which object
-- is wrong, and new objects are checked without touching this file.  The
-- deliberate exceptions live in the small tables at the top; an entry there
-- that names no member of the extension fails too, so the lists stay true.
--
-- Run alone (inside a cluster, e.g. pg_virtualenv -t):
--   createdb t && psql -d t -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION policy_ext'
--   pg_prove --verbose -d t test/pgtap/catalog.sql

BEGIN;

-- ---------------------------------------------------------------------------
-- Deliberate exceptions.  Add a row, with its reason, when a new function is
-- meant to differ from the rule; the signature is regprocedure's text form,
-- e.g. 'goal_status(policy_goal,date)'.

-- Functions that are not IMMUTABLE: 's' (STABLE) or 'v' (VOLATILE).
CREATE TEMP TABLE volatility_exception (
    sig text PRIMARY KEY, provolatile "char" NOT NULL CHECK (provolatile IN ('s', 'v')), why text NOT NULL);
-- INSERT INTO volatility_exception VALUES ('example(text)', 's', 'reads the TimeZone setting');
INSERT INTO volatility_exception VALUES ('sdmx_observations_file(text)', 'v', 'reads a server file, which may change between calls');

-- Functions that are not STRICT (a NULL argument does not simply give NULL).
-- Window functions are not checked: the executor does not apply STRICT to
-- them (they fetch their own arguments), so they are never marked STRICT.
CREATE TEMP TABLE nonstrict_exception (sig text PRIMARY KEY, why text NOT NULL);
INSERT INTO nonstrict_exception VALUES
    ('metric_delta(numeric,numeric,text,text)', 'a NULL basis means "basis not stated" (doc/metric_delta.md)'),
    ('metric_delta(double precision,double precision,text,text)', 'a NULL basis means "basis not stated" (doc/metric_delta.md)'),
    ('goal_assess(policy_goal,period,double precision,period,double precision,text)', 'a NULL baseline falls back to the goal''s own (doc/policy_goal.md)'),
    ('goal_status(policy_goal,period,double precision,period,double precision,text)', 'a NULL baseline falls back to the goal''s own (doc/policy_goal.md)'),
    ('goal_track_transfn(internal,policy_goal,period,double precision)', 'aggregate transition with an internal state: starts from NULL, skips NULL rows'),
    ('goal_track_transfn(internal,policy_goal,period,double precision,text)', 'aggregate transition with an internal state: starts from NULL, skips NULL rows'),
    ('goal_track_delta_transfn(internal,policy_goal,period,metric_delta)', 'aggregate transition with an internal state: starts from NULL, skips NULL rows'),
    ('goal_track_delta_transfn(internal,policy_goal,period,metric_delta,text)', 'aggregate transition with an internal state: starts from NULL, skips NULL rows'),
    ('goal_track_combine(internal,internal)', 'combine function with an internal state: either side may be NULL'),
    ('goal_track_final(internal)', 'final function: a NULL state (no rows) gives NULL');

-- ---------------------------------------------------------------------------
-- The members of the extension.

CREATE TEMP VIEW member AS
SELECT d.classid, d.objid, d.objsubid,
       d.classid::regclass::text AS catalog,
       pg_describe_object(d.classid, d.objid, d.objsubid) AS descr,
       (pg_identify_object(d.classid, d.objid, d.objsubid)).schema AS schema
FROM pg_depend d
JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
WHERE e.extname = 'policy_ext' AND d.deptype = 'e';

CREATE TEMP VIEW member_proc AS
SELECT p.*, p.oid::regprocedure::text AS sig, m.descr
FROM pg_proc p JOIN member m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid;

CREATE TEMP VIEW member_type AS
SELECT t.*, m.descr
FROM pg_type t JOIN member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid;

CREATE TEMP VIEW member_operator AS
SELECT o.*, o.oid::regoperator::text AS sig
FROM pg_operator o JOIN member m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid;

CREATE TEMP VIEW member_opclass AS
SELECT c.*, a.amname, m.descr
FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
JOIN member m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid;

CREATE TEMP VIEW member_opfamily AS
SELECT f.*, a.amname, m.descr
FROM pg_opfamily f JOIN pg_am a ON a.oid = f.opfmethod
JOIN member m ON m.classid = 'pg_opfamily'::regclass AND m.objid = f.oid;

-- ---------------------------------------------------------------------------
-- The data-driven checks: each view yields (name, got, want); each row is one
-- assertion is(got, want, name).

-- Every function (not aggregate) is IMMUTABLE unless listed above.
CREATE TEMP VIEW chk_volatility AS
SELECT p.sig || CASE coalesce(x.provolatile, 'i') WHEN 'i' THEN ' is IMMUTABLE'
                    WHEN 's' THEN ' is STABLE (listed exception)'
                    ELSE ' is VOLATILE (listed exception)' END AS name,
       p.provolatile::text AS got,
       coalesce(x.provolatile, 'i')::text AS want
FROM member_proc p LEFT JOIN volatility_exception x USING (sig)
WHERE p.prokind <> 'a';

-- Every function and aggregate is PARALLEL SAFE (DESIGN §6: no exceptions).
CREATE TEMP VIEW chk_parallel AS
SELECT p.sig || CASE p.prokind WHEN 'a' THEN ' (aggregate)' ELSE '' END
       || ' is PARALLEL SAFE' AS name,
       p.proparallel::text AS got, 's'::text AS want
FROM member_proc p;

-- Every function (not aggregate, not window function) is STRICT unless
-- listed above.
CREATE TEMP VIEW chk_strict AS
SELECT p.sig || CASE WHEN x.sig IS NULL THEN ' is STRICT' ELSE ' is not STRICT (listed exception)' END AS name,
       p.proisstrict::text AS got, (x.sig IS NULL)::text AS want
FROM member_proc p LEFT JOIN nonstrict_exception x USING (sig)
WHERE p.prokind NOT IN ('a', 'w');

-- No function or aggregate is SECURITY DEFINER.
CREATE TEMP VIEW chk_secdef AS
SELECT p.sig || ' is not SECURITY DEFINER' AS name,
       p.prosecdef::text AS got, 'false'::text AS want
FROM member_proc p;

-- Every exception names a member function and is still needed.
CREATE TEMP VIEW chk_exception AS
SELECT 'volatility exception ' || x.sig || ' names a function of the extension' AS name,
       (SELECT count(*) FROM member_proc p WHERE p.sig = x.sig)::text AS got, '1'::text AS want
FROM volatility_exception x
UNION ALL
SELECT 'strictness exception ' || x.sig || ' names a function of the extension',
       (SELECT count(*) FROM member_proc p WHERE p.sig = x.sig)::text, '1'
FROM nonstrict_exception x;

-- Every member has a non-empty COMMENT: functions, aggregates, types,
-- operators, operator classes, casts, and whatever kind comes next.  Operator
-- families are the exception: CREATE OPERATOR CLASS makes them implicitly.
CREATE TEMP VIEW chk_comment AS
SELECT 'COMMENT ON ' || m.descr AS name,
       (coalesce(btrim(d.description), '') <> '')::text AS got, 'true'::text AS want
FROM member m
LEFT JOIN pg_description d
       ON d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid = m.objsubid
WHERE m.classid <> 'pg_opfamily'::regclass;

-- Every member that lives in a schema lives in the extension's.
CREATE TEMP VIEW chk_schema AS
SELECT m.descr || ' is in the extension''s schema' AS name,
       m.schema AS got,
       (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'policy_ext') AS want
FROM member m
WHERE m.schema IS NOT NULL;

-- Every operator class passes its access method's validator.
CREATE TEMP VIEW chk_amvalidate AS
SELECT 'amvalidate(' || c.descr || ')' AS name,
       amvalidate(c.oid)::text AS got, 'true'::text AS want
FROM member_opclass c;

-- Every base type has binary I/O and default btree and hash classes.
CREATE TEMP VIEW chk_base_type AS
SELECT t.descr || ' has ' || what AS name, got, 'true'::text AS want
FROM member_type t
CROSS JOIN LATERAL (VALUES
    ('a send function', (t.typsend <> 0)::text),
    ('a receive function', (t.typreceive <> 0)::text),
    ('a default btree operator class',
     (SELECT count(*) = 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
      WHERE c.opcintype = t.oid AND c.opcdefault AND a.amname = 'btree')::text),
    ('a default hash operator class',
     (SELECT count(*) = 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
      WHERE c.opcintype = t.oid AND c.opcdefault AND a.amname = 'hash')::text)
) AS v(what, got)
WHERE t.typtype = 'b';

-- Every hash family has the extended, seeded hash (support function 2), which
-- hash partitioning needs (period's btree sort support is checked below).
CREATE TEMP VIEW chk_family_support AS
SELECT f.descr || ' has support function 2 (extended hash)' AS name,
       (SELECT count(*) FROM pg_amproc p
        WHERE p.amprocfamily = f.oid AND p.amprocnum = 2
          AND p.amproclefttype = p.amprocrighttype)::text AS got,
       (SELECT count(DISTINCT c.opcintype) FROM pg_opclass c WHERE c.opcfamily = f.oid)::text AS want
FROM member_opfamily f
WHERE f.amname = 'hash';

-- The comparison operators of every btree class: commutator, negator and
-- selectivity estimators follow from the strategy number; = also HASHES and
-- MERGES, <> is = 's negator and its own commutator.
CREATE TEMP VIEW btree_op AS
SELECT o.oid, o.sig, a.amopstrategy AS strategy, a.amoplefttype AS lt, a.amoprighttype AS rt, a.amopfamily
FROM pg_amop a
JOIN member_operator o ON o.oid = a.amopopr
JOIN pg_opfamily f ON f.oid = a.amopfamily
JOIN pg_am m ON m.oid = f.opfmethod AND m.amname = 'btree'
WHERE a.amoplefttype = a.amoprighttype;

CREATE TEMP VIEW chk_comparison AS
WITH want AS (
    SELECT b.*, w.com, w.neg, w.rest, w.jn
    FROM btree_op b
    JOIN (VALUES (1, 5, 4, 'scalarltsel', 'scalarltjoinsel'),
                 (2, 4, 5, 'scalarlesel', 'scalarlejoinsel'),
                 (3, 3, 0, 'eqsel', 'eqjoinsel'),
                 (4, 2, 1, 'scalargesel', 'scalargejoinsel'),
                 (5, 1, 2, 'scalargtsel', 'scalargtjoinsel'))
         AS w(strategy, com, neg, rest, jn) USING (strategy)
)
SELECT 'operator ' || w.sig || ' (btree strategy ' || w.strategy || ') catalog entry' AS name,
       format('commutator %s, negator %s, restrict %s, join %s, hashes %s, merges %s',
              o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest, o.oprjoin,
              o.oprcanhash::text, o.oprcanmerge::text) AS got,
       format('commutator %s, negator %s, restrict %s, join %s, hashes %s, merges %s',
              (SELECT c.amopopr::regoperator FROM pg_amop c
               WHERE c.amopfamily = w.amopfamily AND c.amopstrategy = w.com
                 AND c.amoplefttype = w.lt AND c.amoprighttype = w.rt),
              CASE WHEN w.neg = 0
                   THEN (SELECT n.oid::regoperator FROM pg_operator n
                         WHERE n.oprname = '<>' AND n.oprleft = w.lt AND n.oprright = w.rt)
                   ELSE (SELECT c.amopopr::regoperator FROM pg_amop c
                         WHERE c.amopfamily = w.amopfamily AND c.amopstrategy = w.neg
                           AND c.amoplefttype = w.lt AND c.amoprighttype = w.rt) END,
              w.rest, w.jn, (w.strategy = 3)::text, (w.strategy = 3)::text) AS want
FROM want w JOIN pg_operator o ON o.oid = w.oid
UNION ALL
SELECT 'operator ' || n.oid::regoperator || ' (negator of btree =) catalog entry',
       format('commutator %s, negator %s, restrict %s, join %s, hashes %s, merges %s',
              n.oprcom::regoperator, n.oprnegate::regoperator, n.oprrest, n.oprjoin,
              n.oprcanhash::text, n.oprcanmerge::text),
       format('commutator %s, negator %s, restrict %s, join %s, hashes %s, merges %s',
              n.oid::regoperator, b.oid::regoperator, 'neqsel', 'neqjoinsel', 'false', 'false')
FROM btree_op b
JOIN pg_operator n ON n.oprname = '<>' AND n.oprleft = b.lt AND n.oprright = b.rt
WHERE b.strategy = 3;

-- Every operator is real (not a shell left by a misspelt COMMUTATOR or
-- NEGATOR), and its commutator and negator links are mutual.
CREATE TEMP VIEW chk_operator_links AS
SELECT 'operator ' || o.sig || ': implemented, commutator and negator mutual' AS name,
       concat_ws('; ',
           CASE WHEN o.oprcode = 0 THEN 'shell operator (no implementation)' END,
           CASE WHEN o.oprcom <> 0 AND (c.oprcom IS DISTINCT FROM o.oid OR c.oprcode = 0)
                THEN 'commutator ' || o.oprcom::regoperator || ' does not point back' END,
           CASE WHEN o.oprnegate <> 0 AND (n.oprnegate IS DISTINCT FROM o.oid OR n.oprcode = 0)
                THEN 'negator ' || o.oprnegate::regoperator || ' does not point back' END) AS got,
       '' AS want
FROM member_operator o
LEFT JOIN pg_operator c ON c.oid = o.oprcom
LEFT JOIN pg_operator n ON n.oid = o.oprnegate;

-- Every aggregate is parallel-ready: a combine function, and serial and
-- deserial functions when its state is internal (DESIGN §6).
CREATE TEMP VIEW chk_aggregate AS
SELECT p.sig || ' (aggregate) can run in parallel' AS name,
       concat_ws('; ',
           CASE WHEN a.aggcombinefn = 0 THEN 'no COMBINEFUNC' END,
           CASE WHEN a.aggtranstype = 'internal'::regtype AND a.aggserialfn = 0 THEN 'internal state without SERIALFUNC' END,
           CASE WHEN a.aggtranstype = 'internal'::regtype AND a.aggdeserialfn = 0 THEN 'internal state without DESERIALFUNC' END) AS got,
       '' AS want
FROM member_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid;

CREATE TEMP VIEW all_checks AS
          SELECT 1 AS grp, * FROM chk_volatility
UNION ALL SELECT 2, * FROM chk_parallel
UNION ALL SELECT 3, * FROM chk_strict
UNION ALL SELECT 4, * FROM chk_secdef
UNION ALL SELECT 5, * FROM chk_exception
UNION ALL SELECT 6, * FROM chk_comment
UNION ALL SELECT 7, * FROM chk_schema
UNION ALL SELECT 8, * FROM chk_amvalidate
UNION ALL SELECT 9, * FROM chk_base_type
UNION ALL SELECT 10, * FROM chk_family_support
UNION ALL SELECT 11, * FROM chk_comparison
UNION ALL SELECT 12, * FROM chk_operator_links
UNION ALL SELECT 13, * FROM chk_aggregate;

-- ---------------------------------------------------------------------------
-- Named checks on period itself (DESIGN §1).  Keep the count in plan() below.

-- (in_range is registered for the offset type, integer, as its right type.)
CREATE TEMP TABLE expected_support (family text, amname text, procnum int, righttype regtype, proc text);
INSERT INTO expected_support VALUES
    ('period_ops',      'btree', 1, 'period',  'period_cmp(period,period)'),
    ('period_ops',      'btree', 2, 'period',  'period_sortsupport(internal)'),
    ('period_ops',      'btree', 3, 'integer', 'period_in_range(period,period,integer,boolean,boolean)'),
    ('period_hash_ops', 'hash',  1, 'period',  'period_hash(period)'),
    ('period_hash_ops', 'hash',  2, 'period',  'period_hash_extended(period,bigint)');

CREATE TEMP VIEW chk_support AS
SELECT format('%s family %s support function %s is %s', e.amname, e.family, e.procnum, e.proc) AS name,
       (SELECT string_agg(p.amproc::regprocedure::text, ', ')
        FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily
        JOIN pg_am a ON a.oid = f.opfmethod
        WHERE f.opfname = e.family AND a.amname = e.amname AND p.amprocnum = e.procnum
          AND p.amproclefttype = 'period'::regtype AND p.amprocrighttype = e.righttype) AS got,
       e.proc AS want
FROM expected_support e;

CREATE TEMP TABLE expected_aggregate (agg text, sortop text, combinefn text);
INSERT INTO expected_aggregate VALUES
    ('min(period)', '<(period,period)', 'period_smaller'),
    ('max(period)', '>(period,period)', 'period_larger');

CREATE TEMP VIEW chk_minmax AS
SELECT e.agg || ': sort operator and combine function' AS name,
       (SELECT format('sortop %s, combinefn %s', a.aggsortop::regoperator, a.aggcombinefn)
        FROM member_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid WHERE p.sig = e.agg) AS got,
       format('sortop %s, combinefn %s', e.sortop, e.combinefn) AS want
FROM expected_aggregate e;

SELECT plan(
    (SELECT count(*)::int FROM all_checks)
  + (SELECT count(*)::int FROM chk_support)
  + (SELECT count(*)::int FROM chk_minmax)
  + 16);

-- The type (16 assertions with the class and sanity checks below).
SELECT has_type('period');
SELECT is((SELECT typlen FROM pg_type WHERE oid = 'period'::regtype), 8::int2, 'period is 8 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE oid = 'period'::regtype), 'period is passed by value');
SELECT is((SELECT typalign::text FROM pg_type WHERE oid = 'period'::regtype), 'd', 'period is aligned as double');
SELECT is((SELECT typsend::regprocedure::text FROM pg_type WHERE oid = 'period'::regtype),
          'period_send(period)', 'period has binary output period_send');
SELECT is((SELECT typreceive::regprocedure::text FROM pg_type WHERE oid = 'period'::regtype),
          'period_recv(internal)', 'period has binary input period_recv');
SELECT ok((SELECT typarray <> 0 FROM pg_type WHERE oid = 'period'::regtype), 'period has an array type');

-- The default operator classes.
SELECT has_opclass('period_ops', 'operator class period_ops exists');
SELECT has_opclass('period_hash_ops', 'operator class period_hash_ops exists');
SELECT is((SELECT format('%s %s default %s', a.amname, c.opcintype::regtype, c.opcdefault::text)
           FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod WHERE c.opcname = 'period_ops'),
          'btree period default true', 'period_ops is the default btree class for period');
SELECT is((SELECT format('%s %s default %s', a.amname, c.opcintype::regtype, c.opcdefault::text)
           FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod WHERE c.opcname = 'period_hash_ops'),
          'hash period default true', 'period_hash_ops is the default hash class for period');
SELECT ok((SELECT bool_and(amvalidate(oid)) FROM pg_opclass WHERE opcname IN ('period_ops', 'period_hash_ops'))
          AND (SELECT count(*) FROM pg_opclass WHERE opcname IN ('period_ops', 'period_hash_ops')) = 2,
          'amvalidate() is true for period_ops and period_hash_ops');
SELECT is((SELECT format('hashes %s, merges %s', oprcanhash::text, oprcanmerge::text)
           FROM pg_operator WHERE oid = '=(period,period)'::regoperator),
          'hashes true, merges true', '= (period, period) is HASHES and MERGES');

-- Sanity: the catalog-driven checks above actually found the extension's
-- objects (an empty member list would make them pass vacuously).
SELECT cmp_ok((SELECT count(*)::int FROM member_proc WHERE prokind = 'f'), '>=', 38,
              'the extension has its functions (at least the 38 of 0.1)');
SELECT cmp_ok((SELECT count(*)::int FROM member_operator), '>=', 15,
              'the extension has its operators (at least 15)');
SELECT is((SELECT count(*)::int FROM btree_op WHERE lt = 'period'::regtype), 5,
          'the comparison checks cover the five btree operators of period');

-- The support functions, the min/max aggregates.
SELECT is(got, want, name) FROM chk_support ORDER BY name;
SELECT is(got, want, name) FROM chk_minmax ORDER BY name;

-- Everything the catalogs list.
SELECT is(got, want, name) FROM all_checks ORDER BY grp, name;

SELECT * FROM finish();
ROLLBACK;
