#!/usr/bin/env python3
"""A report folder supplies no programs and no tool configuration: `rapportage build`
writes its own search index (no program runs) and takes the NL Design System CSS from
rapportage's own node_modules only.

The report root (a copy of tests/sites/valid/mini) gets a hostile
node_modules/.bin/pagefind (and node) that would create a file, a hostile copy of the NL Design
System CSS, and a pagefind.yml that would move the index out of the site. The build runs
from inside the report folder with "node_modules/.bin" on PATH, as a careless shell
set-up has it. The script must not run, the hostile CSS must not be published, the
index must be where rapportage puts it, and with --no-search there is no index and no
search form.

Usage: report_tools_not_run.py RAPPORTAGE_BINARY MINI_REPORT_ROOT
"""
import os
import shutil
import stat
import subprocess
import sys
import tempfile

NLDS_CSS = '@utrecht/component-library-css/dist/index.css'


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    if mode is not None:
        os.chmod(path, mode)


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def main(binary, mini):
    failures = []
    binary = os.path.abspath(binary)
    with tempfile.TemporaryDirectory(prefix='rapportage-hostile-') as tmp:
        root = os.path.join(tmp, 'report')
        shutil.copytree(mini, root)
        marker = os.path.join(tmp, 'the-report-ran-a-program')
        hostile = os.path.join(root, 'node_modules', '.bin', 'pagefind')
        write(hostile, f'#!/bin/sh\ntouch {marker}\nmkdir -p "$2/pagefind" && touch "$2/pagefind/pagefind.js"\n',
              stat.S_IRWXU)
        # Pagefind's npm wrapper starts with "#!/usr/bin/env node": with "node_modules/.bin"
        # on PATH, a node of the report's would run if Pagefind started in the report folder.
        write(os.path.join(root, 'node_modules', '.bin', 'node'), f'#!/bin/sh\ntouch {marker}\n', stat.S_IRWXU)
        write(os.path.join(root, 'node_modules', NLDS_CSS), 'body{background:url(https://example.org/track)}\n')
        write(os.path.join(root, 'node_modules', '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
              ':root{}\n')
        escaped = os.path.join(tmp, 'escaped-index')
        write(os.path.join(root, 'pagefind.yml'), f'output_path: {escaped}\n')

        env = dict(os.environ)
        env.pop('PAGEFIND', None)
        env['PATH'] = 'node_modules/.bin:.:' + env.get('PATH', '/usr/bin:/bin')
        out = os.path.join(tmp, 'site')
        run = subprocess.run([binary, 'build', '--root', '.', '--out', out], cwd=root, env=env,
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            failures.append(f'build failed ({run.returncode}): {run.stderr}')
        if os.path.exists(marker):
            failures.append('a program of the report folder\'s node_modules/.bin was run')
        if os.path.exists(escaped):
            failures.append('Pagefind read the report folder\'s pagefind.yml (index written outside the site)')
        published = os.path.join(out, 'assets', 'nlds', 'utrecht-components.css')
        if os.path.exists(published) and 'example.org/track' in read(published):
            failures.append('the report folder\'s node_modules CSS was published')
        # rapportage indexed the site itself.
        if not os.path.exists(os.path.join(out, 'zoekindex', 'meta.json')):
            failures.append('no search index of rapportage\'s own in the site')
        if os.path.exists(os.path.join(out, 'pagefind')):
            failures.append('a Pagefind index was written into the site')
        if 'rapportage: search (' not in run.stderr:
            failures.append(f'no timing of the search stage: {run.stderr}')
        if 'id="zoekterm"' not in read(os.path.join(out, 'index.html')):
            failures.append('the search form is missing although the site has an index')

        # --no-search: no index, no search form, no search stage, and still nothing run.
        plain = os.path.join(tmp, 'plain')
        run = subprocess.run([binary, 'build', '--no-search', '--root', '.', '--out', plain], cwd=root, env=env,
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            failures.append(f'build --no-search failed ({run.returncode}): {run.stderr}')
        if os.path.exists(os.path.join(plain, 'zoekindex')) or os.path.exists(os.path.join(plain, 'pagefind')):
            failures.append('build --no-search wrote a search index')
        if 'rapportage: search (' in run.stderr:
            failures.append('build --no-search reports a search stage')
        index = read(os.path.join(plain, 'index.html'))
        if 'id="zoekterm"' in index or 'zoeken.js' in index:
            failures.append('build --no-search pages carry the search form or script')
        if os.path.exists(marker):
            failures.append('a program of the report folder\'s node_modules/.bin was run by --no-search')

    for f in failures:
        print('FAIL ' + f)
    if not failures:
        print('report tools: none run; the search index rapportage\'s own, NL Design System CSS from its own node_modules')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
