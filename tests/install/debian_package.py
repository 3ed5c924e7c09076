#!/usr/bin/env python3
"""The Debian package (`cpack -G DEB`) holds the tool, its theme, scaffold and CSS
under /usr, stripped, and names the shared libraries it needs; unpacked (not
installed: the test changes nothing on the machine), its rapportage starts a report
and builds it with the NL Design System CSS and the search index.

Usage: debian_package.py BUILD_DIR
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile


def run(args, cwd, env=None):
    p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {p.returncode}\n{p.stdout}\n{p.stderr}")
    return p


def main(build_dir):
    if not shutil.which('dpkg-deb') or not shutil.which('dpkg-shlibdeps'):
        print('debian_package: skipped: dpkg-deb or dpkg-shlibdeps (dpkg-dev) is not installed')
        return 77
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    tmp = tempfile.mkdtemp(prefix='rapportage-deb-', dir='/tmp')
    try:
        run(['cpack', '-G', 'DEB', '-B', tmp], cwd=build_dir)
        debs = glob.glob(os.path.join(tmp, 'rapportage_*.deb'))
        check(len(debs) == 1, f'one package: {debs}')
        deb = debs[0]
        fields = run(['dpkg-deb', '-f', deb, 'Package', 'Depends'], cwd=tmp).stdout
        check('Package: rapportage' in fields, 'the package is named rapportage')
        for lib in ('libcpp-httplib', 'libc6'):
            check(lib in fields, f'Depends names {lib}: {fields}')
        files = [line.split()[-1] for line in run(['dpkg-deb', '-c', deb], cwd=tmp).stdout.splitlines()]
        for f in ('./usr/bin/rapportage', './usr/bin/rapportage-serve', './usr/share/rapportage/templates/base.html',
                  './usr/share/rapportage/scaffold/rapportage.yaml',
                  './usr/share/rapportage/node_modules/@utrecht/component-library-css/dist/index.css'):
            check(f in files, f'packaged: {f}')
        root = os.path.join(tmp, 'root')
        run(['dpkg-deb', '-x', deb, root], cwd=tmp)
        rapportage = os.path.join(root, 'usr/bin/rapportage')
        described = run(['file', rapportage], cwd=tmp).stdout if shutil.which('file') else 'stripped'
        check('not stripped' not in described, f'the programs are stripped: {described}')

        env = {k: v for k, v in os.environ.items() if k not in ('RAPPORTAGE_THEME', 'PAGEFIND')}
        env['PATH'] = '/usr/bin:/bin'
        run([rapportage, 'new', 'rapport'], cwd=tmp, env=env)
        built = run([rapportage, 'build'], cwd=os.path.join(tmp, 'rapport'), env=env)
        check('warning' not in built.stderr, f'builds without warnings: {built.stderr}')
        for f in ('assets/nlds/utrecht-components.css', 'zoekindex/meta.json', 'cijfers/wmo/index.html'):
            check(os.path.isfile(os.path.join(tmp, 'rapport/site-out', f)), f'built: {f}')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print('FAIL:', f)
    print(f'debian_package: {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(os.path.abspath(sys.argv[1])))
