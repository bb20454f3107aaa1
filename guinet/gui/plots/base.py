"""What every live plot shares: colours that follow the application palette, and export to PNG, SVG
and CSV through pyqtgraph's exporters, offered in each plot's context menu.

A plot panel is one ``pg.GraphicsLayoutWidget`` holding one or more PlotItems. Its items are built
once; ``show_snapshot`` only calls ``setData``/``setOpts`` on them (pyqtgraph's advice for live data).
"""

from __future__ import annotations

import html
import math
import re
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsView, QMenu, QTabBar

from .. import theme
from .axes import ReadableAxis
from .menus import delete_plot_with, own_menus

theme.configure_pyqtgraph()

WARN_COLOR = "#d62728"


def class_color(k: int) -> QColor:
    """The theme's colour of class k (orange and blue first, as in TensorFlow Playground)."""
    classes = theme.colors().classes
    return QColor(classes[k % len(classes)])


def class_rgb(n_classes: int) -> np.ndarray:
    """(n_classes, 3) float RGB in [0, 1]."""
    return np.array([class_color(k).getRgbF()[:3] for k in range(n_classes)], dtype=np.float32)


def train_color() -> str:
    return theme.colors().curve_primary


def test_color() -> str:
    return theme.colors().curve_secondary


def tr(text: str) -> str:
    return QCoreApplication.translate("Plots", text)


def cache_static(*items: QGraphicsItem) -> None:
    """Items that rarely change (axes, legends, marker lines, data points) are painted once into a
    pixmap that Qt copies on later repaints, in C++: without the cache Qt calls each one's Python
    paint() whenever a live curve beside it is redrawn, and every such call holds up the training
    thread. The cache is redrawn when the item itself changes (its update())."""
    stack = [item for item in items if item is not None]
    while stack:
        item = stack.pop()
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        stack.extend(item.childItems())


def _install_svg_closed_path_fix() -> None:
    """pyqtgraph's SVG exporter fails on closed paths ("... Z"), which Qt 6 writes for every
    ViewBox, so no plot can be exported as SVG (pyqtgraph issue #3495). Wrap its coordinate
    fixer: hide the "Z" tokens from it and put them back after it rewrote the coordinates.
    Harmless on a pyqtgraph that already handles "Z"."""
    import sys
    module = sys.modules.get("pyqtgraph.exporters.SVGExporter")
    original = getattr(module, "correctCoordinates", None)
    if original is None or getattr(original, "_guinet_fix", False):
        return

    def correct_coordinates(node, defs, item, options):
        closed = []
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            if any(t.upper() == "Z" for t in tokens):
                path.setAttribute("d", " ".join(t for t in tokens if t.upper() != "Z"))
                closed.append(path)
        result = original(node, defs, item, options)
        for path in closed:
            path.setAttribute("d", path.getAttribute("d").rstrip() + " Z")
        return result

    correct_coordinates._guinet_fix = True
    module.correctCoordinates = correct_coordinates


_install_svg_closed_path_fix()


