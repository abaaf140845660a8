"""Markdown → HTML for the note preview, with nothing executable or fetchable in it.

Notes are the user's text, but they are often pasted from the web. Raw HTML is shown as
text (python-markdown's HTML pass-through is switched off, so it is escaped), images
become their alt text, and links keep their words but lose any target that is not
plain http(s) — the preview never follows a link anyway.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = ("http://", "https://")


class _Neuter(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "img":
                    self._replace_image(child)
                elif child.tag == "a":
                    href = child.get("href", "")
                    child.attrib.clear()
                    if href.lower().startswith(SAFE_SCHEMES):
                        child.set("href", href)
                        child.set("title", href)

    @staticmethod
    def _replace_image(image: ET.Element) -> None:
        alt = image.get("alt") or "image"
        source = image.get("src", "")
        image.tag = "span"
        image.attrib.clear()
        image.text = f"[{alt}: {source}]" if source else f"[{alt}]"


class SafeNotes(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_Neuter(md), "xiangyue-neuter", 0)


def render(text: str) -> str:
    """HTML fragment for the preview pane; safe to hand to a QTextBrowser."""
    return markdown.markdown(
        text, extensions=[SafeNotes(), "markdown.extensions.sane_lists", "tables"]
    )
