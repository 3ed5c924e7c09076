#!/usr/bin/env python3
"""Dependency tracking of incremental builds: on a copy of the example report, each kind
of input is changed in turn and `build --explain` must render exactly the pages that
used it, for the reason that names it; after the edits, the incremental result must
equal a clean build byte for byte.

Usage: incremental_explain.py RAPPORTAGE_BINARY REPORT_ROOT
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from incremental_common import copy_report, same_trees

failures = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message, file=sys.stderr)


def build(binary, root, out, *extra):
    run = subprocess.run([binary, 'build', '--root', root, '--out', out, '--no-search', '--jobs', '2',
                          '--explain', *extra], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit('build failed:\n' + run.stderr)
    reasons = {}
    for line in run.stderr.splitlines():
        m = re.match(r'rapportage: explain: (\S+): (.*)$', line)
        if m:
            reasons[m.group(1)] = m.group(2)
    m = re.search(r'rendered (\d+) of (\d+) pages, written (\d+) of (\d+) files', run.stderr)
    if not m:
        raise SystemExit('no summary line:\n' + run.stderr)
    rendered, pages, written, files = (int(g) for g in m.groups())
    if rendered != len(reasons):
        fail(f'the summary counts {rendered} rendered pages, --explain lists {len(reasons)}')
    return reasons, pages, written


def edit(path, change):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    new = change(text)
    if new == text:
        raise SystemExit(f'the edit of {path} changed nothing')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(new)


def expect(what, reasons, wanted):
    """`wanted`: output → reason (None: any reason)."""
    if set(reasons) != set(wanted):
        fail(f'{what}: expected {sorted(wanted)} rendered, got {sorted(reasons)}')
        return
    for out, reason in wanted.items():
        if reason is not None and reasons[out] != reason:
            fail(f'{what}: {out}: expected "{reason}", got "{reasons[out]}"')


def main():
    binary, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'report')
        out = os.path.join(tmp, 'site-out')
        copy_report(source, root)

        first, pages, _ = build(binary, root, out)
        all_pages = set(first)
        if len(all_pages) != pages or any(r != 'no previous build' for r in first.values()):
            fail(f'the first build renders every page because there is none before: {first}')

        again, _, written = build(binary, root, out)
        expect('nothing changed', again, {})
        if written != 1:
            fail(f'nothing changed: only the manifest is written, not {written} files')

        section = 'inleiding/leeragenda/index.html'
        report = 'rapportage/index.html'
        edit(os.path.join(root, 'content/inleiding/leeragenda.md'), lambda t: t + '\nEen nieuwe alinea.\n')
        reasons, _, written = build(binary, root, out)
        expect('a paragraph', reasons, {section: 'content/inleiding/leeragenda.md changed',
                                        report: 'pages of the report changed'})
        if written != 3:
            fail(f'a paragraph: the page, the whole report and the manifest are written, not {written} files')

        # The title is in every page's chapter menu.
        edit(os.path.join(root, 'content/inleiding/leeragenda.md'),
             lambda t: re.sub(r'^title: .*$', 'title: Leeragenda (herzien)', t, count=1, flags=re.M))
        reasons, _, _ = build(binary, root, out)
        expect('a title', reasons, {p: None for p in all_pages})
        if reasons.get(section) != 'content/inleiding/leeragenda.md changed':
            fail(f'a title: the page itself says its file changed: {reasons.get(section)}')
        if reasons.get('wmo/index.html') != 'chapter navigation changed':
            fail(f'a title: another chapter\'s page says the navigation changed: {reasons.get("wmo/index.html")}')

        edit(os.path.join(root, 'content/inleiding/leeragenda.md'),
             lambda t: re.sub(r'^order: .*$', 'order: 99', t, count=1, flags=re.M))
        reasons, _, _ = build(binary, root, out)
        expect('an order', reasons, {p: None for p in all_pages})

        # partials/toc.html is included by page.html only, on pages with three or more
        # '##' headings.
        toc = os.path.join(root, 'templates/partials/toc.html')
        edit(toc, lambda t: t + '<!-- inhoud -->\n')
        reasons, _, _ = build(binary, root, out)
        with_toc = {p for p, r in reasons.items()}
        if not with_toc or any(r != 'template partials/toc.html changed' for r in reasons.values()):
            fail(f'an include: every page rendered says the include changed: {reasons}')
        for p in ('index.html', 'figuren/index.html', 'data/index.html', report):
            if p in with_toc:
                fail(f'an include: {p} does not use page.html, so not partials/toc.html')
        if 'transformatie/anders-kijken/index.html' not in with_toc:
            fail('an include: a section page with four headings uses partials/toc.html')
        if section in with_toc:
            fail(f'an include: {section} has no headings, so no table of contents')

        edit(os.path.join(root, 'data/jeugd_afgeronde_trajecten.json'),
             lambda t: t.replace('"poh_2018": 53,', '"poh_2018": 54,', 1))
        reasons, _, _ = build(binary, root, out)
        expect('a data value', reasons, {'jeugd/vroegtijdig-signaleren/index.html':
                                         'data set jeugd_afgeronde_trajecten changed',
                                         report: 'pages of the report changed'})

        edit(os.path.join(root, 'rapportage.yaml'),
             lambda t: re.sub(r'^title: .*$', 'title: Rapportage Sociaal Domein (herzien)', t, count=1, flags=re.M))
        reasons, _, _ = build(binary, root, out)
        expect('the settings', reasons, {p: 'rapportage.yaml changed' for p in all_pages})

        new_page = os.path.join(root, 'content/inleiding/nieuw.md')
        with open(new_page, 'w', encoding='utf-8') as f:
            f.write('---\ntitle: Nieuw\norder: 50\n---\nEen nieuwe pagina.\n')
        reasons, _, _ = build(binary, root, out)
        expect('an added page', reasons, {p: None for p in all_pages | {'inleiding/nieuw/index.html'}})
        if reasons.get('inleiding/nieuw/index.html') != 'new page':
            fail(f'an added page says it is new: {reasons.get("inleiding/nieuw/index.html")}')

        os.remove(new_page)
        reasons, _, _ = build(binary, root, out)
        expect('a removed page', reasons, {p: None for p in all_pages})
        if os.path.exists(os.path.join(out, 'inleiding/nieuw/index.html')):
            fail('a removed page: its file is gone from the site')

        # A table at the end of the last chapter: the pages that list figures, the page
        # itself and the whole report; figures after it are renumbered, none before it.
        edit(os.path.join(root, 'content/bijlagen/documenten.md'),
             lambda t: t + "\n{{ tabel('jeugd_afgeronde_trajecten', id='extra-tabel') }}\n")
        reasons, _, _ = build(binary, root, out)
        for p, r in (('bijlagen/documenten/index.html', 'content/bijlagen/documenten.md changed'),
                     ('figuren/index.html', 'list of figures changed'),
                     (report, 'pages of the report changed')):
            if reasons.get(p) != r:
                fail(f'a figure: {p}: expected "{r}", got "{reasons.get(p)}"')
        for p in ('jeugd/vroegtijdig-signaleren/index.html', section, 'wmo/index.html', 'index.html'):
            if p in reasons:
                fail(f'a figure: {p} comes before the new table and is not rendered: {reasons[p]}')

        # A layout that reads `data`: the page depends on the data set it read.
        with open(os.path.join(root, 'templates/met-cijfers.html'), 'w', encoding='utf-8') as f:
            f.write('{% extends "page.html" %}{% block content %}{{ super() }}'
                    '<p>{{ data.jeugd_afgeronde_trajecten | length }} rijen</p>{% endblock %}\n')
        edit(os.path.join(root, 'content/inleiding/leeragenda.md'),
             lambda t: t.replace('\n---\n', '\nlayout: met-cijfers.html\n---\n', 1))
        reasons, _, _ = build(binary, root, out)
        if reasons.get(section) != 'content/inleiding/leeragenda.md changed':
            fail(f'a layout with data: the page is rendered because its file changed: {reasons.get(section)}')
        edit(os.path.join(root, 'data/jeugd_afgeronde_trajecten.json'),
             lambda t: t.replace('"poh_2018": 54,', '"poh_2018": 55,', 1))
        reasons, _, _ = build(binary, root, out)
        expect('a data value read by a layout', reasons,
               {'jeugd/vroegtijdig-signaleren/index.html': 'data set jeugd_afgeronde_trajecten changed',
                'bijlagen/documenten/index.html': 'data set jeugd_afgeronde_trajecten changed',
                section: 'data set jeugd_afgeronde_trajecten changed',
                report: 'pages of the report changed'})

        # A section's group is in the navigation of every page.
        edit(os.path.join(root, 'content/inleiding/leeragenda.md'),
             lambda t: t.replace('\n---\n', '\ngroup: Leren\n---\n', 1))
        reasons, _, _ = build(binary, root, out)
        expect('a group', reasons, {p: None for p in all_pages})
        if reasons.get('wmo/index.html') != 'chapter navigation changed':
            fail(f'a group: another chapter\'s page says the navigation changed: {reasons.get("wmo/index.html")}')

        clean = os.path.join(tmp, 'clean-out')
        build(binary, root, clean, '--clean')
        for problem in same_trees(out, clean):
            fail('incremental and clean builds differ: ' + problem)

    if failures:
        print(f'{len(failures)} failed', file=sys.stderr)
        return 1
    print('incremental_explain: every kind of input renders exactly the pages that used it')
    return 0


if __name__ == '__main__':
    sys.exit(main())
