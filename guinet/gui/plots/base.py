"""What every live plot shares: colours that follow the application palette, and export to PNG, SVG
and CSV through pyqtgraph's exporters, offered in each plot's context menu.

A plot panel is one ``pg.GraphicsLayoutWidget`` holding one or more PlotItems. Its items are built
once; ``show_snapshot`` only calls ``setData``/``setOpts`` on them (pyqtgraph's advice for live data).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

# TensorFlow Playground's two class colours (orange for class 0, blue for class 1), then a
# qualitative palette for more classes (Tableau 10, colour-blind friendlier than pure hues).
CLASS_COLORS = ["#f59322", "#0877bd", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf"]
TRAIN_COLOR = "#1f77b4"
TEST_COLOR = "#ff7f0e"
WARN_COLOR = "#d62728"


def class_color(k: int) -> QColor:
    return QColor(CLASS_COLORS[k % len(CLASS_COLORS)])


def class_rgb(n_classes: int) -> np.ndarray:
    """(n_classes, 3) float RGB in [0, 1]."""
    return np.array([class_color(k).getRgbF()[:3] for k in range(n_classes)], dtype=np.float32)


def palette_colors() -> tuple[QColor, QColor]:
    """(background, foreground) of plots, taken from the application palette so plots follow a dark
    or light desktop theme."""
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    return pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)


def tr(text: str) -> str:
    return QCoreApplication.translate("Plots", text)


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


class PlotPanel(pg.GraphicsLayoutWidget):
    """Base of the live plots: a themed layout of PlotItems that can export itself."""

    #: File name stem proposed by the export dialogs.
    export_name = "plot"

    def __init__(self, parent=None) -> None:
        background, foreground = palette_colors()
        super().__init__(parent, show=False)
        self.setBackground(background)
        self._foreground = foreground
        self.ci.setContentsMargins(4, 4, 4, 4)
        # The PlotItem whose curves the CSV export writes (set by subclasses).
        self.csv_item: pg.PlotItem | None = None
        self._export_menus: list[QMenu] = []
        # Incremented every time show_snapshot draws; the benchmark reads it.
        self.draw_count = 0

    # ------------------------------------------------------------------ building

    def new_plot(self, row: int, col: int, title: str = "", **kwargs) -> pg.PlotItem:
        plot = self.addPlot(row=row, col=col, **kwargs)
        self.style_plot(plot, title)
        self.add_export_actions(plot)
        return plot

    def style_plot(self, plot: pg.PlotItem, title: str = "") -> None:
        fg = self._foreground
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(fg, width=1))
            axis.setTextPen(pg.mkPen(fg))
        if title:
            plot.setTitle(title, color=fg.name(), size="9pt")
        plot.showGrid(x=True, y=True, alpha=0.15)
        # pyqtgraph's own "Plot Options" submenu offers transforms that fight the live updates
        # (FFT, derivative...); the plots offer their own toggles instead.
        plot.setMenuEnabled(enableMenu=False, enableViewBoxMenu=True)

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

    def clear(self) -> None:
        self.n = 0

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
