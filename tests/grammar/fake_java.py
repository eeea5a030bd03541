"""Stands in for `java ... org.languagetool.server.HTTPServer --port N` in tests of the local server
management: serves GET /v2/languages and POST /v2/check (no matches) on 127.0.0.1:N until killed."""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, payload):
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._send([{"code": "en", "longCode": "en-US"}])

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self._send({"software": {"version": "6.7"}, "matches": []})


if __name__ == "__main__":
    if "-version" in sys.argv:
        print('openjdk version "17.0.99" (lisible test stand-in)', file=sys.stderr)
        sys.exit(0)
    port = int(sys.argv[sys.argv.index("--port") + 1])
    HTTPServer(("127.0.0.1", port), Handler).serve_forever()
