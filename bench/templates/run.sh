#!/usr/bin/env bash
# Template benchmark (not a test): times `rapportage render` as a whole process against
# reference Jinja2's load + render in-process, on pages of several shapes over generated
# data, checks that both outputs are byte-identical and prints the ratio per page.
#
#   bench/templates/run.sh [--bin build/rapportage] [--page NAME]... [--rows 20000]
#                          [--runs 5] [--rounds 1] [--env KEY=VALUE]...
#
# Pages (templates/NAME.html, context from generate_data.py --page NAME):
#   page        the original monitor page: groupby, sort, namespace totals, selectattr
#   report      extends + blocks, a cell() macro per table cell, groupby, sort(attribute=),
#               namespace counters, floats printed and rounded, truncate, join, loop.cycle
#   components  an include per card, imports, macros with caller(), dictsort, unique
#   text        string methods, format, wordwrap, replace, title, striptags, urlencode
#   nested      nested dicts and lists: selectattr, map, sum, max, dictsort, dotted attributes
# --page takes a name or a comma-separated list; default: every page.
#
# With --rounds R, Jinja2 and the engine are timed in turn R times (each time --runs
# runs); the ratio is the median of the rounds' ratios. Besides wall-clock time, the CPU
# time (user + system) of each side is compared: on a busy machine it moves less. --env
# is passed on to `rapportage render` (e.g. --env parallel_loops=false). Exits 1 when any
# page's outputs differ (after timing every page) or the engine fails on one.
#
# Uses hyperfine for the engine when installed (apt-get install -y hyperfine), otherwise
# a python3 timing loop. Needs python3 with Jinja2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
all_pages=(page report components text nested)
bin="$repo/build/rapportage"
rows=20000
runs=5
rounds=1
pages=()
engine_env=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --page) IFS=, read -r -a more <<< "$2"; pages+=("${more[@]}"); shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --env) engine_env+=(--env "$2"); shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "run.sh: error: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ ${#pages[@]} -gt 0 ] || pages=("${all_pages[@]}")
for name in "${pages[@]}"; do
  if [ ! -f "$here/templates/$name.html" ] || [[ " ${all_pages[*]} " != *" $name "* ]]; then
    echo "run.sh: error: unknown page '$name' (expected one of: ${all_pages[*]})" >&2
    exit 2
  fi
