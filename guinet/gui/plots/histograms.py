"""Histograms of the selected layer's weights and of its outputs (activations) on the training set:
how batch and layer normalization reshape activations, how dead ReLUs pile up at zero."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from ...core.snapshot import Snapshot
from .base import PlotPanel, test_color, train_color, tr


class HistogramPlot(PlotPanel):
    export_name = "histograms"
    EMPTY_HEADER = tr("the selected layer: press Train or Step")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.weights_plot = self.new_plot(0, 0, tr("weights"))
        self.activations_plot = self.new_plot(0, 1, tr("activations"))
        self.set_pair(self.weights_plot, self.activations_plot, (1, 1), names=(tr("Weights"), tr("Activations")))
        self.side_by_side_min_width = 440
        self.csv_item = self.weights_plot
        self.weights_plot.setLabel("left", tr("count"))
        self.set_header(self.EMPTY_HEADER)

        self.weights_curve = self.weights_plot.plot(stepMode="center", fillLevel=0, skipFiniteCheck=True)
        self.activations_curve = self.activations_plot.plot(stepMode="center", fillLevel=0, skipFiniteCheck=True)
        self.restyle()
        self.selected: str | None = None
        self.shown_layer: str | None = None
        self.last_snapshot: Snapshot | None = None

    def restyle(self) -> None:
        for curve, color in ((self.weights_curve, train_color()), (self.activations_curve, test_color())):
            fill = pg.mkColor(color)
            fill.setAlpha(110)
            curve.setPen(pg.mkPen(color, width=1.2))
            curve.setBrush(fill)

    def set_layer(self, node_id: str | None) -> None:
        """Shows this layer (a graph node id); None shows the first layer that has histograms."""
        self.selected = node_id
        if self.last_snapshot is not None:
            self.show_snapshot(self.last_snapshot)

    def _pick_layer(self, snap: Snapshot) -> str | None:
        hists = snap.histograms or {}
        if self.selected in hists:
            return self.selected
        for name in snap.layer_names:
            if name in hists:
                return name
        return next(iter(hists), None)

    def show_snapshot(self, snap: Snapshot) -> None:
        if snap.histograms is None:
            return
        self.last_snapshot = snap
        layer = self._pick_layer(snap)
        self.shown_layer = layer
        entry = (snap.histograms or {}).get(layer, {}) if layer else {}
        for curve, plot, key, title in ((self.weights_curve, self.weights_plot, "weights", tr("weights")),
                                        (self.activations_curve, self.activations_plot, "activations",
                                         tr("activations"))):
            data = entry.get(key)
            if data is None:
                curve.setData(np.zeros(1), np.zeros(0))
                self.set_title(plot, tr("{0}: none").format(title))
            else:
                counts, edges = (np.asarray(a, dtype=np.float64) for a in data)
                curve.setData(edges, counts)
                self.set_title(plot, title)
        parts = [tr("layer {0}").format(layer) if layer else tr("no layer with weights")]
        stats = snap.activation_stats.get(layer) if layer else None
        if stats:
            outputs = tr("outputs: mean {0:.3g}, std {1:.3g}").format(stats.get("mean", float("nan")),
                                                                    stats.get("std", float("nan")))
            dead = stats.get("dead_fraction")
            if dead:
                outputs += tr(", {0:.0%} dead").format(dead)
            saturated = stats.get("saturated_fraction")
            if saturated is not None:
                outputs += tr(", {0:.0%} saturated").format(saturated)
            parts.append(outputs)
        ratio = snap.diagnosis.update_ratios.get(layer) if snap.diagnosis is not None and layer else None
        if ratio is not None and math.isfinite(ratio):
            # Karpathy's update-to-weight ratio: healthy near 10^-3.
            parts.append(tr("update/weight 10^{0:.1f} (healthy ≈ 10^-3)").format(ratio))
        if self.selected is None:
            parts.append(tr("select a layer to choose"))
        self.set_header(self.HEADER_SEPARATOR.join(parts))
        self.draw_count += 1

    def clear_data(self) -> None:
        self.last_snapshot = None
        self.shown_layer = None
        for curve in (self.weights_curve, self.activations_curve):
            curve.setData(np.zeros(1), np.zeros(0))
        for plot, title in ((self.weights_plot, tr("weights")), (self.activations_plot, tr("activations"))):
            self.set_title(plot, title)
        self.set_header(self.EMPTY_HEADER)
