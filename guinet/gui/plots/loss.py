"""Loss (and accuracy, beside it) over the steps of a training run.

Three loss curves: every mini-batch loss (thin, faint), and the whole training and test splits
evaluated at each snapshot. After Reset the previous run's curves stay, faint, for comparison. A
diverged run is marked with a red vertical line at its step.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...core.snapshot import DIVERGED, Snapshot
from .. import theme
from .base import WARN_COLOR, FollowRange, LiveCurve, PlotPanel, cache_static, Series, test_color, train_color, tr


def _faint(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class LossPlot(PlotPanel):
    export_name = "loss"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.last_snapshot: Snapshot | None = None
        self.loss_plot = self.new_plot(0, 0)
        self.accuracy_plot = self.new_plot(0, 1)
        self.set_pair(self.loss_plot, self.accuracy_plot, (3, 2), names=(tr("Loss"), tr("Accuracy")))
        self.loss_plot.setLabel("left", tr("loss"))
        self.accuracy_plot.setLabel("left", tr("accuracy"))
        self.csv_item = self.loss_plot
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.vb.disableAutoRange()
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.04)
        self.accuracy_plot.vb.setLimits(yMin=-0.05, yMax=1.05)
        self.loss_range = FollowRange(self.loss_plot)
        self.loss_plot.setLabel("bottom", tr("step"))
        self.accuracy_plot.setLabel("bottom", tr("step"))
        # No legend box over the curves: the header names them, each name in its curve's colour
        # ("loss: ━ train 0.21, ━ test 0.25, ─ batch"), above the plots where it covers nothing.

        self.batch = Series()
        self.train = Series()
        self.test = Series()
        self.train_acc = Series()
        self.test_acc = Series()

        # LiveCurves: decimated for display (every step still counts in its bucket's min and max)
        # and cheap to update, drawn without antialiasing (the raster engine's antialiased wide
        # lines cost several times more).
        def curve(plot, series=None, name=None):
            item = LiveCurve(series, name=name)
            plot.addItem(item)
            return item

        # Previous run (after Reset): faint, drawn first so the current run is on top.
        self.prev_batch_curve = curve(self.loss_plot)
        self.prev_train_curve = curve(self.loss_plot, name=tr("previous run"))
        self.prev_test_curve = curve(self.loss_plot)
        self.prev_train_acc_curve = curve(self.accuracy_plot)
        self.prev_test_acc_curve = curve(self.accuracy_plot)
        self.batch_curve = curve(self.loss_plot, self.batch, name=tr("batch"))
        self.train_curve = curve(self.loss_plot, self.train, name=tr("train"))
        self.test_curve = curve(self.loss_plot, self.test, name=tr("test"))
        self.train_acc_curve = curve(self.accuracy_plot, self.train_acc, name=tr("train"))
        self.test_acc_curve = curve(self.accuracy_plot, self.test_acc, name=tr("test"))
        self.live_curves = (self.batch_curve, self.train_curve, self.test_curve, self.train_acc_curve,
                            self.test_acc_curve)
        self.previous: dict[str, Series] | None = None
        self.restyle()
        for item in (self.prev_batch_curve, self.prev_train_curve, self.prev_test_curve, self.prev_train_acc_curve,
                     self.prev_test_acc_curve):
            item.setVisible(False)   # until there is a previous run: Qt skips hidden items

        self.previous: dict[str, Series] | None = None
        self.divergence_lines: list[pg.InfiniteLine] = []
        self.steps_per_epoch = 0
        self.log_scale = False
        self._epochs_axis = False
        self.show_accuracy(True)

    def restyle(self) -> None:
        train, test = train_color(), test_color()
        # Solid lines: the raster engine strokes dashes several times slower, and the colours
        # already tell train from test.
        dash = Qt.PenStyle.SolidLine

        def pen(color, width, alpha=255, style=Qt.PenStyle.SolidLine):
            return pg.mkPen(_faint(color, alpha), width=width, style=style)

        for item, p in ((self.prev_batch_curve, pen(train, 1, 30)), (self.prev_train_curve, pen(train, 1.2, 70)),
                        (self.prev_test_curve, pen(test, 1.2, 70, dash)),
                        (self.prev_train_acc_curve, pen(train, 1.2, 70)),
                        (self.prev_test_acc_curve, pen(test, 1.2, 70, dash)),
                        # Train wider than test, drawn under it: where both are the same (a logic
                        # gate trains and tests on its 4 rows) train still shows as the test line's edge.
                        (self.batch_curve, pen(train, 1, 80)), (self.train_curve, pen(train, 3.5)),
                        (self.test_curve, pen(test, 1.5, style=dash)), (self.train_acc_curve, pen(train, 3.5)),
                        (self.test_acc_curve, pen(test, 1.5, style=dash))):
            item.setPen(p)
        self._update_title()

    # ------------------------------------------------------------------ options

    def show_accuracy(self, visible: bool) -> None:
        """Classification shows accuracy beside the loss; regression has none."""
        self.show_second(visible)

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = bool(on)
        # Losses are clamped to a tiny positive value when stored, so log10 never sees 0.
        self.loss_plot.setLogMode(y=self.log_scale)
        self.loss_range.reset()
        self._follow()

    def set_steps_per_epoch(self, steps_per_epoch: int) -> None:
        """With steps_per_epoch > 0 the x axes count epochs (the data stays in steps: only the tick
        labels are rescaled, so switching costs nothing)."""
        self.steps_per_epoch = max(0, int(steps_per_epoch))
        self._update_x_axis()

    def use_epochs(self, on: bool) -> None:
        self._epochs_axis = bool(on)
        self._update_x_axis()

    def _update_x_axis(self) -> None:
        per_epoch = self.steps_per_epoch if self._epochs_axis and self.steps_per_epoch > 0 else 0
        for plot in (self.loss_plot, self.accuracy_plot):
            axis = plot.getAxis("bottom")
            axis.setScale(1.0 / per_epoch if per_epoch else 1.0)
            axis.setLabel(tr("epoch") if per_epoch else tr("step"))
        self.pair_arranged()   # setLabel shows the label again: stacked, the upper plot goes without

    # ------------------------------------------------------------------ data

    def show_snapshot(self, snap: Snapshot) -> None:
        if len(snap.new_losses):
            losses = np.asarray(snap.new_losses, dtype=np.float64)
            steps = np.asarray(snap.new_steps, dtype=np.float64)
            finite = np.isfinite(losses)
            if not finite.all():
                # A diverged step's loss is NaN or inf: it is marked by a line instead.
                losses, steps = losses[finite], steps[finite]
            self.batch.append(steps, np.maximum(losses, 1e-12))
        recorded = len(snap.epoch_steps) > 0
        if recorded:
            # Every epoch's values (short runs): a point per epoch, not per snapshot.
            steps = np.asarray(snap.epoch_steps, dtype=np.float64)
            metrics = np.asarray(snap.epoch_metrics, dtype=np.float64).reshape(-1, 4)
            for series, column, is_loss in ((self.train, 0, True), (self.test, 1, True),
                                            (self.train_acc, 2, False), (self.test_acc, 3, False)):
                values = metrics[:, column]
                keep = np.isfinite(values)
                if keep.any():
                    series.append(steps[keep], np.maximum(values[keep], 1e-12) if is_loss else values[keep])
        # The snapshot's own values, unless an epoch record already stands at its step.
        if not recorded or snap.step > snap.epoch_steps[-1]:
            if snap.train_loss is not None and np.isfinite(snap.train_loss):
                self.train.append(snap.step, max(snap.train_loss, 1e-12))
            if snap.test_loss is not None and np.isfinite(snap.test_loss):
                self.test.append(snap.step, max(snap.test_loss, 1e-12))
            if snap.train_accuracy is not None:
                self.train_acc.append(snap.step, snap.train_accuracy)
            if snap.test_accuracy is not None:
                self.test_acc.append(snap.step, snap.test_accuracy)
        if snap.state == DIVERGED:
            self.mark_divergence(snap.step, snap.diverged_layer)
        self.last_snapshot = snap
        self.redraw(live=not (snap.done or snap.full))

    def redraw(self, live: bool = False) -> None:
        for item in self.live_curves:
            item.refresh()
        self._follow(exact=not live)
        self._update_title(live)
        self.draw_count += 1

    def _follow(self, exact: bool = False) -> None:
        """The axes follow the current run's curves. The previous run (faint) is not followed: a
        diverged previous run must not squash the new one against the floor at 10^8."""
        series = [s for s in (self.batch, self.train, self.test) if len(s)]
        previous = [v for k, v in (self.previous or {}).items() if k in ("batch", "train", "test") and len(v)]
        if not series:
            series = previous
        if not series:
            # Nothing drawn: a plain range, not the last network's.
            self.loss_range.reset()
            self.loss_range.update(1.0, 1e-3 if self.log_scale else 0.0, 1.0, log_y=self.log_scale, exact=True)
            self.loss_range.reset()
            return
        x_max = max(s.x_last for s in series)
        y_min = min(s.y_min for s in series)
        y_max = max(s.y_max for s in series)
        self.loss_range.update(x_max, 0.0 if not self.log_scale else y_min, y_max, log_y=self.log_scale,
                               exact=exact)

    def legend_colors(self) -> dict[str, str]:
        """The colours the header names the curves in: the curves' own, a faint curve's mixed with
        the background as it is drawn."""
        background = QColor(theme.colors().plot_background)

        def mix(color: str, share: float) -> str:
            c = QColor(color)
            return QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in
                                     zip(c.getRgbF()[:3], background.getRgbF()[:3]))).name()

        return {"train": train_color(), "test": test_color(), "batch": mix(train_color(), 0.55),
                "previous": mix(train_color(), 0.45)}

    def _update_title(self, live: bool = False) -> None:
        def key(mark: str, text: str) -> str:
            # A curve's key, name and value stay on one line (no-break spaces) when the header wraps.
            return (mark + " " + text).replace(" ", "\u00a0")

        snap = self.last_snapshot
        colors = self.legend_colors()
        previous = [(", ", None), (key("─", tr("previous run")), colors["previous"])] if self.previous else []
        if snap is None or snap.train_loss is None:
            if previous:
                self.set_header("", parts=[[(tr("Loss: press Train"), None)], previous[1:]])
            else:
                self.set_header(tr("Loss: press Train"))
            return
        loss = [(tr("loss:") + " ", None), (key("━", tr("train {0:.4g}").format(snap.train_loss)), colors["train"])]
        if snap.test_loss is not None:
            loss += [(", ", None), (key("━", tr("test {0:.4g}").format(snap.test_loss)), colors["test"])]
        loss += [(", ", None), (key("─", tr("batch")), colors["batch"])] + previous
        parts = [loss]
        if snap.train_accuracy is not None:
            acc = [(tr("accuracy:") + " ", None),
                   (key("━", tr("train {0:.1%}").format(snap.train_accuracy)), colors["train"])]
            if snap.test_accuracy is not None:
                acc += [(", ", None), (key("━", tr("test {0:.1%}").format(snap.test_accuracy)), colors["test"])]
            parts.append(acc)
        self.set_header("", live=live, parts=parts)

    def visible_header_parts(self, parts: list) -> list:
        # One plot under the tab bar: the read-out of that plot (the status bar keeps all four numbers).
        if self.pair_mode == "tabs" and len(parts) == 2 and self._second_shown:
            return [parts[self.pair_tabs.currentIndex() if self.pair_tabs.currentIndex() in (0, 1) else 0]]
        return parts

    def pair_arranged(self) -> None:
        # Stacked, the two plots share their x axis (linked): only the lower one labels it.
        stacked = self.pair_mode == "stack" and self._second_shown
        axis = self.loss_plot.getAxis("bottom")
        axis.setStyle(showValues=not stacked)
        axis.showLabel(not stacked)

    def mark_divergence(self, step: int, layer: str | None) -> None:
        text = tr("diverged") if not layer else tr("diverged ({0})").format(layer)
        line = pg.InfiniteLine(pos=step, angle=90, movable=False,
                               pen=pg.mkPen(WARN_COLOR, width=2, style=Qt.PenStyle.DashLine),
                               label=text, labelOpts={"position": 0.5, "color": WARN_COLOR,
                                                      "anchors": [(1, 0), (1, 0)]})
        self.loss_plot.addItem(line, ignoreBounds=True)
        cache_static(line)
        self.divergence_lines.append(line)

    def new_run(self, keep_previous: bool = True) -> None:
        """Starts a new run's curves (Reset). With keep_previous the current curves become the
        faint "previous run" ones; otherwise (a different project) they are dropped."""
        if keep_previous and len(self.batch) + len(self.train):
            self.previous = {"batch": self.batch.copy(), "train": self.train.copy(), "test": self.test.copy(),
                             "train_acc": self.train_acc.copy(), "test_acc": self.test_acc.copy()}
        elif not keep_previous:
            self.previous = None
        prev = self.previous or {}
        for curve, key in ((self.prev_batch_curve, "batch"), (self.prev_train_curve, "train"),
                           (self.prev_test_curve, "test"), (self.prev_train_acc_curve, "train_acc"),
                           (self.prev_test_acc_curve, "test_acc")):
            curve.set_series(prev.get(key) or Series())
            # Empty curves hidden: Qt skips hidden items instead of asking them for their bounds.
            curve.setVisible(bool(len(curve.series)))
        for series in (self.batch, self.train, self.test, self.train_acc, self.test_acc):
            series.clear()
        for line in self.divergence_lines:
            self.loss_plot.removeItem(line)
        self.divergence_lines.clear()
        self.last_snapshot = None
        self.loss_range.reset()
        self.redraw()
