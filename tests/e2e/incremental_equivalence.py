#!/usr/bin/env python3
"""Randomised equivalence of incremental and clean builds: on a copy of the example
report, random sequences of edits (text, front matter titles and order, data values,
templates, settings, added and removed pages and figures); after each step the report is
built incrementally into one folder and clean into another, and the two sites must be
the same byte for byte (and a build that fails must fail the same way in both).

Usage: incremental_equivalence.py RAPPORTAGE_BINARY REPORT_ROOT [--steps N] [--seed S]

The seed is printed; `--seed S` replays a run. ctest runs a few steps; run it locally
with `--steps 200` for a longer search.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

from incremental_common import copy_report, same_trees


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


class Edits:
    """Each edit changes the report at `root` and says what it did."""

    def __init__(self, root, rng):
        self.root = root
        self.rng = rng
        self.added_pages = []
        self.added_figures = []  # (file, line)
        self.counter = 0

    def markdown_files(self):
        found = []
        for base, _, names in os.walk(os.path.join(self.root, 'content')):
            found += [os.path.join(base, n) for n in names if n.endswith('.md')]
        return sorted(found)

    def pick_markdown(self):
        return self.rng.choice(self.markdown_files())

    def fresh(self):
        self.counter += 1
        return self.counter

    def text(self):
        path = self.pick_markdown()
        word = self.rng.choice(['Wijziging', 'Aanvulling', 'Correctie'])
        write(path, read(path) + f'\n{word} {self.fresh()} van de tekst.\n')
        return f'text appended to {path}'

    def title(self):
        path = self.pick_markdown()
        text = read(path)
        new = re.sub(r'^title: (.*)$', lambda m: f'title: {m.group(1)} {self.fresh()}', text, count=1, flags=re.M)
        write(path, new)
        return f'title of {path}'

    def order(self):
        path = self.pick_markdown()
        if path.endswith('index.md'):
            return self.text()
        text = read(path)
        value = self.rng.randint(0, 20)
        if re.search(r'^order: ', text, flags=re.M):
            text = re.sub(r'^order: .*$', f'order: {value}', text, count=1, flags=re.M)
        else:
            text = text.replace('---\n', f'---\norder: {value}\n', 1)
        write(path, text)
        return f'order of {path} = {value}'

    def data_value(self):
        files = sorted(f for f in os.listdir(os.path.join(self.root, 'data'))
                       if f.endswith('.json') and not f.endswith('.schema.json'))
        path = os.path.join(self.root, 'data', self.rng.choice(files))
        text = read(path)
        numbers = [m for m in re.finditer(r'(?<=: )(\d+)(?=[,\n}])', text)]
        if not numbers:
            return self.text()
        m = self.rng.choice(numbers)
        write(path, text[:m.start()] + str(int(m.group(1)) + self.rng.randint(1, 9)) + text[m.end():])
        return f'a number in {path}'

    def template(self):
        folder = os.path.join(self.root, 'templates')
        names = sorted(os.path.join(b, n) for b, _, ns in os.walk(folder) for n in ns
                       if n.endswith('.html'))
        path = self.rng.choice(names)
        write(path, read(path) + f'<!-- wijziging {self.fresh()} -->\n')
        return f'template {path}'

    def settings(self):
        path = os.path.join(self.root, 'rapportage.yaml')
        text = re.sub(r'^period: .*$', f'period: periode {self.fresh()}', read(path), count=1, flags=re.M)
        write(path, text)
        return 'settings period'

    def add_page(self):
        chapters = sorted(d for d in os.listdir(os.path.join(self.root, 'content'))
                          if os.path.isdir(os.path.join(self.root, 'content', d)))
        chapter = self.rng.choice(chapters)
        n = self.fresh()
        path = os.path.join(self.root, 'content', chapter, f'extra-{n}.md')
        write(path, f'---\ntitle: Extra {n}\norder: {self.rng.randint(0, 20)}\n---\n'
                    f'## Extra kop {n}\n\nZie [het hoofdstuk](index.md).\n')
        self.added_pages.append(path)
        return f'added {path}'

    def remove_page(self):
        if not self.added_pages:
            return self.add_page()
        path = self.added_pages.pop(self.rng.randrange(len(self.added_pages)))
        self.added_figures = [(f, l) for f, l in self.added_figures if f != path]
        os.remove(path)
        return f'removed {path}'

    def add_figure(self):
        path = self.pick_markdown()
        n = self.fresh()
        kind = self.rng.choice(['tabel', 'grafiek'])
        data = self.rng.choice(['jeugd_afgeronde_trajecten', 'jeugd_monitor'])
        with_id = self.rng.random() < 0.5
        line = (f"{{{{ {kind}('{data}', id='extra-{n}') }}}}" if with_id else f"{{{{ {kind}('{data}') }}}}")
        write(path, read(path) + '\n' + line + '\n')
        self.added_figures.append((path, line))
        return f'figure {line} in {path}'

    def remove_figure(self):
        if not self.added_figures:
            return self.add_figure()
        path, line = self.added_figures.pop(self.rng.randrange(len(self.added_figures)))
        write(path, read(path).replace('\n' + line + '\n', '', 1))
        return f'removed figure {line} from {path}'

    def random(self):
        kinds = [self.text, self.text, self.title, self.order, self.data_value, self.template,
                 self.settings, self.add_page, self.remove_page, self.add_figure, self.remove_figure]
        return self.rng.choice(kinds)()


def build(binary, root, out, clean):
    args = [binary, 'build', '--root', root, '--out', out, '--no-search', '--quiet']
    if clean:
        args.append('--clean')
    run = subprocess.run(args, capture_output=True, text=True)
    return run.returncode, run.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('source')
    parser.add_argument('--steps', type=int, default=6)
    parser.add_argument('--seed', type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    print(f'incremental_equivalence: seed {seed} (replay with --seed {seed})', flush=True)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'report')
        inc = os.path.join(tmp, 'incremental', 'site-out')
        copy_report(args.source, root)
        code, err = build(args.binary, root, inc, False)
        if code != 0:
            print('the first build failed:\n' + err, file=sys.stderr)
            return 1
        edits = Edits(root, rng)
        snapshot = os.path.join(tmp, 'snapshot')
        for step in range(1, args.steps + 1):
            shutil.rmtree(snapshot, ignore_errors=True)
            shutil.copytree(root, snapshot)
            state = (list(edits.added_pages), list(edits.added_figures))
            done = [edits.random() for _ in range(rng.randint(1, 3))]
            code_inc, err_inc = build(args.binary, root, inc, False)
            clean = os.path.join(tmp, 'clean', f'step-{step}')
            code_clean, err_clean = build(args.binary, root, clean, True)
            print(f'step {step}: {"; ".join(done)}: exit {code_inc}', flush=True)
            # Diagnostics too: warnings of bodies taken from the previous build are repeated.
            if code_inc != code_clean or err_inc != err_clean:
                print(f'FAIL at step {step} (seed {seed}): the builds end differently\n'
                      f'incremental ({code_inc}):\n{err_inc}\nclean ({code_clean}):\n{err_clean}', file=sys.stderr)
                return 1
            if code_inc == 0:
                problems = same_trees(inc, clean)
                if problems:
                    print(f'FAIL at step {step} (seed {seed}): ' + '; '.join(problems[:10]), file=sys.stderr)
                    return 1
            shutil.rmtree(os.path.dirname(clean), ignore_errors=True)
            if code_inc != 0:
                # Both failed alike; go back to the report before this step's edits.
                shutil.rmtree(root)
                shutil.copytree(snapshot, root)
                edits.added_pages, edits.added_figures = state
    print(f'incremental_equivalence: {args.steps} steps equal to clean builds (seed {seed})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
