"""What the window remembers between runs, kept in an INI file in the data folder.

The file lives beside the library (desktop_app.paths.data_dir) rather than in the
platform registry so that XIANGYUE_HOME isolates tests and portable installs fully.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.paths import data_dir
from desktop_app.ui.reading_look import DEFAULT_LOOK, ReadingLook

FILE_NAME = "settings.ini"


class Settings:
    def __init__(self):
        self.qsettings = QSettings(str(data_dir() / FILE_NAME), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind=str):
        value = self.qsettings.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    def bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._set(key, value)

    @property
    def theme(self) -> str:
        value = self._get("view/theme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("view/theme", value)

    @property
    def language(self) -> str:
        return self._get("view/language", "system")

    @language.setter
    def language(self, value: str) -> None:
        self._set("view/language", value)

    @property
    def point_size(self) -> float:
        return self._get("view/point_size", 0.0, float)

    @point_size.setter
    def point_size(self, value: float) -> None:
        self._set("view/point_size", float(value))

    @property
    def layers(self) -> list[str] | None:
        value = self.qsettings.value("view/layers")
        if value is None:
            return None
        if isinstance(value, str):  # QSettings gives a lone item back as a string
            return [value] if value else []
        return [str(v) for v in value]

    @layers.setter
    def layers(self, value) -> None:
        # An empty list would read back as None; store a marker list instead.
        self._set("view/layers", sorted(value) or [""])

    @property
    def last_article(self) -> str:
        return self._get("reader/last_article", "")

    @last_article.setter
    def last_article(self, value: str) -> None:
        self._set("reader/last_article", value)

    @property
    def last_scroll(self) -> int:
        return self._get("reader/last_scroll", 0, int)

    @last_scroll.setter
    def last_scroll(self, value: int) -> None:
        self._set("reader/last_scroll", int(value))

    @property
    def hidden_columns(self) -> list[str]:
        """The article list's columns the reader switched off (Column names, lower case)."""
        value = self.qsettings.value("list/hidden_columns")
        if value is None:
            return []
        if isinstance(value, str):  # QSettings gives a lone item back as a string
            return [value] if value else []
        return [str(v) for v in value if v]

    @hidden_columns.setter
    def hidden_columns(self, value: list[str]) -> None:
        self._set("list/hidden_columns", sorted(value) or [""])  # [] would read back as None

    @property
    def list_sort(self) -> tuple[str, bool]:
        """The article list's sort: a Column name (lower case) and whether descending."""
        return self._get("list/sort_column", "page"), self._get("list/sort_descending", 0, int) == 1

    @list_sort.setter
    def list_sort(self, value: tuple[str, bool]) -> None:
        self._set("list/sort_column", value[0])
        self._set("list/sort_descending", int(value[1]))

    @property
    def reading_look(self) -> ReadingLook:
        """View → Reading Settings: font family, line and paragraph spacing, page width."""
        d = DEFAULT_LOOK
        return ReadingLook(
            self._get("reading/family", d.family),
            self._get("reading/line_height", d.line_height, int),
            self._get("reading/paragraph_spacing", d.paragraph_spacing, float),
            self._get("reading/measure", d.measure, int),
        ).bounded()

    @reading_look.setter
    def reading_look(self, value: ReadingLook) -> None:
        self._set("reading/family", value.family)
        self._set("reading/line_height", int(value.line_height))
        self._set("reading/paragraph_spacing", float(value.paragraph_spacing))
        self._set("reading/measure", int(value.measure))

    @property
    def hide_captions(self) -> bool:
        """View → Hide Photo Captions: the list and search leave the captions out."""
        return self._get("list/hide_captions", 0, int) == 1

    @hide_captions.setter
    def hide_captions(self, value: bool) -> None:
        self._set("list/hide_captions", int(value))

    def sync(self) -> None:
        self.qsettings.sync()
