#!/usr/bin/env python3
"""Where the bytes of a built site's pages go: every HTML page (the Pagefind bundle
excepted) split into the regions a reader sees, summed over the site.

Regions: head, header, each <nav> by its aria-label (the chapter menu, the breadcrumbs,
the chapter submenu "In dit hoofdstuk: ..." counted as one, previous/next, the table of
contents), main (without the navs inside it), footer, scripts, and the rest (doctype,
body, layout wrappers, whitespace between them). Works on any site, also Hugo's.

Usage: page_bytes.py SITE_DIR [SITE_DIR ...]
"""
import os
import sys
from html.parser import HTMLParser

TRACKED = ('head', 'header', 'nav', 'main', 'footer', 'script')


def region_name(tag, attrs):
    if tag != 'nav':
        return tag
    label = (dict(attrs).get('aria-label') or 'nav').encode('latin-1').decode('utf-8')
    if label.startswith('In dit hoofdstuk'):
        return 'nav: chapter submenu'
    return 'nav: ' + label


class Regions(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for i, ch in enumerate(text):
            if ch == '\n':
                self.line_starts.append(i + 1)
        self.open = []      # (tag, name, start offset), outermost first
        self.sizes = {}     # name -> bytes, innermost region only

    def byte_offset(self):
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in TRACKED:
            self.open.append((tag, region_name(tag, attrs), self.byte_offset()))

    def handle_endtag(self, tag):
        if not self.open or self.open[-1][0] != tag:
            return
        _, name, start = self.open.pop()
        end = self.byte_offset() + len(tag) + 3
        self.sizes[name] = self.sizes.get(name, 0) + (end - start)
        if self.open:  # the parent region does not count it again
            parent = self.open[-1][1]
            self.sizes[parent] = self.sizes.get(parent, 0) - (end - start)


def measure(site):
    totals, pages, total_bytes, blank = {}, 0, 0, 0
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames[:] = sorted(d for d in dirnames if d != 'pagefind')
        for name in sorted(filenames):
            if not name.endswith('.html'):
                continue
            with open(os.path.join(dirpath, name), encoding='utf-8') as f:
                text = f.read()
            data = text.encode('utf-8')
            parser = Regions(data.decode('latin-1'))  # offsets in bytes
            parser.feed(data.decode('latin-1'))
            parser.close()
            for region, size in parser.sizes.items():
                totals[region] = totals.get(region, 0) + size
            pages += 1
            total_bytes += len(data)
            blank += sum(1 for line in text.split('\n') if not line.strip())
    totals['rest'] = total_bytes - sum(totals.values())
    return pages, total_bytes, blank, totals


def main(sites):
    for site in sites:
        pages, total, blank, regions = measure(site)
        print(f'{site}: {pages} pages, {total:,} bytes of HTML, {total // max(pages, 1):,} per page, '
              f'{blank:,} blank lines')
        for region, size in sorted(regions.items(), key=lambda r: -r[1]):
            print(f'  {region:38s} {size:>14,} bytes {100 * size / max(total, 1):5.1f} %  '
                  f'{size // max(pages, 1):>8,} per page')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]) if len(sys.argv) > 1 else print(__doc__) or 2)
