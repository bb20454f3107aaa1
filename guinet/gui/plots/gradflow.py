"""Gradient flow: the L2 norm of each layer's gradient, input to output, as bars on a log scale,
and the same norms over time as lines.

Bars turn amber where the gradient vanishes and red where it explodes. Vanishing is judged by
guinet.core.diagnosis from the ratio between layers, not from the size of a norm: a converged
network has small gradients everywhere and is not vanishing. `deep-sigmoid` shows amber bars near
the input, `deep-relu-he-bn` and a converged XOR do not. The header says the verdict.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetrics

from ...core.snapshot import Snapshot
from .. import theme
from ..i18n import engine_text
from .base import WARN_COLOR, FollowRange, LiveCurve, PlotPanel, Series, cache_static, tr

EXPLODING = 1e3
NORMAL_COLOR = "#2a9d8f"
VANISHING_COLOR = "#e9a100"
EXPLODING_COLOR = WARN_COLOR
# Norms are shown down to this power of ten; a zero (or missing) gradient sits on the floor.
LOWEST_DECADE = -16
# A history this short is drawn as dots too: a short run (xor-mlp trains in under a second) brings a
# handful of snapshots, and a line of one point draws nothing.
FEW_POINTS = 40

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_label(power: int) -> str:
    return "10" + str(power).translate(_SUPERSCRIPT)


def short_name(node_id: str, count: int) -> str:
    """Tick label of a layer: its id, or for many layers a short form ("dense_3" -> "d3") so the
    labels do not run into each other."""
    if count <= 5:
        return node_id
    if node_id == "output":
        return "out"
    kind, _, number = node_id.rpartition("_")
    return f"{kind[:1]}{number}" if kind and number.isdigit() else node_id[:4]


def norm_color(norm: float, vanishing: bool = False) -> str:
    if not math.isfinite(norm) or norm > EXPLODING:
        return EXPLODING_COLOR
    if vanishing:
        return VANISHING_COLOR
    return NORMAL_COLOR


def vanishing_layers(names: list[str], norms: list[float]) -> set[str]:
    """Without a diagnosis (plain snapshots): layers whose gradient is a thousandth of the largest."""
    from ...core.diagnosis import LAYER_VANISHING_RATIO

    finite = [n for n in norms if math.isfinite(n)]
    top = max(finite, default=0.0)
    return {name for name, n in zip(names, norms) if top > 0 and math.isfinite(n) and n < top * LAYER_VANISHING_RATIO}


# Marked for the catalogue here and translated where shown (tr(words) in _draw), as the step panel does.
VERDICT_WORDS = {"healthy": QT_TRANSLATE_NOOP("Plots", "gradients flow"),
                 "vanishing": QT_TRANSLATE_NOOP("Plots", "vanishing gradients"),
                 "exploding": QT_TRANSLATE_NOOP("Plots", "exploding gradients"),
                 "saturated": QT_TRANSLATE_NOOP("Plots", "saturated units"),
                 "dead": QT_TRANSLATE_NOOP("Plots", "dead ReLUs"), "unknown": ""}


def _ratio_text(ratio: float) -> str:
    """0.18 -> "0.18×", 1e-7 -> "10⁻⁷×"."""
    if not math.isfinite(ratio) or ratio <= 0:
        return "0×" if ratio == 0 else "∞×"
    if 0.01 <= ratio < 100:
        return f"{ratio:.2g}×"
    return decade_label(round(math.log10(ratio))) + "×"


def _log10(norm: float) -> float:
    if not math.isfinite(norm):
        return 6.0   # drawn as a tall red bar: the gradient overflowed
    return math.log10(norm) if norm > 10.0 ** LOWEST_DECADE else float(LOWEST_DECADE)


class GradientFlowPlot(PlotPanel):
    export_name = "gradient-flow"
    EMPTY_HEADER = tr("gradients per layer: press Train or Step")
    # What the bars are, for the panel's tooltip (the header has room for the verdict only).
    ABOUT = tr("The L2 norm of each layer's gradient, input → output (bars), and the same norms over time "
               "(lines). Amber: vanishing; red: exploding.")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar_plot = self.new_plot(0, 0, grid=False)
        self.time_plot = self.new_plot(0, 1)
        self.set_header(self.EMPTY_HEADER)
        self.set_pair(self.bar_plot, self.time_plot, (1, 1), names=(tr("Per layer"), tr("Over time")))
        self.csv_item = self.time_plot
        self.bar_plot.setLabel("left", tr("‖grad‖₂"))

        self.bar_plot.vb.setMouseEnabled(x=False, y=True)
        self.time_plot.setLogMode(y=True)
        self.time_range = FollowRange(self.time_plot)
        self._bar_range: tuple[int, int] | None = None
        self.time_plot.setLabel("bottom", tr("step"))
        # No legend box over the lines: the header names them in their colours once they have points.
        self._keys_part: list | None = None
        self.time_dots = pg.ScatterPlotItem(size=6, pen=None)
        self.time_plot.addItem(self.time_dots)

        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, y0=LOWEST_DECADE)
        self.bar_plot.addItem(self.bars)
        for plot in (self.bar_plot, self.time_plot):
            # No "vanishing" line: vanishing is a ratio between layers, not a size (see diagnosis).
            for value, color, text in ((math.log10(EXPLODING), EXPLODING_COLOR, tr("exploding")),):
                line = pg.InfiniteLine(pos=value, angle=0, movable=False,
                                       pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine),
                                       # Below the line: above it the top of the view cut the word
                                       # in half (Hangul showed as stray strokes).
                                       label=text, labelOpts={"position": 0.98, "color": color,
                                                              "anchors": [(1, 0), (1, 0)]})
                plot.addItem(line, ignoreBounds=True)
                cache_static(line)
        self.layer_names: list[str] = []
        self.history: dict[str, Series] = {}
        self.curves: dict[str, LiveCurve] = {}
        self.last_norms: dict[str, float] = {}
        self.diagnosis = None
        self._brushes: dict[str, object] = {}
        self._set_bar_ticks(-6, 4)
        # Labels and decades thin out to what the axes' room holds (a narrow or short dock).
        self._axis_room = (0, 0)
        # The first and last bars' names may reach a little past the plot's edges rather than vanish.
        self.bar_plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)
        self.bar_plot.vb.sigResized.connect(self._bar_plot_resized)
        self.time_plot.vb.sigYRangeChanged.connect(self._time_ticks)
        self.time_plot.vb.sigResized.connect(self._time_ticks)

    def _bar_plot_resized(self, *_args) -> None:
        rect = self.bar_plot.vb.boundingRect()
        room = (int(rect.width()), int(rect.height()))
        if room != self._axis_room:
            self._axis_room = room
            self._layer_ticks()
            if self._bar_range is not None:
                self._set_bar_ticks(*self._bar_range)

    def _layer_ticks(self) -> None:
        """Name as many bars as their labels have room for, never touching: every layer's full id,
        else short ids ("d3"), else every second or third one (first and last always); the names left
        out are in the plot's tooltip."""
        names = self.layer_names
        axis = self.bar_plot.getAxis("bottom")
        width = self.bar_plot.vb.boundingRect().width() or 400.0
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        per_bar = width / max(1, len(names))
        labels = list(names)
        if names and max(metrics.horizontalAdvance(n) for n in labels) + 8 > per_bar:
            labels = [short_name(n, max(6, len(names))) for n in names]
        widest = max((metrics.horizontalAdvance(t) for t in labels), default=0) + 8
        every = max(1, math.ceil(widest / per_bar)) if per_bar > 0 else 1
        last = len(names) - 1
        shown = [i for i in range(len(names)) if i % every == 0 and (i == last or last - i >= every)]
        if last >= 0 and last not in shown:
            shown.append(last)
        axis.setTicks([[(i, labels[i]) for i in shown]])
        self._bar_names_tip = "" if len(shown) == len(names) and labels == list(names) else \
            tr("Bars, input → output: {0}").format(", ".join(names))
        self._show_tip()

    def _show_tip(self) -> None:
        parts = [getattr(self, "_message", ""), getattr(self, "_bar_names_tip", ""), self.ABOUT]
        self.setToolTip("\n\n".join(p for p in parts if p))

    def set_layers(self, names: list[str]) -> None:
        """(Re)builds the bars' axis and one line per layer; called when the network changes."""
        self.layer_names = list(names)
        for curve in self.curves.values():
            self.time_plot.removeItem(curve)
        self.curves.clear()
        self.history = {name: Series() for name in self.layer_names}
        self.time_range.reset()
        self.time_dots.clear()
        self._bar_range = None
        count = max(1, len(self.layer_names))
        for i, name in enumerate(self.layer_names):
            # Input-side layers dark, output-side light, so the order reads from the colours too.
            # On a dark background viridis starts further in: its darkest purple would not show.
            low, high = (0.3, 1.0) if theme.colors().name == "dark" else (0.0, 0.85)
            color = pg.colormap.get("viridis").map(low + (high - low) * i / max(1, count - 1), mode="qcolor")
            curve = LiveCurve(self.history[name], name=name, pen=pg.mkPen(color, width=1.5))
            curve.dot_brush = pg.mkBrush(color)
            self.time_plot.addItem(curve)
            self.curves[name] = curve
        self._layer_ticks()

        self.bar_plot.setXRange(-0.6, len(self.layer_names) - 0.4, padding=0)
        self.bars.setOpts(x=np.arange(len(self.layer_names)), height=np.zeros(len(self.layer_names)),
                          y0=LOWEST_DECADE, brushes=[pg.mkBrush(NORMAL_COLOR)] * len(self.layer_names))
        self.last_norms = {}
        self.diagnosis = None
        # Decade ticks from the start: the axis never shows the raw log10 values.
        self._set_bar_ticks(-6, 4)
        self.set_header(self.EMPTY_HEADER)
        self._message = ""
        self._show_tip()

    def clear_history(self) -> None:
        self.set_layers(self.layer_names)

    def show_snapshot(self, snap: Snapshot, *, record: bool = True, draw: bool = True) -> None:
        """Adds the snapshot's norms to the history (``record``) and redraws (``draw``): the live view
        records every snapshot but redraws only some."""
        if snap.layer_names != self.layer_names:
            self.set_layers(snap.layer_names)
        if not snap.grad_norms or not self.layer_names:
            return
        norms = [float(snap.grad_norms.get(name, 0.0)) for name in self.layer_names]
        if record:
            for name, norm in zip(self.layer_names, norms):
                if math.isfinite(norm):
                    self.history[name].append(snap.step, max(norm, 10.0 ** LOWEST_DECADE))
        if draw:
            self._draw(norms, live=not (snap.done or snap.full), diagnosis=snap.diagnosis)

    def _draw(self, norms: list[float], live: bool = False, diagnosis=None) -> None:
        self.last_norms = dict(zip(self.layer_names, norms))
        self.diagnosis = diagnosis
        logs = np.array([_log10(n) for n in norms])
        floor = min(-6, math.floor(logs.min()) - 1)
        top = max(4, math.ceil(logs.max()) + 1)
        vanishing = set(diagnosis.vanishing_layers) if diagnosis is not None else \
            vanishing_layers(self.layer_names, norms)
        self.bars.setOpts(height=logs - floor, y0=floor,
                          brushes=[self._brush(norm_color(n, name in vanishing))
                                   for name, n in zip(self.layer_names, norms)])
        if diagnosis is not None and diagnosis.verdict != "unknown":
            # The verdict, short; the whole sentence is the tooltip (and in Problems when it is one).
            words = VERDICT_WORDS.get(diagnosis.verdict, diagnosis.verdict)
            if diagnosis.grad_ratio is not None:
                header = tr("{0}   ·   {1} from {2} to {3}").format(
                    tr(words), _ratio_text(diagnosis.grad_ratio), diagnosis.last_layer, diagnosis.first_layer)
            else:
                header = tr(words)
            self._message = engine_text(diagnosis.message)
            self._show_tip()
        else:
            low = min(range(len(norms)), key=lambda i: logs[i])
            high = max(range(len(norms)), key=lambda i: logs[i])
            # Two parts, each a line of its own in a narrow panel (the bars' axis says what is measured).
            header = tr("smallest {0:.2g} ({1})").format(norms[low], self.layer_names[low]) + \
                self.HEADER_SEPARATOR + tr("largest {0:.2g} ({1})").format(norms[high], self.layer_names[high])
        parts = [[(part, None)] for part in header.split(self.HEADER_SEPARATOR)]
        keys = self._history_keys()
        self._keys_part = keys
        self.set_header("", live=live, parts=parts + ([keys] if keys else []))
        if self._bar_range != (floor, top):
            # Ticks and range change only when the norms cross a decade: the axis keeps its
            # cached drawing otherwise.
            self._set_bar_ticks(floor, top)
        for curve in self.curves.values():
            curve.refresh()
        self._draw_dots()
        kept = [h for h in self.history.values() if len(h)]
        if kept:
            self.time_range.update(max(h.x_last for h in kept), min(h.y_min for h in kept),
                                   max(h.y_max for h in kept), log_y=True, exact=not live)
        self.draw_count += 1

    def _history_keys(self) -> list[tuple[str, str | None]]:
        """The history's lines named in their colours ("━ dense_1, ━ output"), once they have points;
        for many layers the first and the last ("━ d1 … ━ out": dark is the input side, light the output)."""
        names = [n for n in self.layer_names if len(self.history.get(n, ()))]
        if not names:
            return []

        def key(name: str) -> list[tuple[str, str | None]]:
            # The line's mark in its colour, the name in the text's (readable on either theme); short
            # names ("d1") for more than two layers, so the names take one line.
            label = name if len(self.layer_names) <= 2 else short_name(name, 6)
            return [("━", self.curves[name].opts["pen"].color().name()), ("\u00a0" + label, None)]

        if len(names) <= 4:
            runs: list[tuple[str, str | None]] = []
            for i, name in enumerate(names):
                if i:
                    runs.append((", ", None))
                runs += key(name)
            return runs
        return key(names[0]) + [(" … ", None)] + key(names[-1])

    def visible_header_parts(self, parts: list) -> list:
        # One plot under the tab bar: the bars get the verdict and the ratio, the history the verdict
        # and the names of its lines.
        mine = getattr(self, "_keys_part", None)
        keys = [p for p in parts if mine and p == mine]
        if self.pair_mode != "tabs" or not keys:
            return parts
        rest = [p for p in parts if p != mine]
        return rest[:1] + keys if self.pair_tabs.currentIndex() == 1 else rest

    def _draw_dots(self) -> None:
        """Dots on the history's points while it has few (see FEW_POINTS), none after."""
        lengths = [len(h) for h in self.history.values()]
        if not lengths or max(lengths) > FEW_POINTS:
            if len(self.time_dots.data):
                self.time_dots.clear()
            return
        xs, ys, brushes = [], [], []
        for name, curve in self.curves.items():
            series = self.history[name]
            xs.append(series.x[:series.n])
            ys.append(np.log10(np.maximum(series.y[:series.n], 1e-300)))   # the axis is log10
            brushes += [curve.dot_brush] * series.n
        self.time_dots.setData(x=np.concatenate(xs), y=np.concatenate(ys), brush=brushes)

    def _set_bar_ticks(self, floor: int, top: int) -> None:
        self._bar_range = (floor, top)
        self.bar_plot.getAxis("left").setTicks([self._decade_ticks(floor, top, self.bar_plot), []])
        self.bar_plot.setYRange(floor, top, padding=0)

    def _decade_ticks(self, floor: int, top: int, plot) -> list[tuple[int, str]]:
        """Whole decades from floor to top, every one, second, fourth... so that a line of text
        fits between two labels in the plot's height (a short dock too)."""
        span = top - floor
        step = 1 if span <= 8 else 2 if span <= 16 else 4
        height = plot.vb.boundingRect().height()
        if height > 0:
            line = QFontMetrics(self.font()).height() + 2
            while step < span and height * step / max(1, span) < line:
                step *= 2
        return [(p, decade_label(p)) for p in range(floor - floor % step, top + 1, step)]

    def _time_ticks(self, *_args) -> None:
        """The history's log axis labelled by whole decades, as the bars are. pyqtgraph's own log
        ticks label the 2..9 multiples inside a one-decade range, which pile up in a short plot."""
        lo, hi = self.time_plot.vb.viewRange()[1]
        floor, top = math.ceil(lo - 1e-9), math.floor(hi + 1e-9)
        axis = self.time_plot.getAxis("left")
        if top > floor:
            axis.setTicks([self._decade_ticks(floor, top, self.time_plot), []])
        else:
            axis.setTicks(None)     # zoomed inside one decade: pyqtgraph's finer ticks say more

    def _brush(self, color: str):
        brush = self._brushes.get(color)
        if brush is None:
            brush = self._brushes[color] = pg.mkBrush(color)
        return brush
