#!/usr/bin/env python3
"""Writes a generated report of N pages in 20 chapters twice: as a rapportage report
root (OUTDIR/rapportage) and as a Hugo site with equivalent templates (OUTDIR/hugo).

Usage: generate.py N OUTDIR

N counts the chapter pages (each chapter's landing page and its sections), spread as
evenly as possible over the 20 chapters; both sites also have a start page. N >= 20.

Every page has front matter (title, order/weight, summary), about 3 KB of Markdown with
`##` and `###` headings, a bulleted and a numbered list, a GFM table of yearly figures,
and links to other pages (relative `.md` links in rapportage, `relref` in Hugo), some to
an anchor of a heading that exists on the target page. Each chapter has one data set
(data/<chapter>_kerncijfers.json, model kruistabel, with its .schema.json) shown as a
table on the chapter's landing page: `{{ tabel('…') }}` in rapportage, the `tabel`
shortcode in Hugo.

Deterministic: the same N gives the same bytes (a fixed linear congruential generator,
no clock, no hash ordering). Python 3 standard library only.
"""
import json
import os
import sys

CHAPTERS = [
    ('jeugd', 'Jeugd'),
    ('wmo', 'Wmo'),
    ('participatie', 'Participatie'),
    ('schuldhulp', 'Schuldhulpverlening'),
    ('armoede', 'Armoedebestrijding'),
    ('wonen', 'Wonen en zorg'),
    ('onderwijs', 'Onderwijs en jeugd'),
    ('gezondheid', 'Publieke gezondheid'),
    ('veiligheid', 'Zorg en veiligheid'),
    ('mantelzorg', 'Mantelzorg'),
    ('inburgering', 'Inburgering'),
    ('werk-en-inkomen', 'Werk en inkomen'),
    ('beschermd-wonen', 'Beschermd wonen'),
    ('opvang', 'Maatschappelijke opvang'),
    ('sport', 'Sport en bewegen'),
    ('cultuur', 'Cultuur en ontmoeting'),
    ('welzijn', 'Welzijn'),
    ('toegang', 'Toegang en dienstverlening'),
    ('kosten', 'Kosten sociaal domein'),
    ('transformatie', 'Transformatie'),
]

# Heading texts are plain ASCII words so that rapportage and Hugo make the same anchor.
FIGURES_HEADING = 'Cijfers per jaar'  # above the table of yearly figures on every page
H2_TEXTS = ['Ontwikkelingen', 'Samenhang met andere onderwerpen',
            'Wat we doen', 'Resultaten', 'Aanpak in de wijk', 'Stand van zaken',
            'Doelen voor komend jaar', 'Samenwerking met partners', 'Kosten en bekostiging']
H3_TEXTS = ['Achtergrond', 'Toelichting bij de cijfers', 'Vervolg', 'Knelpunten',
            'Ervaringen van inwoners', 'Afspraken', 'Risico', 'Planning', 'Monitoring',
            'Uitvoering']
TOPICS = ['bereik van voorzieningen', 'instroom en uitstroom', 'wachttijden',
          'preventie', 'samenwerking in de wijk', 'kosten per cliënt', 'doorlooptijden',
          'cliëntervaring', 'vroegsignalering', 'maatwerk', 'informele zorg',
          'inkoop en contractering', 'toegang', 'resultaten', 'werkagenda',
          'lokale teams', 'zelfredzaamheid', 'huishoudens', 'ketenaanpak', 'begroting']
