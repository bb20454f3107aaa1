"""Light and dark themes: a Fusion palette, a small style sheet, plot colours and themed SVG icons.

Every part of the GUI that draws its own colours (plots, the canvas, the data preview) reads them
from ``colors()`` and listens to ``notifier().changed`` so a theme switch repaints everything.
Icons are plain SVG files in resources/icons drawn with ``currentColor``; ``icon(name)`` renders
them in the theme's text colour at whatever size and pixel ratio a widget asks for, so they stay
crisp on high-DPI screens and readable on both themes.
"""

from __future__ import annotations

import sys

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

THEME_NAMES = ("light", "dark")


@dataclass(frozen=True)
class Colors:
    """The colours of one theme, as #rrggbb strings."""

    name: str
    window: str
    base: str
    alternate: str
    button: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    error: str
    warning: str
    ok: str
    tooltip_base: str
    plot_background: str
    plot_foreground: str
    plot_grid_alpha: float
    # Class colours for scatter plots and decision boundaries (class 0, 1, 2, ...): orange and blue
    # first, as in TensorFlow Playground, then the rest of the Tableau 10 palette.
    classes: tuple[str, ...]
    # Two curves drawn together (activation and its derivative; train and test loss).
    curve_primary: str
    curve_secondary: str


_CLASSES_LIGHT = ("#e8833a", "#2f6db5", "#4f9a48", "#c8403f", "#8a63b5", "#8c564b", "#d16aa6", "#7f7f7f",
                  "#a8a530", "#1ba3b8")
_CLASSES_DARK = ("#f5a05a", "#5c9ee8", "#6cc462", "#ef6a69", "#b08de0", "#c08a7e", "#ec8ec4", "#b0b0b0",
                 "#d4cf4f", "#45c8dc")

LIGHT = Colors(
    name="light", window="#eef0f3", base="#ffffff", alternate="#f6f7f9", button="#f7f8fa", text="#1d2127",
    muted="#5f6773", border="#c9ced6", accent="#2463d1", accent_text="#ffffff", error="#c62828",
    warning="#b26a00", ok="#2e7d32", tooltip_base="#fffdf2", plot_background="#ffffff",
    plot_foreground="#39404a", plot_grid_alpha=0.25, classes=_CLASSES_LIGHT, curve_primary="#2463d1",
    curve_secondary="#e8833a",
)

DARK = Colors(
    name="dark", window="#25282e", base="#1b1d22", alternate="#212429", button="#2e3239", text="#e3e6ea",
    muted="#9aa3ae", border="#3c414a", accent="#5b9cff", accent_text="#0d1117", error="#ff6b6b",
    warning="#f0b34a", ok="#6cc462", tooltip_base="#2e3239", plot_background="#1b1d22",
    plot_foreground="#c5cbd3", plot_grid_alpha=0.3, classes=_CLASSES_DARK, curve_primary="#5b9cff",
    curve_secondary="#f5a05a",
)

_THEMES = {"light": LIGHT, "dark": DARK}


class ThemeNotifier(QObject):
    """Announces theme switches; ``changed`` carries the theme name ('light' or 'dark')."""

    changed = Signal(str)


_notifier: ThemeNotifier | None = None
_current: Colors = LIGHT


def notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


def colors() -> Colors:
    """The colours of the theme in use."""
    return _current


def current_name() -> str:
    return _current.name


def resolve_theme(name: str) -> str:
    """'light' or 'dark' for a setting that may also say 'system' (follow the desktop's colour scheme)."""
    if name in _THEMES:
        return name
    app = QGuiApplication.instance()
    if app is not None:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return "dark"
        if scheme == Qt.ColorScheme.Unknown:
            # No hint from the platform: a dark window colour in the native palette means a dark desktop.
            if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100:
                return "dark"
    return "light"


def palette_for(c: Colors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    pairs = {
        role.Window: c.window, role.WindowText: c.text, role.Base: c.base, role.AlternateBase: c.alternate,
        role.ToolTipBase: c.tooltip_base, role.ToolTipText: c.text, role.PlaceholderText: c.muted,
        role.Text: c.text, role.Button: c.button, role.ButtonText: c.text, role.BrightText: c.error,
        role.Highlight: c.accent, role.HighlightedText: c.accent_text, role.Link: c.accent,
        role.LinkVisited: c.accent, role.Mid: c.border, role.Midlight: c.alternate,
    }
    for r, value in pairs.items():
        pal.setColor(r, QColor(value))
    dark = QColor(c.border).darker(130) if c.name == "light" else QColor("#111317")
    pal.setColor(role.Dark, dark)
    pal.setColor(role.Shadow, QColor("#000000"))
    pal.setColor(role.Light, QColor("#ffffff") if c.name == "light" else QColor(c.button).lighter(130))
    disabled = QColor(c.muted)
    disabled.setAlpha(150)
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, disabled)
    pal.setColor(group.Disabled, role.Highlight, QColor(c.border))
    return pal


