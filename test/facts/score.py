#!/usr/bin/env python3
"""Score the rows of extract_facts() against a gold file of hand-checked facts.

usage: score.py GOLD.jsonl PREDICTIONS.jsonl [--docs DOCS.tsv] [--verbose]
       score.py --check GOLD.jsonl [--docs DOCS.tsv]

PREDICTIONS.jsonl: one row a line, the JSON of an extract_facts() row plus
"doc" (the document's file name); keys other than doc, kind, value,
qualifier, delta, goal and period are not read.

GOLD.jsonl: one fact a line (see test/facts/corpus/README.md):
  doc, kind (the kinds allowed), value, unit, qualifier, period (the periods
  allowed, or null for any), delta {value, unit, basis[]}, goal {cmp[], value,
  [high,] unit, basis[], deadline[]}, optional, evidence.

The matching rules are those of the shared scorer: a prediction matches a
gold fact of its document when its kind is allowed and
  - a goal row against a gold goal: comparator (>= counts as >, <= as <),
    target number, unit (% / pp / none), basis and deadline agree; a
    "between" goal needs both ends to agree;
  - a delta row against a gold delta: number, unit and basis agree, and the
    period is allowed;
  - anything else: the value agrees (relative tolerance 1e-6; a delta or goal
    row without a value gives its text's number), the qualifier agrees where
    the gold names one, and (unless the row is a goal) the period is allowed.
A gold fact takes at most one prediction and a prediction at most one gold
fact; the pairing is a maximum matching, required facts before optional ones
(never worse than pairing in file order). Optional facts are neither missed
nor count against the predictions they match.

precision = matched required / (predictions - predictions matching optional)
recall    = matched required / required
A set with nothing to find and nothing predicted scores 1.000 throughout.

--docs adds a line per document and per language (the lang column); MISSED and
SPURIOUS lines (with --verbose) carry the language in brackets. The last line
is always "F1 <value>". --check validates the gold and exits 1 on a fault.
"""
import json
import re
import sys

NUMBER = r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+"
SIGNED = r"[+\-\u2212]?(?:" + NUMBER + r")"
BASES = ("yoy", "qoq", "mom", "wow", "dod", "pop", "pa", "cum", "base")
BASIS = r"(?:" + "|".join(BASES) + r")"
CHANGE = r"(" + SIGNED + r")\s*(%|pp)?\s*(" + BASIS + r")?"
TARGET = r"(level\s+)?" + CHANGE
DEADLINE = r"(?:by|in)\s+(\S+)"
DELTA_TEXT = re.compile(r"^\s*" + CHANGE + r"\s*$", re.I)
GOAL_TEXT = re.compile(
    r"^\s*(>=|<=|>|<|=|~|\u2265|\u2264|\u2248)\s*" + TARGET
    + r"\s*(?:(?:\u00b1|\+/-)\s*(?:" + NUMBER + r")\s*)?" + DEADLINE, re.I)
BETWEEN_TEXT = re.compile(
    r"^\s*between\s+" + TARGET + r"\s+and\s+" + TARGET + r"\s+" + DEADLINE, re.I)
COMPARATORS = {"\u2265": ">", "\u2264": "<", "\u2248": "~", ">=": ">", "<=": "<"}
KINDS = {"level", "share", "delta", "goal"}


def number(text):
    return float(text.replace("\u2212", "-"))


def same_number(a, b):
    if a is None or b is None:
        return False
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def comparator(c):
    return COMPARATORS.get(c, c)


def read_delta(text):
    """(number, unit, basis) of a metric_delta's text, or None."""
    m = DELTA_TEXT.match(text or "")
    if not m:
        return None
    return number(m.group(1)), (m.group(2) or "").lower(), (m.group(3) or "").lower()


def read_goal(text):
    """(comparator, low, high, unit, basis, deadline) of a policy_goal's text, or None.

    high is None except for "between"; a "level -3.5" target reads as -3.5."""
    m = BETWEEN_TEXT.match(text or "")
    if m:
        low, high = number(m.group(2)), number(m.group(6))
        unit = (m.group(3) or m.group(7) or "").lower()
        basis = (m.group(4) or m.group(8) or "").lower()
        return "between", low, high, unit, basis, m.group(9)
    m = GOAL_TEXT.match(text or "")
    if not m:
        return None
    return (comparator(m.group(1)), number(m.group(3)), None,
            (m.group(4) or "").lower(), (m.group(5) or "").lower(), m.group(6))


def period_allowed(gold, pred):
    allowed = gold.get("period")
    return allowed is None or pred.get("period") in allowed


