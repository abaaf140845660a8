"""What a QTextBrowser of ours answers when a document asks for a resource: nothing.

Returning None from ``loadResource`` is not enough: Qt's document then reads a local
file itself, and an image it still lacks is loaded straight from its ``src`` as a path.
An empty value of the right type (a blank 1×1 image, empty bytes) stops both, so an
article, a note or an exported page can never make the app read a file or the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# A name for annotations only: making PySide's QImage and QTextDocument types (and their
# enums) at import cost the window's first frame ~2 ms; they are made at the first refusal.
Refused: TypeAlias = "QImage | QByteArray"


def refused_resource(type_: int) -> Refused:
    from PySide6.QtGui import QImage, QTextDocument

    if int(type_) == int(QTextDocument.ResourceType.ImageResource.value):
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return QByteArray()
