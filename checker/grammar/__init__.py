"""Grammar and spelling through a LanguageTool server (DESIGN.md, "Grammar: LanguageTool").

The engine opens one session per run and asks it about each document:

    with open_session(settings) as grammar:
        findings, engine = grammar.check(doc, ctx)   # engine: "languagetool 6.7" | "skipped: ..."
"""
from checker.grammar.install import LT_VERSION
from checker.grammar.session import GrammarSession, open_session

__all__ = ["GrammarSession", "LT_VERSION", "open_session"]
