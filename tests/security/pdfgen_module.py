"""scripts/pdfgen.py as a module for the fuzz strategies (as tests/pdf/pdf_helpers.py loads it)."""
import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "scripts" / "pdfgen.py"
if "lisible_pdfgen" in sys.modules:
    pdfgen = sys.modules["lisible_pdfgen"]
else:
    _SPEC = importlib.util.spec_from_file_location("lisible_pdfgen", _PATH)
    pdfgen = importlib.util.module_from_spec(_SPEC)
    sys.modules["lisible_pdfgen"] = pdfgen
    _SPEC.loader.exec_module(pdfgen)