WORDS = ('gemeente inwoners cliënten voorziening ondersteuning jeugdhulp zorgaanbieders '
         'wijkteam huishoudens aanvragen maatwerk indicatie beschikking ontwikkeling '
         'toename afname stabiel verwacht afgelopen periode eerste helft tweede kwartaal '
         'begroting kosten budget uitgaven tekort overschot prognose realisatie '
         'samenwerking partners huisartsen onderwijs scholen wijkcentrum vrijwilligers '
         'mantelzorgers ouderen jongeren gezinnen schulden armoede inkomen werk '
         'participatie re-integratie uitkering bijstand beschermd wonen opvang '
         'preventie vroegsignalering toegang wachttijd doorlooptijd resultaat effect '
         'transformatie vernieuwing proeftuin aanpak werkwijze regie eigen kracht '
         'netwerk sociaal domein raad college wethouder beleid uitvoering monitor '
         'indicator peildatum voorlopig definitief cijfers gegevens registratie '
         'onderzoek evaluatie ervaring tevredenheid kwaliteit zorgvuldig tijdig '
         'passend dichtbij samen zelfstandig thuis wijk buurt stad regio landelijk '
         'afspraken contracten inkoop tarieven declaraties productie trajecten '
         'verwijzingen aanmeldingen meldingen signalen vragen antwoorden keuzes '
         'ambitie doel opgave uitdaging kans knelpunt oplossing verbetering').split()
LINK_WORDS = ['zie ook', 'lees meer over', 'vergelijk met', 'meer hierover in',
              'daarover gaat', 'de cijfers staan in']
YEARS = list(range(2015, 2023))
KERNCIJFER_ROWS = ['Aanmeldingen', 'Nieuwe cliënten', 'Lopende trajecten', 'Afgeronde trajecten',
                   'Herhaalde aanmeldingen', 'Verwijzingen huisarts', 'Verwijzingen wijkteam',
                   'Klachten', 'Bezwaarschriften', 'Doorverwijzingen']
GEMEENTE = 'Voorbeeldstad'
TITLE = 'Rapportage Sociaal Domein (benchmark)'


