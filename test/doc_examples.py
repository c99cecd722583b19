#!/usr/bin/env python3
"""Run the examples in the Markdown documentation and compare their output.

Usage: python3 test/doc_examples.py --db DATABASE FILE.md ...

The conventions (doc/period.md, "About the examples", says the same for
readers):

* An example is a fenced block ```sql immediately followed (blank lines
  allowed) by a fenced block ``` or ```text holding the output psql prints
  for it, as run by

      psql -X -q --pset=footer=off --pset=null=NULL

  (aligned format, no "(N rows)" footer, NULL shown as NULL, command tags
  such as "CREATE TABLE" suppressed by -q).  Errors are shown as psql
  prints them on stderr ("ERROR:  ...", "DETAIL:  ...", "HINT:  ...");
  stdout and stderr are read as one stream.
* A fenced block ```sql setup is run and must print nothing; a ```sql block
  with no output block after it is shown only, never run (reported as a
  TAP comment).
* A table whose header has an "Example" and a "Result" column is a list
  of examples: the Example cell is one code span, an expression (run as
  SELECT <expression>) or a whole query (starting with SELECT, WITH, VALUES
  or TABLE); the Result cell holds one code span per output row, in order,
  or the words "(no rows)".  Rows are compared in psql's unaligned,
  tuples-only format (-A -t), NULL again shown as NULL.  A row whose Example
  cell has no code span (e.g. "—") is not an example.
* An HTML comment line <!-- psql: COMMAND --> puts the psql COMMAND (e.g.
  \\set VERBOSITY verbose) in front of every later example of that file.
* The examples of one file run in order, one psql session each, in a schema
  of their own (doc_<file name>, first in search_path, dropped at the end),
  so a setup block can create tables that later examples use.

Before comparing, both sides are normalised: the "psql:<stdin>:N: " prefix
is dropped, as are the "LINE n: ..." echo of the statement with its caret
line and "LOCATION:" lines (they repeat the query or name C source lines),
trailing blanks on each line and blank lines at either end.

Output is TAP: "ok N - FILE:LINE" or "not ok N - FILE:LINE" with a unified
diff as "# " comment lines.  The exit status is 1 if any example failed.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})\s*([^`]*)$')
PSQL_DIRECTIVE = re.compile(r'^\s*<!--\s*psql:\s*(.*?)\s*-->\s*$')
QUERY_START = re.compile(r'^\s*(select|with|values|table)\b', re.I)
CODE_SPAN = re.compile(r'(`+)(.+?)(?<!`)\1(?!`)')


class Example:
    def __init__(self, path, line, kind, sql, expected, preamble):
        self.path = path            # file, as given
        self.line = line            # 1-based line of the opening fence or table row
        self.kind = kind            # "block", "setup" or "row"
        self.sql = sql
        self.expected = expected    # list of lines
        self.preamble = preamble    # psql commands from <!-- psql: ... -->


def split_cells(row):
    """Cells of a GFM table row: split on unescaped |, then unescape \\|."""
    row = row.strip()
    if row.startswith('|'):
        row = row[1:]
    if row.endswith('|') and not row.endswith('\\|'):
        row = row[:-1]
    cells = re.split(r'(?<!\\)\|', row)
    return [c.strip().replace('\\|', '|') for c in cells]


def code_spans(cell):
    out = []
    for m in CODE_SPAN.finditer(cell):
        s = m.group(2)
        if len(s) >= 2 and s[0] == ' ' and s[-1] == ' ' and s.strip():
            s = s[1:-1]
        out.append(s)
    return out


def parse(path):
    """Examples and shown-only sql blocks of one Markdown file."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    examples, shown_only = [], []
    preamble = []
    # First pass: fenced blocks, with their info string and line numbers.
    blocks = []                     # (open_line_index, close_line_index, info, body)
    in_block = set()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            fence, info = m.group(1), m.group(2).strip()
            j = i + 1
            while j < len(lines):
                c = re.match(r'^ {0,3}(`{3,}|~{3,})\s*$', lines[j])
                if c and c.group(1)[0] == fence[0] and len(c.group(1)) >= len(fence):
                    break
                j += 1
            blocks.append((i, j, info, lines[i + 1:j]))
            in_block.update(range(i, j + 1))
            i = j + 1
        else:
            i += 1
    block_at = {b[0]: b for b in blocks}
    consumed = set()
    # Second pass, in document order: directives, tables, blocks.
    i = 0
    while i < len(lines):
        if i in block_at:
            start, end, info, body = block_at[i]
            words = info.split()
            lang = words[0].lower() if words else ''
            if lang == 'sql' and start not in consumed:
                if 'setup' in words[1:]:
                    examples.append(Example(path, start + 1, 'setup',
                                            '\n'.join(body), [], list(preamble)))
                else:
                    k = end + 1
                    while k < len(lines) and lines[k].strip() == '':
                        k += 1
                    nxt = block_at.get(k)
                    if nxt and (nxt[2].split() or [''])[0].lower() in ('', 'text'):
                        examples.append(Example(path, start + 1, 'block',
                                                '\n'.join(body), nxt[3], list(preamble)))
                        consumed.add(nxt[0])
                    else:
                        shown_only.append(start + 1)
            i = end + 1
            continue
        m = PSQL_DIRECTIVE.match(lines[i])
        if m:
            preamble.append(m.group(1))
            i += 1
            continue
        # A table: header row, separator row, body rows.
        if (lines[i].lstrip().startswith('|') and i + 1 < len(lines)
                and re.match(r'^\s*\|?\s*:?-{3,}', lines[i + 1])):
            header = [h.lower() for h in split_cells(lines[i])]
            j = i + 2
            if 'example' in header and 'result' in header:
                ex, res = header.index('example'), header.index('result')
                while j < len(lines) and lines[j].lstrip().startswith('|'):
                    cells = split_cells(lines[j])
                    if len(cells) > max(ex, res):
                        spans = code_spans(cells[ex])
                        if spans:
                            if cells[res].strip().lower() == '(no rows)':
                                expected = []
                            else:
                                expected = code_spans(cells[res]) or [cells[res].strip()]
                            sql = spans[0] if len(spans) == 1 else None
                            examples.append(Example(path, j + 1, 'row', sql,
                                                    expected, list(preamble)))
                    j += 1
            else:
                while j < len(lines) and lines[j].lstrip().startswith('|'):
                    j += 1
            i = j
            continue
        i += 1
    return examples, shown_only


