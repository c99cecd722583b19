#!/bin/bash
# test/t/script_hygiene.sh — checks on the SQL scripts in the source tree
# (no server needed):
#   - no CREATE OR REPLACE anywhere in scripts/ (an extension script must not
#     take over an object it does not own; see "Security Considerations for
#     Extension Scripts" in the PostgreSQL manual);
#   - no @extschema@ inside a quoted literal or identifier, and none at all
#     while the control file says relocatable = true (PostgreSQL substitutes
#     it only for non-relocatable extensions);
#   - C functions name their library as 'MODULE_PATHNAME';
#   - the built install script, every frozen release script and every update
#     script begin with the \echo ... \quit guard against running them in psql;
#   - every function, aggregate, type and operator that scripts/ creates is
#     mentioned in doc/ or README.md.
#
# Run alone from anywhere:  bash test/t/script_hygiene.sh
# (the built script policy_ext--<default_version>.sql comes from `make`).
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.."

. test/tap.sh
# expect_none NAME OUTPUT: passes when OUTPUT (the offending lines) is empty
expect_none() { if [ -z "$2" ]; then ok "$1"; else not_ok "$1" "${2%$'\n'}"; fi; }

mapfile -t scripts < <(find scripts -type f -name '*.sql' | sort)
if [ ${#scripts[@]} -gt 0 ]; then ok "scripts/ holds ${#scripts[@]} SQL files"
else not_ok "scripts/ holds SQL files"; echo "1..$n"; exit 1; fi

# A small SQL lexer: comments (-- and /* */), 'strings' (with '' and, after
# E, backslash escapes), $tag$ strings $tag$ and "identifiers".
#   sqllex strip FILE    the text with comments blanked (line numbers kept)
#   sqllex quoted FILE   FILE:LINE: TEXT for every quoted token holding @extschema@
sqllex() {
  perl -e '
    my ($mode, $file) = @ARGV;
    open my $fh, "<", $file or die "$file: $!";
    local $/; my $s = <$fh>; my $out = ""; my $i = 0; my $len = length $s;
    my $line = sub { 1 + (substr($s, 0, $_[0]) =~ tr/\n//) };
    my $quoted = sub {
      my ($from, $to) = @_; my $t = substr($s, $from, $to - $from);
      if ($mode eq "quoted" && $t =~ /\@extschema\@/) {
        (my $show = $t) =~ s/\s+/ /g;
        printf "%s:%d: %s\n", $file, $line->($from), substr($show, 0, 120);
      }
      $out .= $t;
    };
    while ($i < $len) {
      my $rest = substr($s, $i, 2);
      if ($rest eq "--") {
        my $e = index($s, "\n", $i); $e = $len if $e < 0;
        $out .= " " x ($e - $i); $i = $e;
      } elsif ($rest eq "/*") {
        my $e = index($s, "*/", $i + 2); $e = $e < 0 ? $len : $e + 2;
        (my $blank = substr($s, $i, $e - $i)) =~ s/[^\n]/ /g;
        $out .= $blank; $i = $e;
      } elsif (substr($s, $i, 1) eq "\x27") {
        my $esc = $i > 0 && substr($s, $i - 1, 1) =~ /[Ee]/;
        my $j = $i + 1;
        while ($j < $len) {
          my $c = substr($s, $j, 1);
          if ($esc && $c eq "\\") { $j += 2; next; }
          if ($c eq "\x27") { if (substr($s, $j + 1, 1) eq "\x27") { $j += 2; next; } last; }
          $j++;
        }
        $quoted->($i, $j + 1); $i = $j + 1;
      } elsif (substr($s, $i, 1) eq "\"") {
        my $j = $i + 1;
        while ($j < $len) {
          if (substr($s, $j, 1) eq "\"") { if (substr($s, $j + 1, 1) eq "\"") { $j += 2; next; } last; }
          $j++;
        }
        $quoted->($i, $j + 1); $i = $j + 1;
      } elsif (substr($s, $i) =~ /^(\$([A-Za-z_][A-Za-z_0-9]*)?\$)/ &&
               ($i == 0 || substr($s, $i - 1, 1) !~ /[A-Za-z_0-9]/)) {
        my $tag = $1; my $e = index($s, $tag, $i + length $tag);
        $e = $e < 0 ? $len : $e + length $tag;
        $quoted->($i, $e); $i = $e;
      } else {
        $out .= substr($s, $i, 1); $i++;
      }
    }
    print $out if $mode eq "strip";
  ' "$1" "$2"
}

declare -A code
for f in "${scripts[@]}"; do code[$f]=$(sqllex strip "$f"); done

# --- CREATE OR REPLACE -----------------------------------------------------
hits=""
for f in "${scripts[@]}"; do
  h=$(grep -inE '\bCREATE[[:space:]]+OR[[:space:]]+REPLACE\b' <<<"${code[$f]}" | sed "s|^|$f:|")
  hits+=${h:+$h$'\n'}
done
expect_none "no CREATE OR REPLACE in scripts/ (outside comments)" "$hits"

# --- @extschema@ -----------------------------------------------------------
hits=""
for f in "${scripts[@]}"; do
  h=$(sqllex quoted "$f"); hits+=${h:+$h$'\n'}
done
expect_none "no @extschema@ inside quotes in scripts/" "$hits"

if grep -qE "^[[:space:]]*relocatable[[:space:]]*=[[:space:]]*true" policy_ext.control; then
  hits=""
  for f in "${scripts[@]}"; do
    h=$(grep -n '@extschema@' <<<"${code[$f]}" | sed "s|^|$f:|"); hits+=${h:+$h$'\n'}
  done
  expect_none "no @extschema@ at all: policy_ext.control says relocatable = true" "$hits"
fi

# --- MODULE_PATHNAME -------------------------------------------------------
hits=""
for f in "${scripts[@]}"; do
  h=$(grep -n "'\$libdir/" <<<"${code[$f]}" | sed "s|^|$f:|"); hits+=${h:+$h$'\n'}
done
expect_none "C functions name their library as 'MODULE_PATHNAME', not '\$libdir/...'" "$hits"

# --- the psql guard --------------------------------------------------------
# first_statement FILE: the first line that is neither blank nor a comment
first_statement() { grep -vE '^[[:space:]]*(--.*)?$' "$1" | head -1; }

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" policy_ext.control)
built=policy_ext--$version.sql
if [ ! -f "$built" ]; then
  not_ok "the built script $built starts with the CREATE EXTENSION guard" "$built is missing: run make"
else
  first=$(first_statement "$built")
  if [[ $first == '\echo Use "CREATE EXTENSION policy_ext'*'\quit' ]]; then
    ok "the built script $built starts with the CREATE EXTENSION guard"
  else
    not_ok "the built script $built starts with the CREATE EXTENSION guard" "first statement: $first"
  fi
  # No fragment may carry its own \quit (it would end the install script early).
  if [ "$(grep -c '\\quit' "$built")" -eq 1 ]; then
    ok "the built script $built has exactly one \\quit"
  else
    not_ok "the built script $built has exactly one \\quit" "$(grep -n '\\quit' "$built")"
  fi
fi

# Frozen releases (scripts/releases/policy_ext--X.Y.sql) and update steps
# (scripts/updates/policy_ext--X.Y--X.Z.sql): right names, right guards.
hits="" count=0
for f in scripts/releases/* scripts/updates/*; do
  [ -e "$f" ] || continue
  count=$((count + 1))
  b=$(basename "$f") first=$(first_statement "$f")
  case "$f" in
    scripts/releases/*)
      [[ $b =~ ^policy_ext--[0-9][0-9.]*\.sql$ ]] || hits+="$f: name is not policy_ext--X.Y.sql"$'\n'
      [[ $first == '\echo Use "CREATE EXTENSION policy_ext'*'\quit' ]] ||
        hits+="$f: first statement is not the CREATE EXTENSION guard: $first"$'\n' ;;
    scripts/updates/*)
      [[ $b =~ ^policy_ext--[0-9][0-9.]*--[0-9][0-9.]*\.sql$ ]] || hits+="$f: name is not policy_ext--X.Y--X.Z.sql"$'\n'
      [[ $first == '\echo Use "ALTER EXTENSION policy_ext UPDATE'*'\quit' ]] ||
        hits+="$f: first statement is not the ALTER EXTENSION ... UPDATE guard: $first"$'\n' ;;
  esac
done
expect_none "release and update scripts ($count) are well named and start with their guard" "$hits"

# --- documented ------------------------------------------------------------
docs=()
[ -f README.md ] && docs+=(README.md)
# (doc/testing.md is about the tests: naming a function there documents nothing)
[ -d doc ] && mapfile -t -O ${#docs[@]} docs < <(find doc -type f ! -path doc/testing.md | sort)
doctext=""
[ ${#docs[@]} -gt 0 ] && doctext=$(cat "${docs[@]}")

# Names created in scripts/: "KIND NAME" lines, schema qualification and
# identifier quotes removed; CREATE OPERATOR CLASS/FAMILY are not operators.
created=$(for f in "${scripts[@]}"; do printf '%s\n' "${code[$f]}"; done | perl -0777 -ne '
  while (/\bCREATE\s+(?:OR\s+REPLACE\s+)?(FUNCTION|AGGREGATE|TYPE|OPERATOR)\s+(?!CLASS\b|FAMILY\b)([^\s(;]+)/gi) {
    my ($kind, $name) = (uc $1, $2);
    if ($kind ne "OPERATOR") { $name =~ s/"//g; $name =~ s/^.*\.//; $name = lc $name; }
    print "$kind $name\n";
  }' | sort -u)

for kind in FUNCTION AGGREGATE TYPE OPERATOR; do
  names=$(awk -v k="$kind" '$1 == k { print $2 }' <<<"$created")
  total=$(grep -c . <<<"$names")
  missing=""
  while read -r name; do
    [ -n "$name" ] || continue
    if [ "$kind" = OPERATOR ]; then
      # the symbol on its own, not inside a longer operator (< is not <=)
      NAME=$name perl -e 'my $t = do { local $/; <STDIN> }; my $o = quotemeta $ENV{NAME};
        exit($t =~ /(?<![-+*\/<>=~!@#%^&|`?])$o(?![-+*\/<>=~!@#%^&|`?])/ ? 0 : 1)' <<<"$doctext" ||
        missing+="$name "
    else
      grep -qiw -- "$name" <<<"$doctext" || missing+="$name "
    fi
  done <<<"$names"
  what="every $(tr 'A-Z' 'a-z' <<<"$kind") created in scripts/ ($total) is mentioned in doc/ or README.md"
  if [ ${#docs[@]} -eq 0 ]; then
    not_ok "$what" "there is no README.md and no doc/ yet"
  elif [ -z "$missing" ]; then
    ok "$what"
  else
    not_ok "$what" "$(fold -s -w 200 <<<"missing: $missing")" "searched: ${docs[*]}"
  fi
done

tap_done
