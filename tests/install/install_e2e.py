#!/usr/bin/env python3
"""rapportage installed into a temporary prefix works anywhere.

`cmake --install BUILD --prefix TMP/prefix`, then, in an empty folder under /tmp (outside
the checkout) and with no RAPPORTAGE_THEME, PAGEFIND or node_modules on PATH:
`rapportage new`, `new chapter`, `new page` and `rapportage build` with the installed
executable. The site must hold the theme's assets, the NL Design System CSS and the
search index, and pass the axe and vnu checks of tests/browser/. The installed
executable must not run programs from the report folder
(tests/search/report_tools_not_run.py). A copy of the executable without its share/
folder must stop with one error that says where it looked for the default theme.

Usage: install_e2e.py BUILD_DIR SOURCE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile


def run(args, cwd, env, expect=0):
    p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if p.returncode != expect:
        raise SystemExit(f"{' '.join(args)} (in {cwd}) exited {p.returncode}, expected {expect}\n"
                         f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    return p


def main(build_dir, source_dir):
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    tmp = tempfile.mkdtemp(prefix='rapportage-install-', dir='/tmp')
    try:
        prefix = os.path.join(tmp, 'prefix')
        run(['cmake', '--install', build_dir, '--prefix', prefix], cwd=tmp, env=os.environ)
        for f in ['bin/rapportage', 'bin/rapportage-serve', 'share/rapportage/templates/base.html',
                  'share/rapportage/templates/assets/rapportage.css', 'share/rapportage/scaffold/rapportage.yaml',
                  'share/rapportage/scaffold/.gitignore',
                  'share/rapportage/node_modules/@utrecht/component-library-css/dist/index.css',
                  'share/rapportage/node_modules/@utrecht/component-library-css/LICENSE.md',
                  'share/rapportage/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css']:
            check(os.path.isfile(os.path.join(prefix, f)), f'installed: {f}')
        # Nothing of the build tree or the test tooling.
        check(not os.path.exists(os.path.join(prefix, 'share/rapportage/node_modules/axe-core')),
              'test tooling is not installed')
        check(not os.path.exists(os.path.join(prefix, 'lib/rapportage/node_modules/@pagefind')),
              'Pagefind (test tooling now) is not installed')

        env = {k: v for k, v in os.environ.items() if k not in ('RAPPORTAGE_THEME', 'PAGEFIND', 'NODE_PATH')}
        env['PATH'] = '/usr/local/bin:/usr/bin:/bin'
        env['SOURCE_DATE_EPOCH'] = '1750000000'
        rapportage = os.path.join(prefix, 'bin', 'rapportage')
        work = os.path.join(tmp, 'werk')
        os.makedirs(work)

        run([rapportage, 'new', 'rapport'], cwd=work, env=env)
        again = run([rapportage, 'new', 'rapport'], cwd=work, env=env, expect=1)
        check('the folder is not empty' in again.stderr, f'a second `new` refuses the folder: {again.stderr}')
        report = os.path.join(work, 'rapport')
        run([rapportage, 'new', 'chapter', 'werk-en-inkomen', '--title', 'Werk en inkomen'], cwd=report, env=env)
        run([rapportage, 'new', 'page', 'werk-en-inkomen/bijstand'], cwd=report, env=env)
        with open(os.path.join(report, 'content/werk-en-inkomen/bijstand.md'), 'a', encoding='utf-8') as f:
            f.write('Het aantal cliënten van de Wmo staat in {{ ref(\'wmo-clienten\') }}.\n')

        built = run([rapportage, 'build'], cwd=report, env=env)
        check('warning' not in built.stderr and 'error' not in built.stderr,
              f'the new report builds without diagnostics: {built.stderr}')
        site = os.path.join(report, 'site-out')
        for f in ['index.html', 'cijfers/wmo/index.html', 'werk-en-inkomen/bijstand/index.html',
                  'assets/rapportage.css', 'assets/zoeken.js', 'assets/nlds/utrecht-components.css',
                  'assets/nlds/voorbeeld-theme.css', 'assets/zoekindex.js', 'zoekindex/meta.json',
                  'downloads/data/jeugdhulp_kosten.csv']:
            check(os.path.isfile(os.path.join(site, f)), f'built: {f}')
        with open(os.path.join(site, 'index.html'), encoding='utf-8') as f:
            start = f.read()
        check('rapportage-zoeken' in start, 'the start page has the search form')
        check('Werk en inkomen' in start, 'the new chapter is in the menu')

        if shutil.which('node'):
            run(['node', os.path.join(source_dir, 'tests/browser/axe_all_pages.mjs'), site], cwd=tmp, env=os.environ)
        else:
            failures.append('node is missing: the axe check did not run')
        if shutil.which('java'):
            run([os.path.join(source_dir, 'tests/browser/vnu_all_pages.sh'), source_dir, site], cwd=tmp,
                env=os.environ)
        else:
            failures.append('java is missing: the vnu check did not run')

        run([sys.executable, os.path.join(source_dir, 'tests/search/report_tools_not_run.py'), rapportage,
             os.path.join(source_dir, 'tests/sites/valid/mini')], cwd=tmp, env=os.environ)

        # Without its share/ folder: one error that says where it looked.
        lone = os.path.join(tmp, 'los', 'bin', 'rapportage')
        os.makedirs(os.path.dirname(lone))
        shutil.copy2(rapportage, lone)
        lost = run([lone, 'build', '--out', os.path.join(tmp, 'los-site')], cwd=report, env=env, expect=1)
        expected = ("error: rapportage's default theme was not found (templates/ with base.html and assets/)\n"
                    "hint: install rapportage with `cmake --install build` or its Debian package, or run it from "
                    "the build folder of a checkout\n"
                    f"note: looked in {os.path.join(tmp, 'los', 'share', 'rapportage')}/ (an installation)\n"
                    f"note: looked in {os.path.dirname(lone)}/ and every folder above it (a checkout)\n")
        check(lost.stderr == expected, f'theme not found: one error\n--- got:\n{lost.stderr}--- expected:\n{expected}')
        checked = run([lone, 'check'], cwd=report, env=env, expect=1)
        check(checked.stderr.count('error:') == 1, f'check: one error\n{checked.stderr}')
        new = run([lone, 'new', os.path.join(tmp, 'nog-een')], cwd=tmp, env=env, expect=1)
        check("rapportage's report scaffold was not found" in new.stderr, f'new without scaffold: {new.stderr}')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for f in failures:
        print('FAIL:', f)
    print(f'install_e2e: {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])))
