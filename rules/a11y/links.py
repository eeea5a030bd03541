"""Links: a name (SC 2.4.4, 4.1.2), a name that means something out of context, and one name for
one destination (SC 2.4.9)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from checker.findings import Finding
from checker.html.aria import role_of
from checker.html.tree import Element

from .meta import Page

# Link texts that say nothing out of context, per first-class language (WCAG technique F84; the
# same advice in the plain-language guides of each language's public services).
VAGUE_LINK_TEXTS = frozenset(t.strip() for t in """
    click here|click|here|this|this link|link|this page|read more|more|learn more|more info|
    more information|find out more|see more|continue|details|go|
    cliquez ici|cliquer ici|ici|en savoir plus|lire la suite|la suite|suite|plus|voir plus|
    plus d'infos|plus d'informations|lien|ce lien|détails|
    hier|hier klicken|klicken sie hier|mehr|mehr erfahren|mehr lesen|weiterlesen|weiter|
    mehr informationen|details|
    aquí|haga clic aquí|haz clic aquí|pulse aquí|leer más|más|más información|ver más|
    seguir leyendo|enlace|este enlace|
    qui|clicca qui|fai clic qui|leggi di più|leggi tutto|di più|altro|scopri di più|
    maggiori informazioni|continua|questo link
    """.split("|"))
_EDGE_PUNCTUATION = "\"'«»“”‘’.:;,!?…()[]<>›‹→←-–—>| "
_ONCLICK_URL = re.compile(r"""location(?:\.href)?\s*=\s*(['"])(.+?)\1""")


def check_links(page: Page) -> list[Finding]:
    findings = []
    first_by_name: dict[str, tuple[str, Element]] = {}
    for el in page.tree.iter():
        if role_of(el) != "link" or page.vis.excluded(el):
            continue
        name = page.name(el)
        if not name:
            findings.append(page.finding("a11y.link-name", el))
            continue
        if _plain(name) in VAGUE_LINK_TEXTS:
            findings.append(page.finding("a11y.link-text-vague", el, value=name))
        destination = link_destination(el)
        if destination is None:
            continue
        key = name.casefold()
        first = first_by_name.setdefault(key, (destination, el))
        if first[0] != destination:
            findings.append(page.finding("a11y.link-identical-name", el, value=name,
                                         first=first[0], other=destination))
    return findings


def _plain(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").strip(_EDGE_PUNCTUATION).split())


class LinkLike(Protocol):
    """What `link_destination` reads: an <a> element, or Markdown's stand-in for one."""
    foreign: bool

    @property
    def attrs(self) -> Mapping[str, str]: ...


def link_destination(el: LinkLike) -> str | None:
    """Where a link leads, written so that equal addresses compare equal: scheme and host in lower
    case, no trailing slash. Script links (role=link with onclick) give their `location=` target."""
    href = el.attrs.get("href")
    if href is None and el.foreign:
        href = el.attrs.get("xlink:href")
    if href is None:
        match = _ONCLICK_URL.search(el.attrs.get("onclick", ""))
        href = match.group(2) if match else None
    if href is None:
        return None
    try:
        parts = urlsplit(href.strip())
    except ValueError:      # a malformed address ("http://[bad") is compared as written
        return href.strip()
    path = parts.path.rstrip("/") if len(parts.path) > 1 else parts.path
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query,
                       parts.fragment))