done
for count in "$runs" "$rounds" "$rows"; do
  if ! [[ "$count" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: error: --rows, --runs and --rounds take a whole number of at least 1, got '$count'" >&2
    exit 2
  fi
done
if [ ! -x "$bin" ]; then
  echo "run.sh: error: no rapportage executable at $bin (build it, or pass --bin)" >&2
  exit 2
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
templates="$here/templates"
timer="python3 loop"
command -v hyperfine > /dev/null && timer=hyperfine
median() { printf '%s\n' "$@" | python3 -c 'import statistics,sys; print("%.6f" % statistics.median(float(x) for x in sys.stdin))'; }

# The median of one batch of engine runs of the command in "$@", in seconds.
time_engine() {
  if [ "$timer" = hyperfine ]; then
    local quoted
    printf -v quoted '%q ' "$@"
    # -N: no intermediate shell (its start-up is a few ms on a small machine, too much to
    # subtract reliably from a run of ~50 ms).
    hyperfine -N --style basic --warmup 3 --runs "$runs" --export-json "$work/hyperfine.json" \
      --command-name "rapportage render" "$quoted" > "$work/hyperfine.txt" 2>&1
    # The median wall time, and the mean CPU time (hyperfine gives no median of it).
    python3 -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.6f %.6f" % (r["median"], r["user"] + r["system"]))' "$work/hyperfine.json"
  else
    python3 - "$runs" "$@" <<'PY'
import os, statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)  # warm-up
times, cpu = [], []
for _ in range(max(1, runs)):
    before = os.times()
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
    after = os.times()
    cpu.append(after.children_user - before.children_user + after.children_system - before.children_system)
print("%.6f %.6f" % (statistics.median(times), statistics.median(cpu)))
PY
  fi
}

summary=()
failed=()
for name in "${pages[@]}"; do
  echo "== $name.html"
  context="$work/$name.json"
  python3 "$here/generate_data.py" "$context" --rows "$rows" --page "$name"
  echo "context: $(wc -c < "$context") bytes (--rows $rows)"

  # Engine: the whole process (start, JSON parse, load, render, write).
  engine_cmd=("$bin" render --templates "$templates" --context "$context" "${engine_env[@]}" "$name.html")
  if ! "${engine_cmd[@]}" > "$work/engine.html" 2> "$work/engine.err"; then
    echo "run.sh: error: rapportage render failed on $name.html:" >&2
    head -5 "$work/engine.err" >&2
    failed+=("$name")
    summary+=("$(printf '%-11s %12s %10s %12s %7s %10s  %s' "$name" - - - - - "engine failed")")
    continue
  fi

  # Rounds: Jinja2's batch, then the engine's, so that both sides of one round's ratio
  # ran under the same conditions (a shared host's speed drifts between minutes).
  jinja_medians=(); engine_medians=(); ratios=(); cpu_ratios=()
  for round in $(seq 1 "$rounds"); do
    # Reference: Jinja2, load + render in-process (JSON parsed outside the timing).
    jinja="$(python3 "$here/jinja_render.py" "$templates" "$context" "$work/jinja.html" --page "$name.html" --runs "$runs")"
    j="${jinja#median=}"; j="${j%% *}"
    jc="${jinja##*cpu=}"
    read -r e ec <<< "$(time_engine "${engine_cmd[@]}")"
    jinja_medians+=("$j"); engine_medians+=("$e")
    ratios+=("$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[2]) / float(sys.argv[1])))' "$e" "$j")")
    cpu_ratios+=("$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[2]) / max(float(sys.argv[1]), 1e-6)))' "$ec" "$jc")")
    if [ "$rounds" -gt 1 ]; then
      echo "round $round: Jinja2 $j s (CPU $jc s), rapportage $e s (CPU $ec s), ratio Jinja2/rapportage ${ratios[-1]} (CPU ${cpu_ratios[-1]})"
    fi
  done
  jinja_median="$(median "${jinja_medians[@]}")"
  engine_median="$(median "${engine_medians[@]}")"
  ratio="$(median "${ratios[@]}")"
  cpu_ratio="$(median "${cpu_ratios[@]}")"

  echo "output: $(wc -c < "$work/jinja.html") bytes"
  echo "Jinja2 $(python3 -c 'import jinja2; print(jinja2.__version__)') load+render (in-process, median of $runs runs x $rounds rounds): ${jinja_median} s"
  echo "rapportage render (whole process, $timer, median of $runs runs x $rounds rounds): ${engine_median} s"
  python3 -c 'import sys; r = float(sys.argv[1]); print("ratio Jinja2/rapportage (median of the rounds): %.1fx %s" % ((r, "faster") if r >= 1 else (1 / r, "slower")))' "$ratio"
  printf "ratio of CPU time Jinja2/rapportage (median of the rounds): %.1fx\n" "$cpu_ratio"

  if cmp -s "$work/jinja.html" "$work/engine.html"; then
    outputs="byte-identical"
  else
    outputs="DIFFER"
    failed+=("$name")
    echo "outputs: DIFFER (first difference, then lines folded at 200 bytes: < Jinja2, > rapportage)" >&2
    cmp "$work/jinja.html" "$work/engine.html" >&2 || true
    diff <(fold -w 200 "$work/jinja.html") <(fold -w 200 "$work/engine.html") | head -20 >&2 || true
  fi
  echo "outputs: $outputs"
  summary+=("$(printf '%-11s %12s %10.4f %12.4f %6.1fx %9.1fx  %s' "$name" "$(wc -c < "$work/jinja.html")" \
    "$jinja_median" "$engine_median" "$ratio" "$cpu_ratio" "$outputs")")
done

echo
echo "page        output bytes   Jinja2 s  rapportage s   ratio  CPU ratio  outputs"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run.sh: error: outputs differ from Jinja2's or the engine failed: ${failed[*]}" >&2
  exit 1
fi
