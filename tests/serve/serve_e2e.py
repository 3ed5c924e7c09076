#!/usr/bin/env python3
"""End-to-end test of `rapportage serve` against a temporary copy of a small report:
request pages, edit a Markdown file and see the change announced and served, break a
file and get the error page, fix it and recover; only 127.0.0.1 answers; '..' paths are
refused; a taken port gives exit 1 with a message; SIGINT and SIGTERM stop it cleanly.

Usage: serve_e2e.py RAPPORTAGE_BINARY MINI_REPORT_DIR
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
    print(('ok   ' if condition else 'FAIL ') + what, flush=True)


def request(port, path, host='127.0.0.1'):
    """A raw HTTP/1.0 GET (the path is sent exactly as given): (status, headers, body)."""
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(f'GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n'.encode())
        data = b''
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (l.split(':', 1) for l in lines[1:] if ':' in l)}
    return status, headers, body.decode('utf-8', 'replace')


class EventStream:
    """Reads the server-sent events of /__rapportage/events on a thread."""

    def __init__(self, port):
        self.builds = []
        self.cond = threading.Condition()
        self.sock = socket.create_connection(('127.0.0.1', port), timeout=60)
        self.sock.sendall(b'GET /__rapportage/events HTTP/1.1\r\nHost: localhost\r\n\r\n')
        self.head = b''
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b''
        try:
            while chunk := self.sock.recv(4096):
                buffer += chunk
                self.head = buffer[:buffer.find(b'\r\n\r\n')]
                for m in re.finditer(rb'event: build\ndata: (\d+)\n\n', buffer):
                    with self.cond:
                        self.builds.append((int(m.group(1)), time.monotonic()))
                        self.cond.notify_all()
                buffer = buffer[buffer.rfind(b'\n\n') + 2:] if b'\n\n' in buffer else buffer
        except OSError:
            pass

    def wait_for(self, number, timeout=20):
        with self.cond:
            self.cond.wait_for(lambda: any(n >= number for n, _ in self.builds), timeout)
            return max((n for n, _ in self.builds), default=0)

    def close(self):
        self.sock.close()


def start_server(binary, root, env, port=0):
    proc = subprocess.Popen([binary, 'serve', '--root', root, '--port', str(port)], stderr=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    log = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        log.append(line)
        m = re.search(r'at http://127\.0\.0\.1:(\d+)/', line)
        if m:
            threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
            return proc, int(m.group(1)), log
    return proc, None, log


def other_addresses():
    """IPv4 addresses of this machine that are not 127.0.0.1."""
    found = {'127.0.0.2'}  # all of 127/8 is loopback: bound to 0.0.0.0, it would answer
    try:
        out = subprocess.run(['hostname', '-I'], capture_output=True, text=True, timeout=5).stdout
        found.update(a for a in out.split() if '.' in a and a != '127.0.0.1')
    except (OSError, subprocess.SubprocessError):
        pass
    return sorted(found)


def refused(host, port):
    try:
        with socket.create_connection((host, port), timeout=2):
            return False
    except OSError:
        return True


def edit(path, old, new):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    assert old in text, f'{old!r} not in {path}'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.replace(old, new, 1))


def main():
    binary, mini = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, 'rapport')
        shutil.copytree(mini, root)
        own_tmp = os.path.join(tmp, 'tmp')
        os.makedirs(own_tmp)
        env = dict(os.environ, TMPDIR=own_tmp, NO_COLOR='1')
        env.pop('SOURCE_DATE_EPOCH', None)
        proc, port, log = start_server(binary, root, env)
        expect(port is not None, 'the server starts and prints its address: ' + ''.join(log))
        if port is None:
            proc.kill()
            return 1
        try:
            status, headers, body = request(port, '/')
            expect(status == 200 and headers.get('content-type') == 'text/html; charset=utf-8',
                   f'the start page is served as HTML: {status} {headers.get("content-type")}')
            m = re.search(r'<script src="/__rapportage/reload.js" data-build="(\d+)"></script>\n</body>', body)
            expect(m is not None, 'the reload script is injected before </body>')
            status, headers, script = request(port, '/__rapportage/reload.js')
            expect(status == 200 and headers.get('content-type') == 'text/javascript; charset=utf-8' and
                   'EventSource' in script, f'the reload script is served: {status} {headers}')
            status, headers, css = request(port, '/assets/rapportage.css')
            expect(status == 200 and headers.get('content-type') == 'text/css; charset=utf-8' and
                   '__rapportage' not in css, f'CSS is served as CSS, untouched: {status} {headers}')
            status, headers, _ = request(port, '/downloads/data/kosten.csv')
            expect(status == 200 and headers.get('content-type') == 'text/csv; charset=utf-8',
                   f'CSV is served as CSV: {status} {headers.get("content-type")}')
            status, headers, _ = request(port, '/wmo')
            expect(status == 301 and headers.get('location', '').endswith('/wmo/'),
                   f'a folder without its slash redirects: {status} {headers.get("location")}')
            status, _, page = request(port, '/wmo/aanpak/')
            expect(status == 200 and 'Tekst over de aanpak' in page, f'a pretty URL serves its page: {status}')
            status, _, _ = request(port, '/wmo/bestaat-niet/')
            expect(status == 404, f'a missing page is 404: {status}')

            # Each would reach an existing file if '..' were followed: the served site
            # is $TMPDIR/rapportage-serve-XXXXXX/site.
            up = '/%2e%2e' * 12
            for path in ('/../site/index.html', '/%2e%2e/site/index.html', '/%2E%2E/site/index.html',
                         '/wmo/../../site/index.html', '/..%2fsite/index.html', '/wmo/%2e%2e/%2e%2e/site/index.html',
                         up + '/etc/passwd', '/..' * 12 + '/etc/passwd'):
                status, _, body = request(port, path)
                expect(status in (400, 403) and 'root:' not in body and '<html' not in body,
                       f'{path} is refused: {status}')

            for host in other_addresses():
                expect(refused(host, port), f'nothing answers on {host}:{port}, only on 127.0.0.1')

            taken = subprocess.run([binary, 'serve', '--root', root, '--port', str(port)],
                                   capture_output=True, text=True, env=env, timeout=60)
            expect(taken.returncode == 1 and
                   f'cannot serve on 127.0.0.1:{port}: address already in use' in taken.stderr,
                   f'a taken port gives exit 1 and says so: {taken.returncode} {taken.stderr!r}')

            events = EventStream(port)
            first = events.wait_for(1)
            expect(first >= 1 and b'text/event-stream' in events.head,
                   f'the event stream names the current build at once: {first} {events.head!r}')

            aanpak = os.path.join(root, 'content', 'wmo', 'aanpak.md')
            edit(aanpak, 'Tekst over de aanpak', 'Vernieuwde tekst 4711 over de aanpak')
            saved = time.monotonic()
            now = events.wait_for(first + 1)
            expect(now == first + 1, f'an edit is announced as build {first + 1}: {now}')
            print(f'     (edit to event: {(events.builds[-1][1] - saved) * 1000:.0f} ms)')
            status, _, page = request(port, '/wmo/aanpak/')
            expect(status == 200 and 'Vernieuwde tekst 4711' in page, 'the edited page is served')
            expect(f'data-build="{now}"' in page, 'the page names the new build')

            edit(aanpak, 'title: Aanpak', 'title: [Aanpak')
            now = events.wait_for(first + 2)
            status, headers, page = request(port, '/wmo/aanpak/')
            expect(status == 500 and 'The report could not be built' in page and
                   '<code>content/wmo/aanpak.md:' in page and 'invalid front matter' in page and
                   '<pre aria-label="source line' in page and f'data-build="{now}"' in page,
                   'a broken file gives the error page with place and snippet: ' +
                   (str(status) if status == 500 else f'{status}\n{page[:2000]}'))
            status, _, start = request(port, '/')
            expect(status == 500 and 'content/wmo/aanpak.md' in start, 'every page shows the error page')
            status, _, _ = request(port, '/assets/rapportage.css')
            expect(status == 200, 'assets are still served while the build is broken')
            expect(any(line.startswith('content/wmo/aanpak.md:') and 'error: invalid front matter' in line
                       for line in log),
                   'the terminal shows the error too')

            edit(aanpak, 'title: [Aanpak', 'title: Aanpak')
            now = events.wait_for(first + 3)
            status, _, page = request(port, '/wmo/aanpak/')
            expect(status == 200 and 'Vernieuwde tekst 4711' in page, f'fixing the file recovers: {status}')

            with open(os.path.join(root, 'content', 'wmo', 'nieuw.md'), 'w', encoding='utf-8') as f:
                f.write('---\ntitle: Nieuw\norder: 9\n---\nEen nieuwe pagina.\n')
            events.wait_for(first + 4)
            status, _, page = request(port, '/wmo/nieuw/')
            expect(status == 200 and 'Een nieuwe pagina.' in page, f'a new page appears: {status}')

            # SIGINT with an event stream still open: the server must still stop.
            proc.send_signal(signal.SIGINT)
            try:
                code = proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = 'hung'
            expect(code == 0, f'SIGINT stops the server with exit 0: {code}')
            events.close()
            expect(os.listdir(own_tmp) == [], f'the temporary site is removed: {os.listdir(own_tmp)}')
            expect(refused('127.0.0.1', port), 'the port is free again')

            proc, port, log = start_server(binary, root, env)
            expect(port is not None, 'the server starts again')
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = 'hung'
            expect(code == 0, f'SIGTERM stops the server with exit 0: {code}')
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for failure in failures:
        print('\n' + failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