class _PrepareForPaint(QObject):
    """Lets pyqtgraph's items catch up (view ranges, transforms) just before a panel paints; see
    PlotPanel.paintEvent."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            scene = self.parent().scene()
            if scene is not None:
                scene.prepareForPaint()
        return False


class PlotPanel(pg.GraphicsLayoutWidget):
    """Base of the live plots: a themed layout of PlotItems that can export itself."""

    #: File name stem proposed by the export dialogs.
    export_name = "plot"

    # Qt's own paintEvent instead of pyqtgraph's Python override (which only calls
    # scene.prepareForPaint() first; an event filter does that here). With a Python override the
    # whole paint, rasterizing included, runs holding the GIL, and the training thread waits for
    # it; without one the GIL is taken only for the Python items' paint() and boundingRect().
    # Measured: a thread counting in Python ran at ~12% of its speed while such a view repainted,
    # ~90% without the override.
    paintEvent = QGraphicsView.paintEvent

    def __init__(self, parent=None) -> None:
        super().__init__(parent, show=False)
        self._prepare_filter = _PrepareForPaint(self)
        self.viewport().installEventFilter(self._prepare_filter)
        self._foreground = QColor(theme.colors().plot_foreground)
        self.setBackground(theme.colors().plot_background)
        self.ci.setContentsMargins(4, 4, 4, 4)
        self._plots: list[tuple[pg.PlotItem, str]] = []
        self._legends: list[pg.LegendItem] = []
        # One line of read-outs above the plots (the dock's title already names the plot). A plot
        # title would set the layout's minimum width to its text's; a header spanning all columns
        # is one line for the whole panel.
        self.header = _HeaderLabel("", size="8pt", color=self._foreground.name(), justify="left")
        self.addItem(self.header, row=0, col=0, colspan=2)
        self.header.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)   # its text child draws
        self.ci.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        # Two plots side by side when there is room, one above the other when the panel is narrow,
        # one at a time under a tab bar when it is narrow and short too (a 1024x640 window).
        self.pair: tuple[pg.PlotItem, pg.PlotItem] | None = None
        self.pair_stretch = (3, 2)
        self.side_by_side_min_width = 520
        self.stack_min_height = 280
        self.pair_mode = "side"            # "side", "stack" or "tabs"
        self.pair_tabs: QTabBar | None = None
        self._second_shown = True
        self.header_text = ""
        self._header_parts: list[list[tuple[str, str | None]]] = []
        self.live_header_interval_s = 0.0
        self._header_at = -math.inf
        theme.notifier().changed.connect(self._theme_changed)
        # The PlotItem whose curves the CSV export writes (set by subclasses).
        self.csv_item: pg.PlotItem | None = None
        self._export_menus: list[QMenu] = []
        # Incremented every time show_snapshot draws; the benchmark reads it.
        self.draw_count = 0

    # ------------------------------------------------------------------ building

    def new_plot(self, row: int, col: int, title: str = "", grid: bool = False, **kwargs) -> pg.PlotItem:
        """A plot in the layout's ``row + 1`` (row 0 is the header). Live plots go without grid lines:
        replaying them is a third of a frame's paint (measured), and the axes carry the values."""
        kwargs.setdefault("axisItems", {"bottom": ReadableAxis("bottom")})   # labels never run together
        plot = self.addPlot(row=row + 1, col=col, **kwargs)
        # pyqtgraph's own "Plot Options" submenu offers transforms that fight the live updates
        # (FFT, derivative...); the plots offer their own toggles instead.
        plot.setMenuEnabled(enableMenu=False, enableViewBoxMenu=True)
        own_menus(self, plot)   # deleted with this panel, not left for the end of the process
        delete_plot_with(self, plot)
        self._plots.append((plot, "xy" if grid else ""))
        self._style_plot(plot, "xy" if grid else "")
        cache_static(*(plot.getAxis(name) for name in ("left", "bottom")))
        if title:
            self.set_title(plot, title)
        self.add_export_actions(plot)
        # Containers that draw nothing themselves: Qt then skips them when painting instead of
        # asking each (in Python) for its bounds on every frame.
        no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        plot.setFlag(no_contents)
        if plot.vb.border is None:
            plot.vb.setFlag(no_contents)
        return plot

    def set_pair(self, first: pg.PlotItem, second: pg.PlotItem, stretch: tuple[int, int] = (3, 2),
                 names: tuple[str, str] = ("", "")) -> None:
        """Declares the panel's two plots (made with new_plot at (0, 0) and (0, 1)); ``names`` are
        their tabs' titles when the panel is too small for both."""
        self.pair = (first, second)
        self.pair_stretch = stretch
        tabs = QTabBar(self.viewport())
        tabs.setObjectName("pair_tabs")
        tabs.setDocumentMode(True)
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        tabs.setUsesScrollButtons(True)
        tabs.setElideMode(Qt.TextElideMode.ElideNone)
        for name in names:
            tabs.addTab(name)
        tabs.hide()
        tabs.currentChanged.connect(lambda _index: self._arrange(self.pair_mode))
        self.pair_tabs = tabs
        self._arrange("side")

    def _mode_for(self, width: int, height: int) -> str:
        if width >= self.side_by_side_min_width:
            return "side"
        return "stack" if height >= self.stack_min_height else "tabs"

    def shown_plots(self) -> list[pg.PlotItem]:
        """The plots of the pair on screen now (one under the tab bar, or both)."""
        first, second = self.pair
        if not self._second_shown:
            return [first]
        if self.pair_mode == "tabs":
            return [self.pair[self.pair_tabs.currentIndex() if self.pair_tabs.currentIndex() in (0, 1) else 0]]
        return [first, second]

    def _arrange(self, mode: str) -> None:
        first, second = self.pair
        layout = self.ci.layout
        for item in (first, second):
            if item in self.ci.items:
                self.ci.removeItem(item)
        self.pair_mode = mode
        tabs = self.pair_tabs
        use_tabs = mode == "tabs" and self._second_shown and tabs is not None
        if tabs is not None:
            tabs.setVisible(use_tabs)
            if use_tabs:
                self._place_tabs()
        top = 4 + (tabs.sizeHint().height() if use_tabs else 0)
        self.ci.setContentsMargins(4, top, 4, 4)
        shown = self.shown_plots()
        a, b = self.pair_stretch
        for item in (first, second):
            item.setVisible(item in shown)
        if len(shown) == 1:
            self.ci.addItem(shown[0], row=1, col=0)
            layout.setColumnStretchFactor(0, 1)
            layout.setColumnStretchFactor(1, 0)
            layout.setRowStretchFactor(1, 1)
            layout.setRowStretchFactor(2, 0)
        elif mode == "side":
            self.ci.addItem(first, row=1, col=0)
            self.ci.addItem(second, row=1, col=1)
            layout.setColumnStretchFactor(0, a)
            layout.setColumnStretchFactor(1, b)
            layout.setRowStretchFactor(1, 1)
            layout.setRowStretchFactor(2, 0)
        else:
            self.ci.addItem(first, row=1, col=0)
            self.ci.addItem(second, row=2, col=0)
            layout.setColumnStretchFactor(0, 1)
            layout.setColumnStretchFactor(1, 0)
            layout.setRowStretchFactor(1, a)
            layout.setRowStretchFactor(2, b)
        self.pair_arranged()
        if getattr(self, "header", None) is not None:
            self._header_shown = None
            self._render_header()

    def pair_arranged(self) -> None:
        """Subclasses adapt to a new arrangement of the pair (see pair_mode) here."""

    def _place_tabs(self) -> None:
        tabs = self.pair_tabs
        hint = tabs.sizeHint()
        tabs.setGeometry(4, 2, min(hint.width(), max(40, self.viewport().width() - 8)), hint.height())

    def show_second(self, visible: bool) -> None:
        """Shows or leaves out the second plot of the pair (accuracy has no meaning for regression)."""
        if visible != self._second_shown:
            self._second_shown = visible
            self._arrange(self.pair_mode)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        # pyqtgraph calls this with None while constructing, before the pair exists.
        if event is not None and getattr(self, "pair", None) is not None:
            mode = self._mode_for(event.size().width(), event.size().height())
            if mode != self.pair_mode:
                self._arrange(mode)
            elif self.pair_tabs is not None and self.pair_tabs.isVisible():
                self._place_tabs()
        super().resizeEvent(event)
        if event is not None and getattr(self, "header", None) is not None:
            self._render_header()

    def add_legend(self, plot: pg.PlotItem, **kwargs) -> pg.LegendItem:
        """A compact legend on a translucent panel, so curves under it stay visible."""
        c = theme.colors()
        background = QColor(c.plot_background)
        background.setAlpha(200)
        legend = plot.addLegend(labelTextSize="7pt", brush=pg.mkBrush(background), verSpacing=-6, **kwargs)
        theme.restyle_legend(legend, c.plot_foreground, c.plot_background)
        cache_static(legend)
        self._legends.append(legend)
        return legend

    def set_title(self, plot: pg.PlotItem, text: str) -> None:
        plot.setTitle(text, color=self._foreground.name(), size="8pt")

    def set_header(self, text: str, live: bool = False,
                   parts: list[list[tuple[str, str | None]]] | None = None) -> None:
        """Shows the read-out line. ``live`` read-outs (numbers that change every frame) are shown at
        most every ``live_header_interval_s`` seconds: laying out rich text costs the GUI thread
        ~1 ms, and nobody reads numbers that change 25 times a second. ``parts``: the same text as
        coloured runs, one list per part ((text, colour or None), ...), for a header that is also
        its plot's legend."""
        if parts is not None:
            text = self.HEADER_SEPARATOR.join("".join(run for run, _c in part)
                                              for part in parts).replace("\u00a0", " ")
        if text == self.header_text and (parts is None or parts == self._header_parts):
            return
        if live and text != self.header_text:
            now = time.monotonic()
            if now - self._header_at < self.live_header_interval_s:
                return
            self._header_at = now
        self.header_text = text
        self._header_parts = parts if parts is not None else \
            [[(part, None)] for part in text.split(self.HEADER_SEPARATOR)] if text else []
        self._render_header()

    # Parts of a read-out line; where the panel is too narrow for one line, each part gets its own.
    HEADER_SEPARATOR = "   ·   "
    HEADER_POINTS = 8.0

    def header_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.HEADER_POINTS)
        return font

    def header_room(self) -> int:
        """The width a header line may take (the LabelItem's own margins left out)."""
        return max(60, self.width() - 20)

    def visible_header_parts(self, parts: list) -> list:
        """The header's parts shown now; a panel showing one plot of its pair may show only its own."""
        return parts

    def header_lines(self) -> tuple[list[list[tuple[str, str | None]]], bool]:
        """The header as lines of coloured runs that fit header_room(): one line when the whole
        text fits, else each part from a new line, wrapped at spaces; a word wider than a line
        is elided. Returns (lines, whether anything was elided)."""
        metrics = QFontMetrics(self.header_font())
        room = self.header_room()
        parts = [p for p in self.visible_header_parts(self._header_parts) if p]
        if not parts:
            return [], False
        whole: list[tuple[str, str | None]] = []
        for i, part in enumerate(parts):
            if i:
                whole.append((self.HEADER_SEPARATOR, None))
            whole.extend(part)
        if metrics.horizontalAdvance("".join(t for t, _c in whole)) <= room:
            return [whole], False
        lines: list[list[tuple[str, str | None]]] = []
        elided = False
        for part in parts:
            line: list[tuple[str, str | None]] = []
            used = ""
            for run, color in part:
                for word in re.findall(r" *[^ ]+| +$", run) or ([run] if run else []):
                    if line and metrics.horizontalAdvance((used + word).rstrip()) > room:
                        lines.append(line)
                        line, used = [], ""
                        word = word.lstrip()
                    if not line and metrics.horizontalAdvance(word) > room:
                        word = metrics.elidedText(word, Qt.TextElideMode.ElideRight, room)
                        elided = True
                    line.append((word, color))
                    used += word
            if line:
                lines.append(line)
        return lines, elided

    def _render_header(self) -> None:
        lines, elided = self.header_lines()
        text = "<br>".join("".join(html.escape(t) if c is None else
                                   f'<span style="color:{c}">{html.escape(t)}</span>' for t, c in line)
                           for line in lines)
        if text != getattr(self, "_header_shown", None):
            self._header_shown = text
            self.header.setText(text, color=self._foreground.name(), size=f"{self.HEADER_POINTS:g}pt")
            # A cut word's whole text stays one hover away.
            self.header.setToolTip(self.header_text if elided else "")

    def _style_plot(self, plot: pg.PlotItem, grid: str) -> None:
        c = theme.colors()
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(c.plot_foreground, width=1))
            axis.setTextPen(pg.mkPen(c.plot_foreground))
            # "loss (x0.001)" puzzles people: plain numbers on every axis.
            axis.enableAutoSIPrefix(False)
        plot.showGrid(x="x" in grid, y="y" in grid, alpha=c.plot_grid_alpha * 0.6)

    def _theme_changed(self, _name: str = "") -> None:
        self._foreground = QColor(theme.colors().plot_foreground)
        self.setBackground(theme.colors().plot_background)
        for plot, grid in self._plots:
            self._style_plot(plot, grid)
        c = theme.colors()
        for legend in self._legends:
            theme.restyle_legend(legend, c.plot_foreground, c.plot_background)
        self._header_shown = None
        self._render_header()
        self.restyle()

    def restyle(self) -> None:
        """Subclasses re-colour their items for a new theme here."""

    def add_export_actions(self, plot: pg.PlotItem) -> QMenu:
        """Adds "Export as PNG/SVG/CSV…" to the plot's right-click menu (pyqtgraph's own
        "Export..." dialog stays there too)."""
        menu = QMenu(tr("Export plot"), plot.vb.menu)
        for label, fmt in ((tr("Export as PNG image…"), "png"), (tr("Export as SVG drawing…"), "svg"),
                           (tr("Export data as CSV…"), "csv")):
            action = QAction(label, menu)
            action.setData(fmt)
            action.triggered.connect(lambda _checked=False, f=fmt: self.ask_export(f))
            menu.addAction(action)
        plot.vb.menu.addSeparator()
        plot.vb.menu.addMenu(menu)
        self._export_menus.append(menu)
        return menu

    def export_actions(self) -> list[QAction]:
        return [a for m in self._export_menus for a in m.actions()]

    # ------------------------------------------------------------------ export

    def ask_export(self, fmt: str) -> Path | None:
        filters = {"png": tr("PNG image (*.png)"), "svg": tr("SVG drawing (*.svg)"),
                   "csv": tr("CSV table (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, tr("Export plot"), f"{self.export_name}.{fmt}", filters[fmt])
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.export(path, fmt)
        return path

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        path = Path(path)
        fmt = fmt or path.suffix.lower().lstrip(".")
        if fmt == "png":
            exporter = pg_exporters.ImageExporter(self.ci)
            # At least 2x the on-screen size, so exported images are sharp in documents.
            exporter.parameters()["width"] = max(1200, int(self.ci.boundingRect().width()) * 2)
        elif fmt == "svg":
            exporter = pg_exporters.SVGExporter(self.ci)
        elif fmt == "csv":
            if self.csv_item is None:
                raise ValueError("this plot has no data to export as CSV")
            exporter = pg_exporters.CSVExporter(self.csv_item)
        else:
            raise ValueError(f"unknown export format {fmt!r} (png, svg or csv)")
        exporter.export(str(path))
        return path


# Round numbers an axis may end at: close enough together that the data fill at least 5/6 of the
# width (1-2-5 steps left half of it empty: 50,000 for a 20,000-epoch run), far enough apart that a
# growing run re-lays out its axes only every ~20% of growth.
NICE_ENDS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def _nice_ceil(value: float) -> float:
    """The next of NICE_ENDS x 10^k at or above value (positive values)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for m in NICE_ENDS:
        if value <= m * power * (1 + 1e-9):
            return m * power
    return 10.0 * power


class FollowRange:
    """Keeps a live plot's view range in steps instead of pyqtgraph's auto-range, which moves the
    range (and so re-lays out both axes, the costliest part of a repaint) on every new point. The
    x range grows to the next 1-2-5 value with room to spare; the y range changes only when data
    leave it, or sit in less than a third of it. A pan or zoom by the user stops the following;
    pyqtgraph's "auto-range" button (or View All) starts it again."""

    def __init__(self, plot: pg.PlotItem, y_floor: float | None = None, y_ceiling: float | None = None) -> None:
        self.plot = plot
        self.vb = plot.vb
        self.y_floor = y_floor
        self.y_ceiling = y_ceiling
        self.following = True
        self._range: tuple[float, float, float, float] | None = None
        self._setting = False
        self.vb.disableAutoRange()
        self.vb.sigRangeChangedManually.connect(self._manual)
        self.vb.sigStateChanged.connect(self._state_changed)

    def _manual(self, *_args) -> None:
        self.following = False

    def _state_changed(self, *_args) -> None:
        if self._setting:
            return
        if any(self.vb.state["autoRange"]):
            # The user asked for auto-range: follow the data again (and stay off pyqtgraph's mode).
            self.following = True
            self._range = None
            self._setting = True
            try:
                self.vb.disableAutoRange()
            finally:
                self._setting = False

    def reset(self) -> None:
        self.following = True
        self._range = None

    def update(self, x_max: float, y_min: float, y_max: float, log_y: bool = False, exact: bool = False) -> None:
        """Follows data reaching x_max with values in [y_min, y_max]. ``exact``: the data will not
        grow (a finished run, a pause): the x axis ends where they do."""
        if not self.following or not (math.isfinite(x_max) and math.isfinite(y_min) and math.isfinite(y_max)):
            return
        if log_y:
            y_min, y_max = math.log10(max(y_min, 1e-30)), math.log10(max(y_max, 1e-30))
        if self.y_floor is not None:
            y_min = max(y_min, self.y_floor)
        if self.y_ceiling is not None:
            y_max = min(y_max, self.y_ceiling)
        old = self._range
        x_hi = old[1] if old else 0.0
        if exact:
            x_hi = max(x_max * 1.02, 1.0)
        elif x_max > x_hi or old is None or x_hi > _nice_ceil(max(x_max * 1.05, 1.0)) * 1.0001:
            # Grows ahead of the data; shrinks back when it was left far ahead (after an exact end).
            x_hi = _nice_ceil(max(x_max * 1.05, 1.0))
        if old is not None and old[2] <= y_min and y_max <= old[3] and \
                (y_max - y_min) >= (old[3] - old[2]) / 3:
            y_lo, y_hi = old[2], old[3]
        else:
            span = max(y_max - y_min, 1e-12 if not log_y else 0.5)
            if log_y:
                y_lo, y_hi = math.floor(y_min - 0.1), math.ceil(y_max + 0.1)
            else:
                y_lo, y_hi = y_min - 0.05 * span, y_max + 0.08 * span
            if self.y_floor is not None and not log_y:
                y_lo = max(y_lo, self.y_floor - 0.02 * span)
        new = (0.0, x_hi, y_lo, y_hi)
        if new != old:
            self._range = new
            self._setting = True
            try:
                self.vb.setRange(xRange=(new[0], new[1]), yRange=(new[2], new[3]), padding=0)
            finally:
                self._setting = False


class _HeaderLabel(pg.LabelItem):
    """A LabelItem that does not make the layout as wide as its text: a long read-out is cut at
    the panel's edge instead of pushing the plots out of view."""

    _height = -1.0

    def updateMin(self):  # noqa: N802 - pyqtgraph's name
        # New numbers every frame must not re-lay out the whole panel: only a new height does.
        height = self.itemRect().height()
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0, height), Qt.SizeHint.PreferredSize: (0, height),
            Qt.SizeHint.MaximumSize: (-1, -1), Qt.SizeHint.MinimumDescent: (0, 0)}
        if height != self._height:
            self._height = height
            self.setMinimumWidth(0)
            self.setMinimumHeight(height)
            self.updateGeometry()


