#!/usr/bin/env bash
# Incremental build benchmark (not a test): time from an edit to the rebuilt site on disk.
#
#   bench/incremental/run.sh [--bin build-release/rapportage] [--pages 4000] [--runs 10]
#
# Three cases, each timed by hyperfine with the edit as its --prepare step (so every run
# rebuilds after a fresh edit):
#   1. the example report (the repository root): one Markdown paragraph changed;
#   2. a report of --pages pages from bench/site/generate.py: one section page changed;
#   3. the same report: one number in one chapter's data set changed (only the pages
#      that use that data set are rendered: the summary line shows how many).
# Builds run with --no-search (Pagefind re-indexes the whole site whenever a page
# changed; `serve` does that after the page is shown). Also prints a no-op rebuild and
# a clean build for comparison. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="$repo/build-release/rapportage"
pages=4000
runs=10
die() { echo "run.sh: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) [ $# -ge 2 ] || die "--bin needs a path"; bin="$2"; shift 2 ;;
    --pages) [ $# -ge 2 ] || die "--pages needs a number"; pages="$2"; shift 2 ;;
    --runs) [ $# -ge 2 ] || die "--runs needs a number"; runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (expected --bin, --pages or --runs)" ;;
  esac
done
[ -x "$bin" ] || die "no rapportage binary at '$bin'"
command -v hyperfine > /dev/null || die "hyperfine is not installed (apt-get install hyperfine)"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The example report.
mkdir -p "$tmp/example"
cp "$repo/rapportage.yaml" "$tmp/example/"
cp -r "$repo/content" "$repo/data" "$repo/templates" "$tmp/example/"
page="$tmp/example/content/inleiding/leeragenda.md"
cp "$page" "$tmp/leeragenda.md"
# Each run: the page with a paragraph that differs from the last run's.
edit_example="python3 $here/edit.py paragraph $tmp/leeragenda.md $page"
build_example="$bin build --root $tmp/example --out $tmp/example-out --no-search --quiet"
$build_example
echo "== example: one paragraph edited"
hyperfine --runs "$runs" --warmup 1 --prepare "$edit_example" "$build_example"
echo "== example: nothing edited"
hyperfine --runs "$runs" --warmup 1 "$build_example"
$edit_example && $bin build --root "$tmp/example" --out "$tmp/example-out" --no-search --explain 2>&1 | tail -3

# The generated report.
python3 "$repo/bench/site/generate.py" "$pages" "$tmp/gen" > /dev/null
root="$tmp/gen/rapportage"
section="$(ls "$root/content/jeugd/" | grep sectie | head -1)"
cp "$root/content/jeugd/$section" "$tmp/section.md"
data="$root/data/wmo_kerncijfers.json"
cp "$data" "$tmp/data.json"
build_gen="$bin build --root $root --out $tmp/gen-out --no-search --quiet"
echo "== $pages pages: clean build"
hyperfine --runs 1 "$bin build --root $root --out $tmp/gen-out --no-search --quiet --clean"
echo "== $pages pages: one page edited"
hyperfine --runs "$runs" --warmup 1 --prepare "python3 $here/edit.py paragraph $tmp/section.md $root/content/jeugd/$section" "$build_gen"
echo "== $pages pages: nothing edited"
hyperfine --runs "$runs" --warmup 1 "$build_gen"
echo "== $pages pages: one data value edited"
hyperfine --runs "$runs" --warmup 1 --prepare "python3 $here/edit.py number $tmp/data.json $data" "$build_gen"
python3 "$here/edit.py" number "$tmp/data.json" "$data"
$bin build --root "$root" --out "$tmp/gen-out" --no-search --explain 2>&1 | grep -E 'explain|rendered'
