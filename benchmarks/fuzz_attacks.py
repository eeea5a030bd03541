"""Hand-built attack files of up to 5 MB for benchmarks/fuzz.py, each checked in a fresh process:
seconds, peak memory (VmHWM) and the input findings it ended in (issue 13, "Bounded work")."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import traceback
import zipfile

from checker import engine, limits, sources
from checker.config import Settings

MB = 1024 * 1024


def _zip(entries: dict, stored: tuple = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries.items():
            archive.writestr(name, data, zipfile.ZIP_STORED if name in stored else None)
    return buffer.getvalue()


def _docx_xml(body: str) -> str:
    return ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                 'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                 'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                 'document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _docx(body_xml: str) -> bytes:
    """A .docx python-docx opens: content types, the package relationship, the document."""
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                 "word/document.xml": _docx_xml(body_xml)})


def _streamed_zip(name: str, head: str, chunk: str, tail: str, uncompressed: int,
                  extra: dict | None = None) -> bytes:
    """A zip whose part `name` unpacks to about `uncompressed` bytes, written in chunks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for other, data in (extra or {}).items():
            archive.writestr(other, data, zipfile.ZIP_STORED if other == "mimetype" else None)
        with archive.open(name, "w", force_zip64=True) as part:
            part.write(head.encode())
            block = (chunk * max(1, 100_000 // len(chunk))).encode()
            for _ in range(uncompressed // len(block)):
                part.write(block)
            part.write(tail.encode())
    return buffer.getvalue()


def _docx_bomb(uncompressed: int) -> bytes:
    head = _docx_xml("").split("</w:body>")[0]
    return _streamed_zip("word/document.xml", head, "<w:p/>", "</w:body></w:document>",
                         uncompressed, {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS})


def _entity_bomb() -> bytes:
    entities = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10 if i else "xxxxxxxxxx"}">'
                       for i in range(10))
    xml = _docx_xml("<w:p><w:r><w:t>&e9;</w:t></w:r></w:p>").replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>')
    return _zip({"word/document.xml": xml})


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
                'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
ODT_PARTS = {"mimetype": "application/vnd.oasis.opendocument.text",
             "META-INF/manifest.xml": ODT_MANIFEST}


def _odt(chunk: str, uncompressed: int) -> bytes:
    head = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
            "<office:body><office:text>")
    return _streamed_zip("content.xml", head, chunk,
                         "</office:text></office:body></office:document-content>",
                         uncompressed, ODT_PARTS)


def _pdf(pages: int, lines_per_page: int) -> bytes:
    import pikepdf
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    text = b"BT /F1 9 Tf 40 800 Td 11 TL " + b"(The council approved the budget on Monday.) ' " \
        * lines_per_page + b"ET"
    for _ in range(pages):
        page = pdf.add_blank_page(page_size=(595, 842))
        page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        page.obj.Contents = pdf.make_stream(text)
    out = io.BytesIO()
    pdf.save(out, compress_streams=True)
    return out.getvalue()