def grow(buffer: np.ndarray, used: int, extra: int) -> np.ndarray:
    """Returns a buffer with room for ``used + extra`` items, doubling so appends stay amortized O(1)."""
    need = used + extra
    if need <= len(buffer):
        return buffer
    new = np.empty(max(need, 2 * len(buffer), 256), dtype=buffer.dtype)
    new[:used] = buffer[:used]
    return new


class Series:
    """A growable (x, y) series for appending live data without re-allocating each frame."""

    def __init__(self, x_dtype=np.float64, y_dtype=np.float64) -> None:
        self.x = np.empty(0, x_dtype)
        self.y = np.empty(0, y_dtype)
        self.n = 0
        # Running bounds, so a live view can place its range without scanning the history.
        self.y_min = math.inf
        self.y_max = -math.inf
        # Counts changes, so a view redraws only a series that changed.
        self.version = 0

    def append(self, x, y) -> None:
        x = np.asarray(x, dtype=self.x.dtype).ravel()
        y = np.asarray(y, dtype=self.y.dtype).ravel()
        if len(x) != len(y):
            raise ValueError("x and y differ in length")
        if not len(x):
            return
        self.x = grow(self.x, self.n, len(x))
        self.y = grow(self.y, self.n, len(y))
        self.x[self.n:self.n + len(x)] = x
        self.y[self.n:self.n + len(y)] = y
        self.n += len(x)
        self.version += 1
        finite = y[np.isfinite(y)]
        if len(finite):
            self.y_min = min(self.y_min, float(finite.min()))
            self.y_max = max(self.y_max, float(finite.max()))

    @property
    def x_last(self) -> float:
        return float(self.x[self.n - 1]) if self.n else 0.0

    def clear(self) -> None:
        self.n = 0
        self.version += 1
        self.y_min = math.inf
        self.y_max = -math.inf

    def copy(self) -> "Series":
        other = Series(self.x.dtype, self.y.dtype)
        other.append(self.xs, self.ys)
        return other

    @property
    def xs(self) -> np.ndarray:
        return self.x[:self.n]

    @property
    def ys(self) -> np.ndarray:
        return self.y[:self.n]

    def __len__(self) -> int:
        return self.n


