"""Draw your own data: a Draw mode on the Decision boundary plot.

In Draw mode a click on the plot adds a point of the chosen class (or, for regression, of the chosen
target value) where it was clicked; a drag, a right-click or a Shift+click erases the points under the
cursor; Clear removes them all. The points are the project's "drawn" dataset (guinet.core.data), so they
are saved with the project, and every change is ONE DrawPointsCommand on the window's undo stack (a whole
drag-erase included). Starting to draw on a toy set offers to copy its points or to start empty.

The controller owns its actions, the bar of drawing tools above the plot and the mouse handling (an event
filter on the plot's viewport); it changes nothing but the project, through commands: the window rebuilds
the dataset, and the plots redraw from it, as after any other data edit. Training reads the points when it
builds its data: on the next Reset or Train from new weights.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QMessageBox,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from ..core.graph import GraphError
from ..core.settings import DATASETS, DRAWN_SETS, GATES, MAX_DRAWN_CLASSES, MAX_DRAWN_POINTS, drawn_classes
from . import theme

# The eraser: points within this many pixels of the cursor go.
ERASER_RADIUS_PX = 10
# Clicked coordinates are kept to this many decimals: a thousandth of a unit is far below a pixel on the
# ±6 plane, and the project file stays readable.
DECIMALS = 3
# The plane drawn points live on when there are none yet (the toy sets' plane, guinet.core.data).
EMPTY_PLANE = (-6.0, 6.0, -6.0, 6.0)


def _tr(text: str) -> str:
    return QApplication.translate("DrawPoints", text)


def _class_icon(k: int) -> QIcon:
    # The plots' class colours (plots.base.class_color), read from the theme: importing the plots would
    # bring pyqtgraph into start-up.
    classes = theme.colors().classes
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(classes[k % len(classes)]))
    return QIcon(pixmap)


class DrawPoints(QObject):
    """Installs Draw mode into ``window`` (a MainWindow) over ``live``'s Decision boundary plot."""

    def __init__(self, window, live) -> None:
        super().__init__(window)
        self.window = window
        self.live = live
        self.project = window.project
        self._press: dict | None = None     # the gesture under way: button, start, erasing, erased indices
        self._overlay = None                # eraser ring and marks (pyqtgraph items), built with the plot
        self._installed = False
        self.start_box: QMessageBox | None = None
        self._build_actions()
        self._build_bar()
        self.project.data_changed.connect(self._data_changed)
        window.project_replaced.connect(self._project_replaced)
        window.dataset_changed.connect(self._dataset_changed)
        live.plots_ready.connect(self._install_into_plot)
        # The class swatches follow the colour theme.
        theme.notifier().changed.connect(self._theme_changed)
        if live.plots_built:
            self._install_into_plot()
        self._refresh()

    # ================================================================== building

    def _build_actions(self) -> None:
        w = self.window
        self.draw_action = QAction(theme.icon("edit-draw"), _tr("&Draw Points"), w)
        self.draw_action.setObjectName("action_draw_points")
        self.draw_action.setCheckable(True)
        self.draw_action.setShortcut(QKeySequence("D"))
        self.draw_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.draw_action.setToolTip(_tr("Draw your own data on the Decision boundary plot (D): click adds a "
                                        "point, drag or right-click erases"))
        self.draw_action.setStatusTip(_tr("Draw mode: click on the Decision boundary plot to add points of "
                                          "the chosen class; drag, right-click or Shift+click to erase"))
        self.draw_action.toggled.connect(self._draw_toggled)
        self.clear_action = QAction(theme.icon("edit-clear"), _tr("C&lear Drawn Points"), w)
        self.clear_action.setObjectName("action_clear_points")
        self.clear_action.setToolTip(_tr("Remove every drawn point (one undo step)"))
        self.clear_action.setStatusTip(_tr("Remove every drawn point; Undo (Ctrl+Z) brings them back"))
        self.clear_action.triggered.connect(self.clear)
        for action in (self.draw_action, self.clear_action):
            w.addAction(action)
        w.actions_by_name["draw_points"] = self.draw_action
        w.actions_by_name["clear_points"] = self.clear_action
        menu = w.menus.get("edit")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.draw_action)
            menu.addAction(self.clear_action)

    def _build_bar(self) -> None:
        """The drawing tools, shown above the plot while Draw mode is on."""
        self.draw_button = QToolButton()
        self.draw_button.setObjectName("draw_points_button")
        self.draw_button.setDefaultAction(self.draw_action)
        self.draw_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.draw_button.setAutoRaise(True)

        self.bar = QWidget()
        self.bar.setObjectName("draw_bar")
        # The dock keeps its width: the bar takes what there is (the plot under it sets the width).
        self.bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(self.bar)
        column.setContentsMargins(6, 2, 6, 0)
        column.setSpacing(1)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.class_label = QLabel(_tr("Class:"))
        self.class_box = QComboBox()
        self.class_box.setObjectName("draw_class")
        self.class_box.setToolTip(_tr("The class a click adds; the last entry starts a new class"))
        self.class_label.setBuddy(self.class_box)
        self.target_label = QLabel(_tr("Target:"))
        self.target_box = QDoubleSpinBox()
        self.target_box.setObjectName("draw_target")
        self.target_box.setRange(-1000.0, 1000.0)
        self.target_box.setDecimals(2)
        self.target_box.setSingleStep(0.1)
        self.target_box.setValue(1.0)
        self.target_box.setToolTip(_tr("The target value a click adds (regression)"))
        self.target_label.setBuddy(self.target_box)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("draw_clear")
        self.clear_button.setIcon(self.clear_action.icon())
        self.clear_button.setText(_tr("Clear"))
        self.clear_button.setToolTip(self.clear_action.toolTip())
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_action.trigger)
        self.clear_action.changed.connect(lambda: self.clear_button.setEnabled(self.clear_action.isEnabled()))
        for widget in (self.class_label, self.class_box, self.target_label, self.target_box, self.clear_button):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        # One short line (the full story in its tooltip), so it never wraps the dock taller.
        self.hint = QLabel()
        self.hint.setObjectName("draw_hint")
        self.hint.setProperty("role", "hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.hint)
        self.bar.hide()

    def _theme_changed(self, _name: str) -> None:
        self.class_box.clear()   # refilled with the new swatches
        self._refresh()

    def _install_into_plot(self) -> None:
        """Once the plots exist (after the window's first paint): the Draw button beside Discretize, the
        bar over the plot, the mouse filter on the plot."""
        if self._installed or not self.live.plots_built:
            return
        self._installed = True
        plot = self.live.boundary_plot
        body = self.live.boundary_dock.widget()
        layout = body.layout()
        from .live import OptionsRow

        row = body.findChild(OptionsRow)
        options = row.layout() if row is not None else None
        if options is not None:
            options.insertWidget(0, self.draw_button)
        else:
            layout.insertWidget(0, self.draw_button)
        layout.insertWidget(1 if options is not None else 1, self.bar)
        plot.viewport().installEventFilter(self)
        self._build_overlay(plot)
        self._refresh()
        self._dataset_changed(self.window.dataset())

    def _build_overlay(self, plot) -> None:
        import pyqtgraph as pg

        ring = pg.ScatterPlotItem(size=2 * ERASER_RADIUS_PX, pxMode=True, symbol="o",
                                  brush=pg.mkBrush(0, 0, 0, 0), pen=pg.mkPen(QColor("#888888"), width=1.2,
                                                                             style=Qt.PenStyle.DashLine))
        marks = pg.ScatterPlotItem(size=11, pxMode=True, symbol="x", brush=pg.mkBrush(QColor("#d03030")),
                                   pen=pg.mkPen(QColor("#d03030"), width=1))
        for item in (ring, marks):
            item.setZValue(20)
            plot.plot.addItem(item, ignoreBounds=True)
        self._overlay = (ring, marks)

    # ================================================================== state

    def is_drawn(self) -> bool:
        return self.project.data.get("dataset") in DRAWN_SETS

    def points(self) -> list:
        return list(self.project.data.get("dataset.points", [])) if self.is_drawn() else []

    def classification(self) -> bool:
        name = self.project.data.get("dataset", "xor")
        return name not in DATASETS or DATASETS[name].extra.get("task") != "regression"

    def active(self) -> bool:
        return self.draw_action.isChecked() and self.is_drawn()

    def value(self):
        """What a click adds: the chosen class, or the target value."""
        if self.classification():
            k = self.class_box.currentData()
            return int(k) if k is not None else 0
        return round(float(self.target_box.value()), 6)

    def _refresh(self) -> None:
        drawn = self.is_drawn()
        points = self.points()
        self.clear_action.setEnabled(bool(points))
        classification = self.classification()
        for widget in (self.class_label, self.class_box):
            widget.setVisible(classification)
        for widget in (self.target_label, self.target_box):
            widget.setVisible(not classification)
        if classification:
            self._fill_classes(points)
        self.bar.setVisible(self.draw_action.isChecked() and drawn)
        what = _tr("a point of the chosen class") if classification else _tr("a point with the chosen target")
        self.hint.setText(_tr("{n} points · click adds, drag erases · used from the next Reset").format(
            n=f"{len(points):,}"))
        self.hint.setToolTip(_tr("Click adds {what}; drag, right-click or Shift+click erases. {n} of at most {max} "
                                 "points. Training uses them from the next Reset (Ctrl+R) or Train.")
                             .format(what=what, n=f"{len(points):,}", max=f"{MAX_DRAWN_POINTS:,}"))
        if self._installed:
            viewport = self.live.boundary_plot.viewport()
            if self.active():
                viewport.setCursor(Qt.CursorShape.CrossCursor)
            else:
                viewport.unsetCursor()

    def _fill_classes(self, points: list) -> None:
        """Classes 0..K-1 of the points drawn (at least two), and one more to start a new class."""
        shown = min(MAX_DRAWN_CLASSES, drawn_classes(points) + 1)
        if self.class_box.count() == shown:
            return
        current = self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for k in range(shown):
            self.class_box.addItem(_class_icon(k), _tr("Class {k}").format(k=k), k)
        self.class_box.setCurrentIndex(min(int(current), shown - 1) if current is not None else 0)
        self.class_box.blockSignals(False)

    # ================================================================== edits (each one undo step)

    def _push(self, points: list, text: str, dataset: str | None = None) -> bool:
        try:
            # Imported here: the undo commands are not needed before the first paint (start-up time).
            from .commands import DrawPointsCommand

            command = DrawPointsCommand(self.project, points, text, dataset=dataset)
        except GraphError as exc:
            self.window.show_status(str(exc))
            return False
        self.window.undo_stack.push(command)
        return True

    def add_point(self, x: float, y: float, value=None) -> bool:
        """Add one point at plane coordinates (x, y) with ``value`` (default: the chosen class or target)."""
        points = self.points()
        if len(points) >= MAX_DRAWN_POINTS:
            self.window.show_status(_tr("A drawing holds at most {max} points: erase some first.")
                                    .format(max=f"{MAX_DRAWN_POINTS:,}"))
            return False
        value = self.value() if value is None else value
        point = [round(float(x), DECIMALS), round(float(y), DECIMALS), value]
        text = (_tr("Add point of class {k}").format(k=value) if self.classification()
                else _tr("Add point with target {v}").format(v=f"{value:g}"))
        if self._push(points + [point], text):
            self._say_changed()
            return True
        return False

    def erase(self, indices) -> bool:
        """Remove the points at ``indices`` (of ``points()``), as one undo step."""
        gone = set(indices)
        if not gone:
            return False
        points = [p for i, p in enumerate(self.points()) if i not in gone]
        text = _tr("Erase point") if len(gone) == 1 else _tr("Erase {n} points").format(n=len(gone))
        if self._push(points, text):
            self._say_changed()
            return True
        return False

    def clear(self) -> bool:
        if not self.points():
            return False
        if self._push([], _tr("Clear drawn points")):
            self.window.show_status(_tr("All drawn points removed; Undo (Ctrl+Z) brings them back."))
            return True
        return False

    def start_drawing(self, copy_points: bool) -> bool:
        """Switch to drawn points: the current toy set's points (``copy_points``), or none. One undo step."""
        dataset = self.window.dataset()
        regression = dataset is not None and dataset.task == "regression"
        points: list = []
        if copy_points and self._copyable(dataset):
            points = _points_of(dataset)
        name = "drawn_regression" if regression and copy_points else "drawn"
        label = DATASETS[self.project.data.get("dataset", "xor")].label
        text = (_tr("Draw from the points of {dataset}").format(dataset=QApplication.translate("params", label))
                if points else _tr("Start drawing points"))
        if not self._push(points, text, dataset=name):
            return False
        if not self.draw_action.isChecked():
            self.draw_action.blockSignals(True)
            self.draw_action.setChecked(True)
            self.draw_action.blockSignals(False)
        self._refresh()
        self.live.boundary_dock.show()
        self.live.boundary_dock.raise_()
        self.window.show_status(_tr("Draw mode: click on the Decision boundary plot to add points."))
        return True

    def _say_changed(self) -> None:
        n = len(self.points())
        self.window.show_status(_tr("{n} drawn points. Reset (Ctrl+R) or Train to learn from them.")
                                .format(n=f"{n:,}"))

    @staticmethod
    def _copyable(dataset) -> bool:
        return dataset is not None and dataset.points_train is not None and (dataset.name in GATES or any(
            dataset.name == d.name and d.extra.get("group") == "toy" for d in DATASETS))

    # ================================================================== Draw mode on and off

    def _draw_toggled(self, on: bool) -> None:
        if on and not self.is_drawn():
            self.draw_action.blockSignals(True)
            self.draw_action.setChecked(False)   # on once the user has chosen how to start
            self.draw_action.blockSignals(False)
            self._ask_how_to_start()
            return
        if on:
            self.live.boundary_dock.show()
            self.live.boundary_dock.raise_()
            self.window.show_status(_tr("Draw mode: click on the Decision boundary plot to add points."))
        self._end_gesture()
        self._refresh()
        self._dataset_changed(self.window.dataset())

    def _ask_how_to_start(self) -> None:
        if self.start_box is not None:
            self.start_box.close()
        dataset = self.window.dataset()
        label = QApplication.translate("params", DATASETS[self.project.data.get("dataset", "xor")].label)
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Draw Your Own Points"),
                          _tr("Draw your own data in place of {dataset}?").format(dataset=label),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("draw_start_message")
        box.setInformativeText(_tr("Start from a copy of its points and change them, or from an empty plane. "
                                   "Undo (Ctrl+Z) goes back to {dataset}.").format(dataset=label))
        copy = None
        if self._copyable(dataset):
            copy = box.addButton(_tr("Copy Its Points"), QMessageBox.ButtonRole.AcceptRole)
            copy.setObjectName("draw_copy")
        empty = box.addButton(_tr("Start Empty"), QMessageBox.ButtonRole.AcceptRole)
        empty.setObjectName("draw_empty")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy or empty)

        def clicked(button) -> None:
            if button is copy:
                self.start_drawing(True)
            elif button is empty:
                self.start_drawing(False)
        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._start_box_closed)
        box.open()
        self.start_box = box

    def _start_box_closed(self, *_args) -> None:
        self.start_box = None

    # ================================================================== the model's news

    def _project_replaced(self, project) -> None:
        self.project.data_changed.disconnect(self._data_changed)
        self.project = project
        project.data_changed.connect(self._data_changed)
        self._data_changed("dataset")

    def _data_changed(self, _key: str) -> None:
        if self.draw_action.isChecked() and not self.is_drawn():
            # Another dataset chosen (or the drawing undone): nothing to draw on.
            self.draw_action.blockSignals(True)
            self.draw_action.setChecked(False)
            self.draw_action.blockSignals(False)
            self._end_gesture()
        self._refresh()

    def _dataset_changed(self, dataset) -> None:
        if dataset is None and self._installed and self.is_drawn() and not self.points():
            self.live.boundary_plot.show_empty_plane(
                EMPTY_PLANE, _tr("No points yet: turn on Draw (D)\nand click here to add some.")
                if not self.draw_action.isChecked() else _tr("Click to add points."))

    # ================================================================== the mouse

    def _plane_point(self, pos) -> tuple[float, float] | None:
        """Plane coordinates of a viewport position, or None outside the plot's data area."""
        plot = self.live.boundary_plot
        vb = plot.plot.vb
        scene_pos = plot.mapToScene(pos.toPoint() if hasattr(pos, "toPoint") else pos)
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = vb.mapSceneToView(scene_pos)
        return float(point.x()), float(point.y())

    def _plane_extent(self) -> tuple[float, float, float, float]:
        dataset = self.window.dataset()
        return tuple(dataset.extent) if dataset is not None and dataset.extent is not None else EMPTY_PLANE

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                        QEvent.Type.MouseButtonDblClick) or not self.active():
            return False
        pos = event.position()
        if kind == QEvent.Type.MouseMove:
            if self._press is None:
                return False
            self._moved(pos)
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
                return False
            plane = self._plane_point(pos)
            if plane is None:
                return False   # the axes: pyqtgraph's own handling
            erasing = event.button() == Qt.MouseButton.RightButton or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._press = {"button": event.button(), "start": QPointF(pos), "plane": plane, "erasing": erasing,
                           "erased": set()}
            if erasing:
                self._erase_along(plane, plane)
            return True
        # release
        press, self._press = self._press, None
        if press is None or event.button() != press["button"]:
            return press is not None
        self._show_overlay([], None)
        if press["erasing"]:
            self.erase(press["erased"])
        else:
            x, y = press["plane"]
            x0, x1, y0, y1 = self._plane_extent()
            if x0 <= x <= x1 and y0 <= y <= y1:
                self.add_point(x, y)
            else:
                self.window.show_status(_tr("Points go on the plane: click inside it."))
        return True

    def _moved(self, pos) -> None:
        press = self._press
        plane = self._plane_point(pos)
        if not press["erasing"]:
            if (pos - press["start"]).manhattanLength() < QApplication.startDragDistance():
                return
            # A drag erases, from where it started.
            press["erasing"] = True
            self._erase_along(press["plane"], press["plane"])
        if plane is not None:
            self._erase_along(press.get("last", press["plane"]), plane)
            press["last"] = plane

    def _erase_along(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        """Mark the points within the eraser's radius of the segment a-b (a fast drag skips pixels)."""
        vb = self.live.boundary_plot.plot.vb
        px = vb.viewPixelSize()
        sx, sy = (px[0] or 1e-9), (px[1] or 1e-9)
        press = self._press
        ax, ay, bx, by = a[0] / sx, a[1] / sy, b[0] / sx, b[1] / sy
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        for i, (x, y, _v) in enumerate(self.points()):
            if i in press["erased"]:
                continue
            qx, qy = x / sx, y / sy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((qx - ax) * dx + (qy - ay) * dy) / length2))
            if math.hypot(qx - (ax + t * dx), qy - (ay + t * dy)) <= ERASER_RADIUS_PX:
                press["erased"].add(i)
        points = self.points()
        self._show_overlay([points[i] for i in sorted(press["erased"])], b)

    def _show_overlay(self, marked: list, cursor) -> None:
        if self._overlay is None:
            return
        ring, marks = self._overlay
        if cursor is None:
            ring.clear()
        else:
            ring.setData([cursor[0]], [cursor[1]])
        marks.setData([p[0] for p in marked], [p[1] for p in marked])

    def _end_gesture(self) -> None:
        self._press = None
        self._show_overlay([], None)


def _points_of(dataset) -> list:
    """A toy set's points (training and test) as drawn points, at most MAX_DRAWN_POINTS (evenly chosen)."""
    import numpy as np

    pts = np.concatenate([dataset.points_train, dataset.points_test]).astype(np.float64)
    values = np.concatenate([np.asarray(dataset.y_train), np.asarray(dataset.y_test)])
    if len(pts) > MAX_DRAWN_POINTS:
        keep = np.linspace(0, len(pts) - 1, MAX_DRAWN_POINTS).round().astype(np.int64)
        pts, values = pts[keep], values[keep]
    classification = dataset.task == "classification"
    return [[round(float(x), DECIMALS), round(float(y), DECIMALS),
             int(v) if classification else round(float(v), 6)] for (x, y), v in zip(pts.tolist(), values.tolist())]