class Lcg:
    """Knuth's MMIX linear congruential generator: the same numbers on every machine."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n

    def pick(self, items):
        return items[self.below(len(items))]

    def sample(self, items, k):
        pool = list(items)
        return [pool.pop(self.below(len(pool))) for _ in range(min(k, len(pool)))]


def slug(text):
    """The anchor both rapportage and Hugo give an ASCII heading."""
    out, hyphen = [], False
    for c in text.lower():
        if c.isascii() and c.isalnum():
            if hyphen and out:
                out.append('-')
            hyphen = False
            out.append(c)
        else:
            hyphen = True
    return ''.join(out)


def dutch_number(n):
    return f'{n:,}'.replace(',', '.')


class Page:
    def __init__(self, chapter, index, number, title, summary, h2s, h3s):
        self.chapter = chapter      # chapter id
        self.index = index          # 0 for the chapter's landing page
        self.number = number        # position in the whole report, for the LCG seed
        self.title = title
        self.summary = summary
        self.h2s = h2s
        self.h3s = h3s

    @property
    def stem(self):
        return 'index' if self.index == 0 else f'sectie-{self.index:04d}'

    @property
    def anchors(self):
        return [slug(h) for h in self.h2s + self.h3s]


def plan_pages(n, rng):
    pages, number = [], 0
    for c, (chapter_id, chapter_title) in enumerate(CHAPTERS):
        count = n // len(CHAPTERS) + (1 if c < n % len(CHAPTERS) else 0)
        for index in range(count):
            topic = rng.pick(TOPICS)
            if index == 0:
                title = chapter_title
                summary = f'Ontwikkelingen en kerncijfers van het hoofdstuk {chapter_title.lower()}.'
            else:
                title = f'{chapter_title} {index}: {topic}'
                summary = f'Over {topic} binnen {chapter_title.lower()}, met cijfers per jaar.'
            h2s = rng.sample(H2_TEXTS, 3)
            h2s.insert(1, FIGURES_HEADING)
            h3s = rng.sample(H3_TEXTS, 3)
            pages.append(Page(chapter_id, index, number, title, summary, h2s, h3s))
            number += 1
    return pages


def sentence(rng):
    count = 6 + rng.below(7)
    text = ' '.join(rng.pick(WORDS) for _ in range(count))
    return text[0].upper() + text[1:] + '.'


def paragraph(rng, sentences):
    return ' '.join(sentence(rng) for _ in range(sentences))


class LinkWriter:
    """Writes a link from one page to another in each flavour."""

    def __init__(self, flavour, source):
        self.flavour = flavour
        self.source = source

    def __call__(self, text, target, anchor=None):
        if self.flavour == 'rapportage':
            if target.chapter == self.source.chapter:
                path = f'{target.stem}.md'
            else:
                path = f'../{target.chapter}/{target.stem}.md'
        else:
            name = '_index.md' if target.index == 0 else f'{target.stem}.md'
            path = '{{< relref "/' + f'{target.chapter}/{name}' + '" >}}'
            if anchor:
                path = '{{< relref "/' + f'{target.chapter}/{name}#{anchor}' + '" >}}'
                anchor = None
        return f'[{text}]({path}{"#" + anchor if anchor else ""})'


def figures_table(rng):
    lines = ['| Jaar | Cliënten | Kosten (euro) | Gemiddelde wachttijd (weken) |',
             '| --- | ---: | ---: | ---: |']
    clients = 400 + rng.below(4000)
    for year in YEARS:
        clients = max(50, clients + rng.below(401) - 180)
        costs = clients * (800 + rng.below(2400))
        weeks = 2 + rng.below(90) / 10
        weeks_text = f'{weeks:.1f}'.replace('.', ',')
        lines.append(f'| {year} | {dutch_number(clients)} | € {dutch_number(costs)} | {weeks_text} |')
    return '\n'.join(lines)


def body(page, pages, by_chapter, rng, flavour, dataset):
    link = LinkWriter(flavour, page)
    chapter_pages = by_chapter[page.chapter]

    def any_link():
        # Half the links stay in the chapter (never to the page itself), half leave it.
        if len(chapter_pages) > 1 and rng.below(2):
            target = page
            while target is page:
                target = rng.pick(chapter_pages)
        else:
            target = page
            while target.chapter == page.chapter:
                target = rng.pick(pages)
        if rng.below(2):
            anchor = rng.pick(target.anchors)
            return link(f'{target.title.lower()}', target, anchor)
        return link(target.title.lower(), target)

    topic = page.title.split(': ', 1)[-1].lower()
    parts = [paragraph(rng, 3)]
    if page.index == 0:
        parts.append(f'De kerncijfers van dit hoofdstuk over de jaren {YEARS[0]} tot en met '
                     f'{YEARS[-1]}:')
        if flavour == 'rapportage':
            parts.append("{{ tabel('" + dataset + "') }}")
        else:
            parts.append('{{< tabel "' + dataset + '" >}}')
    h2, h3 = page.h2s, page.h3s
    parts.append(f'## {h2[0]}')
    parts.append(f'{paragraph(rng, 2)} Over {topic}: {rng.pick(LINK_WORDS)} {any_link()}. '
                 f'{paragraph(rng, 1)}')
    parts.append('\n'.join(f'- {sentence(rng)[:-1]}' + (f' ({any_link()})' if i == 1 else '')
                           for i in range(4)))
    parts.append(f'### {h3[0]}')
    parts.append(paragraph(rng, 3))
    parts.append(f'## {h2[1]}')
    parts.append(f'In de tabel staan de cijfers over {topic} per jaar. {paragraph(rng, 1)}')
    parts.append(figures_table(rng))
    parts.append(f'### {h3[1]}')
    parts.append('\n'.join(f'{i + 1}. {sentence(rng)}' for i in range(3)))
    parts.append(f'## {h2[2]}')
    parts.append(f'{paragraph(rng, 2)} {rng.pick(LINK_WORDS).capitalize()} {any_link()} '
                 f'en {any_link()}.')
    parts.append(f'### {h3[2]}')
    parts.append(f'{paragraph(rng, 2)} **{sentence(rng)}**')
    parts.append(f'## {h2[3]}')
    parts.append(f'{paragraph(rng, 2)} Terug naar {link("het begin van dit hoofdstuk", chapter_pages[0])}.')
    return '\n\n'.join(parts) + '\n'


def front_matter(page, flavour):
    order_key = 'order' if flavour == 'rapportage' else 'weight'
    lines = ['---', f'title: {json.dumps(page.title, ensure_ascii=False)}']
    if page.index > 0:
        lines.append(f'{order_key}: {page.index}')
    elif flavour == 'hugo':
        lines.append(f'weight: {[c for c, _ in CHAPTERS].index(page.chapter) + 1}')
    lines.append(f'summary: {json.dumps(page.summary, ensure_ascii=False)}')
    lines.append('---')
    return '\n'.join(lines) + '\n'


def dataset_name(chapter_id):
    return chapter_id.replace('-', '_') + '_kerncijfers'


def kerncijfers(chapter_id, chapter_title, rng):
    columns = [{'id': str(y), 'titel': str(y)} for y in YEARS]
    rows, totals = [], {str(y): 0 for y in YEARS}
    for r, row_title in enumerate(KERNCIJFER_ROWS):
        values, level = {}, 100 + rng.below(5000)
        for y in YEARS:
            level = max(10, level + rng.below(301) - 140)
            totals[str(y)] += level
            values[str(y)] = level
        last = str(YEARS[-1])
        values[last] = {'waarde': values[last], 'status': 'voorlopig'}
        rows.append({'id': f'rij-{r + 1}', 'titel': row_title, 'waarden': values})
    rows.append({'id': 'totaal', 'titel': 'Totaal', 'totaal': True, 'waarden': totals})
    data = {'titel': f'Kerncijfers {chapter_title.lower()}', 'eenheid': 'aantal',
            'kolomgroepen': [{'titel': 'Jaar', 'kolommen': columns}], 'rijen': rows,
            'voetnoten': [f'De cijfers over {YEARS[-1]} zijn voorlopig.']}
    schema = {'title': f'Kerncijfers {chapter_title.lower()}',
              'description': f'Gegenereerde kerncijfers van het hoofdstuk {chapter_title.lower()} '
                             f'per jaar, {YEARS[0]}-{YEARS[-1]}.',
              'source': f'Registratie gemeente {GEMEENTE} (gegenereerd)',
              'peildatum': '2023-03-01', 'licence': 'CC-BY-4.0', 'model': 'kruistabel'}
    return data, schema


def start_page(pages, flavour):
    lines = ['---', f'title: {json.dumps(TITLE)}',
             f'summary: "Gegenereerde rapportage van {len(pages)} pagina\'s in {len(CHAPTERS)} hoofdstukken."',
             '---',
             f'Deze rapportage is gegenereerd voor een vergelijking van bouwtijden. Ze telt '
             f'{len(pages)} pagina\'s in {len(CHAPTERS)} hoofdstukken.', '', '## Hoofdstukken', '']
    for chapter_id, chapter_title in CHAPTERS:
        if flavour == 'rapportage':
            lines.append(f'- [{chapter_title}]({chapter_id}/index.md)')
        else:
            lines.append(f'- [{chapter_title}]({{{{< relref "/{chapter_id}/_index.md" >}}}})')
    return '\n'.join(lines) + '\n'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def write_json(path, value):
    write(path, json.dumps(value, ensure_ascii=False, indent=2) + '\n')


RAPPORTAGE_YAML = """\
# Generated by bench/site/generate.py: {n} chapter pages in {chapters} chapters.
gemeente: {gemeente}
title: {title}
edition: benchmark
period: {first}-{last}
peildatum: 2023-03-01
build_date: 2023-04-01
language: nl
chapters: [{chapter_list}]
allow_raw_html: false
"""

HUGO_TOML = """\
# Generated by bench/site/generate.py: {n} chapter pages in {chapters} chapters.
baseURL = "https://example.org/"
languageCode = "nl"
defaultContentLanguage = "nl"
title = "{title}"
# Only pages: rapportage writes no taxonomies, feeds or sitemap either.
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false

