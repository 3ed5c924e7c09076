#!/usr/bin/env python3
"""Builds the example report (the repository root) twice and checks the site:
every page reachable from index.html, no broken link or anchor, no duplicate id, every
chapter page with its complete submenu, seven chapters, the numbered tables and charts,
and byte-identical output the second time.

Usage: site_example.py RAPPORTAGE_BINARY REPORT_ROOT
"""
import hashlib
import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.ids, self.duplicate_ids = [], set(), []
        self.nav_stack, self.navs = [], []  # navs: (aria-label, class, [(href, aria-current)])
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            if a['id'] in self.ids:
                self.duplicate_ids.append(a['id'])
            self.ids.add(a['id'])
        if tag == 'nav':
            self.nav_stack.append((a.get('aria-label', ''), a.get('class', ''), []))
        if tag in ('a', 'link') and 'href' in a:
            self.links.append(a['href'])
            if tag == 'a' and self.nav_stack:
                self.nav_stack[-1][2].append((a['href'], a.get('aria-current')))
        if tag == 'script' and 'src' in a:
            self.links.append(a['src'])

    def handle_endtag(self, tag):
        if tag == 'nav' and self.nav_stack:
            self.navs.append(self.nav_stack.pop())

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    page = Page()
    with open(path, encoding='utf-8') as f:
        page.feed(f.read())
    return page


def target_file(site, page_path, href):
    """The file an internal href points to, or None for external links."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith('//'):
        return None, None
    fragment = unquote(parts.fragment) if parts.fragment else None
    if not parts.path:
        return page_path, fragment
    base = os.path.dirname(page_path)
    target = os.path.normpath(os.path.join(base, unquote(parts.path)))
    if parts.path.endswith('/') or os.path.isdir(os.path.join(site, target)):
        target = os.path.normpath(os.path.join(target, 'index.html'))
    return target, fragment


def snapshot(folder):
    result = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            with open(path, 'rb') as f:
                result[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return result


def main():
    binary, root = sys.argv[1], sys.argv[2]
    failures = []
    fail = failures.append
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, 'site-out')
        env = dict(os.environ, SOURCE_DATE_EPOCH='1570000000')
        for attempt in (1, 2):
            proc = subprocess.run([binary, 'build', '--root', root, '--out', site],
                                  capture_output=True, text=True, env=env, timeout=600)
            if proc.returncode != 0:
                print(proc.stderr)
                print(f'FAIL build {attempt} exited with {proc.returncode}')
                return 1
            if attempt == 1:
                first = snapshot(site)
                if 'pages' not in proc.stderr:
                    fail('build did not report its page count on stderr')
                # The example's data agrees with itself: a warning means it does not.
                for line in proc.stderr.splitlines():
                    if ': warning: ' in line:
                        fail(f'the example builds with a warning: {line}')
        if snapshot(site) != first:
            fail('the second build is not byte-identical to the first')
        if not os.path.exists(os.path.join(site, '.rapportage-manifest.json')):
            fail('no .rapportage-manifest.json')

        html_files = sorted(os.path.relpath(os.path.join(b, n), site)
                            for b, _, fs in os.walk(site) for n in fs if n.endswith('.html'))
        pages = {p: parse(os.path.join(site, p)) for p in html_files}

        # Reachability from the start page, and links and anchors.
        seen, queue = {'index.html'}, ['index.html']
        while queue:
            current = queue.pop()
            for href in pages[current].links:
                target, fragment = target_file(site, current, href)
                if target is None:
                    continue
                if not os.path.exists(os.path.join(site, target)):
                    fail(f'{current}: broken link {href}')
                    continue
                if fragment and target.endswith('.html'):
                    if fragment not in pages[target].ids and fragment not in ('top',):
                        fail(f'{current}: missing anchor {href}')
                if target.endswith('.html') and target not in seen:
                    seen.add(target)
                    queue.append(target)
        for p in html_files:
            if p not in seen:
                fail(f'{p} is not reachable from index.html')
            if pages[p].duplicate_ids:
                fail(f'{p}: duplicate ids {sorted(set(pages[p].duplicate_ids))}')

        # Chapters: the global menu lists seven; every chapter page has its full submenu.
        start = pages['index.html']
        menu = [n for n in start.navs if n[0] == 'Hoofdstukken']
        if not menu or len(menu[0][2]) != 7:
            fail(f'the chapter menu does not list seven chapters: {menu[0][2] if menu else None}')
        chapter_dirs = sorted({p.split('/')[0] for p in html_files if p.count('/') == 1} -
                              {'figuren', 'data', 'rapportage', 'assets', 'downloads'})
        if len(chapter_dirs) != 7:
            fail(f'expected seven chapter folders, got {chapter_dirs}')
        for chapter in chapter_dirs:
            members = sorted(p for p in html_files if p.startswith(chapter + '/'))
            expected = {os.path.normpath(p) for p in members}
            for p in members:
                subs = [n for n in pages[p].navs if 'rapportage-submenu' in n[1]]
                if len(subs) != 1:
                    fail(f'{p}: expected one chapter submenu, found {len(subs)}')
                    continue
                listed = {os.path.normpath(target_file(site, p, h)[0]) for h, _ in subs[0][2]}
                if listed != expected:
                    fail(f'{p}: submenu lists {sorted(listed)}, expected {sorted(expected)}')
                current = [target_file(site, p, h)[0] for h, c in subs[0][2] if c == 'page']
                if current != [p]:
                    fail(f'{p}: submenu marks {current} as the current page')
            if not any('Terug naar de inhoud' in ''.join(pages[p].text) for p in members):
                fail(f'{chapter}: no "terug naar de inhoud" link')

        # Numbered tables and charts, in the list of figures.
        figures_text = ''.join(pages['figuren/index.html'].text)
        for n in range(1, 8):
            if f'Tabel {n}' not in figures_text:
                fail(f'figuren/: no Tabel {n}')
        if 'Grafiek 1' not in figures_text:
            fail('figuren/: no Grafiek 1')
        # The example's facts: Tabel 9's totals are the source's stated totals, and the
        # data page names no licence or key the source does not give.
        proeftuinen = ''.join(pages['bijlagen/resultaat-proeftuinen/index.html'].text)
        for stated in ('circa \u20ac\u00a06,8 miljoen', 'circa \u20ac\u00a04,8 miljoen'):
            if stated not in proeftuinen:
                fail(f'bijlagen/resultaat-proeftuinen/: no stated total {stated!r}')
        data_text = ''.join(pages['data/index.html'].text)
        for invented in ('Licentie', 'CC-BY', 'sociaal_domein'):
            if invented in data_text:
                fail(f'data/: shows {invented!r}')
        titles = {}
        for p, page in pages.items():
            with open(os.path.join(site, p), encoding='utf-8') as f:
                html = f.read()
            title = html.split('<title>', 1)[1].split('</title>', 1)[0] if '<title>' in html else ''
            if title in titles:
                fail(f'{p} and {titles[title]} have the same title {title!r}')
            titles[title] = p
    for failure in failures:
        print('FAIL ' + failure)
    print(f'site_example: {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