def goal_agrees(want, got):
    cmp_, low, high, unit, basis, deadline = got
    if cmp_ not in {comparator(c) for c in want["cmp"]}:
        return False
    if cmp_ == "between" and not same_number(high, want.get("high")):
        return False
    return (same_number(low, want["value"]) and unit == want.get("unit", "")
            and basis in want.get("basis", [""]) and deadline in want["deadline"])


def agrees(gold, pred):
    kind = pred.get("kind")
    if gold["doc"] != pred.get("doc") or kind not in gold["kind"]:
        return False
    if kind == "goal" and "goal" in gold:
        got = read_goal(pred.get("goal"))
        return got is not None and goal_agrees(gold["goal"], got)
    if kind == "delta" and "delta" in gold:
        got = read_delta(pred.get("delta"))
        want = gold["delta"]
        return (got is not None and same_number(got[0], want["value"])
                and got[1] == want.get("unit", "") and got[2] in want.get("basis", [""])
                and period_allowed(gold, pred))
    value = pred.get("value")
    if value is None and kind == "delta":
        got = read_delta(pred.get("delta"))
        value = got[0] if got else None
    elif value is None and kind == "goal":
        got = read_goal(pred.get("goal"))
        value = got[1] if got else None
    if not same_number(value, gold.get("value")):
        return False
    if "qualifier" in gold and \
            comparator(pred.get("qualifier") or "=") != comparator(gold["qualifier"]):
        return False
    return kind == "goal" or period_allowed(gold, pred)


