"""Stands in for `java ... org.languagetool.server.HTTPServer --port N` in tests of the local server
management: serves tests/support's FakeLanguageTool (GET /v2/languages, POST /v2/check with no
matches) on 127.0.0.1:N until killed."""
import sys
from http.server import HTTPServer
from pathlib import Path

if __name__ == "__main__":
    if "-version" in sys.argv:
        print('openjdk version "17.0.99" (lisible test stand-in)', file=sys.stderr)
        sys.exit(0)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))     # tests/, for support/
    from support.fake_languagetool import FakeLanguageTool
    port = int(sys.argv[sys.argv.index("--port") + 1])
    HTTPServer(("127.0.0.1", port), FakeLanguageTool).serve_forever()
