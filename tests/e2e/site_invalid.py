#!/usr/bin/env python3
"""Builds every report root under tests/sites/invalid/ (one fault each) and checks that
`rapportage build` exits 1, prints exactly the diagnostics in expected.txt, and leaves an
existing site-out/ byte-identical.

Usage: site_invalid.py RAPPORTAGE_BINARY SITES_DIR [--update]
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile


def snapshot(folder):
    result = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            with open(path, 'rb') as f:
                result[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return result


def write_previous_site(out):
    """A site as rapportage leaves it: one page and a manifest whose signature matches
    (generator/site/output_manifest.h: SHA-256 over a fixed first line and one line per
    output, path, hash and inputs separated by tabs)."""
    page = b'<!DOCTYPE html><title>vorige versie</title>\n'
    os.makedirs(os.path.join(out, 'oud'))
    with open(os.path.join(out, 'oud', 'index.html'), 'wb') as f:
        f.write(page)
    digest = hashlib.sha256(page).hexdigest()
    signed = 'rapportage-manifest-2\n' + 'oud/index.html\t' + digest + '\n'
    manifest = {
        'generator': 'rapportage',
        'version': 2,
        'outputs': [{'path': 'oud/index.html', 'sha256': digest, 'inputs': []}],
        'signature': hashlib.sha256(signed.encode()).hexdigest(),
    }
    with open(os.path.join(out, '.rapportage-manifest.json'), 'w') as f:
        json.dump(manifest, f)


def main():
    binary, sites = sys.argv[1], sys.argv[2]
    update = '--update' in sys.argv[3:]
    failures = []
    cases = sorted(d for d in os.listdir(sites) if os.path.isdir(os.path.join(sites, d)))
    if not cases:
        failures.append(f'no cases in {sites}')
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            root = os.path.join(tmp, case)
            # Symbolic links stay links: some cases are a link that leads out of the report.
            shutil.copytree(os.path.join(sites, case), root, symlinks=True,
                            ignore=shutil.ignore_patterns('expected.txt'))
            # A previous, good site that a failed build must not touch.
            out = os.path.join(tmp, 'site-out')
            write_previous_site(out)
            before = snapshot(out)
            env = dict(os.environ)
            env.pop('SOURCE_DATE_EPOCH', None)
            proc = subprocess.run([binary, 'build', '--quiet', '--root', root, '--out', out],
                                  capture_output=True, text=True, env=env, timeout=120)
            expected_path = os.path.join(sites, case, 'expected.txt')
            if update:
                with open(expected_path, 'w') as f:
                    f.write(proc.stderr)
            with open(expected_path) as f:
                expected = f.read()
            if proc.returncode != 1:
                failures.append(f'{case}: exit code {proc.returncode}, expected 1')
            if proc.stderr != expected:
                failures.append(f'{case}: diagnostics differ\n--- expected\n{expected}--- got\n{proc.stderr}')
            if proc.stdout:
                failures.append(f'{case}: unexpected output on stdout: {proc.stdout!r}')
            if snapshot(out) != before:
                failures.append(f'{case}: the existing site-out/ was changed')
            leftovers = sorted(n for n in os.listdir(tmp) if n not in (case, 'site-out'))
            if leftovers:
                failures.append(f'{case}: files left beside site-out/: {leftovers}')
        print(('FAIL ' if any(f.startswith(case + ':') for f in failures) else 'ok   ') + case)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
