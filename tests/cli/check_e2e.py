#!/usr/bin/env python3
"""End-to-end tests of `rapportage check`: exit codes, --strict, --format json (parsed
here), and that nothing is written. Also `build --format json`.

Usage: check_e2e.py RAPPORTAGE_BINARY MINI_REPORT_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
    print(('ok   ' if condition else 'FAIL ') + what)


def run(binary, *args):
    env = dict(os.environ)
    env.pop('SOURCE_DATE_EPOCH', None)
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=120)


def edit(path, old, new):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    assert old in text, f'{old!r} not in {path}'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.replace(old, new, 1))


def main():
    binary, mini = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'rapport')
        shutil.copytree(mini, root)

        ok = run(binary, 'check', '--root', root)
        expect(ok.returncode == 0, f'a valid report passes: exit {ok.returncode}\n{ok.stderr}')
        expect('rapportage: check passed: 9 pages, 0 errors, 0 warnings' in ok.stderr,
               f'the summary counts pages, errors and warnings: {ok.stderr!r}')
        expect(sorted(os.listdir(tmp)) == ['rapport'] and not os.path.exists(os.path.join(root, 'site-out')),
               f'check writes no site: {sorted(os.listdir(tmp))}')

        as_json = run(binary, 'check', '--root', root, '--format', 'json')
        expect(as_json.returncode == 0 and json.loads(as_json.stdout) == [],
               f'--format json prints an empty array for a valid report: {as_json.stdout!r}')

        # A warning: a heading level skipped on the cijfers page.
        aanpak = os.path.join(root, 'content', 'wmo', 'aanpak.md')
        edit(aanpak, '- [x] klaar', '#### Te diep\n\n- [x] klaar')
        warned = run(binary, 'check', '--root', root)
        expect(warned.returncode == 0, f'warnings alone pass: exit {warned.returncode}')
        expect('content/wmo/aanpak.md:7:1: warning: heading level 4 follows level 1 (the page title)' in warned.stderr,
               f'the warning is printed with its place: {warned.stderr!r}')
        strict = run(binary, 'check', '--strict', '--root', root)
        expect(strict.returncode == 1, f'--strict fails on a warning: exit {strict.returncode}')
        expect('content/wmo/aanpak.md:7:1: error: heading level 4' in strict.stderr and
               'rapportage: check failed: 1 error, 0 warnings' in strict.stderr,
               f'--strict reports the warning as an error: {strict.stderr!r}')

        # Two errors in two files, made in reverse file order: sorted, each once.
        for page, target in (('wmo', 'nergens.md'), ('jeugd', 'weg.md')):
            with open(os.path.join(root, 'content', page, 'index.md'), 'a', encoding='utf-8') as f:
                f.write(f'\n[kapot]({target})\n')
        broken = run(binary, 'check', '--root', root, '--format', 'json')
        expect(broken.returncode == 1, f'errors fail the check: exit {broken.returncode}\n{broken.stderr}')
        try:
            items = json.loads(broken.stdout)
        except json.JSONDecodeError as e:
            items = []
            expect(False, f'--format json prints JSON: {e}: {broken.stdout!r}')
        expect(all(set(d) == {'severity', 'file', 'line', 'column', 'end_column', 'message', 'hint', 'notes'}
                   for d in items), f'every object has the documented fields: {items}')
        places = [(d['file'], d['line']) for d in items]
        expect(places == sorted(places), f'sorted by file and line: {places}')
        expect(len(set(map(json.dumps, items))) == len(items), 'each diagnostic once')
        errors = [d for d in items if d['severity'] == 'error']
        expect([d['file'] for d in errors] == ['content/jeugd/index.md', 'content/wmo/index.md'],
               f'both broken links, jeugd before wmo: {errors}')
        expect(all(d['message'].startswith('broken link') and isinstance(d['line'], int) and d['column'] == 9
                   for d in errors), f'broken links with line and column: {errors}')
        expect(any(d['severity'] == 'warning' and d['file'] == 'content/wmo/aanpak.md' for d in items),
               'the warning is in the JSON too')
        expect('check failed: 2 errors, 1 warning' in broken.stderr, f'summary on stderr: {broken.stderr!r}')

        out = os.path.join(tmp, 'site')
        built = run(binary, 'build', '--quiet', '--root', root, '--out', out, '--format', 'json')
        expect(built.returncode == 1, f'build fails too: exit {built.returncode}')
        expect(json.loads(built.stdout or 'null') == items, 'build --format json reports the same as check')
        expect(not os.path.exists(out), 'a failed build writes no site')

        bad = run(binary, 'check', '--root', root, '--format', 'xml')
        expect(bad.returncode == 2, f'an unknown format is a usage error: exit {bad.returncode}')
        missing = run(binary, 'check', '--root', os.path.join(tmp, 'nergens'))
        expect(missing.returncode == 1 and 'error:' in missing.stderr,
               f'a missing report is an error: exit {missing.returncode} {missing.stderr!r}')
    for failure in failures:
        print('\n' + failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
