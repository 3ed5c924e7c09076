#!/usr/bin/env python3
"""Runs `rapportage pdf` on a built site and checks the PDF as a reader would get it:
A4 pages, bookmarks, no link to a file on the printing machine, a first page that is not
almost empty, no interface text, running page numbers, and bar charts printed with their
bars filled (a page with a bar chart is rendered with pdftoppm and a bar's inside must be
coloured). Needs poppler-utils (pdfinfo, pdftotext, pdftoppm).

    check_pdf.py RAPPORTAGE SITE      print SITE/rapportage/index.html and check it
    check_pdf.py --pdf FILE SITE      check a PDF made before (to try the checks)
"""
import html
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

# Text that works only on screen; none of it may be printed.
INTERFACE_TEXT = ["Download CSV", "Tabel bij grafiek", "Direct naar de hoofdinhoud", "Terug naar de inhoud",
                  "Terug naar boven", "Zoeken in de rapportage", "In dit hoofdstuk:"]
A4_POINTS = (595.3, 841.9)


def run(*args):
    return subprocess.run(args, capture_output=True, check=True).stdout


def page_text(pdf, page):
    return run("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-").decode()


def words(text):
    return " ".join(text.split())


def first_bar_chart_caption(site):
    """The caption of the first chart on the whole report whose bars are filled shapes."""
    page = (pathlib.Path(site) / "rapportage" / "index.html").read_text(encoding="utf-8")
    for figure in re.findall(r"<figure\b.*?</figure>", page, re.S):
        if not re.search(r"<rect\b[^>]*fill:url\(#", figure):
            continue
        caption = re.search(r"<figcaption\b[^>]*>(.*?)</figcaption>", figure, re.S)
        if caption:
            return words(html.unescape(re.sub(r"<[^>]+>", "", caption.group(1))))
    return None


def read_ppm(path):
    """Width, height and RGB bytes of a binary PPM (pdftoppm's default output)."""
    data = path.read_bytes()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6", fields[0]
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def filled_block(ppm, size):
    """Whether some size×size square of pixels is all strongly coloured: the inside of a
    filled bar. Outlines, text, grid lines and white space have no such square."""
    width, height, rgb = read_ppm(ppm)
    coloured = [False] * (width * height)
    for i in range(width * height):
        r, g, b = rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]
        coloured[i] = max(r, g, b) - min(r, g, b) > 60
    # Runs of coloured pixels to the right of each pixel, then down the columns.
    run_right = [0] * (width * height)
    for y in range(height):
        n = 0
        for x in range(width - 1, -1, -1):
            n = n + 1 if coloured[y * width + x] else 0
            run_right[y * width + x] = n
    for x in range(width):
        n = 0
        for y in range(height):
            n = n + 1 if run_right[y * width + x] >= size else 0
            if n >= size:
                return True
    return False


def check(pdf, site):
    problems = []
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        return ["not a PDF"], 0, len(data)
    info = run("pdfinfo", str(pdf)).decode()
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    width, height = float(size.group(1)), float(size.group(2))
    if abs(width - A4_POINTS[0]) > 2 or abs(height - A4_POINTS[1]) > 2:
        problems.append(f"pages are {width:.0f} x {height:.0f} pt, not A4 ({A4_POINTS[0]:.0f} x {A4_POINTS[1]:.0f})")
    if pages < 2:
        problems.append(f"only {pages} page(s)")
    if b"/Outlines" not in data:
        problems.append("no bookmarks (/Outlines)")
    # Chromium writes link annotations as plain dictionaries: /URI (...) for links out,
    # /Dest for places inside the PDF.
    uris = [u.decode("latin-1") for u in re.findall(rb"/URI\s*\(([^)]*)\)", data)]
    local = [u for u in uris if not re.match(r"(https?|mailto|tel):", u)]
    if local:
        problems.append(f"{len(local)} link(s) that lead outside the PDF and the web, such as {local[0]!r}")
    if not re.search(rb"/Dest\b", data):
        problems.append("no link to a place inside the PDF (the table of contents)")

    text = run("pdftotext", "-layout", str(pdf), "-").decode()
    for phrase in INTERFACE_TEXT:
        if phrase in text:
            problems.append(f"interface text printed: {phrase!r}")
    first = words(page_text(pdf, 1))
    if len(first) < 300:
        problems.append(f"the first page is almost empty ({len(first)} characters of text)")
    if pages >= 2 and f"Pagina 2 van {pages}" not in page_text(pdf, 2):
        problems.append(f"no page number 'Pagina 2 van {pages}' on page 2")

    caption = first_bar_chart_caption(site)
    if caption is None:
        problems.append("the whole report holds no bar chart to check")
    else:
        start = " ".join(caption.split()[:6])
        on = [p for p in range(1, pages + 1) if start in words(page_text(pdf, p))]
        if not on:
            problems.append(f"the bar chart {start!r} is not in the PDF")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                run("pdftoppm", "-r", "50", "-f", str(on[0]), "-l", str(on[0]), str(pdf), f"{tmp}/page")
                ppm = next(pathlib.Path(tmp).glob("page*.ppm"))
                # 8 px at 50 dpi: a square of 4 mm inside a bar.
                if not filled_block(ppm, 8):
                    problems.append(f"the bars of {start!r} (page {on[0]}) are not filled with colour")
    return problems, pages, len(data)


def main():
    missing = [tool for tool in ("pdfinfo", "pdftotext", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"{', '.join(missing)} not found: install poppler-utils (scripts/install-deps does)")
    if sys.argv[1] == "--pdf":
        pdf, site = pathlib.Path(sys.argv[2]), sys.argv[3]
        problems, pages, size = check(pdf, site)
    else:
        binary, site = sys.argv[1], sys.argv[2]
        with tempfile.TemporaryDirectory() as tmp:
            pdf = pathlib.Path(tmp) / "rapportage.pdf"
            p = subprocess.run([binary, "pdf", "--site", site, "--out", str(pdf)], capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f"rapportage pdf exited {p.returncode}: {p.stderr}")
            problems, pages, size = check(pdf, site)
    if problems:
        sys.exit("PDF check failed:\n  " + "\n  ".join(problems))
    print(f"pdf: {size} bytes, {pages} A4 pages, with bookmarks, page numbers and filled bars")


if __name__ == "__main__":
    main()
