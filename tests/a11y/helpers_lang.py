"""Run the whole check on a small text and keep the findings of one accessibility rule."""
from checker import engine
from checker.config import Settings
from checker.sources import load_bytes


def findings_of(text: str, name: str, rule: str = "a11y.paragraph-lang-undeclared"):
    doc = load_bytes(text.encode("utf-8"), name)
    result = engine.check_documents([doc], Settings(grammar="off"))
    return [f for f in result.documents[0].findings if f.rule == rule]
