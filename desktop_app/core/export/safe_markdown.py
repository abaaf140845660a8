"""Markdown → HTML with nothing active in the result.

Python-Markdown passes raw HTML through and loads images; an export is opened in
browsers and word processors, so here raw HTML is shown as text, images become plain
links, and links may only point at http(s) or mailto. Output is XHTML-style so the file
is also well-formed XML.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import HtmlInlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

# Only the entities XML knows; "&nbsp;" and friends are shown as typed.
_XML_ENTITY = r"(&(?:lt|gt|amp|quot|apos);)"
_SAFE_SCHEMES = {"http", "https", "mailto"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]")
# The serializer leaves anything entity-like alone; XML knows only five named ones.
_FOREIGN_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)")
_NUMERIC_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
# Characters XML 1.0 forbids; PDF-extracted pages carry form feeds and the like.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def is_safe_href(href: str) -> bool:
    # Browsers decode entities in attributes first: "jav&#x09;ascript:" is "javascript:".
    match = _SCHEME.match(_IGNORED_IN_SCHEME.sub("", html.unescape(href)).lower())
    return match is None or match.group(1) in _SAFE_SCHEMES


class _SanitiseLinks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "a" and not is_safe_href(element.get("href", "")):
                del element.attrib["href"]


def _xml_char_allowed(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD \
        or 0x10000 <= code <= 0x10FFFF


def _numeric_ref(match: re.Match[str]) -> str:
    body = match.group(1)
    code = int(body[1:], 16) if body[0] in "xX" else int(body)
    return match.group() if _xml_char_allowed(code) else "&amp;" + match.group()[1:]


def xml_clean(html: str) -> str:
    """Make serialised HTML well-formed XML: stray entities shown as text, bad chars gone."""
    html = _XML_ILLEGAL.sub("", html)
    html = _FOREIGN_ENTITY.sub("&amp;", html)
    return _NUMERIC_REF.sub(_numeric_ref, html)


class _XmlClean(Postprocessor):
    def run(self, text: str) -> str:
        return xml_clean(text)


class NoActiveContent(Extension):
    """Disable raw HTML, non-XML entities and images; neuter unsafe links."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # name set by Python-Markdown
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.inlinePatterns.register(HtmlInlineProcessor(_XML_ENTITY, md), "entity", 80)
        for name in ("image_link", "image_reference", "short_image_ref"):
            # Without these, "![alt](src)" reads as "!" followed by an ordinary link.
            md.inlinePatterns.deregister(name)
        md.treeprocessors.register(_SanitiseLinks(md), "sanitise_links", -10)
        md.postprocessors.register(_XmlClean(md), "xml_clean", -10)


def new_renderer() -> markdown.Markdown:
    """A renderer to reuse (call ``reset()`` between documents; building one is slow)."""
    return markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", NoActiveContent()],
        output_format="xhtml",
    )


def render(markdown_text: str, renderer: markdown.Markdown | None = None) -> str:
    md = renderer or new_renderer()
    try:
        return md.convert(markdown_text)
    finally:
        md.reset()
