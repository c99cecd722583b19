#!/bin/bash
# test/t/upgrade.sh — the upgrade proof.  For every version of policy_ext
# that the server offers (pg_available_extension_versions) other than the
# default: install that version, store values and build indexes on them,
# ALTER EXTENSION policy_ext UPDATE, and check that
#   - the extension's objects are exactly those of a fresh CREATE EXTENSION of
#     the default version (a normalized description of every member: see
#     describe() below; any difference is printed as a diff);
#   - the stored values read back identically and hash identically
#     (period_hash, period_hash_extended) under the new definitions;
#   - the btree and hash indexes and the hash partitions built before the
#     update still find the same rows.
# The description is also taken of two fresh installs in databases with
# different OIDs, which must agree: the describer itself is deterministic.
#
# Releases and update steps (doc/testing.md): the full install script of
# every released version is frozen in scripts/releases/policy_ext--X.Y.sql,
# update steps live in scripts/updates/policy_ext--X.Y--X.Z.sql; `make
# install` installs both, so they show up here.
#
# Needs a server (PGHOST etc. set) where the user may create databases:
#   pg_virtualenv -t bash test/t/upgrade.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.."

ext=policy_ext
prefix=policy_ext_upgrade
. test/tap.sh
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }
newdb() { dropdb --if-exists "$1" >/dev/null 2>&1; dbs+=("$1"); createdb "$1"; }