def style_sheet(c: Colors) -> str:
    """A short style sheet on top of Fusion: calmer dock titles, tool bar spacing, muted hints, and
    check boxes whose outline shows on both themes (Fusion's vanishes on a dark palette)."""
    check = resource_path("icons", "checkmark.svg").as_posix()
    return f"""
QDockWidget {{ titlebar-close-icon: none; }}
QDockWidget::title {{
    background: {c.window}; padding: 5px 8px; border-bottom: 1px solid {c.border};
    font-weight: 600;
}}
QToolBar {{ spacing: 2px; padding: 2px 4px; border-bottom: 1px solid {c.border}; }}
QToolBar QToolButton {{ padding: 3px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {c.alternate}; }}
QStatusBar {{ border-top: 1px solid {c.border}; }}
QLabel[role="hint"] {{ color: {c.muted}; }}
QLabel[role="heading"] {{ font-weight: 600; font-size: 11pt; }}
QLabel[role="error"] {{ color: {c.error}; }}
QLabel[role="sublabel"] {{ color: {c.muted}; padding-left: 12px; }}
QListWidget#problems {{ border: none; }}
QCheckBox::indicator {{
    width: 13px; height: 13px; border: 1px solid {c.muted}; border-radius: 3px; background: {c.base};
}}
QCheckBox::indicator:hover {{ border-color: {c.accent}; }}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url("{check}"); }}
QCheckBox::indicator:disabled {{ border-color: {c.border}; background: {c.window}; }}
QToolTip {{ color: {c.text}; background: {c.tooltip_base}; border: 1px solid {c.border}; padding: 4px; }}
"""


def apply_theme(name: str, app: QApplication | None = None) -> str:
    """Switch the whole application to ``name`` ('light', 'dark' or 'system'); returns the theme used."""
    global _current
    resolved = resolve_theme(name)
    _current = _THEMES[resolved]
    app = app or QApplication.instance()
    if app is not None:
        # Each of these repolishes every widget; skip the ones that would change nothing.
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        palette = palette_for(_current)
        if app.palette() != palette:
            app.setPalette(palette)
        sheet = style_sheet(_current)
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
    _configure_pyqtgraph(_current)
    notifier().changed.emit(resolved)
    return resolved


def _configure_pyqtgraph(c: Colors) -> None:
    # Defaults for plots created after the switch; plots that exist already restyle on ``changed``.
    # pyqtgraph is not imported for this: it loads after the window's first paint, and the modules
    # that import it call configure_pyqtgraph() then.
    if "pyqtgraph" in sys.modules:
        sys.modules["pyqtgraph"].setConfigOptions(background=c.plot_background, foreground=c.plot_foreground,
                                                  antialias=True)


def configure_pyqtgraph() -> None:
    """Give pyqtgraph the current theme's defaults (called by every module that imports pyqtgraph)."""
    import pyqtgraph  # noqa: F401 - loaded so that _configure_pyqtgraph finds it

    _configure_pyqtgraph(_current)


def style_plot(plot_widget, c: Colors | None = None) -> None:
    """Give an existing pyqtgraph PlotWidget the theme's background, axes and grid."""
    import pyqtgraph as pg

    c = c or _current
    plot_widget.setBackground(c.plot_background)
    item = plot_widget.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(c.plot_foreground))
        axis.setTextPen(pg.mkPen(c.plot_foreground))
    item.showGrid(x=True, y=True, alpha=c.plot_grid_alpha)


# --------------------------------------------------------------------------- icons


@lru_cache(maxsize=None)
def restyle_legend(legend, text_color: str, background: str, alpha: int = 200) -> None:
    """Re-colours a pyqtgraph LegendItem for the theme: its box and its labels. pyqtgraph's
    setLabelTextColor only records the colour for labels added later; the existing ones keep the
    old theme's (dark text on a dark box) until their text is laid out again, as here."""
    from PySide6.QtGui import QColor

    box = QColor(background)
    box.setAlpha(alpha)
    legend.setBrush(box)
    border = QColor(text_color)
    border.setAlpha(70)
    legend.setPen(border)
    legend.setLabelTextColor(text_color)
    for _sample, label in legend.items:
        label.setText(label.text, color=text_color)
    legend.update()


def _svg_text(name: str) -> str:
    path = resource_path("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8")


class _SvgIconEngine(QIconEngine):
    """Renders an SVG in the current theme's text colour at the exact pixel size asked for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._cache: dict[tuple, QPixmap] = {}

    def _renderer(self) -> QSvgRenderer:
        svg = _svg_text(self._name).replace("currentColor", _current.text)
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.35)
        self._renderer().render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: N802 - Qt name
        key = (size.width(), size.height(), int(mode.value), scale, _current.name)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.35)
        side = min(w, h)
        self._renderer().render(painter, QRectF((w - side) / 2, (h - side) / 2, side, side))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        self._cache[key] = pixmap
        return pixmap

    def clone(self) -> "_SvgIconEngine":
        return _SvgIconEngine(self._name)

    def key(self) -> str:
        return "guinet-svg"


def icon(name: str) -> QIcon:
    """The themed icon resources/icons/NAME.svg (an empty icon when the file is missing)."""
    if not resource_path("icons", f"{name}.svg").is_file():
        return QIcon()
    return QIcon(_SvgIconEngine(name))


def app_icon() -> QIcon:
    """The application icon, in its own colours (it is not recoloured by the theme)."""
    path = resource_path("icons", "guinet.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