[params]
gemeente = "{gemeente}"

[markup.goldmark.renderer]
unsafe = false

[markup.tableOfContents]
startLevel = 2
endLevel = 2
ordered = false
"""

HUGO_LAYOUTS = {
    '_default/baseof.html': """\
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}{{ if and .Parent (not .IsSection) (not .IsHome) }} – {{ .CurrentSection.Title }}{{ end }} – {{ .Site.Title }}</title>
{{- with .Params.summary }}
<meta name="description" content="{{ . }}">
{{- end }}
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
</head>
<body>
<a href="#hoofdinhoud">Direct naar de hoofdinhoud</a>
<header id="boven">
<p><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
<p>Gemeente {{ .Site.Params.gemeente }}</p>
</header>
{{ partial "chapter_menu.html" . }}
{{- if not .IsHome }}
{{ partial "breadcrumbs.html" . }}
{{- end }}
<div>
{{- if not .IsHome }}
{{ partial "chapter_submenu.html" . }}
{{- end }}
<main id="hoofdinhoud" tabindex="-1">
{{- block "main" . }}{{ end }}
{{ partial "prev_next.html" . }}
<p><a href="{{ "/" | relURL }}">Terug naar de inhoud</a></p>
</main>
</div>
<footer>
<h2>Colofon</h2>
<p>{{ .Site.Title }}, gemeente {{ .Site.Params.gemeente }}</p>
<p><a href="#boven">Terug naar boven</a></p>
</footer>
</body>
</html>
""",
    '_default/single.html': """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<nav aria-label="Op deze pagina"><p>Op deze pagina</p>{{ .TableOfContents }}</nav>
