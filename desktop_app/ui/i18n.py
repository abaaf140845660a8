"""Loading the app's and Qt's own translations, and switching language at run time.

In the Chinese UI Qt's own strings (standard buttons, the file dialog, input dialogs)
come from PySide6's ``qtbase_zh_CN.qm``, the one Qt catalog the bundle ships
(scripts/freeze_config.py); English is Qt's source language and needs none. The few
strings that catalog lacks are filled by :class:`QtGaps`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource_path

LANGUAGES = ("zh_CN", "en")
# Qt's catalog per UI language; none for English, Qt's own language.
QT_CATALOGS = {"zh_CN": "qtbase_zh_CN"}
_installed: list[QTranslator] = []

# What qtbase_zh_CN.qm (Qt 6.11) leaves in English, by Qt's context: the file dialog's
# labels. Worded as the catalog words the rest of that dialog (文件名称(&N)：).
QT_GAPS_ZH = {
    "QFileDialog": {
        "&Look in:": "查找范围(&L)：",
        "Files of &type:": "文件类型(&T)：",
        "Directory:": "目录：",
    },
}


class QtGaps(QTranslator):
    """Qt strings its Chinese catalog lacks. Installed before the catalogs, so Qt asks
    it only for a string no catalog translated (translators are asked newest first)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del disambiguation, n
        return QT_GAPS_ZH.get(context, {}).get(source, "")

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """zh_CN for any Chinese system locale, English otherwise."""
    locale = QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def resolve(choice: str) -> str:
    return choice if choice in LANGUAGES else system_language()


def qt_translation_dirs() -> list[str]:
    """Where Qt's catalogs are: Qt's own idea, then the PySide6 package's folders (a
    frozen app's Qt may be told another prefix; Windows wheels keep them one level up)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(package / "Qt" / "translations"), str(package / "translations")]


def install(choice: str) -> str:
    """Install the translators for ``choice`` ("system", "zh_CN", "en"); returns the language.

    Widgets get a LanguageChange event and re-read their strings.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations need the application object: create_app() first")
    language = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "zh_CN":
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    candidates = [(f"xiangyue_{language}", [str(resource_path("i18n"))])]
    if language in QT_CATALOGS:
        candidates.append((QT_CATALOGS[language], qt_translation_dirs()))
    for name, folders in candidates:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed if t.filePath()]
