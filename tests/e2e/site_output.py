#!/usr/bin/env python3
"""The output folder is never lost and never half-written:

- two builds of one report into one --out at the same time, in a loop of trials: each
  exits 0 (or 1 saying another build is writing there), and the folder then holds one
  whole site whose manifest verifies and lists exactly its files;
- a folder whose manifest was edited or is not JSON, and an --out inside the report's
  content/, templates/assets/ or data/, are refused (exit 1) and left as they are;
- a build killed (SIGKILL to its process group) after a random delay, in a loop of trials: the folder holds
  the previous site or the new one, whole, and the next build exits 0 and leaves
  nothing beside the folder.

Usage: site_output.py RAPPORTAGE_BINARY REPORT_ROOT [TRIALS]
"""
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MANIFEST = '.rapportage-manifest.json'


def site_problem(out):
    """Why `out` is not one whole site as rapportage writes it, or None."""
    try:
        with open(os.path.join(out, MANIFEST), encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        return f'no readable manifest: {e}'
    if manifest.get('staging'):
        return 'the manifest is that of an unfinished build'
    signed = 'rapportage-manifest-2\n'
    for e in manifest['outputs']:
        signed += '\t'.join([e['path'], e['sha256']] + e['inputs']) + '\n'
    if hashlib.sha256(signed.encode()).hexdigest() != manifest.get('signature'):
        return 'the manifest signature does not match'
    listed = {e['path']: e['sha256'] for e in manifest['outputs']}
    found = set()
    for base, _, files in os.walk(out):
        for name in files:
            rel = os.path.relpath(os.path.join(base, name), out).replace(os.sep, '/')
            if rel != MANIFEST:
                found.add(rel)
    if found != set(listed):
        return f'files differ from the manifest: missing {sorted(set(listed) - found)[:3]}, ' \
               f'unlisted {sorted(found - set(listed))[:3]}'
    for rel, digest in listed.items():
        with open(os.path.join(out, rel), 'rb') as f:
            if hashlib.sha256(f.read()).hexdigest() != digest:
                return f'{rel} does not have the hash the manifest lists'
    if 'index.html' not in listed:
        return 'no index.html'
    return None


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def leftovers(folder):
    # The records of incremental builds are kept beside the site on purpose.
    return sorted(n for n in os.listdir(folder) if n not in ('rapport', 'site-out', '.site-out.rapportage-cache'))


def build(binary, root, out, env):
    # A session of its own: a kill takes the build with Pagefind, as Ctrl-C or a
    # cancelled CI job would.
    return subprocess.Popen([binary, 'build', '--quiet', '--root', root, '--out', out],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)


def main():
    binary, report = sys.argv[1], sys.argv[2]
    trials = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    failures = []
    random.seed(20191001)
    env = dict(os.environ)
    env['SOURCE_DATE_EPOCH'] = '1569888000'
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'rapport')
        shutil.copytree(report, root, symlinks=True)
        out = os.path.join(tmp, 'site-out')
        started = time.monotonic()
        first = build(binary, root, out, env)
        _, err = first.communicate(timeout=300)
        duration = time.monotonic() - started
        if first.returncode != 0 or site_problem(out):
            print(f'FAIL the first build: exit {first.returncode}, {site_problem(out)}\n{err}')
            return 1

        for trial in range(trials):
            a, b = build(binary, root, out, env), build(binary, root, out, env)
            for name, proc in (('first', a), ('second', b)):
                _, err = proc.communicate(timeout=300)
                waited = proc.returncode == 1 and 'another build is still writing there' in err
                if proc.returncode != 0 and not waited:
                    failures.append(f'two builds, trial {trial}: the {name} exited {proc.returncode}: {err}')
            if problem := site_problem(out):
                failures.append(f'two builds, trial {trial}: {problem}')
            if left := leftovers(tmp):
                failures.append(f'two builds, trial {trial}: left beside site-out: {left}')

        for trial in range(trials):
            # Touch a page so that the new site differs from the previous one.
            with open(os.path.join(root, 'content', 'index.md'), 'a', encoding='utf-8') as f:
                f.write(f'\nVersie {trial}.\n')
            proc = build(binary, root, out, env)
            time.sleep(random.uniform(0, duration * 1.2))
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.communicate()
            if problem := site_problem(out):
                failures.append(f'killed build, trial {trial}: {problem}')
            again = build(binary, root, out, env)
            _, err = again.communicate(timeout=300)
            if again.returncode != 0:
                failures.append(f'killed build, trial {trial}: the next build exited {again.returncode}: {err}')
            if problem := site_problem(out):
                failures.append(f'killed build, trial {trial}, after the next build: {problem}')
            if left := leftovers(tmp):
                failures.append(f'killed build, trial {trial}: left beside site-out: {left}')

        # A folder whose manifest was edited, or is not JSON, is not an earlier build:
        # refused, exit 1, nothing in it touched. So is --out inside the report's inputs.
        for name, text in (('edited', None), ('not-json', 'not json')):
            foreign = os.path.join(tmp, name)
            shutil.copytree(out, foreign)
            manifest_path = os.path.join(foreign, MANIFEST)
            if text is None:
                with open(manifest_path, encoding='utf-8') as f:
                    manifest = json.load(f)
                manifest['outputs'].append({'path': 'eigen.txt', 'sha256': '0', 'inputs': []})
                text = json.dumps(manifest)
            with open(manifest_path, 'w', encoding='utf-8') as f:
                f.write(text)
            with open(os.path.join(foreign, 'eigen.txt'), 'w', encoding='utf-8') as f:
                f.write('van de gemeente\n')
            before = {p: read_bytes(os.path.join(foreign, p)) for p in (MANIFEST, 'eigen.txt', 'index.html')}
            proc = build(binary, root, foreign, env)
            _, err = proc.communicate(timeout=300)
            if proc.returncode != 1 or 'was not written by rapportage' not in err:
                failures.append(f'{name} manifest: exit {proc.returncode}, expected 1 and a refusal: {err}')
            after = {p: read_bytes(os.path.join(foreign, p)) for p in before}
            if after != before:
                failures.append(f'{name} manifest: the folder was changed')
            shutil.rmtree(foreign)
        for inside in ('content/site', 'templates/assets/site', 'data'):
            proc = build(binary, root, os.path.join(root, inside), env)
            _, err = proc.communicate(timeout=300)
            if proc.returncode != 1 or "it lies inside the report's" not in err:
                failures.append(f'--out {inside}: exit {proc.returncode}, expected 1 and a refusal: {err}')
            if inside != 'data' and os.path.exists(os.path.join(root, inside)):
                failures.append(f'--out {inside}: the folder was made')

    for failure in failures:
        print('FAIL ' + failure)
    print(f'{2 * trials} trials, {len(failures)} failures (one build takes {duration:.2f} s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
