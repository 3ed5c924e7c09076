#!/usr/bin/env python3
"""Prints the table of bench/site/run.sh from its measurements.

Usage: summarize.py RESULTS.tsv

Each line of RESULTS.tsv: N, tool, run, wall s, user s, sys s, max RSS KiB, du KiB.
Per N and tool: median wall time, median CPU time (user + sys), the largest peak RSS of
the runs and the output size (of the last run; the builds are deterministic). Then, per
N, Hugo's time over rapportage's and rapportage's peak memory over Hugo's, and the growth
of each tool's time between consecutive sizes.
"""
import statistics
import sys

TOOLS = [('rapportage-no-search', 'rapportage, no search'),
         ('rapportage-search', 'rapportage, with search'),
         ('hugo', 'Hugo')]


def load(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            n, tool, _run, wall, user, sys_, rss, size = line.split('\t')
            rows.setdefault((int(n), tool), []).append(
                (float(wall), float(user) + float(sys_), int(rss), int(size)))
    return rows


def summary(runs):
    return {'wall': statistics.median(r[0] for r in runs),
            'cpu': statistics.median(r[1] for r in runs),
            'rss_mb': max(r[2] for r in runs) / 1024,
            'size_mb': runs[-1][3] / 1024,
            'runs': len(runs)}


def main(argv):
    if len(argv) != 2:
        print('usage: summarize.py RESULTS.tsv', file=sys.stderr)
        return 2
    rows = load(argv[1])
    sizes = sorted({n for n, _ in rows})
    stats = {key: summary(runs) for key, runs in rows.items()}
    runs = max(s['runs'] for s in stats.values())

    print(f'\nMedians of {runs} interleaved run{"s" if runs > 1 else ""}; peak memory: the '
          f'largest of the runs; output: du -sk of the output folder.\n')
    print('| pages | build | wall time | CPU time | peak memory | output |')
    print('| ---: | --- | ---: | ---: | ---: | ---: |')
    for n in sizes:
        for tool, label in TOOLS:
            s = stats.get((n, tool))
            if s:
                print(f'| {n:,} | {label} | {s["wall"]:.2f} s | {s["cpu"]:.2f} s | '
                      f'{s["rss_mb"]:.0f} MB | {s["size_mb"]:.0f} MB |')

    # Above 1 is good for rapportage in the time columns; below 1 in the memory columns.
    print('\n| pages | search | Hugo wall / rapportage wall | Hugo CPU / rapportage CPU '
          '| rapportage memory / Hugo memory |')
    print('| ---: | --- | ---: | ---: | ---: |')
    for n in sizes:
        hugo = stats.get((n, 'hugo'))
        for tool, search in (('rapportage-no-search', 'no'), ('rapportage-search', 'yes')):
            ours = stats.get((n, tool))
            if hugo and ours:
                print(f'| {n:,} | {search} | {hugo["wall"] / ours["wall"]:.2f} | '
                      f'{hugo["cpu"] / ours["cpu"]:.2f} | {ours["rss_mb"] / hugo["rss_mb"]:.2f} |')

    if len(sizes) > 1:
        print('\nGrowth of the median wall time between consecutive sizes (linear: the same '
              'factor as the pages).\n')
        print('| sizes | pages | ' + ' | '.join(label for _, label in TOOLS) + ' |')
        print('| --- | ---: |' + ' ---: |' * len(TOOLS))
        for small, large in zip(sizes, sizes[1:]):
            cells = []
            for tool, _ in TOOLS:
                a, b = stats.get((small, tool)), stats.get((large, tool))
                cells.append(f'×{b["wall"] / a["wall"]:.2f}' if a and b else '–')
            print(f'| {large:,} vs {small:,} | ×{large / small:.2f} | ' + ' | '.join(cells) + ' |')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
