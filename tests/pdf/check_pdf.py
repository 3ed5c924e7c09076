#!/usr/bin/env python3
"""Runs `rapportage pdf` on a built site and checks the PDF: a real PDF, with bookmarks
(an /Outlines tree) and more than one page."""
import pathlib
import re
import subprocess
import sys
import tempfile

binary, site = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    out = pathlib.Path(tmp) / "rapportage.pdf"
    p = subprocess.run([binary, "pdf", "--site", site, "--out", str(out)], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"rapportage pdf exited {p.returncode}: {p.stderr}")
    data = out.read_bytes()
    problems = []
    if not data.startswith(b"%PDF-"):
        problems.append("not a PDF")
    if b"/Outlines" not in data:
        problems.append("no bookmarks (/Outlines)")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    if pages < 2:
        problems.append(f"only {pages} page(s)")
    if problems:
        sys.exit("PDF check failed: " + ", ".join(problems))
    print(f"pdf: {len(data)} bytes, {pages} pages, with bookmarks")