<div>
{{ .Content }}
</div>
{{ end }}
""",
    '_default/list.html': """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<nav aria-label="Op deze pagina"><p>Op deze pagina</p>{{ .TableOfContents }}</nav>
<div>
{{ .Content }}
</div>
{{ end }}
""",
    'index.html': """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<div>
{{ .Content }}
</div>
{{ end }}
""",
    'partials/chapter_menu.html': """\
<nav aria-label="Hoofdstukken">
<ul>
{{- $current := .CurrentSection }}
{{- range .Site.Sections.ByWeight }}
<li><a href="{{ .RelPermalink }}"{{ if eq . $current }} aria-current="{{ if $.IsSection }}page{{ else }}true{{ end }}"{{ end }}>{{ .LinkTitle }}</a></li>
{{- end }}
</ul>
</nav>
""",
    'partials/chapter_submenu.html': """\
{{- $chapter := .CurrentSection -}}
<nav aria-label="In dit hoofdstuk: {{ $chapter.Title }}">
<p>{{ $chapter.Title }}</p>
<ul>
<li><a href="{{ $chapter.RelPermalink }}"{{ if .IsSection }} aria-current="page"{{ end }}>Inleiding</a></li>
{{- range $chapter.RegularPages.ByWeight }}
<li><a href="{{ .RelPermalink }}"{{ if eq . $ }} aria-current="page"{{ end }}>{{ .LinkTitle }}</a></li>
{{- end }}
</ul>
</nav>
""",
    'partials/breadcrumbs.html': """\
