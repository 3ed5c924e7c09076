#!/usr/bin/env python3
"""Builds every example in docs/handleiding.md, the author's guide.

The guide marks its examples with HTML comments, each followed by a fenced block:

  <!-- voorbeeld: PATH -->            the block becomes the file PATH of the example
                                       report (created or replaced)
  <!-- voorbeeld: PATH toevoegen -->  the block is added to the end of PATH
  <!-- fout: PATH [toevoegen] -->     the same, but in a copy of the report; the next
                                       fenced block is the message: `rapportage check`
                                       must exit 1 and print each of its lines
  <!-- opdracht: . -->                 each line of the block is a `rapportage` command,
                                       run in the example report; it must exit 0
  <!-- toont: URLPATH -->             after a build, every line of the block appears
                                       in the text of the page URLPATH (site-out/URLPATH)

The report starts as `rapportage new` writes it. After each `voorbeeld` (or each run of
`voorbeeld`s that follow one another, such as a data file and its schema) it must pass
`rapportage check --strict`, so every example in the guide builds without a warning.

Usage: handleiding_examples.py RAPPORTAGE_BIN GUIDE.md [--print]
  --print  show what each `fout` example prints, to copy into the guide.
"""
import html
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

MARKER = re.compile(r"^<!-- (voorbeeld|fout|toont|opdracht): (\S+)( toevoegen)? -->$")
FENCE = re.compile(r"^(```+|~~~+)")


def read_examples(guide_path):
    """Returns [(kind, path, append, block, expected, line_number)]."""
    lines = open(guide_path, encoding="utf-8").read().split("\n")
    examples = []
    i = 0

    def fenced_block(start):
        j = start
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not FENCE.match(lines[j]):
            raise SystemExit(f"{guide_path}:{start + 1}: a marker must be followed by a fenced block")
        fence = FENCE.match(lines[j]).group(1)
        body = []
        j += 1
        while j < len(lines) and not lines[j].startswith(fence):
            body.append(lines[j])
            j += 1
        return "\n".join(body) + "\n", j + 1

    while i < len(lines):
        m = MARKER.match(lines[i].strip())
        if not m:
            i += 1
            continue
        kind, path, append = m.group(1), m.group(2), bool(m.group(3))
        block, after = fenced_block(i + 1)
        expected = None
        if kind == "fout":
            expected, after = fenced_block(after)
        examples.append((kind, path, append, block, expected, i + 1))
        i = after
    return examples


def run(binary, root, *args):
    env = dict(os.environ, NO_COLOR="1", SOURCE_DATE_EPOCH="1735689600")
    return subprocess.run([binary, *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=120)


def write_example(root, path, append, block):
    target = os.path.join(root, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "a" if append else "w", encoding="utf-8") as f:
        f.write(block)


def page_text(site, url_path):
    path = os.path.join(site, url_path)
    if os.path.isdir(path) or url_path.endswith("/"):
        path = os.path.join(path, "index.html")
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, guide = os.path.abspath(sys.argv[1]), sys.argv[2]
    show = "--print" in sys.argv[3:]
    examples = read_examples(guide)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "rapportage")
        result = run(binary, tmp, "new", root)
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1
        counts = {"voorbeeld": 0, "fout": 0, "toont": 0, "opdracht": 0}
        for index, (kind, path, append, block, expected, line) in enumerate(examples):
            where = f"{guide}:{line}"
            counts[kind] += 1
            if kind == "voorbeeld":
                write_example(root, path, append, block)
                next_kind = examples[index + 1][0] if index + 1 < len(examples) else None
                if next_kind == "voorbeeld" and examples[index + 1][5] - line < 30:
                    continue  # checked with the example that completes it
                result = run(binary, root, "check", "--strict")
                if result.returncode != 0:
                    failures.append(f"{where}: example {path} does not pass `check --strict`:\n{result.stderr}")
            elif kind == "opdracht":
                for command in block.strip().split("\n"):
                    words = shlex.split(command.split("#")[0])
                    if not words or words[0] != "rapportage":
                        failures.append(f"{where}: not a rapportage command: {command}")
                        continue
                    result = run(binary, root, *words[1:])
                    if result.returncode != 0:
                        failures.append(f"{where}: `{command}` failed:\n{result.stderr}")
            elif kind == "fout":
                copy = os.path.join(tmp, f"fout-{line}")
                shutil.copytree(root, copy)
                write_example(copy, path, append, block)
                result = run(binary, copy, "check")
                if show:
                    print(f"--- {where} ({path})\n{result.stderr}")
                if result.returncode != 1:
                    failures.append(f"{where}: example {path} should fail with exit 1, got {result.returncode}:\n{result.stderr}")
                for want in expected.rstrip("\n").split("\n"):
                    if want.strip() and want.rstrip() not in result.stderr:
                        failures.append(f"{where}: the message of {path} does not contain:\n  {want}\nit printed:\n{result.stderr}")
                shutil.rmtree(copy)
            else:
                result = run(binary, root, "build", "--no-search", "--quiet")
                if result.returncode != 0:
                    failures.append(f"{where}: build failed:\n{result.stderr}")
                    continue
                text = page_text(os.path.join(root, "site-out"), path)
                for want in block.rstrip("\n").split("\n"):
                    want = re.sub(r"\s+", " ", want.strip())
                    if want and want not in text:
                        failures.append(f"{where}: page {path} does not show: {want}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"handleiding: {counts['voorbeeld']} examples, {counts['fout']} error examples, "
          f"{counts['toont']} page checks, {counts['opdracht']} commands; {len(failures)} failures")
    if counts["voorbeeld"] == 0 or counts["fout"] == 0 or counts["toont"] == 0:
        print("handleiding: the guide has lost its examples", file=sys.stderr)
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