# --- the describer ---------------------------------------------------------
# One line per fact about the extension and its member objects (pg_depend
# deptype 'e'), with every OID turned into a name, sorted bytewise: members;
# functions (pg_get_functiondef, volatility, parallel safety, strictness, ...);
# aggregates; operators; operator classes and the amop/amproc entries of
# their families; types; casts; relations and their columns; every COMMENT.
# Not described: which dependency binds an amop/amproc entry (CREATE OPERATOR
# CLASS and ALTER OPERATOR FAMILY ... ADD differ there, and an update step can
# only use the latter).
describe() {
  sql "$1" <<'SQL'
WITH e AS (
    SELECT * FROM pg_extension WHERE extname = 'policy_ext'
), m AS (
    SELECT d.classid, d.objid, d.objsubid,
           pg_describe_object(d.classid, d.objid, d.objsubid) AS descr
    FROM pg_depend d JOIN e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
    WHERE d.deptype = 'e'
), fn AS (
    SELECT p.* FROM pg_proc p JOIN m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
), ty AS (
    SELECT t.* FROM pg_type t JOIN m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
), fam AS (
    SELECT objid AS oid FROM m WHERE classid = 'pg_opfamily'::regclass
    UNION
    SELECT c.opcfamily FROM pg_opclass c JOIN m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid
), rel AS (       -- member relations, and the relations of member composite types
    SELECT objid AS oid FROM m WHERE classid = 'pg_class'::regclass
    UNION
    SELECT typrelid FROM ty WHERE typrelid <> 0
), lines(line) AS (
    SELECT format('extension version %s relocatable %s schema %s config %s conditions %s',
                  extversion, extrelocatable, extnamespace::regnamespace,
                  extconfig::regclass[], extcondition)
    FROM e
UNION ALL
    SELECT 'member ' || descr FROM m
UNION ALL   -- every comment on a member, its sub-objects, and member relations
    SELECT format('comment on %s: %s',
                  pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description)
    FROM pg_description d
    WHERE (d.classoid, d.objoid) IN (SELECT classid, objid FROM m)
       OR (d.classoid = 'pg_class'::regclass AND d.objoid IN (SELECT oid FROM rel))
UNION ALL
    SELECT format('function %s: kind %s volatile %s parallel %s strict %s secdef %s leakproof %s '
                  'cost %s rows %s support %s retset %s returns %s config %s acl %s',
                  oid::regprocedure, prokind, provolatile, proparallel, proisstrict, prosecdef,
                  proleakproof, procost, prorows, prosupport::oid::regprocedure, proretset,
                  prorettype::regtype, proconfig, proacl)
    FROM fn
UNION ALL
    SELECT format('function %s: definition %s', oid::regprocedure,
                  replace(pg_get_functiondef(oid), E'\n', '\n'))
    FROM fn WHERE prokind <> 'a'
UNION ALL
    SELECT format('aggregate %s: kind %s direct args %s transfn %s finalfn %s combinefn %s '
                  'serialfn %s deserialfn %s mtransfn %s minvtransfn %s mfinalfn %s '
                  'finalextra %s mfinalextra %s finalmodify %s mfinalmodify %s sortop %s '
                  'transtype %s transspace %s mtranstype %s mtransspace %s initval %s minitval %s',
                  aggfnoid::regprocedure, aggkind, aggnumdirectargs,
                  aggtransfn::oid::regprocedure, aggfinalfn::oid::regprocedure,
                  aggcombinefn::oid::regprocedure, aggserialfn::oid::regprocedure,
                  aggdeserialfn::oid::regprocedure, aggmtransfn::oid::regprocedure,
                  aggminvtransfn::oid::regprocedure, aggmfinalfn::oid::regprocedure,
                  aggfinalextra, aggmfinalextra, aggfinalmodify, aggmfinalmodify,
                  aggsortop::regoperator, aggtranstype::regtype, aggtransspace,
                  aggmtranstype::regtype, aggmtransspace, agginitval, aggminitval)
    FROM pg_aggregate WHERE aggfnoid IN (SELECT oid FROM fn)
UNION ALL
    SELECT format('operator %s: kind %s result %s code %s commutator %s negator %s '
                  'restrict %s join %s hashes %s merges %s',
                  o.oid::regoperator, oprkind, oprresult::regtype, oprcode::oid::regprocedure,
                  oprcom::regoperator, oprnegate::regoperator, oprrest::oid::regprocedure,
                  oprjoin::oid::regprocedure, oprcanhash, oprcanmerge)
    FROM pg_operator o JOIN m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid
UNION ALL
    SELECT format('opclass %s.%s: am %s type %s default %s family %s keytype %s',
                  opcnamespace::regnamespace, opcname, a.amname, opcintype::regtype, opcdefault,
                  f.opfname, opckeytype::regtype)
    FROM pg_opclass c JOIN m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid
    JOIN pg_am a ON a.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
UNION ALL
    SELECT format('opfamily %s.%s: am %s', opfnamespace::regnamespace, opfname, a.amname)
    FROM pg_opfamily f JOIN fam USING (oid) JOIN pg_am a ON a.oid = f.opfmethod
UNION ALL
    SELECT format('amop %s/%s: strategy %s types (%s, %s) operator %s purpose %s sortfamily %s',
                  f.opfname, a.amname, amopstrategy, amoplefttype::regtype, amoprighttype::regtype,
                  amopopr::regoperator, amoppurpose,
                  (SELECT opfname FROM pg_opfamily WHERE oid = o.amopsortfamily))
    FROM pg_amop o JOIN fam ON fam.oid = o.amopfamily
    JOIN pg_opfamily f ON f.oid = o.amopfamily JOIN pg_am a ON a.oid = f.opfmethod
UNION ALL
    SELECT format('amproc %s/%s: number %s types (%s, %s) function %s',
                  f.opfname, a.amname, amprocnum, amproclefttype::regtype, amprocrighttype::regtype,
                  amproc::oid::regprocedure)
    FROM pg_amproc p JOIN fam ON fam.oid = p.amprocfamily
    JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am a ON a.oid = f.opfmethod
UNION ALL
    SELECT format('type %s: kind %s len %s byval %s align %s storage %s category %s preferred %s '
                  'delim %s input %s output %s receive %s send %s typmodin %s typmodout %s '
                  'analyze %s subscript %s element %s array %s basetype %s typmod %s notnull %s '
                  'collation %s default %s acl %s',
                  oid::regtype, typtype, typlen, typbyval, typalign, typstorage, typcategory,
                  typispreferred, typdelim, typinput::oid::regprocedure, typoutput::oid::regprocedure,
                  typreceive::oid::regprocedure, typsend::oid::regprocedure,
                  typmodin::oid::regprocedure, typmodout::oid::regprocedure,
                  typanalyze::oid::regprocedure, typsubscript::oid::regprocedure,
                  typelem::regtype, typarray::regtype, typbasetype::regtype, typtypmod, typnotnull,
                  typcollation::regcollation, typdefault, typacl)
    FROM ty
UNION ALL
    SELECT format('enum %s: %s %s', enumtypid::regtype, enumsortorder, enumlabel)
    FROM pg_enum WHERE enumtypid IN (SELECT oid FROM ty)
UNION ALL
    SELECT format('constraint %s on %s: %s', conname, contypid::regtype, pg_get_constraintdef(c.oid))
    FROM pg_constraint c WHERE contypid IN (SELECT oid FROM ty)
UNION ALL
    SELECT format('cast %s -> %s: function %s context %s method %s',
                  castsource::regtype, casttarget::regtype, castfunc::regprocedure, castcontext, castmethod)
    FROM pg_cast c JOIN m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
UNION ALL
    SELECT format('relation %s: kind %s persistence %s acl %s', oid::regclass, relkind, relpersistence, relacl)
    FROM pg_class WHERE oid IN (SELECT oid FROM rel)
UNION ALL
    SELECT format('column %s #%s %s: %s notnull %s default %s', attrelid::regclass,
                  row_number() OVER (PARTITION BY attrelid ORDER BY attnum), attname,
                  format_type(atttypid, atttypmod), attnotnull, pg_get_expr(ad.adbin, ad.adrelid))
    FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE attrelid IN (SELECT oid FROM rel) AND attnum > 0 AND NOT attisdropped
UNION ALL
    SELECT format('view %s: %s', oid::regclass, replace(pg_get_viewdef(oid), E'\n', ' '))
    FROM pg_class WHERE oid IN (SELECT oid FROM rel) AND relkind IN ('v', 'm')
)
SELECT line FROM lines ORDER BY line COLLATE "C";
SQL
}