def _pdf_flate_bomb(uncompressed: int) -> bytes:
    """One page whose content stream inflates to `uncompressed` bytes of text operators."""
    import pikepdf
    import zlib
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                              BaseFont=pikepdf.Name.Helvetica)
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    packer = zlib.compressobj(9)
    body = packer.compress(b"BT /F1 9 Tf 40 800 Td ")
    block = b"(aaaaaaaaaaaaaaaa) Tj " * 5000
    for _ in range(uncompressed // len(block)):
        body += packer.compress(block)
    body += packer.compress(b"ET") + packer.flush()
    stream = pikepdf.Stream(pdf, body)
    stream.Filter = pikepdf.Name.FlateDecode
    page.obj.Contents = stream
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


FIVE = 5_000_000 - 4096      # just under --max-bytes (5,000,000): read and checked
PARA = "<w:p><w:r><w:t>The council approved the budget on Monday.</w:t></w:r></w:p>"
ALIAS_BOMB = ("---\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    + "lang: *i\n---\nText.\n")
# name -> (file name, a function building the bytes: only the one being run is built)
ATTACKS = {
    "md-brackets": ("a.md", lambda: b"[" * FIVE),
    "md-images": ("a.md", lambda: b"![" * (FIVE // 2)),
    "md-emphasis": ("a.md", lambda: b"*a **b " * (FIVE // 7)),
    "md-divs": ("a.md", lambda: b"<div>\n" * (FIVE // 6)),
    "md-quotes": ("a.md", lambda: (b">" * 200 + b" deep\n") * (FIVE // 206)),
    "md-lists": ("a.md", lambda: "".join("  " * (i % 80) + "- item\n" for i in range(FIVE // 90)).encode()),
    "md-alias-bomb": ("a.md", lambda: ALIAS_BOMB.encode()),
    "md-long-paragraph": ("a.md", lambda: b"word " * (FIVE // 5)),
    "md-big-tag": ("a.md", lambda: b"<p " + b"a=b " * (FIVE // 4) + b">x</p>\n"),
    "html-divs": ("a.html", lambda: b"<div>" * (FIVE // 5)),
    "html-spans-lang": ("a.html", lambda: b'<span lang="fr">x ' * (FIVE // 18)),
    "html-table": ("a.html", lambda: b"<table>" + b"<tr><td>x</td></tr>" * (FIVE // 19)),
    "html-attrs": ("a.html", lambda: b"<p " + b"a=b " * (FIVE // 4) + b">x</p>"),
    "txt-one-line": ("a.txt", lambda: b"a" * FIVE),
    "txt-sentences": ("a.txt", lambda: b"The council met. " * (FIVE // 17)),
    "txt-nul": ("a.txt", lambda: b"\0" * FIVE),
    "docx-zip-bomb": ("a.docx", lambda: _docx_bomb(1024 * MB)),
    "docx-big-text": ("a.docx", lambda: _docx(PARA * (18 * MB // len(PARA)))),
    "docx-entities": ("a.docx", _entity_bomb),
    "docx-many-parts": ("a.docx", lambda: _zip({f"p/{i}": b"" for i in range(20_000)})),
    "odt-zip-bomb": ("a.odt", lambda: _odt("<text:p/>", 1024 * MB)),
    "odt-big-text": ("a.odt", lambda: _odt("<text:p>The council approved the budget on Monday.</text:p>",
                                           18 * MB)),
    "pdf-many-pages": ("a.pdf", lambda: _pdf(1500, 60)),
    "pdf-flate-bomb": ("a.pdf", lambda: _pdf_flate_bomb(1024 * MB)),
}


def run_attack(name: str) -> dict:
    """In this (fresh) process: load and check one attack file; time, peak memory, findings."""
    from fuzz import peak_mb, reset_peak
    file_name, build = ATTACKS[name]
    data = build()
    run = Settings(grammar="off", cache=False, jobs=1)
    engine.load_analyzers()
    reset_peak()
    started = time.monotonic()
    error = ""
    rules: list = []
    try:
        result = engine.check_loaded(
            [(file_name, lambda: sources.load_bytes(data, file_name, max_bytes=run.max_bytes))], run)
        rules = sorted({f.rule for d in result.documents for f in d.findings
                        if f.category == "input" or f.rule == "lisible.internal-error"})
    except Exception:  # noqa: BLE001
        error = traceback.format_exc()
    return {"name": name, "bytes": len(data), "seconds": round(time.monotonic() - started, 2),
            "peak_mb": round(peak_mb()), "input_findings": rules, "traceback": error,
            "budget": limits.budget_for(run.time_budget, len(data))}


def large(names, script: str) -> int:
    print(f"\n5 MB attack files (each in a fresh process; budget {limits.FILE_TIME_BUDGET:g} s + "
          f"{limits.SECONDS_PER_MB:g} s per MB past the first)")
    print(f"{'attack':<18} {'bytes':>9} {'seconds':>8} {'budget':>7} {'peak MB':>8}  findings")
    problems = 0
    for name in names:
        try:
            done = subprocess.run([sys.executable, script, "--one", name], capture_output=True,
                                  text=True, timeout=limits.budget_for(limits.FILE_TIME_BUDGET,
                                                                       5_000_000) + 120)
        except subprocess.TimeoutExpired as exc:
            print(f"{name:<18} still running after {exc.timeout:.0f} s: over its budget", flush=True)
            problems += 1
            continue
        try:
            row = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"{name:<18} crashed: {done.stderr.strip()[-300:]}", flush=True)
            problems += 1
            continue
        print(f"{name:<18} {row['bytes']:>9} {row['seconds']:>8} {row['budget']:>7.0f} "
              f"{row['peak_mb']:>8}  {', '.join(row['input_findings']) or '-'}", flush=True)
        if row["traceback"]:
            print(row["traceback"])
        problems += bool(row["traceback"]) + (row["peak_mb"] >= 600) \
            + (row["seconds"] > row["budget"] + 5)
    return problems
