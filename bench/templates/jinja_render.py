#!/usr/bin/env python3
"""Render a benchmark page with reference Jinja2 and time it in-process.

  jinja_render.py TEMPLATES CONTEXT.json OUT.html [--page page.html] [--runs N]

Each run builds a fresh Environment (so templates are loaded and compiled again) and
renders the page (default page.html); the JSON context is parsed once, outside the
timing. Prints the median and the best run (wall clock) and the median CPU time of the
process per run, in seconds, as "median=S best=S cpu=S". The environment is the
generator's: StrictUndefined, trim_blocks, lstrip_blocks, autoescape by extension.
"""
import argparse
import json
import statistics
import time

import jinja2


def render(templates, page, context):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env.get_template(page).render(context)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("templates")
    ap.add_argument("context")
    ap.add_argument("out")
    ap.add_argument("--page", default="page.html", help="the template to render (default page.html)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with open(args.context, encoding="utf-8") as f:
        context = json.load(f)
    times = []
    cpu_times = []
    out = ""
    for _ in range(max(1, args.runs)):
        start, cpu_start = time.perf_counter(), time.process_time()
        out = render(args.templates, args.page, context)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(out)
    print(f"median={statistics.median(times):.6f} best={min(times):.6f} cpu={statistics.median(cpu_times):.6f}")


if __name__ == "__main__":
    main()