# --- the versions ----------------------------------------------------------
default=$(sql postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = '$ext'")
if [ -z "$default" ]; then
  echo "not ok 1 - $ext is installed on the server (make install)"; exit 1
fi
mapfile -t olds < <(sql postgres -c "
    SELECT version FROM pg_available_extension_versions
    WHERE name = '$ext' AND version <> '$default' ORDER BY string_to_array(version, '.')::int[]" 2>/dev/null ||
  sql postgres -c "SELECT version FROM pg_available_extension_versions
                   WHERE name = '$ext' AND version <> '$default' ORDER BY version")

# --- fresh installs: the reference, and the describer's determinism --------
fresh=${prefix}_fresh
newdb "$fresh"
run "CREATE EXTENSION $ext (default version $default)" sql "$fresh" -c "CREATE EXTENSION $ext"
want=$(describe "$fresh")
members=$(grep -c '^member ' <<<"$want")
if [ "$members" -ge 10 ] && grep -q "^extension version $default " <<<"$want"; then
  ok "the describer sees the fresh install ($members members, $(grep -c . <<<"$want") facts)"
else
  not_ok "the describer sees the fresh install" "$(head -5 <<<"$want")"
fi

# Same script, other OIDs: objects made first shift every OID the extension gets.
fresh2=${prefix}_fresh2
newdb "$fresh2"
sql "$fresh2" -c "CREATE TABLE shift_oids (a int, b text);
                  CREATE TYPE shift_oids_t AS (a int);
                  CREATE FUNCTION shift_oids_f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                  CREATE EXTENSION $ext" >/dev/null
same "two fresh installs of $default describe identically (the describer is deterministic)" \
  "$want" "$(describe "$fresh2")"

if [ ${#olds[@]} -eq 0 ]; then
  ok "no earlier versions to upgrade from ($default is the first) # SKIP nothing to upgrade"
fi

# --- the values stored under an old version --------------------------------
# Only the type's text input is used to make them: an old version may lack
# the functions the current one has.  One row per value, q = p.
store_values() {
  sql "$1" <<'SQL'
CREATE TABLE vals (id int PRIMARY KEY, p period UNIQUE, q period, t text,
                   h int, h0 bigint, h1 bigint);
INSERT INTO vals (id, p)
SELECT row_number() OVER (ORDER BY k), v::period FROM (
    SELECT y::text AS v, 1 AS k FROM generate_series(2015, 2025) y
    UNION ALL SELECT format('%s-S%s', y, i), 2 FROM generate_series(2015, 2025) y, generate_series(1, 2) i
    UNION ALL SELECT format('%s-T%s', y, i), 3 FROM generate_series(2015, 2025) y, generate_series(1, 3) i
    UNION ALL SELECT format('%s-Q%s', y, i), 4 FROM generate_series(2015, 2025) y, generate_series(1, 4) i
    UNION ALL SELECT format('%s-%s', y, lpad(i::text, 2, '0')), 5 FROM generate_series(2015, 2025) y, generate_series(1, 12) i
    UNION ALL SELECT format('%s-W%s', y, lpad(i::text, 2, '0')), 6 FROM generate_series(2015, 2025) y, generate_series(1, 52) i
    UNION ALL SELECT to_char(d, 'YYYY-MM-DD'), 7 FROM generate_series(date '2020-01-01', date '2021-12-31', '1 day') d
    UNION ALL SELECT format('%s-01/%s-%s', y, y, lpad(i::text, 2, '0')), 8 FROM generate_series(2015, 2025) y, generate_series(2, 12) i
    UNION ALL SELECT format('%s-Q1/%s-Q%s', y, y, i), 9 FROM generate_series(2015, 2025) y, generate_series(2, 4) i
    UNION ALL SELECT format('%s-W01/%s-W%s', y, y, lpad(i::text, 2, '0')), 10 FROM generate_series(2019, 2021) y, generate_series(2, 52) i
    UNION ALL SELECT format('%s-01-01/%s', y, to_char(d, 'YYYY-MM-DD')), 11
      FROM generate_series(2021, 2021) y, generate_series(date '2021-01-02', date '2021-03-31', '1 day') d
    UNION ALL SELECT unnest('{0001,0001-01-01,9999,9999-12-31,9999-W52,2020-W53,2015-W53,2016/2020}'::text[]), 12
) AS s(v, k);
UPDATE vals SET q = p, t = p::text;
DO $$
BEGIN
    IF to_regprocedure('period_hash(period)') IS NOT NULL THEN
        UPDATE vals SET h = period_hash(p);
    END IF;
    IF to_regprocedure('period_hash_extended(period,bigint)') IS NOT NULL THEN
        UPDATE vals SET h0 = period_hash_extended(p, 0), h1 = period_hash_extended(p, 12345);
    END IF;
END $$;
CREATE INDEX vals_p_btree ON vals USING btree (p);
CREATE INDEX vals_q_hash ON vals USING hash (q);
CREATE TABLE parted (p period NOT NULL, id int) PARTITION BY HASH (p);
CREATE TABLE parted_0 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE parted_2 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE parted_3 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO parted SELECT p, id FROM vals;
ANALYZE vals, parted;
SQL
}

# What the indexes and partitions return: range scans through the btree,
# every value looked up through the hash index, every value looked up in its
# partition (pruned at run time).  Run before and after the update.
lookups() {
  sql "$1" <<'SQL'
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT 'btree ' || lo || '..' || hi || ': ' ||
       (SELECT string_agg(id::text, ',' ORDER BY p) FROM vals WHERE p >= lo::period AND p <= hi::period)
FROM (VALUES ('2020', '2020-12-31'), ('2021-Q1', '2021-Q3'), ('2015-W01', '2015-03'),
             ('0001', '2015'), ('2025-12', '9999-12-31')) AS r(lo, hi);
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;
SELECT 'hash index finds ' || count(*) || ' of ' || (SELECT count(*) FROM vals)
FROM vals a JOIN vals b ON b.q = a.p AND b.id = a.id;
RESET ALL;
SET enable_hashjoin = off; SET enable_mergejoin = off;
SELECT 'partitions find ' || count(*) || ' of ' || (SELECT count(*) FROM vals)
FROM vals a JOIN parted b ON b.p = a.p AND b.id = a.id;
SQL
}

# The plans of lookups() really use the indexes and prune the partitions.
lookup_plans() {
  sql "$1" <<'SQL'
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM vals WHERE p >= '2020' AND p <= '2020-12-31';
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM vals a JOIN vals b ON b.q = a.p AND b.id = a.id;
RESET ALL;
EXPLAIN (COSTS OFF) SELECT * FROM parted WHERE p = '2021-Q3';
SQL
}

# --- each earlier version --------------------------------------------------
for v in "${olds[@]}"; do
  db=${prefix}_from_$(tr -c 'a-zA-Z0-9\n' '_' <<<"$v")
  path=$(sql postgres -c "SELECT path FROM pg_extension_update_paths('$ext')
                          WHERE source = '$v' AND target = '$default'")
  if [ -n "$path" ]; then ok "$v: an update path leads to $default ($path)"
  else not_ok "$v: an update path leads to $default" "no scripts/updates/$ext--$v--….sql chain reaches $default"; continue; fi

  newdb "$db"
  run "$v: CREATE EXTENSION $ext VERSION '$v' with the current library" \
    sql "$db" -c "CREATE EXTENSION $ext VERSION '$v'" || continue
  run "$v: store values, hashes, btree and hash indexes, hash partitions" store_values "$db" || continue
  before=$(lookups "$db")

  run "$v: ALTER EXTENSION $ext UPDATE" sql "$db" -c "ALTER EXTENSION $ext UPDATE" || continue
  same "$v: version after the update is $default" "$default" \
    "$(sql "$db" -c "SELECT extversion FROM pg_extension WHERE extname = '$ext'")"

  # The catalog: the same objects, definitions, markings and comments.
  same "$v -> $default: every member object is as a fresh install makes it" "$want" "$(describe "$db")"

  # The values.
  same "$v -> $default: stored values read back as the text stored under $v" "0 of $(sql "$db" -c 'SELECT count(*) FROM vals')" \
    "$(sql "$db" -c "SELECT count(*) FILTER (WHERE p::text IS DISTINCT FROM t OR t::period IS DISTINCT FROM p) || ' of ' || count(*) FROM vals")"
  hashed=$(sql "$db" -c "SELECT format('h %s h0 %s h1 %s', count(h), count(h0), count(h1)) FROM vals")
  same "$v -> $default: period_hash and period_hash_extended agree with the hashes stored under $v ($hashed)" \
    "0 differ" \
    "$(sql "$db" -c "SELECT count(*) || ' differ' FROM vals
                     WHERE (h IS NOT NULL AND h <> period_hash(p))
                        OR (h0 IS NOT NULL AND h0 <> period_hash_extended(p, 0))
                        OR (h1 IS NOT NULL AND h1 <> period_hash_extended(p, 12345))")"

  # The indexes and partitions built under the old version.
  after=$(lookups "$db")
  same "$v -> $default: btree, hash index and partition lookups return what they did under $v" "$before" "$after"
  total=$(sql "$db" -c "SELECT count(*) FROM vals")
  if grep -q "^hash index finds $total of $total\$" <<<"$after" && grep -q "^partitions find $total of $total\$" <<<"$after"; then
    ok "$v -> $default: the hash index and the partitions find all $total values"
  else
    not_ok "$v -> $default: the hash index and the partitions find all $total values" "$(grep -v '^btree' <<<"$after")"
  fi
  plan=$(lookup_plans "$db")
  if grep -q 'Index .*Scan using vals_p_btree' <<<"$plan" && grep -q 'Index Scan using vals_q_hash' <<<"$plan" &&
     [ "$(grep -c 'Seq Scan on parted_' <<<"$plan")" -eq 1 ]; then
    ok "$v -> $default: the lookups use the btree index, the hash index and one partition"
  else
    not_ok "$v -> $default: the lookups use the btree index, the hash index and one partition" "$plan"
  fi
  run "$v -> $default: amcheck finds the btree index ordered and complete" \
    sql "$db" -c "CREATE EXTENSION amcheck; SELECT bt_index_check('vals_p_btree', true); DROP EXTENSION amcheck"
  run "$v -> $default: every row satisfies its hash partition's bound" \
    sql "$db" -c "DO \$\$ DECLARE bad bigint; BEGIN
      SELECT count(*) INTO bad FROM (
                  SELECT p, 0 AS r FROM parted_0 UNION ALL SELECT p, 1 FROM parted_1
        UNION ALL SELECT p, 2 FROM parted_2 UNION ALL SELECT p, 3 FROM parted_3) x
      WHERE NOT satisfies_hash_partition('parted'::regclass, 4, r, p);
      IF bad > 0 THEN RAISE EXCEPTION '% rows are in the wrong partition', bad; END IF; END \$\$"
done

tap_done
