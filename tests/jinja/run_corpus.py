#!/usr/bin/env python3
"""Run the Jinja compatibility corpus through `rapportage render` and compare with Jinja2.

Usage:
  run_corpus.py --bin build/rapportage tests/jinja/expected            (every area)
  run_corpus.py --bin build/rapportage tests/jinja/expected --filter floats --filter for
  run_corpus.py --bin build/rapportage tests/jinja/expected/traps.jsonl

The expected files (JSON Lines, one case per line) are written by
scripts/jinja-expectations.py with reference Jinja2; this runner needs only python3.

For each case the templates are written to a fresh directory and the engine is run as
  rapportage render --templates DIR --context CONTEXT.json [--env KEY=VALUE]... ENTRY
which must print the rendered output on stdout (nothing added), exit 0 on success, and
on a template error exit 1 with a first stderr line "NAME:LINE:COL: error: ...".

A case passes when the output is byte-identical, or, where Jinja2 raised, when the
engine exits 1 (not a crash) and, for syntax errors, reports the same line. An output of
more than 64 KiB is stored as {"expected_sha256": HEX, "expected_length": BYTES}: the
engine's output must have that digest; on a mismatch both lengths and the first 200 bytes
of the engine's output are printed (scripts/jinja-expectations.py --render NAME prints
Jinja2's whole output).

--save-failed DIR writes the engine's output of every failing case to DIR/NAME.out.
--env KEY=VALUE is passed to the engine for every case (after the case's own), e.g. to
run the corpus with an engine option off.

tests/jinja/deviations.json lists the differences from Jinja2 made on purpose:
  {"CASE-NAME": {"engine": "error" | "lenient", "reason": "..."}}
An "error" case passes when the engine matches Jinja2 or, instead, exits 1 with a
diagnostic (an error, never a crash or wrong output). A "lenient" case is one where
Jinja2 raises but the engine gives the exact "output" listed with it (for example
`|length` of a filter result that Jinja2 leaves as a generator). --no-deviations ignores the list.
Differences are printed in corpus order; the last line is "N passed, M failed" and the
exit status is 1 when a case failed.
"""
import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

DIAG = re.compile(r"^(?P<name>[^:\n]+):(?P<line>\d+):(?P<col>\d+): error: ")


