#!/usr/bin/env bash
# Whole-site benchmark (not a test): builds a generated report of N pages with rapportage
# and with Hugo, side by side, and prints wall time, CPU time, peak memory and output size.
#
#   bench/site/run.sh [--bin build-release/rapportage] [--sizes "1000 4000 16000"] [--runs 3]
#                     [--results FILE]
#
# For each N, bench/site/generate.py writes both sites once into a temporary folder; then
# the builds run interleaved, --runs rounds of: rapportage without search, rapportage with
# search, Hugo; each into a fresh output folder that is measured (du) and removed. Every
# build is timed by GNU time (/usr/bin/time). summarize.py prints the table: medians of
# wall and CPU time, the largest peak RSS, the output size, the ratios and the growth
# between consecutive sizes. --results FILE keeps the measurements (one line per build)
# for `summarize.py FILE`.
#
# rapportage without search: `build --no-search` when the binary has that option (seen in
# `build --help`), else PAGEFIND pointed at a missing file, which makes the build skip
# the index (with a warning). Installs the Debian packages `hugo` and `time` if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="$repo/build-release/rapportage"
sizes="1000 4000 16000"
runs=3
keep=""

die() { echo "run.sh: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) [ $# -ge 2 ] || die "--bin needs a path"; bin="$2"; shift 2 ;;
    --sizes) [ $# -ge 2 ] || die "--sizes needs a list such as \"1000 4000\""; sizes="$2"; shift 2 ;;
    --runs) [ $# -ge 2 ] || die "--runs needs a number"; runs="$2"; shift 2 ;;
    --results) [ $# -ge 2 ] || die "--results needs a file name"; keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (expected --bin, --sizes, --runs or --results)" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a whole number of at least 1, got '$runs'"
read -r -a size_list <<< "$sizes"
[ "${#size_list[@]}" -gt 0 ] || die "--sizes is empty"
for n in "${size_list[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] && [ "$n" -ge 20 ] ||
    die "--sizes must be whole numbers of at least 20 (one page per chapter), got '$n'"
done
if [ -n "$keep" ]; then
  : > "$keep" || die "cannot write the results file '$keep'"
fi
[ -x "$bin" ] || die "no rapportage binary at '$bin' (build one with: cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2 --target rapportage)"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

if ! command -v hugo > /dev/null; then
  echo "run.sh: installing hugo (apt-get install -y hugo)" >&2
  apt-get install -y hugo > /dev/null
fi
if [ ! -x /usr/bin/time ]; then
  echo "run.sh: installing GNU time (apt-get install -y time)" >&2
  apt-get install -y time > /dev/null
fi

if "$bin" build --help 2>&1 | grep -q -- '--no-search'; then
  no_search=(--no-search)
  no_search_env=()
  no_search_how="build --no-search"
else
  no_search=()
  no_search_env=(PAGEFIND=/nonexistent/pagefind)
  no_search_how="PAGEFIND=/nonexistent/pagefind (the binary has no --no-search)"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rapportage-bench-site.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
results="$work/results.tsv"
: > "$results"

# measure N TOOL RUN OUT -- COMMAND...: runs COMMAND under GNU time, appends a result line.
measure() {
  local n="$1" tool="$2" run="$3" out="$4"
  shift 5
  rm -rf "$out"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt"; then
    echo "run.sh: $tool failed at N=$n:" >&2
    cat "$work/stderr.txt" "$work/stdout.txt" >&2
    exit 1
  fi
  if [ "$run" = 1 ] && [ -s "$work/stderr.txt" ] && [ "$tool" != rapportage-no-search ]; then
    echo "run.sh: $tool at N=$n said:" >&2
    sed 's/^/  /' "$work/stderr.txt" >&2
  fi
  local size
  size="$(du -sk "$out" | cut -f1)"
  read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$size" >> "$results"
  printf 'run.sh: N=%s %-22s run %s: %6.2f s wall, %6.2f s CPU, %5d MB peak, %5d MB output\n' \
    "$n" "$tool" "$run" "$wall" "$(echo "$user $sys" | awk '{print $1 + $2}')" "$((rss / 1024))" "$((size / 1024))" >&2
}

echo "run.sh: $bin; without search: $no_search_how; hugo: $(hugo version | cut -d' ' -f2)" >&2
for n in "${size_list[@]}"; do
  src="$work/site-$n"
  python3 "$here/generate.py" "$n" "$src"
  for run in $(seq 1 "$runs"); do
    measure "$n" rapportage-no-search "$run" "$work/out" -- \
      env "${no_search_env[@]}" "$bin" build --root "$src/rapportage" --out "$work/out" --quiet "${no_search[@]}"
    measure "$n" rapportage-search "$run" "$work/out" -- \
      "$bin" build --root "$src/rapportage" --out "$work/out" --quiet
    if [ "$run" = 1 ] && [ ! -d "$work/out/zoekindex" ] && [ ! -d "$work/out/pagefind" ]; then
      echo "run.sh: the build with search wrote no search index (zoekindex/, or pagefind/ for older binaries)" >&2
      exit 1
    fi
    measure "$n" hugo "$run" "$work/out" -- \
      hugo --quiet --source "$src/hugo" --destination "$work/out"
  done
  rm -rf "$work/out" "$src"
done

[ -z "$keep" ] || cp "$results" "$keep"
python3 "$here/summarize.py" "$results"
