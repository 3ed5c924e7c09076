#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/seeds/<target>/) from the
repository's own inputs: the Jinja2 case corpus and the default theme for templates,
the example's and the test sites' Markdown, settings and data sets. Deterministic: the
same repository gives the same files. Run it after the inputs change and commit the
result (scripts/fuzz copies the seeds into a working corpus; the seeds stay as they are).

    tests/fuzz/make_seeds.py
"""
import hashlib
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests/fuzz/seeds"
MAX_SEED = 16 * 1024  # bytes; larger inputs are cut (the fuzzer grows them itself)


def write(target, data: bytes):
    data = data[:MAX_SEED]
    folder = SEEDS / target
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    (folder / name).write_bytes(data)


def text_files(pattern):
    return sorted(p for p in ROOT.glob(pattern) if p.is_file() and not p.is_symlink())


def template_seeds():
    # The first byte picks the environment options (template_fuzz.cc): 3 is
    # trim_blocks + lstrip_blocks, as the site renders Markdown; 0 is Jinja2's default.
    for case_file in sorted((ROOT / "tests/jinja/cases").glob("*.json")):
        cases = json.loads(case_file.read_text(encoding="utf-8"))
        for case in cases[::7]:  # every 7th case: a spread of every area, not all 3,000
            templates = case.get("templates", {})
            main = next(iter(templates.values()), "")
            if len(main) > 2000:
                continue
            write("template", b"\x00" + main.encode("utf-8"))
    for path in text_files("templates/**/*.html"):
        write("template", b"\x1b" + path.read_bytes())


def markdown_seeds():
    for pattern in ("tests/sites/valid/*/content/**/*.md", "content/**/*.md",
                    "tests/sites/invalid/*/content/**/*.md"):
        for path in text_files(pattern):
            write("markdown", path.read_bytes())


def front_matter_seeds():
    for path in text_files("content/**/*.md") + text_files("tests/sites/**/content/**/*.md"):
        data = path.read_bytes()
        end = data.find(b"\n---", 4)
        write("front_matter", data[: end + 5] if data.startswith(b"---") and end > 0 else data[:200])


def settings_seeds():
    for path in text_files("rapportage.yaml") + text_files("tests/sites/**/rapportage.yaml"):
        write("settings", path.read_bytes())


def data_seeds():
    options = [b"{}", b'{"soort": "staaf"}', b'{"soort": "lijn"}', b'{"decimalen": 1}']
    pairs = []
    for folder in [ROOT / "data"] + sorted((ROOT / "tests/sites").glob("*/*/data")):
        for schema in sorted(folder.glob("*.schema.json")):
            stem = schema.name[: -len(".schema.json")]
            for ext in ("json", "csv"):
                data = folder / f"{stem}.{ext}"
                if data.is_file() and not data.is_symlink() and not schema.is_symlink():
                    pairs.append((ext, data.read_bytes(), schema.read_bytes()))
    for i, (ext, data, schema) in enumerate(pairs):
        target = "csv" if ext == "csv" else "json_data"
        write(target, data + b"\x00" + schema + b"\x00" + options[i % len(options)])


def main():
    shutil.rmtree(SEEDS, ignore_errors=True)
    template_seeds()
    markdown_seeds()
    front_matter_seeds()
    settings_seeds()
    data_seeds()
    for folder in sorted(SEEDS.iterdir()):
        files = list(folder.iterdir())
        print(f"{folder.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
