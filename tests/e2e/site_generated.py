#!/usr/bin/env python3
"""Checks the benchmark's report generator (bench/site/generate.py) at N = 40: generating
twice gives byte-identical trees; the rapportage root builds with no error or warning;
the built site has every page, the data table on every chapter's landing page, and no
broken link or anchor. When `hugo` is installed, the Hugo site also builds with
`hugo --quiet` in silence and its links and anchors resolve too (Hugo is not required).

Usage: site_generated.py RAPPORTAGE_BINARY REPOSITORY
"""
import os
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from site_example import parse, snapshot as tree, target_file  # noqa: E402

N = 40
CHAPTERS = 20
SKIPPED_SEARCH = 'search index not built'


def generate(script, outdir):
    proc = subprocess.run([sys.executable, script, str(N), outdir], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f'FAIL generate.py exited with {proc.returncode}: {proc.stderr}')


def html_pages(site):
    return sorted(os.path.relpath(os.path.join(b, n), site)
                  for b, _, fs in os.walk(site) for n in fs if n.endswith('.html'))


def check_links(site, pages, resolve, fail):
    for path, page in pages.items():
        for href in page.links:
            target, fragment = resolve(path, href)
            if target is None:
                continue
            if not os.path.exists(os.path.join(site, target)):
                fail(f'{path}: broken link {href}')
            elif fragment and target.endswith('.html') and fragment not in pages[target].ids:
                fail(f'{path}: missing anchor {href}')


def build_rapportage(binary, root, site, fail):
    help_text = subprocess.run([binary, 'build', '--help'], capture_output=True, text=True).stdout
    command = [binary, 'build', '--root', root, '--out', site]
    env = dict(os.environ)
    if '--no-search' in help_text:
        command.append('--no-search')
    else:
        env['PAGEFIND'] = '/nonexistent/pagefind'  # no search index: the test needs no npm
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    if proc.returncode != 0:
        print(proc.stderr)
        raise SystemExit(f'FAIL rapportage build exited with {proc.returncode}')
    for line in proc.stderr.splitlines():
        if ('error' in line or 'warning' in line) and SKIPPED_SEARCH not in line:
            fail(f'rapportage build said: {line}')


def check_rapportage_site(root, site, fail):
    content = sorted(os.path.relpath(os.path.join(b, n), os.path.join(root, 'content'))
                     for b, _, fs in os.walk(os.path.join(root, 'content')) for n in fs)
    if len(content) != N + 1:
        fail(f'expected {N} chapter pages and a start page, generated {len(content)}')
    files = html_pages(site)
    pages = {p: parse(os.path.join(site, p)) for p in files}
    for source in content:
        stem = source[:-len('.md')]
        built = 'index.html' if stem == 'index' else (
            stem[:-len('index')] + 'index.html' if stem.endswith('/index') else stem + '/index.html')
        if built not in pages:
            fail(f'content/{source} was not built as {built}')
    landing = [p for p in files if p.count('/') == 1 and p.endswith('/index.html')
               and os.path.exists(os.path.join(root, 'content', p.split('/')[0], 'index.md'))]
    if len(landing) != CHAPTERS:
        fail(f'expected {CHAPTERS} chapter landing pages, found {len(landing)}')
    for p in landing:
        with open(os.path.join(site, p), encoding='utf-8') as f:
            html = f.read()
        if html.count('<table') != 2 or 'Tabel ' not in html:
            fail(f'{p}: expected the numbered data table and the table of yearly figures')
    check_links(site, pages, lambda path, href: target_file(site, path, href), fail)


def hugo_target(site, href):
    parts = urlsplit(href)
    if parts.scheme or href.startswith('//') or not parts.path.startswith('/'):
        return (None, None) if parts.path else ('', unquote(parts.fragment))
    path = unquote(parts.path).lstrip('/')
    if path == '' or path.endswith('/'):
        path += 'index.html'
    return path, unquote(parts.fragment) if parts.fragment else None


def check_hugo(hugo_root, site, fail):
    proc = subprocess.run(['hugo', '--quiet', '--source', hugo_root, '--destination', site],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or proc.stdout.strip() or proc.stderr.strip():
        fail(f'hugo --quiet exited with {proc.returncode}: {proc.stdout}{proc.stderr}')
        return
    files = html_pages(site)
    if len(files) != N + 1:
        fail(f'Hugo wrote {len(files)} pages, expected {N + 1}')
    pages = {p: parse(os.path.join(site, p)) for p in files}

    def resolve(path, href):
        target, fragment = hugo_target(site, href)
        return (path if target == '' else target), fragment

    check_links(site, pages, resolve, fail)


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    script = os.path.join(repo, 'bench', 'site', 'generate.py')
    failures = []
    fail = failures.append
    with tempfile.TemporaryDirectory() as tmp:
        first, second = os.path.join(tmp, 'first'), os.path.join(tmp, 'second')
        generate(script, first)
        generate(script, second)
        a, b = tree(first), tree(second)
        if a != b:
            differing = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            fail(f'generating twice differs in {differing[:5]}')
        if not any(k.startswith('hugo/') for k in a) or not any(k.startswith('rapportage/') for k in a):
            fail('generate.py did not write both rapportage/ and hugo/')

        root, site = os.path.join(first, 'rapportage'), os.path.join(tmp, 'site-out')
        build_rapportage(binary, root, site, fail)
        check_rapportage_site(root, site, fail)
        if shutil.which('hugo'):
            check_hugo(os.path.join(first, 'hugo'), os.path.join(tmp, 'hugo-out'), fail)
        else:
            print('site_generated: hugo is not installed; the Hugo site is not checked')
    for failure in failures:
        print('FAIL ' + failure)
    print(f'site_generated: {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
