#!/usr/bin/env python3
"""How long from saving a Markdown file of the example report to `rapportage serve`
announcing the new build to open pages (the server-sent event that makes them reload),
and to the new text being served.

Runs `rapportage serve --port 0` on a temporary copy of the report (the checkout's own
content/, data/, templates/ and rapportage.yaml by default), then edits one paragraph
of a Markdown file RUNS times, alternating two texts, waiting for each build's event.

Usage: bench/serve/edit_to_reload.py [--bin build/rapportage] [--root .] [--runs 20]
                                      [--page content/jeugd/index.md]
"""
import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='build/rapportage')
    ap.add_argument('--root', default='.')
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--page', default='content/jeugd/index.md')
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'rapport')
        os.makedirs(root)
        for name in ('content', 'data', 'templates'):
            if os.path.isdir(os.path.join(args.root, name)):
                shutil.copytree(os.path.join(args.root, name), os.path.join(root, name))
        for name in ('rapportage.yaml', 'rapportage.json'):
            if os.path.exists(os.path.join(args.root, name)):
                shutil.copy(os.path.join(args.root, name), root)
        if os.path.isdir(os.path.join(args.root, 'node_modules')):
            os.symlink(os.path.abspath(os.path.join(args.root, 'node_modules')), os.path.join(root, 'node_modules'))

        proc = subprocess.Popen([args.bin, 'serve', '--root', root, '--port', '0'], stderr=subprocess.PIPE,
                                text=True, env=dict(os.environ, NO_COLOR='1'))
        port = None
        log = []
        for line in proc.stderr:
            log.append(line)
            m = re.search(r'at http://127\.0\.0\.1:(\d+)/', line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            sys.exit('serve did not start:\n' + ''.join(log))
        build_lines = []
        indexed = threading.Semaphore(0)  # one release per search index update

        def follow_log():
            for line in proc.stderr:
                if ': build ' in line:
                    build_lines.append(line)
                if 'search index' in line:
                    indexed.release()
        threading.Thread(target=follow_log, daemon=True).start()

        events = []
        cond = threading.Condition()
        sock = socket.create_connection(('127.0.0.1', port))
        sock.sendall(b'GET /__rapportage/events HTTP/1.1\r\nHost: x\r\n\r\n')

        def read():
            buffer = b''
            while chunk := sock.recv(4096):
                now = time.monotonic()
                buffer += chunk
                for m in re.finditer(rb'data: (\d+)\n\n', buffer):
                    with cond:
                        events.append((int(m.group(1)), now))
                        cond.notify_all()
                buffer = b''
        threading.Thread(target=read, daemon=True).start()
        with cond:
            cond.wait_for(lambda: events, 30)
        # Pagefind indexes the served site after each build (search catches up after the
        # page is shown): wait for it, so that each edit starts from a quiet server.
        indexed.acquire(timeout=10)

        page = os.path.join(root, args.page)
        with open(page, encoding='utf-8') as f:
            original = f.read()
        url = '/' + os.path.dirname(os.path.relpath(page, os.path.join(root, 'content'))) + '/'
        to_event, to_page = [], []
        for run in range(args.runs):
            marker = f'Bewerking {run} van de benchmark.'
            seen = events[-1][0]
            start = time.monotonic()
            with open(page, 'w', encoding='utf-8') as f:
                f.write(original.rstrip('\n') + '\n\n' + marker + '\n')
            with cond:
                cond.wait_for(lambda: events[-1][0] > seen, 30)
            to_event.append((events[-1][1] - start) * 1000)
            with socket.create_connection(('127.0.0.1', port)) as s:
                s.sendall(f'GET {url} HTTP/1.0\r\n\r\n'.encode())
                body = b''
                while chunk := s.recv(65536):
                    body += chunk
            to_page.append((time.monotonic() - start) * 1000)
            if marker.encode() not in body:
                sys.exit(f'run {run}: the page at {url} does not show the edit')
            indexed.acquire(timeout=10)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        sock.close()

    def summary(values):
        return (f'median {statistics.median(values):.0f} ms, min {min(values):.0f} ms, '
                f'max {max(values):.0f} ms')
    print(f'{args.page}, {args.runs} edits')
    print(f'saved → build event sent to open pages: {summary(to_event)}')
    print(f'saved → new page received:              {summary(to_page)}')
    if build_lines:
        print('last build as logged: ' + build_lines[-1].strip())


if __name__ == '__main__':
    main()