class Decimator:
    """Min-max decimation of a growing Series for display, kept up to date incrementally.

    A live curve may hold millions of steps, but a plot is a few hundred pixels wide: the curve is
    drawn from at most ``max_buckets`` buckets of consecutive points, each drawn as its smallest and
    largest value (so every spike stays visible). Buckets are filled as points arrive and merged in
    pairs when there are too many, so a frame costs time for its new points only, never for the
    whole history. Up to ``max_buckets`` points the curve is drawn point by point, unchanged."""

    def __init__(self, series: Series, max_buckets: int = 1024) -> None:
        self.series = series
        self.max_buckets = max(2, int(max_buckets))
        self.reset()

    def reset(self) -> None:
        self.width = 1          # points per bucket (a power of two)
        self.done = 0           # points folded into complete buckets
        self.count = 0          # complete buckets
        self.bx = np.empty(0)
        self.lo = np.empty(0)
        self.hi = np.empty(0)

    def _fold(self) -> None:
        s = self.series
        n = len(s)
        if self.width == 1:
            if n <= self.max_buckets:
                return
            while n / self.width > self.max_buckets // 2:
                self.width *= 2
        k = (n - self.done) // self.width
        if k:
            end = self.done + k * self.width
            ys = s.ys[self.done:end].reshape(k, self.width)
            self.bx = grow(self.bx, self.count, k)
            self.lo = grow(self.lo, self.count, k)
            self.hi = grow(self.hi, self.count, k)
            self.bx[self.count:self.count + k] = s.xs[self.done:end:self.width]
            self.lo[self.count:self.count + k] = ys.min(axis=1)
            self.hi[self.count:self.count + k] = ys.max(axis=1)
            self.count += k
            self.done = end
        while self.count > self.max_buckets:
            # Twice as wide buckets; an odd last one goes back to the raw tail.
            pairs = self.count // 2
            if self.count % 2:
                self.done -= self.width
            m = 2 * pairs
            self.bx[:pairs] = self.bx[0:m:2]
            self.lo[:pairs] = np.minimum(self.lo[0:m:2], self.lo[1:m:2])
            self.hi[:pairs] = np.maximum(self.hi[0:m:2], self.hi[1:m:2])
            self.count = pairs
            self.width *= 2

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw: every point, or two per bucket (its minimum, then its maximum)."""
        s = self.series
        if len(s) < self.done:
            self.reset()   # the series was cleared
        self._fold()
        if self.width == 1:
            return s.xs, s.ys
        tail = s.ys[self.done:]
        n = self.count + (1 if len(tail) else 0)
        x = np.empty(2 * n)
        y = np.empty(2 * n)
        x[0:2 * self.count:2] = self.bx[:self.count]
        x[1:2 * self.count:2] = self.bx[:self.count]
        y[0:2 * self.count:2] = self.lo[:self.count]
        y[1:2 * self.count:2] = self.hi[:self.count]
        if len(tail):
            x[-2:] = s.xs[self.done]
            y[-2] = tail.min()
            y[-1] = tail.max()
        return x, y


class LiveCurve(pg.PlotCurveItem):
    """A curve that draws a Series, decimated for display (Decimator), for plots redrawn many
    times a second. Lighter than PlotDataItem, which re-scans the whole data for its bounds and
    downsamples it again on every setData: here a frame costs time for the new points only.
    ``refresh()`` after the series grew; CSV export still writes every point of the series."""

    _bounds = None
    _pixel_size = None
    _pen_visible = True

    def __init__(self, series: Series | None = None, *, name: str | None = None, pen=None,
                 max_buckets: int = 1024) -> None:
        super().__init__(name=name, antialias=False, skipFiniteCheck=True)
        self.setPen(pen if pen is not None else self.opts["pen"])
        self.max_buckets = max_buckets
        self.log_y = False
        self._shown = (None, -1, False)
        self._bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._pixel_size: tuple[float, float] | None = None
        self.set_series(series if series is not None else Series())

    def set_series(self, series: Series) -> None:
        self.series = series
        self.decimator = Decimator(series, self.max_buckets)
        self.refresh()

    def setLogMode(self, x_mode: bool, y_mode: bool) -> None:  # noqa: N802 - pyqtgraph's name
        """PlotItem.setLogMode calls this on its items: the y values are drawn as log10."""
        if bool(y_mode) != self.log_y:
            self.log_y = bool(y_mode)
            self.refresh()

    def refresh(self) -> bool:
        """Redraws the curve when its series changed since the last time; True if it did."""
        key = (id(self.series), self.series.version, self.log_y)
        if key == self._shown:
            return False
        x, y = self.decimator.arrays()
        if self.log_y and len(y):
            y = np.log10(np.maximum(y, 1e-300))
        if len(x):
            finite = y[np.isfinite(y)]
            self._bounds = ((float(x[0]), float(x[-1])),
                            (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 0.0))
        else:
            self._bounds = None
        self._shown = key
        self.setData(x, y)
        return True

    def setPen(self, *args, **kwargs):  # noqa: N802 - pyqtgraph's name
        super().setPen(*args, **kwargs)
        pen = self.opts["pen"]
        # Decided once here, not on every paint as PlotCurveItem does: separate segments are faster
        # for wide opaque lines, one polyline for the rest (faint lines would show their joints).
        segments = pen is not None and pen.widthF() > 1.0 and pen.color().alpha() == 255
        self.opts["segmentedLineMode"] = "on" if segments else "off"
        self._pen_visible = pen is not None and pen.style() != Qt.PenStyle.NoPen

    def paint(self, p, opt, widget):
        # Every Python-to-Qt call here holds up the training thread (it has to get the GIL back),
        # so a live curve draws with two calls; pyqtgraph's paint makes a dozen (render hints,
        # brush and pen checks). Exports (antialiased, maybe filled) take pyqtgraph's way.
        if self._exportOpts is not False or self.opts["brush"] is not None or self.opts["shadowPen"] is not None:
            return super().paint(p, opt, widget)
        if self.xData is None or not len(self.xData) or not self._pen_visible:
            return
        p.setPen(self.opts["pen"])
        if self.opts["segmentedLineMode"] == "on":
            p.drawLines(*self._getLineSegments())
        else:
            p.drawPath(self.getPath())

    def viewTransformChanged(self):  # noqa: N802 - pyqtgraph's name
        self._pixel_size = None
        super().viewTransformChanged()

    def boundingRect(self):  # noqa: N802 - Qt's name
        # pyqtgraph works out the size of a pixel (several Qt calls) for every new data; it only
        # changes with the view's range or size.
        if self._boundingRect is None:
            if self._bounds is None:
                return QRectF()
            (x0, x1), (y0, y1) = self._bounds
            if self._pixel_size is None:
                px, py = self.pixelVectors()
                self._pixel_size = (0.0 if px is None else px.length(), 0.0 if py is None else py.length())
            pad = self.pixelPadding()
            px, py = self._pixel_size[0] * pad, self._pixel_size[1] * pad
            self._boundingRect = QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)
        return self._boundingRect

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802 - pyqtgraph's name
        # Known from the decimated data, instead of pyqtgraph's scan of every point.
        if self._bounds is None:
            return (None, None)
        return self._bounds[ax]

    def getOriginalDataset(self):  # noqa: N802 - pyqtgraph's name; CSV export writes every point
        return self.series.xs, self.series.ys