def pair(gold, preds):
    """Maximum matching gold -> prediction, required facts first (Kuhn)."""
    options = [[j for j, p in enumerate(preds) if agrees(g, p)] for g in gold]
    owner = {}                          # prediction -> gold

    def claim(i, seen):
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or claim(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = [i for i, g in enumerate(gold) if not g.get("optional")] + \
            [i for i, g in enumerate(gold) if g.get("optional")]
    for i in order:
        claim(i, set())
    return {i: j for j, i in owner.items()}


class Tally:
    def __init__(self):
        self.preds = self.required = self.optional = self.hit = self.hit_optional = 0
        self.docs = 0

    def add(self, other):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def scores(self):
        counted = self.preds - self.hit_optional
        if self.required == 0 and counted == 0:
            return 1.0, 1.0, 1.0
        p = self.hit / counted if counted else 0.0
        r = self.hit / self.required if self.required else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self):
        p, r, f = self.scores()
        return (f"predictions {self.preds}, gold {self.required} (+{self.optional} optional), "
                f"matched {self.hit}, precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


def bases(allowed):
    return "|".join(b or "-" for b in allowed)


def describe_gold(g):
    if "goal" in g and "goal" in g["kind"]:
        w = g["goal"]
        what = f"goal {'|'.join(w['cmp'])} {w['value']}" + \
            (f"..{w['high']}" if "high" in w else "") + \
            f"{w.get('unit', '')} {bases(w.get('basis', ['']))} by {'|'.join(w['deadline'])}"
    elif "delta" in g:
        d = g["delta"]
        what = f"delta {d['value']}{d.get('unit', '')} {bases(d.get('basis', ['']))}"
    else:
        what = f"{'|'.join(g['kind'])} {g.get('qualifier', '')}{g.get('value')}"
    period = "any" if g.get("period") is None else "|".join(g["period"])
    return f"{what} [{period}] \"{g.get('evidence', '')}\""


def describe_pred(p):
    parts = [str(p.get(k)) for k in ("kind", "qualifier", "value", "unit", "delta", "goal", "period")]
    return " ".join(parts) + " \"" + (p.get("sentence") or "")[:80].replace("\n", " ") + "\""


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    sys.exit(f"{path}:{n}: not JSON: {e}")
    return rows


def read_docs(path):
    """{doc: lang} in file order."""
    docs = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if n == 1 and cols[0] == "doc":
                continue
            if len(cols) != 3:
                sys.exit(f"{path}:{n}: want doc<TAB>published<TAB>lang")
            docs[cols[0]] = cols[2]
    return docs


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def gold_faults(g, docs):
    """What is wrong with one gold line (empty: nothing)."""
    faults = []
    if not isinstance(g.get("doc"), str) or (docs is not None and g.get("doc") not in docs):
        faults.append("doc missing or not in docs.tsv")
    kinds = g.get("kind")
    if not isinstance(kinds, list) or not kinds or not set(kinds) <= KINDS:
        faults.append("kind must be a non-empty list of level/share/delta/goal")
        kinds = []
    if not isinstance(g.get("evidence"), str) or not g["evidence"]:
        faults.append("evidence missing")
    if "period" in g and g["period"] is not None and \
            not (isinstance(g["period"], list) and all(isinstance(p, str) for p in g["period"])):
        faults.append("period must be null or a list of period texts")
    if "qualifier" in g and g["qualifier"] not in (">", ">=", "<", "<=", "~"):
        faults.append("qualifier must be one of > >= < <= ~ (leave it out for none)")
    if "optional" in g and not isinstance(g["optional"], bool):
        faults.append("optional must be true or false")
    if "delta" in g:
        d = g["delta"]
        if not is_number(d.get("value")) or d.get("unit", "") not in ("", "%", "pp") or \
                not set(d.get("basis", [""])) <= set(BASES) | {""}:
            faults.append("delta needs a number, a unit of % / pp / \"\", bases from the list")
    if "goal" in g:
        w = g["goal"]
        cmps = w.get("cmp")
        if not isinstance(cmps, list) or not cmps or \
                not set(cmps) <= {">", ">=", "<", "<=", "=", "~", "between"}:
            faults.append("goal.cmp must list comparators")
        elif "between" in cmps and not is_number(w.get("high")):
            faults.append("a between goal needs high")
        if not is_number(w.get("value")) or w.get("unit", "") not in ("", "%", "pp") or \
                not set(w.get("basis", [""])) <= set(BASES) | {""} or \
                not isinstance(w.get("deadline"), list) or not w["deadline"]:
            faults.append("goal needs a number, a unit of % / pp / \"\", bases, deadlines")
    needs_value = [k for k in kinds if not (k == "delta" and "delta" in g)
                   and not (k == "goal" and "goal" in g)]
    if needs_value and not is_number(g.get("value")):
        faults.append(f"kind {needs_value[0]} without delta/goal needs a numeric value")
    if "delta" in kinds and "delta" not in g and "goal" in g:
        faults.append("a delta kind with a goal but no delta")
    return faults


def check(gold_path, docs):
    bad = 0
    for n, g in enumerate(read_jsonl(gold_path), 1):
        for fault in gold_faults(g, docs):
            print(f"{gold_path}:{n}: {fault}")
            bad += 1
    print("gold well-formed" if not bad else f"{bad} faults")
    return 0 if not bad else 1


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if a != "--verbose"]
    docs = None
    if "--docs" in args:
        k = args.index("--docs")
        if k + 1 >= len(args):
            sys.exit(__doc__)
        docs = read_docs(args[k + 1])
        del args[k:k + 2]
    if args[:1] == ["--check"] and len(args) == 2:
        return check(args[1], docs)
    if len(args) != 2 or any(a.startswith("--") for a in args):
        sys.exit(__doc__)
    gold, preds = read_jsonl(args[0]), read_jsonl(args[1])

    names = list(docs) if docs else []
    names += sorted(({g["doc"] for g in gold} | {p.get("doc") for p in preds}) - set(names),
                    key=str)
    lang = (lambda d: docs.get(d, "?")) if docs else (lambda d: "")
    per_doc, lines = {}, []
    for d in names:
        g = [x for x in gold if x["doc"] == d]
        p = [x for x in preds if x.get("doc") == d]
        match = pair(g, p)
        t = Tally()
        t.docs, t.preds = 1, len(p)
        t.required = sum(1 for x in g if not x.get("optional"))
        t.optional = len(g) - t.required
        t.hit = sum(1 for i in match if not g[i].get("optional"))
        t.hit_optional = len(match) - t.hit
        per_doc[d] = t
        tag = f"[{lang(d)}] " if docs else ""
        used = set(match.values())
        lines += [f"MISSED   {tag}{d} {describe_gold(x)}" for i, x in enumerate(g)
                  if i not in match and not x.get("optional")]
        lines += [f"SPURIOUS {tag}{d} {describe_pred(x)}" for j, x in enumerate(p) if j not in used]

    if verbose:
        print("\n".join(lines) if lines else "(no missed or spurious facts)")
    total = Tally()
    groups = {}
    for d, t in per_doc.items():
        total.add(t)
        groups.setdefault(lang(d), Tally()).add(t)
        if docs:
            print(f"doc {d} {lang(d)}: {t.line()}")
    if docs:
        for name, t in groups.items():
            print(f"group {name}: documents {t.docs}, {t.line()}")
    p, r, f = total.scores()
    print(f"predictions {total.preds}, gold {total.required} (+{total.optional} optional)")
    print(f"precision {p:.3f}  recall {r:.3f}")
    print(f"F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
