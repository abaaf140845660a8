"""What a QTextBrowser of ours answers when a document asks for a resource: nothing.

Returning None from ``loadResource`` is not enough: Qt's document then reads a local
file itself, and an image it still lacks is loaded straight from its ``src`` as a path.
An empty value of the right type (a blank 1×1 image, empty bytes) stops both, so an
article, a note or an exported page can never make the app read a file or the network.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QTextDocument

Refused = QImage | QByteArray
_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)


def refused_resource(type_: int) -> Refused:
    if int(type_) == _IMAGE:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return QByteArray()
