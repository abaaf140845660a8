"""Loading the app's and Qt's own translations, and switching language at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource_path

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for any Chinese system locale, English otherwise."""
    locale = QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def resolve(choice: str) -> str:
    return choice if choice in LANGUAGES else system_language()


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
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"xiangyue_{language}", str(resource_path("i18n"))),
        # PySide6-Essentials ships qtbase_*.qm: standard dialog buttons, shortcuts.
        (f"qtbase_{language}", qt_dir),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return language


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed]
