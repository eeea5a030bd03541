"""Grammar and spelling through a LanguageTool server (DESIGN.md, "Grammar: LanguageTool").

The engine opens one session per run and asks it about each document:

    with open_session(settings, documents=len(paths)) as grammar:
        findings, engine = grammar.check(doc, ctx.language, ctx.settings)   # engine: "languagetool 6.7" | "skipped: ..."
    grammar.failures                                 # what makes the run exit 3

checker/grammar/session.py holds the policy for --grammar off | auto | required (one table of
wordings); checker/grammar/languagetool.py the checking itself, loaded only when grammar is on.
"""
from checker.grammar.install import LT_VERSION
from checker.grammar.session import open_session

__all__ = ["LT_VERSION", "open_session"]
