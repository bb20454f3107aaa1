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


def layer_label(node) -> str:
    """A layer's name on screen: 'Dense 2' -> its kind in the window's language and its number; a name
    the user gave stays as it is."""
    from PySide6.QtCore import QCoreApplication

    label = node.label
    kind = node.layer.label
    if label == kind or label.startswith(kind + " "):
        return QCoreApplication.translate("layers", kind) + label[len(kind):]
    return label


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Language", text)


def add_language_menu(window, menu) -> None:
    """View > Language: follow the system, English or 한국어. The choice is saved and applies when guinet
    starts next (widgets take their texts when they are built); guinet offers to restart now, after
    asking about unsaved work as closing does. Lesson texts switch at once."""
    from PySide6.QtGui import QAction, QActionGroup

    from . import settings

    sub = menu.addMenu(_tr("&Language"))
    sub.setObjectName("menu_language")
    group = QActionGroup(sub)
    group.setExclusive(True)
    chosen = settings.get(settings.LANGUAGE) if window.persist else current_language()
    window.language_actions = {}
    for code, text in (("system", _tr("Follow &System")), ("en", "&English"), ("ko", "&한국어")):
        action = QAction(text, sub)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setStatusTip(_tr("The language of menus, panels and lessons"))
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        sub.addAction(action)
        window.language_actions[code] = action


def choose_language(window, choice: str, *, ask: bool = True) -> str:
    """Save ``choice`` ('system', 'en', 'ko'); switch the lessons now and say that the rest follows on the
    next start, offering to restart now. Returns the language it stands for."""
    global _current
    from PySide6.QtWidgets import QMessageBox

    from . import settings

    language = resolve_language(choice)
    if window.persist:
        settings.set(settings.LANGUAGE, choice)
    action = getattr(window, "language_actions", {}).get(choice)
    if action is not None:
        action.setChecked(True)
    if language == _current:
        return language
    _current = language
    lessons = getattr(window, "lessons", None)
    if lessons is not None:
        lessons.retranslate()
    # The message in both languages: the window's words are still the old language's.
    name = LANGUAGES[language]
    text = (f"The lessons speak {name} now; menus and panels follow when guinet starts again.\n"
            f"강의는 이제 {name}(으)로 나옵니다. 메뉴와 패널은 guinet을 다시 시작하면 바뀝니다.")
    window.show_status(text.replace("\n", "  "))
    if ask and window.persist:
        from . import dialogs

        answer = dialogs.ask(window, "guinet", text + "\n\n" + _tr("Restart guinet now?") + " / 지금 다시 시작할까요?",
                             [(QMessageBox.StandardButton.Yes, _tr("Restart Now")),
                              (QMessageBox.StandardButton.No, _tr("Later"))], QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            restart(window)
    return language


def restart(window) -> bool:
    """Close the window (asking about unsaved work) and start guinet again with the same file."""
    import sys

    from PySide6.QtCore import QProcess

    path = str(window.path) if window.path is not None else None
    if not window.close():
        return False
    args = ["-m", "guinet"] + ([path] if path else [])
    return QProcess.startDetached(sys.executable, args)


def device_text(label: str) -> str:
    """A device's label from guinet.core.devices ('CPU (x86_64, 2 cores)') in the window's language: the
    names stay, the words around the numbers are translated."""
    import re

    from PySide6.QtCore import QCoreApplication

    if hasattr(label, "template"):   # a label guinet.core.devices made (a Message)
        return engine_text(label)

    def cores(match) -> str:
        n = int(match.group(1))
        return (QCoreApplication.translate("devices", "1 core") if n == 1 else
                QCoreApplication.translate("devices", "{0} cores").format(n))

    return re.sub(r"\b(\d+) cores?\b", cores, label)


def label_text(label: str) -> str:
    """A layer name as core writes it ('Dense 2', 'Output') in the window's language."""
    from PySide6.QtCore import QCoreApplication

    from ..core.catalog import LAYER_KINDS

    for kind in LAYER_KINDS:
        if label == kind.label or label.startswith(kind.label + " "):
            return QCoreApplication.translate("layers", kind.label) + label[len(kind.label):]
    return label


def engine_text(text) -> str:
    """A text from guinet.core in the window's language: a Message (guinet.core.text.msg) is translated
    from its template in its context and filled in with its values, those that are Messages translated
    the same way; any other text is shown as it is (names, numbers, a user's words). An exception stands
    for its message."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(text, BaseException):   # an engine error whose message is a Message (DataError, CompareError)
        text = text.args[0] if len(text.args) == 1 else str(text)
    template = getattr(text, "template", None)
    if template is None:
        return "" if text is None else str(text)
    args = {key: engine_text(value) if isinstance(value, str) else value for key, value in text.args.items()}
    translated = QCoreApplication.translate(text.context, template)
    try:
        return translated.format(**args) if args else translated
    except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder
        return str(text)


def problem_text(problem) -> str:
    """A Problem's message in the window's language: its English template (guinet.core.check) translated
    in the context "problems", filled in with its values, layer and head names translated too."""
    from PySide6.QtCore import QCoreApplication

    template = getattr(problem, "template", "")
    if not template:
        return problem.message
    args = dict(problem.args)
    for key, value in args.items():
        if key == "layer":
            args[key] = label_text(str(value))
        elif key == "head":
            args[key] = QCoreApplication.translate("choices", str(value))
        elif hasattr(value, "template"):
            args[key] = engine_text(value)
    try:
        return QCoreApplication.translate("problems", template).format(**args)
    except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder
        return problem.message
