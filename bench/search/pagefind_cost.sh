#!/bin/sh
# The cost of search in a build: builds a report without search, then runs Pagefind
# over the written pages as `rapportage build` does, under /usr/bin/time -v, and prints
# the build's stage times, Pagefind's wall time and peak memory, and the site's size.
#
# Usage: bench/search/pagefind_cost.sh RAPPORTAGE_BINARY REPORT_ROOT [OUT_DIR]
#   REPORT_ROOT: e.g. one written by bench/site/generate.py N DIR (DIR/rapportage)
#   PAGEFIND: the Pagefind binary (default: this checkout's, as the build finds it: the
#   platform's own executable under node_modules/@pagefind/, else node_modules/.bin/pagefind)
set -eu
binary=$1
root=$2
out=${3:-$(mktemp -d /tmp/rapportage-pagefind-cost-XXXXXX)/site}
here=$(cd "$(dirname "$0")/../.." && pwd)
native=$(ls "$here"/node_modules/@pagefind/*/bin/pagefind_extended 2>/dev/null | head -n 1)
pagefind=${PAGEFIND:-${native:-$here/node_modules/.bin/pagefind}}
log=$(mktemp /tmp/rapportage-pagefind-cost-XXXXXX.log)

"$binary" build --no-search --root "$root" --out "$out"
pages=$(find "$out" -name '*.html' | wc -l)
bytes=$(find "$out" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "site: $pages HTML pages, $bytes bytes of HTML"

# Pagefind from an empty folder of its own, as the build runs it.
empty=$(mktemp -d /tmp/rapportage-pagefind-cwd-XXXXXX)
(cd "$empty" && /usr/bin/time -v "$pagefind" --site "$out" --quiet) 2> "$log"
rmdir "$empty"
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
cpu_user=$(sed -n 's/.*User time (seconds): //p' "$log")
cpu_sys=$(sed -n 's/.*System time (seconds): //p' "$log")
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
index_bytes=$(du -sb "$out/pagefind" | cut -f1)
echo "pagefind: wall $wall, user ${cpu_user} s, sys ${cpu_sys} s, peak RSS $((peak_kb / 1024)) MB, index $index_bytes bytes"
rm -f "$log"