<nav aria-label="Kruimelpad">
<ol>
<li><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></li>
{{- if not .IsSection }}
<li><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></li>
{{- end }}
<li><span aria-current="page">{{ .LinkTitle }}</span></li>
</ol>
</nav>
""",
    'partials/prev_next.html': """\
{{- if .IsPage }}
<nav aria-label="Vorige en volgende pagina">
<ul>
{{- with .NextInSection }}
<li><a href="{{ .RelPermalink }}" rel="prev">Vorige {{ .Title }}</a></li>
{{- end }}
{{- with .PrevInSection }}
<li><a href="{{ .RelPermalink }}" rel="next">Volgende {{ .Title }}</a></li>
{{- end }}
</ul>
</nav>
{{- end -}}
""",
    'shortcodes/tabel.html': """\
{{- $name := .Get 0 }}
{{- $data := index .Site.Data $name }}
{{- if not $data }}{{ errorf "tabel: unknown data set %q in %s" $name .Position }}{{ end -}}
<figure id="{{ replace $name "_" "-" }}">
<figcaption>Tabel: {{ $data.titel }}</figcaption>
<table>
<thead>
<tr><th scope="col">{{ $data.eenheid }}</th>{{ range $data.kolomgroepen }}{{ range .kolommen }}<th scope="col">{{ .titel }}</th>{{ end }}{{ end }}</tr>
</thead>
<tbody>
{{- range $data.rijen }}
{{- $row := . }}
<tr{{ if .totaal }} class="totaal"{{ end }}><th scope="row">{{ .titel }}</th>{{ range $data.kolomgroepen }}{{ range .kolommen }}{{ $v := index $row.waarden .id }}<td>{{ if reflect.IsMap $v }}{{ lang.FormatNumberCustom 0 $v.waarde "- , ." }}{{ if eq $v.status "voorlopig" }}*{{ end }}{{ else }}{{ lang.FormatNumberCustom 0 $v "- , ." }}{{ end }}</td>{{ end }}{{ end }}</tr>
{{- end }}
</tbody>
</table>
{{- range $data.voetnoten }}
<p>{{ . }}</p>
{{- end }}
</figure>
""",
}

HUGO_CSS = """\
body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; }
td { text-align: right; }
"""


def generate(n, outdir):
    rng = Lcg(20230401)
    pages = plan_pages(n, rng)
    root = os.path.join(outdir, 'rapportage')
    hugo = os.path.join(outdir, 'hugo')

    write(os.path.join(root, 'rapportage.yaml'), RAPPORTAGE_YAML.format(
        n=n, chapters=len(CHAPTERS), gemeente=GEMEENTE, title=TITLE, first=YEARS[0],
        last=YEARS[-1], chapter_list=', '.join(c for c, _ in CHAPTERS)))
    write(os.path.join(hugo, 'hugo.toml'), HUGO_TOML.format(
        n=n, chapters=len(CHAPTERS), gemeente=GEMEENTE, title=TITLE))
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, 'layouts', name), text)
    write(os.path.join(hugo, 'static', 'assets', 'site.css'), HUGO_CSS)

    write(os.path.join(root, 'content', 'index.md'), start_page(pages, 'rapportage'))
    write(os.path.join(hugo, 'content', '_index.md'), start_page(pages, 'hugo'))

    for chapter_id, chapter_title in CHAPTERS:
        data, schema = kerncijfers(chapter_id, chapter_title, rng)
        name = dataset_name(chapter_id)
        write_json(os.path.join(root, 'data', name + '.json'), data)
        write_json(os.path.join(root, 'data', name + '.schema.json'), schema)
        write_json(os.path.join(hugo, 'data', name + '.json'), data)

    by_chapter = {}
    for page in pages:
        by_chapter.setdefault(page.chapter, []).append(page)
    for page in pages:
        # Both flavours draw the same numbers: one generator per page, seeded by its place.
        dataset = dataset_name(page.chapter)
        for flavour, base in (('rapportage', root), ('hugo', hugo)):
            page_rng = Lcg(page.number * 7919 + 17)
            text = front_matter(page, flavour) + body(page, pages, by_chapter, page_rng, flavour, dataset)
            stem = page.stem if flavour == 'rapportage' or page.index else '_index'
            write(os.path.join(base, 'content', page.chapter, stem + '.md'), text)
    return pages


def main(argv):
    if len(argv) != 3:
        print('usage: generate.py N OUTDIR', file=sys.stderr)
        return 2
    try:
        n = int(argv[1])
    except ValueError:
        n = -1
    if n < len(CHAPTERS) or str(n) != argv[1]:
        print(f"generate.py: error: N must be a whole number of at least {len(CHAPTERS)} "
              f"(one page per chapter), got '{argv[1]}'", file=sys.stderr)
        return 2
    outdir = argv[2]
    for sub in ('rapportage', 'hugo'):
        if os.path.exists(os.path.join(outdir, sub)):
            print(f'generate.py: error: {os.path.join(outdir, sub)} already exists; '
                  f'remove it or choose another OUTDIR', file=sys.stderr)
            return 2
    pages = generate(n, outdir)
    print(f'generate.py: {len(pages)} chapter pages in {len(CHAPTERS)} chapters written to '
          f'{os.path.join(outdir, "rapportage")} and {os.path.join(outdir, "hugo")}',
          file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