def load_expected(paths, areas):
    """Yield (area, case) from .jsonl files or directories of them, in a stable order."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(glob.glob(os.path.join(path, "*.jsonl")))
        else:
            files.append(path)
    for path in files:
        area = os.path.basename(path).rsplit(".", 1)[0]
        if areas and area not in areas:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield area, json.loads(line)


def env_args(case):
    args = []
    for key, value in case.get("env", {}).items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        args += ["--env", f"{key}={value}"]
    return args


def run_case(binary, case, timeout, extra_env=()):
    entry = case.get("entry") or next(iter(case["templates"]))
    with tempfile.TemporaryDirectory(prefix="jinja-corpus-") as tmp:
        tdir = os.path.join(tmp, "templates")
        for name, source in case["templates"].items():
            path = os.path.join(tdir, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(source)
        ctx = os.path.join(tmp, "context.json")
        with open(ctx, "w", encoding="utf-8") as f:
            json.dump(case.get("context", {}), f, ensure_ascii=False)
        cmd = [binary, "render", "--templates", tdir, "--context", ctx, *env_args(case)]
        for setting in extra_env:
            cmd += ["--env", setting]
        cmd.append(entry)
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "timeout", b"", ""
        except OSError as e:
            return "oserror", b"", str(e)
        # stdout stays bytes: a large output is compared by its digest, byte for byte.
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def load_deviations(path):
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        deviations = json.load(f)
    for name, entry in deviations.items():
        kind = entry.get("engine")
        if kind not in ("error", "lenient") or not entry.get("reason") or (kind == "lenient" and "output" not in entry):
            sys.exit(f"run_corpus: error: {path}: {name}: needs \"engine\": \"error\" or \"lenient\" (with \"output\"), and a \"reason\"")
    return deviations


def judge_deviation(case, entry, rc, stdout, err):
    """A documented deviation: Jinja2's result, or a clean error exit with a diagnostic,
    or (lenient) exactly the output the deviation lists."""
    if judge(case, rc, stdout, err) is None:
        return None
    out = stdout.decode("utf-8", "replace")
    if entry.get("engine") == "lenient":
        if rc == 0 and out == entry["output"]:
            return None
        return f"documented lenient deviation: expected exit 0 with {entry['output']!r}, got exit {rc} with {out[:80]!r}"
    if rc == 1 and ": error: " in (err.splitlines()[0] if err else ""):
        return None
    if rc == 1:
        return f"documented deviation: engine exited 1 without a diagnostic (got {err[:80]!r})"
    return judge(case, rc, stdout, err)


def judge(case, rc, stdout, err):
    """None when the case passes, else a description of the difference."""
    out = stdout.decode("utf-8", "replace")
    if rc == "timeout":
        return "timed out"
    if rc == "oserror":
        return f"could not run the engine: {err}"
    if rc < 0:
        return f"crashed with signal {-rc}"
    if "expected_error" in case:
        want = case["expected_error"]
        if rc != 1:
            got = f"output {out[:80]!r}" if rc == 0 else err.strip()[:80]
            return f"Jinja2 raised ({want['type']}: {want['message'][:80]}) but the engine exited {rc}: {got}"
        if want["type"] == "syntax":
            first = err.splitlines()[0] if err else ""
            m = DIAG.match(first)
            if not m:
                return f"syntax error not reported as NAME:LINE:COL: error: ... (got {first[:80]!r})"
            if int(m.group("line")) != want["lineno"]:
                return f"syntax error reported at line {m.group('line')}, Jinja2 says {want['lineno']}: {want['message'][:80]}"
        return None
    if rc != 0:
        return f"engine exited {rc}: {err.strip()[:160]}"
    if "expected_sha256" in case:
        if hashlib.sha256(stdout).hexdigest() == case["expected_sha256"]:
            return None
        return (f"output differs (compared by digest)\n    want {case['expected_length']} bytes, "
                f"got {len(stdout)} bytes\n    got  {stdout[:200]!r}")
    if out != case["expected"]:
        return f"output differs\n    want {case['expected'][:200]!r}\n    got  {out[:200]!r}"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the rapportage executable")
    ap.add_argument("--filter", action="append", default=[], metavar="AREA",
                    help="run only this area (expected file name without .jsonl); repeatable, or comma-separated")
    ap.add_argument("--jobs", type=int, default=2, help="cases run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=10, help="seconds per case")
    ap.add_argument("--verbose", action="store_true", help="also print the passing cases")
    ap.add_argument("--deviations", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "deviations.json"),
                    help="documented differences from Jinja2 (default: deviations.json next to this script)")
    ap.add_argument("--no-deviations", action="store_true", help="judge every case strictly against Jinja2")
    ap.add_argument("--save-failed", metavar="DIR",
                    help="write the engine's output of each failing case to DIR/NAME.out")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                    help="passed to the engine as --env KEY=VALUE for every case; repeatable")
    ap.add_argument("paths", nargs="+", help="expected .jsonl files or directories holding them")
    args = ap.parse_args()

    areas = {a for item in args.filter for a in item.split(",") if a}
    cases = list(load_expected(args.paths, areas))
    if not cases:
        print("run_corpus: error: no cases found" + (f" for area {', '.join(sorted(areas))}" if areas else ""))
        print("0 passed, 0 failed")
        sys.exit(1)
    binary = os.path.abspath(args.bin)
    deviations = {} if args.no_deviations else load_deviations(args.deviations)
    known = {case["name"] for _, case in cases}
    if not areas:
        for name in sorted(set(deviations) - known):
            print(f"note: deviations.json names an unknown case {name}")

    def work(item):
        _, case = item
        result = run_case(binary, case, args.timeout, args.env)
        if case["name"] in deviations:
            problem = judge_deviation(case, deviations[case["name"]], *result)
        else:
            problem = judge(case, *result)
        if problem is not None and args.save_failed:
            os.makedirs(args.save_failed, exist_ok=True)
            with open(os.path.join(args.save_failed, case["name"] + ".out"), "wb") as f:
                f.write(result[1])
        return problem

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for (area, case), problem in zip(cases, pool.map(work, cases)):
            if problem is None:
                passed += 1
                if args.verbose:
                    print(f"ok   {case['name']}")
            else:
                failed += 1
                print(f"FAIL {case['name']}: {problem}", flush=True)
    used = len(known & set(deviations))
    if used:
        print(f"({used} of these cases are documented deviations from Jinja2: {os.path.relpath(args.deviations)})")
    print(f"{passed} passed, {failed} failed")
    sys.exit(0 if failed == 0 else 1)


if __name__ == "__main__":
    main()
