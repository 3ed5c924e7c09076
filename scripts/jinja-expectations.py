#!/usr/bin/env python3
"""Compute the expected results of the Jinja compatibility corpus with reference Jinja2.

Reads tests/jinja/cases/<area>.json (JSON arrays of cases) and writes
tests/jinja/expected/<area>.jsonl: one line per case, the case itself plus either
  {"expected": "<output>"}
or, for an output of more than 64 KiB (UTF-8), only its digest and length in bytes
  {"expected_sha256": "<hex>", "expected_length": N}
or
  {"expected_error": {"type": "syntax"|"undefined"|"runtime", "lineno": N, "message": ...}}
("lineno" only for syntax errors). tests/jinja/run_corpus.py compares the engine with
these files; it needs no Jinja2. Run this script after editing a case file:

  scripts/jinja-expectations.py            regenerate every area
  scripts/jinja-expectations.py floats     regenerate some areas
  scripts/jinja-expectations.py --check    fail if an expected file is out of date
  scripts/jinja-expectations.py --render NAME > want.html
                                           print Jinja2's output of one case (to compare
                                           a large output that is stored as a digest)

A case is a JSON object:
  {"name": "...", "templates": {"main.html": "..."}, "entry": "main.html" (default: first
   template), "context": {...} (default {}), "env": {"trim_blocks": false, ...}}

The environment is the generator's documented one: StrictUndefined, trim_blocks and
lstrip_blocks on, keep_trailing_newline off, autoescape decided per template by its own
extension (html, htm, xml, svg); "env" overrides these four options ("autoescape": true
or false forces it for every template).
"""
import argparse
import copy
import glob
import hashlib
import json
import os
import sys

try:
    import jinja2
except ImportError:  # pragma: no cover - message for developers without Jinja2
    sys.exit("jinja-expectations: error: Jinja2 is needed to compute expectations (pip install jinja2)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join(ROOT, "tests", "jinja", "cases")
EXPECTED_DIR = os.path.join(ROOT, "tests", "jinja", "expected")

# Outputs longer than this (in UTF-8 bytes) are stored as a SHA-256 digest and a length, so
# that cases rendering tens of thousands of rows do not put megabytes into expected/.
MAX_STORED_OUTPUT = 64 * 1024

ENV_DEFAULTS = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": False,
    "autoescape": None,  # None: per template, by its own extension
}


def make_env(case):
    opts = dict(ENV_DEFAULTS)
    opts.update(case.get("env", {}))
    autoescape = opts.pop("autoescape")
    if autoescape is None:
        autoescape = jinja2.select_autoescape(["html", "htm", "xml", "svg"])
    return jinja2.Environment(
        loader=jinja2.DictLoader(case["templates"]),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        **opts,
    )


def render(case):
    entry = case.get("entry") or next(iter(case["templates"]))
    # A copy: a template may mutate the context (l.append(x)), and the case is written out.
    return make_env(case).get_template(entry).render(copy.deepcopy(case.get("context", {})))


def expect(case):
    try:
        out = render(case)
        data = out.encode("utf-8")
        if len(data) > MAX_STORED_OUTPUT:
            return {"expected_sha256": hashlib.sha256(data).hexdigest(), "expected_length": len(data)}
        return {"expected": out}
    except jinja2.TemplateSyntaxError as e:
        return {"expected_error": {"type": "syntax", "lineno": e.lineno, "message": str(e)}}
    except jinja2.UndefinedError as e:
        return {"expected_error": {"type": "undefined", "message": str(e)}}
    except Exception as e:  # noqa: BLE001 - any runtime failure is an expected error
        return {"expected_error": {"type": "runtime", "message": f"{type(e).__name__}: {e}"}}


def render_area(path):
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    lines = []
    for case in cases:
        result = dict(case)
        result.update(expect(case))
        lines.append(json.dumps(result, ensure_ascii=False) + "\n")
    return "".join(lines), len(cases)


def print_case(name):
    for path in sorted(glob.glob(os.path.join(CASES_DIR, "*.json"))):
        with open(path, encoding="utf-8") as f:
            for case in json.load(f):
                if case["name"] == name:
                    sys.stdout.buffer.write(render(case).encode("utf-8"))
                    return
    sys.exit(f"jinja-expectations: error: no case named {name!r} in {os.path.relpath(CASES_DIR, ROOT)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("areas", nargs="*", help="area names (case file names without .json); default: all")
    ap.add_argument("--check", action="store_true", help="only report expected files that are out of date")
    ap.add_argument("--render", metavar="NAME", help="print Jinja2's output of the case NAME and exit")
    args = ap.parse_args()
    if args.render:
        return print_case(args.render)

    paths = sorted(glob.glob(os.path.join(CASES_DIR, "*.json")))
    if args.areas:
        wanted = set(args.areas)
        paths = [p for p in paths if os.path.basename(p)[:-5] in wanted]
        missing = wanted - {os.path.basename(p)[:-5] for p in paths}
        if missing:
            sys.exit(f"jinja-expectations: error: no case file for area {', '.join(sorted(missing))}")
    os.makedirs(EXPECTED_DIR, exist_ok=True)
    stale = total = 0
    names = set()
    for path in paths:
        area = os.path.basename(path)[:-5]
        text, count = render_area(path)
        for line in text.split("\n")[:-1]:  # not splitlines(): U+2028 etc. may occur raw
            name = json.loads(line)["name"]
            if name in names:
                sys.exit(f"jinja-expectations: error: duplicate case name {name!r} in {area}")
            names.add(name)
        total += count
        out = os.path.join(EXPECTED_DIR, area + ".jsonl")
        old = None
        if os.path.exists(out):
            with open(out, encoding="utf-8") as f:
                old = f.read()
        if args.check:
            if old != text:
                stale += 1
                print(f"out of date: {os.path.relpath(out, ROOT)}")
            continue
        if old != text:
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"{area}: {count} cases")
    print(f"{total} cases in {len(paths)} areas (Jinja2 {jinja2.__version__})")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
