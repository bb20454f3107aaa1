"""The language of the window: which translation to load, the View > Language choice, and a font
that has Hangul.

guinet's own strings are in ``resources/translations/guinet_LANG.qm`` (made with Qt's lupdate and
lrelease, see packaging/update_translations.sh); Qt's standard buttons come from Qt's own qtbase
catalogue. The language follows the system unless the user chose one (View > Language, saved in
the settings) or the command line says ``--lang``. Widgets take their texts when they are built, so
a new choice applies when guinet starts next; the Lessons panel, which renders its texts itself,
switches at once.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

# The languages guinet speaks: code -> its own name (shown as is, in every language).
LANGUAGES = {"en": "English", "ko": "한국어"}
HANGUL_FONT_HINT = ("No font with Hangul (Korean letters) was found, so Korean text may show as boxes. "
                    "Install one, for example on Debian or Ubuntu: sudo apt install fonts-noto-cjk")

_current = "en"


def system_language() -> str:
    """The system's language if guinet speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(choice: str | None) -> str:
    """'system' (or nothing) -> the system's language; 'en'/'ko' as given."""
    if choice in LANGUAGES:
        return choice
    return system_language()


def current_language() -> str:
    """The language the running app's translations were installed for ('en' or 'ko')."""
    return _current


def install_translations(app, language: str) -> list:
    """Load guinet's and Qt's catalogues for ``language`` into ``app``; returns the translators.
    English needs none (the sources are English)."""
    global _current
    from ..resources import resource_path

    _current = language if language in LANGUAGES else "en"
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    locale = QLocale(_current)
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (("guinet", str(resource_path("translations"))),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def hangul_font_families() -> list[str]:
    """Font families on this system that can write Korean."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def has_hangul_font() -> bool:
    return bool(hangul_font_families())
