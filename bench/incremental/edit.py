#!/usr/bin/env python3
"""One edit for bench/incremental/run.sh: writes ORIGINAL to TARGET with a change that
differs from the previous call's (a counter kept in TARGET's folder).

Usage: edit.py paragraph|number ORIGINAL TARGET
  paragraph: a paragraph appended to the Markdown file;
  number:    the first integer value in the JSON file increased by the counter.
"""
import os
import re
import sys

kind, original, target = sys.argv[1:4]
counter_file = os.path.join(os.path.dirname(os.path.abspath(original)), '.edit-counter')
n = int(open(counter_file).read()) + 1 if os.path.exists(counter_file) else 1
with open(counter_file, 'w') as f:
    f.write(str(n))
text = open(original, encoding='utf-8').read()
if kind == 'paragraph':
    text += f'\nEen gewijzigde alinea, versie {n}.\n'
elif kind == 'number':
    m = re.search(r'(?<=: )(\d+)(?=[,\n}])', text)
    if not m:
        sys.exit('edit.py: no number in ' + original)
    text = text[:m.start()] + str(int(m.group(1)) + n) + text[m.end():]
else:
    sys.exit('edit.py: expected paragraph or number, got ' + kind)
with open(target, 'w', encoding='utf-8') as f:
    f.write(text)
