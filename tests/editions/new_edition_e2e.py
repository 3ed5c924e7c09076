#!/usr/bin/env python3
"""End-to-end test of `rapportage new edition` on a copy of the example report
(content/, data/, rapportage.yaml): the first run turns the report into editions
(its content and data move, byte for byte, to edities/2019-2/) and starts 2020-1 from
it; the new edition's empty period and peildatum are refused until filled in; a third
edition leaves both earlier ones byte-identical. Refused runs change no file.

Usage: new_edition_e2e.py RAPPORTAGE_BINARY REPOSITORY_DIR
"""
import hashlib
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


def run(binary, root, *args):
    return subprocess.run([binary, 'new', 'edition', *args, '--root', root], capture_output=True, text=True,
                          timeout=120)


def hashes(folder):
    """{relative path: sha256} of every file below folder."""
    out = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(dirpath, name)
            with open(path, 'rb') as f:
                out[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return out


def under(tree, prefix):
    return {path[len(prefix):]: digest for path, digest in tree.items() if path.startswith(prefix)}


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def main():
    binary, repository = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix='rapportage-new-edition-') as tmp:
        root = os.path.join(tmp, 'rapportage')
        os.makedirs(root)
        for folder in ('content', 'data'):
            shutil.copytree(os.path.join(repository, folder), os.path.join(root, folder))
        shutil.copy(os.path.join(repository, 'rapportage.yaml'), root)
        original = hashes(root)
        original_settings = read(os.path.join(root, 'rapportage.yaml'))

        # A report with one edition needs an id for it.
        r = run(binary, root, '2020-1')
        expect(r.returncode == 1, 'without --vorige: exit 1')
        expect('this report has one edition: give it an id too, with --vorige' in r.stderr,
               'without --vorige: the error says so')
        expect(hashes(root) == original, 'without --vorige: no file changed')
        r = run(binary, root, '2020_1', '--vorige', '2019-2')
        expect(r.returncode == 1 and "'2020_1' cannot be an edition id" in r.stderr, 'an invalid id is refused')
        expect(hashes(root) == original, 'an invalid id: no file changed')

        # The first run: convert, then start 2020-1.
        r = run(binary, root, '2020-1', '--vorige', '2019-2')
        print(r.stderr)
        expect(r.returncode == 0, 'first new edition: exit 0')
        after = hashes(root)
        for folder in ('content', 'data'):
            moved = under(after, 'edities/2019-2/' + folder + '/')
            expect(moved == under(original, folder + '/'),
                   folder + '/ moved to edities/2019-2/ byte for byte (%d files)' % len(moved))
            expect(not os.path.exists(os.path.join(root, folder)), folder + '/ is no longer at the root')
            copied = under(after, 'edities/2020-1/' + folder + '/')
            expect(copied == under(original, folder + '/'), folder + '/ copied into edities/2020-1/')
        shared = read(os.path.join(root, 'rapportage.yaml'))
        first = read(os.path.join(root, 'edities/2019-2/rapportage.yaml'))
        new = read(os.path.join(root, 'edities/2020-1/rapportage.yaml'))
        expect('edities: [2019-2, 2020-1]\n' in shared, 'the shared settings list both editions')
        for line in ('gemeente: Zoetermeer\n', 'title: Rapportage Sociaal Domein\n', 'language: nl\n',
                     'allow_raw_html: false\n'):
            expect(line in shared and line not in first, 'shared: ' + line.strip())
        for line in ('edition: 2e rapportage 2019\n',
                     'chapters: [inleiding, opgaven, transformatie, wmo, jeugd, participatie, bijlagen]\n'):
            expect(line in first and line in original_settings and line not in shared, 'first edition: ' + line.strip())
        expect(original_settings.startswith(shared.split('gemeente:')[0]),
               'the settings file keeps its opening comment')
        expect('edition: "1e rapportage 2020"\n' in new, 'the new edition is named from its id')
        expect('chapters: [inleiding, opgaven' in new, 'the new edition has the chapters of the newest')
        expect('\nperiod:  ' in new and '\npeildatum:  ' in new, 'period and peildatum left empty')

        # Until period and peildatum are filled in, the new edition's settings are refused.
        before = hashes(root)
        r = run(binary, root, '2020-2')
        expect(r.returncode == 1, 'unfilled edition: exit 1')
        expect("edities/2020-1/rapportage.yaml:" in r.stderr and
               "error: 'peildatum' of edition '2020-1' is not filled in" in r.stderr and
               'vul de peildatum van deze editie in' in r.stderr, 'unfilled edition: peildatum error with hint')
        expect("error: 'period' of edition '2020-1' is not filled in" in r.stderr, 'unfilled edition: period error')
        expect(hashes(root) == before, 'unfilled edition: no file changed')

        path = os.path.join(root, 'edities/2020-1/rapportage.yaml')
        text = read(path).replace('period:      # bijv. tweede helft 2019', 'period: tweede helft 2019')
        text = text.replace('peildatum:   # jjjj-mm-dd, bijv. 2020-03-01', 'peildatum: 2020-03-01')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)

        # A third edition leaves both earlier ones byte-identical.
        before = hashes(root)
        r = run(binary, root, '2020-2', '--title', 'Tweede rapportage 2020')
        print(r.stderr)
        expect(r.returncode == 0, 'third edition: exit 0')
        after = hashes(root)
        for edition in ('2019-2', '2020-1'):
            prefix = 'edities/' + edition + '/'
            expect(under(after, prefix) == under(before, prefix), edition + ' byte-identical')
        expect('edities: [2019-2, 2020-1, 2020-2]\n' in read(os.path.join(root, 'rapportage.yaml')),
               'the third edition is listed last')
        third = read(os.path.join(root, 'edities/2020-2/rapportage.yaml'))
        expect('edition: "Tweede rapportage 2020"\n' in third, '--title names the edition')
        expect('period: tweede helft 2019\n' not in third and 'peildatum: 2020-03-01\n' not in third,
               'the third edition does not inherit period and peildatum')
        expect(under(after, 'edities/2020-2/content/') == under(before, 'edities/2020-1/content/'),
               'the third edition starts from the newest')
        expect(not any(name.startswith('.') for name in os.listdir(os.path.join(root, 'edities'))),
               'no staging folder left behind')

        r = run(binary, root, '2020-2')
        expect(r.returncode == 1 and "edition '2020-2' already exists" in r.stderr, 'an existing edition is refused')
        r = run(binary, root, '2021-1', '--vorige', '2019-2')
        expect(r.returncode == 1 and '--vorige names the first edition' in r.stderr,
               '--vorige is refused once the report has editions')
        expect(hashes(root) == after, 'refused runs changed no file')

    if failures:
        print('%d failed' % len(failures))
        sys.exit(1)


main()
