#!/usr/bin/env bash
# Template benchmark (not a test): times `rapportage render` as a whole process against
# reference Jinja2's load + render in-process, on a report page over generated rows,
# checks that both outputs are byte-identical and prints the ratio.
#
#   bench/templates/run.sh [--bin build/rapportage] [--rows 20000] [--runs 5]
#
# Uses hyperfine for the engine when installed (apt-get install -y hyperfine), otherwise
# a python3 timing loop. Needs python3 with Jinja2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="$repo/build/rapportage"
rows=20000
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: error: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if [ ! -x "$bin" ]; then
  echo "run.sh: error: no rapportage executable at $bin (build it, or pass --bin)" >&2
  exit 2
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
templates="$here/templates"

python3 "$here/generate_data.py" "$work/context.json" --rows "$rows"
echo "context: $rows rows, $(wc -c < "$work/context.json") bytes"

# Reference: Jinja2, load + render in-process (JSON parsed outside the timing).
jinja="$(python3 "$here/jinja_render.py" "$templates" "$work/context.json" "$work/jinja.html" --runs "$runs")"
jinja_median="${jinja#median=}"; jinja_median="${jinja_median%% *}"

# Engine: the whole process (start, JSON parse, load, render, write).
engine_cmd=("$bin" render --templates "$templates" --context "$work/context.json" page.html)
if ! "${engine_cmd[@]}" > "$work/engine.html" 2> "$work/engine.err"; then
  echo "run.sh: error: rapportage render failed:" >&2
  head -5 "$work/engine.err" >&2
  exit 1
fi
if command -v hyperfine > /dev/null; then
  printf -v quoted '%q ' "${engine_cmd[@]}"
  # -N: no intermediate shell (its start-up is a few ms on a small machine, too much to
  # subtract reliably from a run of ~50 ms).
  hyperfine -N --style basic --warmup 3 --runs "$runs" --export-json "$work/hyperfine.json" \
    --command-name "rapportage render" "$quoted" > "$work/hyperfine.txt"
  engine_median="$(python3 -c 'import json,sys; print("%.6f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/hyperfine.json")"
  timer=hyperfine
else
  engine_median="$(python3 - "$runs" "${engine_cmd[@]}" <<'PY'
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)  # warm-up
times = []
for _ in range(max(1, runs)):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
print("%.6f" % statistics.median(times))
PY
)"
  timer="python3 loop"
fi

echo "output: $(wc -c < "$work/jinja.html") bytes"
echo "Jinja2 $(python3 -c 'import jinja2; print(jinja2.__version__)') load+render (in-process, median of $runs): ${jinja_median} s"
echo "rapportage render (whole process, $timer, median of $runs): ${engine_median} s"
python3 -c 'import sys; e, j = float(sys.argv[1]), float(sys.argv[2]); print("ratio rapportage/Jinja2: %.3f (%s)" % (e / j, "%.1fx faster" % (j / e) if e < j else "%.1fx slower" % (e / j)))' "$engine_median" "$jinja_median"

if cmp -s "$work/jinja.html" "$work/engine.html"; then
  echo "outputs: byte-identical"
else
  echo "outputs: DIFFER" >&2
  cmp "$work/jinja.html" "$work/engine.html" >&2 || true
  diff <(fold -w 200 "$work/jinja.html") <(fold -w 200 "$work/engine.html") | head -20 >&2 || true
  exit 1
fi