def normalise(text_lines):
    out = []
    skip_caret = False
    for line in text_lines:
        line = re.sub(r'^psql:[^:\n]*:\d+: ', '', line).rstrip()
        if skip_caret:
            skip_caret = False
            if re.match(r'^\s*\^$', line):
                continue
        if re.match(r'^LINE \d+: ', line):
            skip_caret = True
            continue
        if line.startswith('LOCATION:  '):
            continue
        out.append(line)
    while out and out[0] == '':
        out.pop(0)
    while out and out[-1] == '':
        out.pop()
    return out


class Runner:
    def __init__(self, db, workdir):
        self.db = db
        self.workdir = workdir
        self.env = dict(os.environ)
        self.env['PGCLIENTENCODING'] = 'UTF8'
        self.env['LC_ALL'] = 'C.UTF-8'
        self.env.pop('PSQLRC', None)
        self.base_options = self.env.get('PGOPTIONS', '')

    def psql(self, sql, schema, extra):
        env = dict(self.env)
        env['PGOPTIONS'] = (self.base_options + ' -c search_path=%s,public'
                            ' -c DateStyle=ISO -c TimeZone=UTC' % schema).strip()
        cmd = ['psql', '-X', '-q', '-d', self.db, '--pset=null=NULL'] + extra
        p = subprocess.run(cmd, input=sql.encode('utf-8'), stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env, cwd=self.workdir,
                           timeout=120)
        return p.stdout.decode('utf-8', 'replace').split('\n')


def schema_for(path):
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    return 'doc_' + re.sub(r'[^a-z0-9_]', '_', stem)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--db', required=True)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()

    per_file = []
    for path in args.files:
        if os.path.exists(path):
            per_file.append((path,) + parse(path))
    total = sum(len(e) for _, e, _ in per_file)
    print('1..%d' % total)
    n = failed = 0
    with tempfile.TemporaryDirectory(prefix='policy_ext_doc.') as work:
        runner = Runner(args.db, work)
        for path, examples, shown_only in per_file:
            for line in shown_only:
                print('# %s:%d: sql block without an output block, shown only' % (path, line))
            if not examples:
                continue
            schema = schema_for(path)
            runner.psql('DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s;' % (schema, schema),
                        'public', ['-v', 'ON_ERROR_STOP=1'])
            for ex in examples:
                n += 1
                pre = ''.join(p + '\n' for p in ex.preamble)
                if ex.kind == 'row':
                    if ex.sql is None:
                        actual = ['(the Example cell must hold exactly one code span)']
                    else:
                        q = ex.sql.strip().rstrip(';')
                        if not QUERY_START.match(q):
                            q = 'SELECT ' + q
                        actual = normalise(runner.psql(pre + q + ';\n', schema, ['-A', '-t']))
                else:
                    actual = normalise(runner.psql(pre + ex.sql + '\n', schema,
                                                   ['--pset=footer=off']))
                expected = normalise(ex.expected)
                where = '%s:%d' % (ex.path, ex.line)
                if actual == expected:
                    print('ok %d - %s' % (n, where))
                else:
                    failed += 1
                    print('not ok %d - %s' % (n, where))
                    for d in difflib.unified_diff(expected, actual, 'expected (%s)' % where,
                                                  'actual', lineterm='', n=2):
                        print('# ' + d)
            runner.psql('DROP SCHEMA IF EXISTS %s CASCADE;' % schema, 'public', [])
    if failed:
        print('# %d of %d documentation examples failed' % (failed, total))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
