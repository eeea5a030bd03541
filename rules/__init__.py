"""Rule packs: the `rules` analyzer.

Packs are YAML (rules/common, rules/en, rules/fr, rules/de, rules/es, rules/it, plus the user's
`packs` from config); each rule names a kind (rules/kinds.py, rules/document_kinds.py,
rules/python_kind.py). The analyzer groups a document's prose blocks by language, picks the rules
of that language and region (the language's default region, checker/languages/, when the tag has
none), and turns their hits into
Findings. Select/ignore/severity from config and suppression comments are applied by the engine.
"""
from __future__ import annotations

import string

from checker import languages
from checker.analysis import analyzer
from checker.findings import Finding
from checker.limits import FindingCap
from checker.languages import LanguageTag

from .loader import all_rules, find_rule  # noqa: F401
from .model import KINDS, Rule  # noqa: F401
from .patterns import PATTERN_TIMEOUT, PatternTooSlow
from .text import DocumentView, normalize

__all__ = ["check_rules", "run_rules", "all_rules", "find_rule", "region_for",
           "languagetool_duplicates"]


def region_for(tag: str) -> tuple[str, str]:
    """(language, region) of a tag, with the language's default region when the tag has none."""
    parsed = LanguageTag.loose(tag, languages.FALLBACK)
    region = parsed.region if parsed.region and len(parsed.region) == 2 else None
    return parsed.language, region or languages.default_region(parsed) or ""


def languagetool_duplicates(lang: str | None = None) -> dict[str, str]:
    """LanguageTool rule id -> the lisible rule that covers it (for `lang`, or all languages).
    The grammar engine passes these ids as disabled rules."""
    out: dict[str, str] = {}
    for rule in all_rules():
        if lang is None or rule.language in (None, lang):
            for lt_id in rule.languagetool:
                out.setdefault(lt_id, rule.id)
    return out


@analyzer("rules")
def check_rules(doc, ctx) -> list[Finding]:
    return run_rules(doc, ctx, all_rules(ctx.settings))


def run_rules(doc, ctx, rules) -> list[Finding]:
    """Findings of `rules` on `doc`, one pass per language present in its prose blocks. A user's
    pattern that runs out of time stops its rule on this document with an input.too-slow error."""
    findings: list[Finding] = []
    accepted = {normalize(t) for t in ctx.settings.vocabulary_accept or ()}
    stopped: set[str] = set()
    # Past the cap a hit is counted, not kept: a million findings would not fit in memory.
    cap = FindingCap(ctx.settings.max_findings_per_rule)
    for view in _views(doc, ctx):
        for rule in rules:
            if rule.id in stopped or not rule.applies_to(view.lang, view.region):
                continue
            try:
                for hit in rule.check(view):
                    text = doc.blocks[hit.block_index].text[hit.start:hit.end]
                    if (not accepted or normalize(text) not in accepted) and cap.admit(rule.id):
                        findings.append(_finding(doc, view, rule, hit))
            except PatternTooSlow as exc:
                stopped.add(rule.id)
                findings.append(Finding(
                    "input.too-slow", "input", "error",
                    f"The pattern {exc.source!r} of rule {rule.id} ran out of time on this file "
                    f"(over {PATTERN_TIMEOUT:g} s); the rule was not applied to it. Patterns that "
                    "nest repetitions, such as (a+)+, backtrack without end."))
    return findings + cap.notes()


def _views(doc, ctx) -> list[DocumentView]:
    """One view per block language: a French quote inside an English release gets French rules.
    A block tagged with the document's language but no region (HTML `lang="fr"`) keeps the
    document's region (fr-CH from config or --lang)."""
    doc_lang, doc_region = region_for(ctx.language)
    by_tag: dict[tuple[str, str], list[int]] = {}
    for i, block in enumerate(doc.blocks):
        if not block.counts_for_readability:
            continue
        lang, region = region_for(block.language or ctx.language)
        if lang == doc_lang and block.language and _bare(block.language):
            region = doc_region
        by_tag.setdefault((lang, region), []).append(i)
    views = []
    for (lang, region), indices in by_tag.items():
        wanted = set(indices)
        sentences = [s for s in ctx.stats.sentences if s.block_index in wanted]
        views.append(DocumentView(doc=doc, lang=lang, region=region, block_indices=indices,
                                  sentences=sentences, settings=ctx.settings, profile=ctx.profile,
                                  shared=ctx.shared, ui_lang=ctx.ui_lang))
    return views


def _bare(tag: str) -> bool:
    """True for a tag that names a language and nothing else ("fr", not "fr-CH")."""
    parsed = LanguageTag.loose(tag)
    return str(parsed) == parsed.language


_FORMATTER = string.Formatter()


def _format(template: str, values: dict) -> str:
    """Fill {match}, {replacement}... with their values and nothing else: a field with a format
    spec, a conversion, an attribute or an index (`{match:>1500000000}` asks for 1.5 GB,
    `{match.__class__}` reads an attribute) and an unknown field are shown as written, like a
    message with stray braces. A user's pack is data; its messages are not format programs."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError:
        return template
    out = []
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in values and not spec and not conversion:
            out.append(str(values[name]))
        else:
            out.append("{" + name + (f"!{conversion}" if conversion else "")
                       + (f":{spec}" if spec else "") + "}")
    return "".join(out)


def _finding(doc, view, rule: Rule, hit) -> Finding:
    block = doc.blocks[hit.block_index]
    lang = view.ui_lang or view.lang
    template = hit.message or rule.message_for(lang)
    if isinstance(template, dict):      # an entry's own message given per language
        template = template.get(lang) or template.get("en") or next(iter(template.values()))
    severity = hit.severity or rule.severity
    profile_key = getattr(rule, "profile_severity_key", None)
    if profile_key and getattr(view.profile, profile_key, None):
        severity = getattr(view.profile, profile_key)
    return Finding(
        rule=rule.id, category=rule.category, severity=severity,
        message=_format(template, hit.values),
        span=doc.span(block, hit.start, hit.end), text=block.text[hit.start:hit.end],
        suggestions=hit.suggestions, standards=rule.standards,
    )
