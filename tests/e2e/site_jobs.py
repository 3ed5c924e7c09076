#!/usr/bin/env python3
"""Builds the same reports with --jobs 1 and --jobs 4 and compares the output trees byte
for byte, and the diagnostics line for line: the example report (the repository root), a
generated bigger one (many chapters, pages, tables, charts, references, links and data
in the text), and a generated one with errors on many pages (the order of diagnostics
and the "first used at" notes must not depend on the number of threads).

Usage: site_jobs.py RAPPORTAGE_BINARY REPORT_ROOT
"""
import os
import subprocess
import sys
import tempfile

CHAPTERS = 12
PAGES_PER_CHAPTER = 9


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def generate(root, with_errors):
    """A report of CHAPTERS chapters; every third page has a table or chart."""
    ids = ['h%02d' % c for c in range(CHAPTERS)]
    write(os.path.join(root, 'rapportage.yaml'),
          'gemeente: Teststad\ntitle: Draadrapportage\nedition: 1e rapportage 2026\n'
          'period: eerste helft 2026\npeildatum: 2026-06-30\nbuild_date: 2026-07-01\n'
          'chapters: [%s]\n' % ', '.join(ids))
    write(os.path.join(root, 'content/index.md'),
          '---\ntitle: Leeswijzer\n---\nZie {{ ref(\'t-h00-1\') }} en {{ ref(\'t-h05-4\') }}.\n')
    for c, cid in enumerate(ids):
        data = 'cijfers_%s' % cid
        rows = ''.join('%s;%d;%d\n' % (kind, year, (c + 1) * year % 977 + len(kind))
                       for kind in ('instroom', 'uitstroom') for year in range(2016, 2020))
        write(os.path.join(root, 'data/%s.csv' % data), 'soort;jaar;aantal\n' + rows)
        write(os.path.join(root, 'data/%s.schema.json' % data),
              '{"title": "Cijfers %d", "description": "Aantallen per jaar & soort <voorlopig>.",'
              ' "source": "Test", "peildatum": "2026-06-30", "licence": "CC-BY-4.0",'
              ' "csv": {"separator": ";", "decimal": ","}, "schema": {"type": "array", "items":'
              ' {"type": "object", "properties": {"soort": {"type": "string"}, "jaar": {"type":'
              ' "string"}, "aantal": {"type": "number"}}, "required": ["soort", "jaar", "aantal"]}}}'
              % (c + 1))
        for p in range(PAGES_PER_CHAPTER):
            name = 'index' if p == 0 else 's%d' % p
            title = 'Hoofdstuk %d' % (c + 1) if p == 0 else 'Deel %d.%d' % (c + 1, p)
            other = ids[(c * 7 + p) % CHAPTERS]
            body = ['---\ntitle: %s\norder: %d\nsummary: Over deel %d.%d.\n---\n' % (title, p, c + 1, p),
                    'In {{ data.%s[0].jaar }} waren het er {{ data.%s[0].aantal | getal }}.\n' % (data, data),
                    '## Aanpak\n\nZie [hoofdstuk](../%s/index.md#aanpak) en ~~oud~~ nieuw op https://example.org.\n' % other,
                    '## Aanpak\n\nNog een kop met dezelfde naam.\n']
            if p % 3 == 1:
                body.append("{{ tabel('%s', id='t-%s-%d', rijen='soort', kolommen='jaar', waarde='aantal') }}\n"
                            % (data, cid, p))
            if p % 3 == 2:
                # No id: named after the data set, numbered when repeated.
                body.append("{{ grafiek('%s', soort='lijn', rijen='soort', kolommen='jaar', waarde='aantal') }}\n" % data)
                body.append("## %s\n\nEen kop met de naam van de grafiek.\n" % data.replace('_', ' '))
            if p % 3 == 0 and p > 0:
                body.append('Zoals in {{ ref(\'t-%s-%d\') }}.\n' % (ids[(c + 3) % CHAPTERS], 1))
            if with_errors and p % 4 == 3:
                body.append("{{ tabel('%s', id='t-h00-1') }}\n" % data)     # duplicate id
                body.append('Zie [weg](../%s/bestaat-niet.md).\n' % other)   # broken link
                body.append("{{ ref('t-nergens-%d') }}\n" % p)               # unknown reference
            if with_errors and p == 5:
                body.append('{{ data.%s[0].onbekend.veld }}\n' % data)       # template error
            write(os.path.join(root, 'content/%s/%s.md' % (cid, name)), '\n'.join(body))


def build(binary, root, out, jobs):
    # The search index is compared too: it is made on the same threads.
    run = subprocess.run([binary, 'build', '--root', root, '--out', out, '--jobs', str(jobs), '--quiet'],
                         capture_output=True, text=True, timeout=600)
    return run.returncode, run.stderr


def tree(folder):
    files = {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            with open(path, 'rb') as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


def compare(binary, root, work, label, expect_ok):
    results = {}
    for jobs in (1, 4):
        out = os.path.join(work, '%s-%d' % (label, jobs))
        results[jobs] = build(binary, root, out, jobs) + (tree(out) if os.path.isdir(out) else {},)
    (code1, err1, tree1), (code4, err4, tree4) = results[1], results[4]
    failures = []
    if (code1 == 0) != expect_ok:
        failures.append('%s: exit %d with --jobs 1\n%s' % (label, code1, err1))
    if code1 != code4:
        failures.append('%s: exit %d with --jobs 1, %d with --jobs 4' % (label, code1, code4))
    if err1 != err4:
        failures.append('%s: diagnostics differ\n--- jobs 1\n%s\n--- jobs 4\n%s' % (label, err1, err4))
    if sorted(tree1) != sorted(tree4):
        failures.append('%s: files differ: %s' % (label, sorted(set(tree1) ^ set(tree4))[:10]))
    for name in sorted(set(tree1) & set(tree4)):
        if tree1[name] != tree4[name]:
            failures.append('%s: %s differs' % (label, name))
    if expect_ok and len(tree1) < 10:
        failures.append('%s: only %d files written' % (label, len(tree1)))
    if not expect_ok and err1.count('error:') < 10:
        failures.append('%s: expected many errors, got\n%s' % (label, err1))
    return failures, tree1, err1


def main():
    binary, example = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory(prefix='rapportage-jobs-') as work:
        f, _, _ = compare(binary, example, work, 'example', True)
        failures += f
        big = os.path.join(work, 'groot')
        generate(big, with_errors=False)
        f, files, _ = compare(binary, big, work, 'groot', True)
        failures += f
        pages = [n for n in files if n.endswith('.html')]
        if len(pages) != CHAPTERS * PAGES_PER_CHAPTER + 4:
            failures.append('groot: %d pages written' % len(pages))
        # The same figure numbers as reading order gives, whatever the threads did.
        start = files.get('index.html', b'').decode('utf-8')
        if '>Tabel 1</a>' not in start or '>Tabel 17</a>' not in start:
            failures.append('groot: references on the start page are not Tabel 1 and Tabel 17')
        faulty = os.path.join(work, 'fouten')
        generate(faulty, with_errors=True)
        f, _, err = compare(binary, faulty, work, 'fouten', False)
        failures += f
        if 'first used at content/h00/s1.md' not in err:
            failures.append('fouten: no "first used at" note for the first use\n' + err)
    for failure in failures:
        print('FAIL ' + failure)
    if not failures:
        print('ok: the example, a generated report and a report with errors are the same with 1 and 4 jobs')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
