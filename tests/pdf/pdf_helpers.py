"""PDFs for the tests are built by scripts/pdfgen.py, so each file's properties are known."""
import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "lisible_pdfgen", Path(__file__).resolve().parents[2] / "scripts" / "pdfgen.py")
pdfgen = importlib.util.module_from_spec(_SPEC)
sys.modules["lisible_pdfgen"] = pdfgen
_SPEC.loader.exec_module(pdfgen)
