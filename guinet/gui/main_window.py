"""The main window: the canvas in the centre, dock panels around it, menus, tool bar, files and autosave.

The window is the controller that ties the model to its views. It owns the Project, the undo stack
and the current dataset; after every change it checks the network (``Project.problems`` with what
the data says) and hands the problems and the layer widths to the canvas and the Problems list.
Panels push undo commands and follow the model's signals, so undo and redo need no extra code here.

Heavy imports stay out of opening the window: numpy, pyqtgraph and torch are not loaded before its
first paint (tests/gui/test_startup.py). The data is made, and Export, Step Through and Compare are
installed, right after that paint (or sooner when something asks for them); training
(guinet.gui.live) loads torch when it is needed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QLockFile, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.check import Problem, infer_widths
from ..core.graph import Graph
from ..core.model import Project
from ..core.project import (ProjectError, changed_example, example_names, load_example, load_project,
                            save_project)
from . import dialogs, i18n, settings, theme
from .canvas import FRAGMENT_MIME, NetworkView
from .commands import ProjectUndoStack
from .deferred import after_first_paint
from .dock_layout import DockLayout
from .panels.data_panel import DataPanel
from .panels.palette import LayerPalette
from .panels.problems import ProblemsPanel
from .panels.properties import PropertiesPanel
from .panels.training_panel import TrainingPanel

PROJECT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "guinet projects (*.guinet);;All files (*)")
PROJECT_SUFFIX = ".guinet"
DEFAULT_EXAMPLE = "xor-mlp"
STATUS_TIMEOUT_MS = 5000


def shortcut_text(action: QAction) -> str:
    """An action's keys for people, leaving out multimedia keys (the 'Save' key some keyboards have)."""
    texts = []
    for seq in action.shortcuts():
        combo = seq[0]
        if combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier and combo.key().value >= 0x01000060 \
                and not (Qt.Key.Key_F1.value <= combo.key().value <= Qt.Key.Key_F35.value):
            continue
        texts.append(seq.toString(QKeySequence.SequenceFormat.NativeText))
    return ", ".join(texts)


def new_project() -> Project:
    """What File > New gives: an Input layer wired to an Output layer (a perceptron), ready for layers
    to be dropped onto the connection between them."""
    graph = Graph()
    graph.add_node("input", pos=(0.0, 0.0))
    graph.add_node("output", pos=(400.0, 0.0))
    graph.add_edge("input", "output")
    return Project(graph, name="untitled")


class MainWindow(QMainWindow):
    project_replaced = Signal(object)   # the new Project, after New, Open, an example or a recovery
    dataset_changed = Signal(object)    # the new Dataset, or None when the data settings cannot be made
    problems_changed = Signal(list)     # list[Problem] after every check
    about_to_save = Signal()            # just before the project is written (live training stores weights)
    closing = Signal()                  # the window accepted its close: stop background work
    controllers_installed = Signal()    # build_deferred installed Export, Step Through and Compare

    def __init__(self, project: Project | None = None, path: str | os.PathLike | None = None, *,
                 persist: bool = True, parent: QWidget | None = None) -> None:
        """``project`` defaults to the xor-mlp example. ``persist`` False (screenshot mode) leaves the
        settings alone: no restored or saved layout, no autosave."""
        super().__init__(parent)
        self.persist = persist
        self.undo_stack = ProjectUndoStack(self)   # knows about trained weights too
        self.project: Project = project if project is not None else self._default_project()
        self.path: Path | None = Path(path).resolve() if path is not None else None
        self.menus: dict[str, QMenu] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self._dataset = None
        self._dataset_key: tuple | None = None
        # The data (numpy, maybe a CSV file) is made right after the first paint: until then the
        # window checks the network against what the settings say (the same widths for toy sets).
        self._dataset_pending = True
        self._data_loader = None
        self._dataset_error: str | None = None
        self._problems: list[Problem] = []
        self._layout_restored = False
        self._last_index = 0
        # Autosave follows a count of changes that every edit moves (a push, a merge into the last
        # undo step, an undo, a redo, a finished training session), not the undo stack's index, which
        # a merged edit leaves where it was.
        self._changes = 0
        self._autosaved_changes: int | None = None
        self._autosave_failure_shown = False
        self.live = None
        # What is not on screen when the window opens (menu items, a hidden dock, a dialog's controller)
        # is built right after the first paint, or at once when something asks for it (see __getattr__).
        self._deferred_state = "waiting"
        self._named_keys: dict[str, list[QKeySequence]] = {}   # keys an action was given by name

        self.setObjectName("guinet_main_window")
        self.setWindowIcon(theme.app_icon())
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.canvas = NetworkView(self.project, self.undo_stack, auto_check=False)  # _revalidate feeds it
        self.setCentralWidget(self.canvas)
        self.dock_layout = DockLayout(self)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().showMessage(self.tr("Ready"), STATUS_TIMEOUT_MS)

        self.canvas.selection_changed.connect(self._selection_changed)
        # Selecting a connection alone changes no layer selection, yet Delete applies to it.
        self.canvas.network_scene.selectionChanged.connect(self._update_edit_actions)
        self.canvas.message.connect(self.show_status)
        self.undo_stack.saved_changed.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        QGuiApplication.clipboard().dataChanged.connect(self._update_edit_actions)
        self._connect_project(self.project)

        self._autosave_lock: QLockFile | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosave_timer")
        self.autosave_timer.timeout.connect(self.autosave)
        if persist and settings.get(settings.AUTOSAVE_ENABLED):
            self._claim_autosave()
            self.autosave_timer.start(max(5, settings.get(settings.AUTOSAVE_INTERVAL_S)) * 1000)

        self.data_panel.read_anyway.connect(self._read_csv_anyway)
        self.data_panel.path_chosen.connect(
            lambda text: self.data_loader.approve_setting(text, Path(self._project_dir()) if self._project_dir() else None))
        self._revalidate()
        self._update_title()
        self._update_edit_actions()
        self._initial_size()
        from .live import LiveTraining; self.live = LiveTraining(self)  # noqa: E702,I001 - training installs last
        self.live.session_ended.connect(self._weights_trained)
        from .lessons import LessonsController; self.lessons = LessonsController(self)  # noqa: E702,I001
        from .metrics_dock import MetricsController; self.metrics = MetricsController(self, self.live)  # noqa: E702,I001
        from .draw import DrawPoints; self.draw = DrawPoints(self, self.live)  # noqa: E702,I001 - on the boundary plot
        self._drop_shared_shortcuts()
        after_first_paint(self, self._first_dataset)
        after_first_paint(self, self.build_deferred)

    # The controllers build_deferred installs, in this order (each adds its actions to the menus).
    DEFERRED_CONTROLLERS = ("exporter", "stepper", "compare")

    def __getattr__(self, name: str):
        # Only called for a missing attribute: a deferred controller asked for before the first paint.
        if name in MainWindow.DEFERRED_CONTROLLERS and self.__dict__.get("_deferred_state") == "waiting":
            self.build_deferred()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def build_deferred(self) -> None:
        """Installs Export, Step Through and Compare (once): their modules and widgets are not needed
        to draw the window, so loading them waits until it has been painted."""
        if self.__dict__.get("_deferred_state") != "waiting":
            return
        self._deferred_state = "building"
        from .export_dialog import ExportController; self.exporter = ExportController(self)  # noqa: E702,I001
        from .stepper import StepThrough; self.stepper = StepThrough(self)  # noqa: E702,I001 - over live training
        from .compare import CompareController; self.compare = CompareController(self)  # noqa: E702,I001
        self._deferred_state = "built"
        self._drop_shared_shortcuts()
        if self._layout_restored and self.persist:
            # The saved layout was restored before this dock existed: put it back where the user had it.
            self.restoreDockWidget(self.stepper.dock)
        self.controllers_installed.emit()

    @property
    def controllers_pending(self) -> bool:
        """True until build_deferred has installed its controllers."""
        return self.__dict__.get("_deferred_state") == "waiting"

    # ================================================================== construction

    @staticmethod
    def _default_project() -> Project:
        try:
            return load_example(DEFAULT_EXAMPLE)
        except ProjectError:
            # An install without its examples still opens, with the smallest network that trains.
            return new_project()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.palette = LayerPalette()
        self.palette.add_requested.connect(self._add_layer_from_palette)
        self.properties = PropertiesPanel(self.project, self.undo_stack)
        self.data_panel = DataPanel(self.project, self.undo_stack, file_dir=self._project_dir)
        self.training_panel = TrainingPanel(self.project, self.undo_stack)
        self.problems_panel = ProblemsPanel()
        self.problems_panel.node_activated.connect(self._problem_activated)
        for panel in (self.properties, self.data_panel, self.training_panel):
            panel.message.connect(self.show_status)

        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.palette_dock = self._dock("palette", self.tr("Layers"), self.palette, left)
        self.properties_dock = self._dock("properties", self.tr("Properties"), self.properties, right)
        self.data_dock = self._dock("data", self.tr("Data"), self.data_panel, right)
        self.training_dock = self._dock("training", self.tr("Training"), self.training_panel, right)
        self.problems_dock = self._dock("problems", self.tr("Problems"), self.problems_panel, bottom)
        self.splitDockWidget(self.properties_dock, self.data_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.data_dock, self.training_dock)
        self.data_dock.raise_()
        self.docks = {"palette": self.palette_dock, "properties": self.properties_dock, "data": self.data_dock,
                      "training": self.training_dock, "problems": self.problems_dock}

    def _default_dock_sizes(self) -> None:
        # Shares of the window's size (dock_layout.default_sizes), so 1024x640 keeps every panel usable.
        sizes = self.dock_layout.sizes()
        self.resizeDocks([self.palette_dock], [sizes.left], Qt.Orientation.Horizontal)
        self.resizeDocks([self.properties_dock], [sizes.right], Qt.Orientation.Horizontal)
        # Properties (a layer's form and its activation curve) over Data/Training, about half each.
        column = max(300, self.height() - 110)
        top = max(min(360, column // 2), int(column * 0.58))
        self.resizeDocks([self.properties_dock, self.data_dock], [top, column - top], Qt.Orientation.Vertical)
        self.resizeDocks([self.problems_dock], [sizes.bottom], Qt.Orientation.Vertical)

    def _action(self, name: str, text: str, slot: Callable[..., Any] | None = None, *,
                icon: str | None = None, shortcuts: tuple = (), tip: str = "",
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if icon:
            action.setIcon(theme.icon(icon))
        keys: list[QKeySequence] = []
        for s in shortcuts:
            if isinstance(s, QKeySequence.StandardKey):
                action.setProperty("standard_keys", True)
                # A platform's extra bindings give way to keys another action names (see
                # _drop_shared_shortcuts): on X11, Delete also means Ctrl+D, which is Duplicate here.
                keys.extend(QKeySequence.keyBindings(s))
            else:
                keys.append(QKeySequence(s))
                self._named_keys.setdefault(name, []).append(QKeySequence(s))
        unique: list[QKeySequence] = []
        for k in keys:
            if not k.isEmpty() and k not in unique:
                unique.append(k)
        if unique:
            action.setShortcuts(unique)
            action.setShortcutContext(context)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        if context == Qt.ShortcutContext.WindowShortcut:
            # Canvas-only actions are added to the canvas instead (see _build_actions).
            self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        a("new", self.tr("&New"), self.new_file, icon="document-new", shortcuts=(K.New,),
          tip=self.tr("Start a new network: an Input layer wired to an Output layer"))
        a("open", self.tr("&Open…"), self.open_dialog, icon="document-open", shortcuts=(K.Open,),
          tip=self.tr("Open a project file"))
        a("save", self.tr("&Save"), self.save, icon="document-save", shortcuts=(K.Save,),
          tip=self.tr("Save the project"))
        a("save_as", self.tr("Save &As…"), self.save_as, icon="document-save-as", shortcuts=(K.SaveAs,),
          tip=self.tr("Save the project under a new name"))
        a("quit", self.tr("&Quit"), self.close, icon="application-exit", shortcuts=(K.Quit, "Ctrl+Q"),
          tip=self.tr("Close guinet"))
        self.actions_by_name["quit"].setMenuRole(QAction.MenuRole.QuitRole)

        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setIcon(theme.icon("edit-undo"))
        undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("action_redo")
        redo.setIcon(theme.icon("edit-redo"))
        redo_keys = list(QKeySequence.keyBindings(K.Redo))
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        redo.setShortcuts(redo_keys)
        for action in (undo, redo):
            self.addAction(action)
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo

        # Editing shortcuts act on the canvas only while it has focus: Delete in a text box of the
        # Properties panel must delete text, not the layer being edited. The menu items work anywhere.
        canvas_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        a("cut", self.tr("Cu&t"), self.cut, icon="edit-cut", shortcuts=(K.Cut,), context=canvas_only,
          tip=self.tr("Remove the selected layers and put them on the clipboard"))
        a("copy", self.tr("&Copy"), self.copy, icon="edit-copy", shortcuts=(K.Copy,), context=canvas_only,
          tip=self.tr("Copy the selected layers"))
        a("paste", self.tr("&Paste"), self.paste, icon="edit-paste", shortcuts=(K.Paste,), context=canvas_only,
          tip=self.tr("Paste copied layers onto the canvas"))
        a("duplicate", self.tr("D&uplicate"), self.canvas.duplicate_selected, icon="edit-duplicate",
          shortcuts=("Ctrl+D",), context=canvas_only, tip=self.tr("Copy and paste the selected layers at once"))
        a("delete", self.tr("&Delete"), self.canvas.delete_selected, icon="edit-delete",
          shortcuts=(K.Delete, "Backspace"), context=canvas_only,
          tip=self.tr("Delete the selected layers and their connections"))
        a("select_all", self.tr("Select &All"), self.canvas.select_all, icon="edit-select-all",
          shortcuts=(K.SelectAll,), context=canvas_only, tip=self.tr("Select every layer"))
        for name in ("cut", "copy", "paste", "duplicate", "delete", "select_all"):
            self.canvas.addAction(self.actions_by_name[name])

        a("zoom_in", self.tr("Zoom &In"), self.canvas.zoom_in, icon="zoom-in", shortcuts=(K.ZoomIn, "Ctrl+="),
          tip=self.tr("Zoom into the canvas"))
        a("zoom_out", self.tr("Zoom &Out"), self.canvas.zoom_out, icon="zoom-out", shortcuts=(K.ZoomOut,),
          tip=self.tr("Zoom out of the canvas"))
        a("fit", self.tr("&Fit Network"), self.canvas.fit_all, icon="zoom-fit", shortcuts=("Ctrl+0",),
          tip=self.tr("Zoom so the whole network fits the canvas"))
        a("arrange", self.tr("&Arrange Layers"), self.canvas.arrange, icon="view-arrange", shortcuts=("Ctrl+L",),
          tip=self.tr("Lay the network out from left to right"))
        a("reset_layout", self.tr("&Reset Panel Layout"), self.reset_layout,
          tip=self.tr("Put every panel back where it starts"))

        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        for name, text in (("system", self.tr("Follow &System")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            action = a(f"theme_{name}", text, lambda n=name: self.set_theme(n),
                       tip=self.tr("Switch the colour theme"))
            action.setCheckable(True)
            self.theme_group.addAction(action)
        current = settings.get(settings.THEME) if self.persist else theme.current_name()
        chosen = self.actions_by_name.get(f"theme_{current}") or self.actions_by_name["theme_system"]
        chosen.setChecked(True)

        a("shortcuts", self.tr("&Keyboard Shortcuts"), self.show_shortcuts, icon="help-keys",
          shortcuts=("Ctrl+/", "F1"), tip=self.tr("List every command and its keys"))
        a("about", self.tr("&About guinet"), self.show_about, icon="help-about",
          tip=self.tr("What guinet is, and its version"))
        self.actions_by_name["about"].setMenuRole(QAction.MenuRole.AboutRole)
        a("about_qt", self.tr("About &Qt"), QApplication.aboutQt)
        self.actions_by_name["about_qt"].setMenuRole(QAction.MenuRole.AboutQtRole)
        a("clear_recent", self.tr("&Clear Recent Files"), self.clear_recent_files)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        act = self.actions_by_name
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(act["new"])
        file_menu.addAction(act["open"])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.examples_menu = file_menu.addMenu(theme.icon("examples"), self.tr("&Examples"))
        self.examples_menu.setObjectName("menu_examples")
        for name in example_names():
            action = self.examples_menu.addAction(name)
            action.setObjectName(f"action_example_{name}")
            action.setStatusTip(self.tr("Open the example project {name}").format(name=name))
            action.triggered.connect(lambda _checked=False, n=name: self.open_example(n))
        file_menu.addSeparator()
        file_menu.addAction(act["save"])
        file_menu.addAction(act["save_as"])
        file_menu.addSeparator()
        file_menu.addAction(act["quit"])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        for name in ("undo", "redo", None, "cut", "copy", "paste", "duplicate", "delete", None, "select_all"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(act[name])

        view_menu = bar.addMenu(self.tr("&View"))
        for name in ("zoom_in", "zoom_out", "fit", "arrange"):
            view_menu.addAction(act[name])
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu(self.tr("&Panels"))
        self.panels_menu.setObjectName("menu_panels")
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())
        self.panels_menu.addSeparator()
        self.panels_menu.addAction(act["reset_layout"])
        theme_menu = view_menu.addMenu(theme.icon("view-theme"), self.tr("&Theme"))
        theme_menu.setObjectName("menu_theme")
        for name in ("theme_system", "theme_light", "theme_dark"):
            theme_menu.addAction(act[name])
        i18n.add_language_menu(self, view_menu)

        train_menu = bar.addMenu(self.tr("&Train"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(act["shortcuts"])
        help_menu.addSeparator()
        help_menu.addAction(act["about"])
        help_menu.addAction(act["about_qt"])
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "train": train_menu,
                      "help": help_menu}
        for key, menu in self.menus.items():
            menu.setObjectName(f"menu_{key}")

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main tool bar"), self)
        self.toolbar.setObjectName("toolbar_main")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        act = self.actions_by_name
        for name in ("new", "open", "save", None, "undo", "redo", None, "delete", "duplicate", None,
                     "zoom_in", "zoom_out", "fit", "arrange"):
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(act[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.panels_menu.insertAction(self.panels_menu.actions()[0], self.toolbar.toggleViewAction())
        self._shortcut_tooltips()

    def _drop_shared_shortcuts(self) -> None:
        """Keeps every key on one action only. Qt runs neither action of a key two actions share (it
        warns "Ambiguous shortcut overload"); a key an action was given by name wins over the same
        key arriving with a platform's standard bindings (X11's Delete includes Ctrl+D, which is
        Duplicate here); between two named ones the action made first keeps it."""
        actions = [a for a in self.findChildren(QAction) if a.shortcuts()]
        owner: dict[str, QAction] = {}
        for action in actions:
            # Named keys claim first: all of an action's keys unless some came from a standard key.
            named = self._named_keys.get(action.objectName().removeprefix("action_"), []) \
                if action.property("standard_keys") else action.shortcuts()
            for key in named:
                owner.setdefault(key.toString(), action)
        for action in actions:
            kept = []
            for key in action.shortcuts():
                holder = owner.setdefault(key.toString(), action)
                if holder is action:
                    kept.append(key)
            if len(kept) != len(action.shortcuts()):
                action.setShortcuts(kept)
        self._shortcut_tooltips()

    def _shortcut_tooltips(self) -> None:
        """Tool bar tooltips name the keys too: 'Save (Ctrl+S)'."""
        for action in self.actions_by_name.values():
            text = action.text().replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def _initial_size(self) -> None:
        """1600x1000, or nine tenths of a smaller screen, but not below the 1024x640 the layout is made
        for where the screen has that room (a restored geometry replaces it on show)."""
        width, height = 1600, 1000
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, max(int(avail.width() * 0.9), min(1024, avail.width())))
            height = min(height, max(int(avail.height() * 0.9), min(640, avail.height())))
        self.resize(width, height)

    # ================================================================== the project and its signals

    def _connect_project(self, project: Project) -> None:
        project.graph.changed.connect(self._model_changed)
        project.data_changed.connect(self._data_changed)
        project.training_changed.connect(self._training_changed)

    def _disconnect_project(self, project: Project) -> None:
        project.graph.changed.disconnect(self._model_changed)
        project.data_changed.disconnect(self._data_changed)
        project.training_changed.disconnect(self._training_changed)

    def _count_change(self, *_args) -> None:
        self._changes += 1

    def _weights_trained(self, _last=None) -> None:
        """A training session ended: the weights are new, so leaving the project asks to save them, and
        autosave keeps them too."""
        if _last is None:  # it failed before a step was taken
            return
        self.undo_stack.mark_weights_changed()   # so Quit, Open and New ask to save them
        self._count_change()

    def set_project(self, project: Project, path: str | os.PathLike | None = None, *,
                    modified: bool = False) -> bool:
        """Show ``project`` in place of the current one, with an empty undo history. All or nothing:
        when the window cannot show it, the current project stays, and a message says why (False)."""
        old, was_modified = (self.project, self.path), self.is_modified()
        try:
            self._replace_project(project, path, modified=modified)
            return True
        except Exception as exc:  # noqa: BLE001 - a project the window cannot show must not half-replace it
            import traceback

            traceback.print_exc()
            try:
                self._replace_project(*old, modified=was_modified)
            except Exception:  # noqa: BLE001 - nothing better to go back to
                traceback.print_exc()
            from ..core.text import excerpt

            QMessageBox.critical(self, self.tr("Cannot show project"), self.tr(
                "guinet could not show this project, so the one before stays open.\n\n{message}").format(
                message=f"{type(exc).__name__}: {excerpt(str(exc), 300)}"))
            return False

    def _replace_project(self, project: Project, path: str | os.PathLike | None, *, modified: bool) -> None:
        self._disconnect_project(self.project)
        self.project = project
        self.path = Path(path).resolve() if path is not None else None
        self.undo_stack.clear()
        self._last_index = 0
        self._changes += 1
        self._autosaved_changes = None
        self.properties.set_project(project)
        self.data_panel.set_project(project)
        self.training_panel.set_project(project)
        self.canvas.set_project(project)
        self._connect_project(project)
        self._rebuild_dataset()
        self._revalidate()
        if modified:
            # A recovered autosave has changes no file holds yet: keep the modified mark until saved.
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
            self._remove_autosave()
        self._update_title()
        self._update_edit_actions()
        self.project_replaced.emit(project)
        QTimer.singleShot(0, self.canvas.fit_all)

    def _model_changed(self) -> None:
        self._count_change()
        self._revalidate()

    def _training_changed(self, key: str) -> None:
        # The optimizer and the loss decide which heads and activations are allowed.
        self._count_change()
        self._revalidate()

    def _data_changed(self, key: str) -> None:
        self._count_change()
        self._rebuild_dataset()
        self._revalidate()

    def _project_dir(self) -> str | None:
        return str(self.path.parent) if self.path is not None else None

    # ------------------------------------------------------------------ dataset

    def dataset(self):
        """The data the current settings describe (cached; rebuilt when they change), or None when they
        cannot be made (the reason is in the Data panel and the Problems list)."""
        if self._dataset_pending:
            self._first_dataset()
        elif self._dataset_key != self._dataset_cache_key():
            self._rebuild_dataset()
        return self._dataset

    def _first_dataset(self) -> None:
        """Makes the data the window opened with (once): after the first paint, or when asked sooner."""
        if self._dataset_pending:
            self._rebuild_dataset()
            self._revalidate()

    def dataset_error(self) -> str | None:
        return self._dataset_error

    def _dataset_cache_key(self) -> tuple:
        return (json.dumps(self.project.data, sort_keys=True), self._project_dir())

    @property
    def data_loader(self):
        """Big CSV files are read off the GUI thread, and one outside the project's folder only when the
        user agrees (see gui.data_loader). Made with the first data (its module imports numpy)."""
        if self._data_loader is None:
            from .data_loader import DatasetLoader

            loader = self._data_loader = DatasetLoader(self)
            loader.loaded.connect(self._dataset_read_in_background)
            loader.progress.connect(self.data_panel.set_loading)
            loader.consent_needed.connect(self.data_panel.ask_consent)
            self.closing.connect(loader.shutdown)
        return self._data_loader

    def _read_csv_anyway(self) -> None:
        if self.data_loader.pending_consent is not None:
            self.data_loader.approve(self.data_loader.pending_consent)
        self._data_changed("dataset.path")

    def _rebuild_dataset(self) -> None:
        self._dataset_pending = False
        key = self._dataset_cache_key()
        base = self._project_dir()
        answer = self.data_loader.request(self.project.data, Path(base) if base else None, key)
        if answer is None:  # read in the background: _dataset_loaded follows
            self._dataset, self._dataset_error, self._dataset_key = None, None, key
            self.dataset_changed.emit(None)
            return
        self._dataset_loaded(key, *answer)

    def _dataset_read_in_background(self, key, dataset, error) -> None:
        if key == self._dataset_cache_key():  # else the settings changed while the file was read
            self._dataset_loaded(key, dataset, error)
            self._revalidate()

    def _dataset_loaded(self, key, dataset, error) -> None:
        self._dataset, self._dataset_error, self._dataset_key = dataset, error, key
        if error is None:
            self.data_panel.set_dataset(dataset)
        else:
            self.data_panel.set_error(error)
            self.show_status(self.tr("Data: {message}").format(message=error))
        self.dataset_changed.emit(dataset)

    # ------------------------------------------------------------------ checks

    def task_info(self):
        """What the data asks of the network: from the loaded data when there is one, else the settings."""
        dataset = None if self._dataset_pending else self.dataset()
        if dataset is not None:
            from ..core.data import task_info_for

            return task_info_for(self.project, dataset)
        return self.project.task_info()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def _revalidate(self) -> None:
        info = self.task_info()
        problems = self.project.problems(info)
        if self._dataset_error:
            problems.append(Problem(None, self.tr("Data: {message}").format(message=self._dataset_error)))
        widths = infer_widths(self.project.graph, info)
        self._problems = problems
        self.canvas.set_problems(problems)
        self.canvas.set_widths(widths)
        labels = {nid: i18n.layer_label(node) for nid, node in self.project.graph.nodes.items()}
        self.problems_panel.set_problems(problems, labels)
        self.properties.set_task_info(info)
        self.problems_dock.setWindowTitle(self.tr("Problems") if not problems else
                                          self.tr("Problems (%n)", "", len(problems)))
        self.problems_changed.emit(problems)

    # ------------------------------------------------------------------ selection and panels

    def _selection_changed(self, node_ids: list) -> None:
        self.properties.set_selection(list(node_ids))
        self._update_edit_actions()

    def _problem_activated(self, node_id: str) -> None:
        if node_id in self.project.graph.nodes:
            self.canvas.select_nodes([node_id])
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            self.properties_dock.raise_()

    def _add_layer_from_palette(self, kind: str) -> None:
        self.canvas.add_node_after_selected(kind)
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_edit_actions(self) -> None:
        has_selection = bool(self.canvas.selected_ids())
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(has_selection)
        self.actions_by_name["delete"].setEnabled(has_selection or bool(self.canvas.network_scene.selected_edges()))
        mime = QGuiApplication.clipboard().mimeData()
        self.actions_by_name["paste"].setEnabled(mime is not None and mime.hasFormat(FRAGMENT_MIME))

    # ------------------------------------------------------------------ clipboard

    def copy(self) -> bool:
        """Copy the selected layers to the clipboard (as guinet layers and as JSON text)."""
        fragment = self.canvas.copy_selected()
        self._update_edit_actions()
        return fragment is not None

    def cut(self) -> None:
        self.canvas.cut_selected()
        self._update_edit_actions()

    def paste(self) -> None:
        self.canvas.paste()

    # ================================================================== files

    def window_name(self) -> str:
        return self.path.stem if self.path is not None else self.project.name

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(self.tr("{name}[*] — guinet").format(name=self.window_name()))
        self.setWindowModified(self.is_modified())

    def is_modified(self) -> bool:
        """Changes no file holds: an edit (the undo stack is off its clean index) or trained weights."""
        return not self.undo_stack.is_saved()

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.is_modified():
            return True
        Button = QMessageBox.StandardButton
        answer = dialogs.ask(
            self, self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved. Save them before going on?").format(
                name=self.window_name()),
            [(Button.Save, self.tr("Save")), (Button.Discard, self.tr("Discard Changes")),
             (Button.Cancel, self.tr("Cancel"))], Button.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> bool:
        if not self.maybe_save():
            return False
        self.set_project(new_project())
        self.show_status(self.tr("New project: drop layers onto the connection between Input and Output."))
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self._dialog_dir(),
                                              self.tr(PROJECT_FILTER))
        if not path:
            return False
        return self.open_file(path, ask=False)

    def open_file(self, path: str | os.PathLike, *, ask: bool = True) -> bool:
        """Open a project file. A file that cannot be read shows the reader's message and leaves the
        current project as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            project = load_project(path)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("Cannot open project"),
                                 self.tr("guinet could not open {path}.\n\n{message}").format(
                                     path=str(path), message=i18n.engine_text(exc)))
            self.show_status(self.tr("Could not open {path}").format(path=Path(path).name))
            return False
        if not self.set_project(project, path):
            return False
        settings.add_recent_file(self.path)
        settings.set(settings.LAST_DIRECTORY, str(self.path.parent))
        self.show_status(self.tr("Opened {path}").format(path=str(self.path)))
        return True

    def open_example(self, name: str) -> bool:
        if not self.maybe_save():
            return False
        try:
            project = load_example(name)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("Cannot open example"), i18n.engine_text(exc))
            return False
        if not self.set_project(project):
            return False
        self.show_status(self.tr("Opened the example {name}. Save it under a name of your own to keep "
                                 "changes.").format(name=name))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self, path: str | os.PathLike | None = None) -> bool:
        if path is None:
            start = str(Path(self._dialog_dir()) / f"{self.window_name()}{PROJECT_SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), start, self.tr(PROJECT_FILTER))
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(PROJECT_SUFFIX)
        return self.save_to(path, rename=True)

    def _prepare_save(self) -> None:
        """Before any write: the trained weights go into the project."""
        # Qt reports (and does not raise) a listener's exception here; live training's own listener
        # turns weights it cannot store into a note, so the network is saved either way.
        self.about_to_save.emit()

    def save_to(self, path: Path, *, rename: bool = False) -> bool:
        """Write the project to ``path``; every failure is shown in a dialog and returns False, and
        nothing about the window changes then (so a window never closes after a failed save)."""
        self._prepare_save()
        old_name, old_description = self.project.name, self.project.description
        example = changed_example(self.project, old_name) if self.path is None else None
        if example is not None:
            # The user's own project now: its notes say where it started, not that it is the example.
            self.project.description = self.tr("Started from the example {name} and changed since. The "
                                               "example's notes: {notes}").format(name=old_name,
                                                                                  notes=example.description)
        if rename:
            # The project's name follows its file, so the title and the file agree. A file name that is
            # not valid UTF-8 (Python escapes its bytes as lone surrogates) is repaired, as names must be.
            self.project.name = os.fsencode(path.stem).decode("utf-8", "replace")
        try:
            save_project(self.project, path)
        except Exception as exc:  # noqa: BLE001 - ProjectError, OSError, or anything else: never silent
            self.project.name, self.project.description = old_name, old_description
            message = i18n.engine_text(exc) if isinstance(exc, (OSError, ProjectError)) else f"{type(exc).__name__}: {exc}"
            QMessageBox.critical(self, self.tr("Cannot save project"),
                                 self.tr("guinet could not write {path}.\n\n{message}\n\nYour work is still "
                                         "open: save it somewhere else with Save As.").format(
                                     path=str(path), message=message))
            return False
        old_dir = self._project_dir()
        self.path = path.resolve()
        if self._project_dir() != old_dir:
            # A relative CSV path now resolves against the new folder.
            self._rebuild_dataset()
            self._revalidate()
        self.undo_stack.setClean()   # the weights too
        self._remove_autosave()
        settings.add_recent_file(self.path)
        settings.set(settings.LAST_DIRECTORY, str(self.path.parent))
        self._update_title()
        self.show_status(self.tr("Saved to {path}").format(path=str(self.path)))
        return True

    def _dialog_dir(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        last = settings.get(settings.LAST_DIRECTORY)
        return last if last and Path(last).is_dir() else str(Path.home())

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = settings.recent_files()
        for i, file in enumerate(files):
            label = f"&{i + 1} {Path(file).name}" if i < 9 else f"{i + 1} {Path(file).name}"
            action = menu.addAction(label)
            action.setToolTip(file)
            action.setStatusTip(file)
            action.triggered.connect(lambda _checked=False, f=file: self.open_file(f))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.actions_by_name["clear_recent"])
        self.actions_by_name["clear_recent"].setEnabled(bool(files))

    def clear_recent_files(self) -> None:
        settings.clear_recent_files()
        self.show_status(self.tr("Cleared the list of recent files."))

    # ================================================================== autosave

    def _claim_autosave(self) -> None:
        """Only one guinet window autosaves (and offers recovery): the one holding the lock beside the file."""
        path = settings.autosave_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        if lock.tryLock(100):
            self._autosave_lock = lock

    @property
    def autosave_owner(self) -> bool:
        return self._autosave_lock is not None

    def at_saved_state(self) -> bool:
        """Nothing to keep beyond the saved file: the undo stack is at its clean index and no training
        ran since the save."""
        return self.undo_stack.is_saved()

    def autosave(self) -> bool:
        """Write the project (with its trained weights) to the autosave file if it changed since the
        last save or autosave; back at the saved state, remove the autosave instead. A failure is
        shown in a dialog once (and in the status bar each time) until an autosave works again."""
        if not self.autosave_owner:
            return False
        path = settings.autosave_path()
        if self.at_saved_state():
            if self._autosaved_changes is not None or path.exists():
                self._remove_autosave()
            return False
        if self._autosaved_changes == self._changes and path.exists():
            return False
        self._prepare_save()
        try:
            save_project(self.project, path)
        except Exception as exc:  # noqa: BLE001 - autosave must never raise out of its timer
            message = i18n.engine_text(exc) if isinstance(exc, (OSError, ProjectError)) else f"{type(exc).__name__}: {exc}"
            self.show_status(self.tr("Autosave failed: {message}").format(message=message))
            if not self._autosave_failure_shown:
                self._autosave_failure_shown = True
                QMessageBox.warning(self, self.tr("Autosave failed"), self.tr(
                    "guinet could not write its autosave copy, so unsaved work would be lost if guinet "
                    "stopped now.\n\n{message}\n\nSave the project to keep it.").format(message=message))
            return False
        self._autosave_failure_shown = False
        self._autosaved_changes = self._changes
        settings.set(settings.AUTOSAVE_SOURCE, str(self.path) if self.path else "")
        return True

    def _remove_autosave(self) -> None:
        if not self.autosave_owner:
            return
        self._autosaved_changes = None
        try:
            settings.autosave_path().unlink(missing_ok=True)
        except OSError:
            pass

    def offer_recovery(self) -> bool:
        """At start: when an autosave is left over (guinet did not close cleanly), offer to recover it.
        Returns True when the autosaved project was loaded."""
        path = settings.autosave_path()
        if not self.autosave_owner or not path.is_file():
            return False
        source = settings.get(settings.AUTOSAVE_SOURCE)
        where = source or self.tr("a project that was never saved")
        Button = QMessageBox.StandardButton
        answer = dialogs.ask(
            self, self.tr("Recover unsaved work?"),
            self.tr("guinet did not close cleanly last time. An autosaved copy of {where} was found.\n\n"
                    "Recover it, or delete the autosaved copy?").format(where=where),
            [(Button.Yes, self.tr("Recover")), (Button.No, self.tr("Delete Autosaved Copy"))], Button.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self._remove_autosave()
            return False
        try:
            project = load_project(path)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("Cannot recover"), str(exc))
            self._remove_autosave()
            return False
        target = source if source and Path(source).is_file() else None
        self.set_project(project, target, modified=True)
        self.show_status(self.tr("Recovered the autosaved project: save it to keep it."))
        return True

    # ================================================================== view

    def set_theme(self, name: str) -> None:
        used = theme.apply_theme(name)
        if self.persist:
            settings.set(settings.THEME, name)
        action = self.actions_by_name.get(f"theme_{name}")
        if action is not None:
            action.setChecked(True)
        self.show_status(self.tr("Theme: {name}").format(name=used))

    def reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(left, self.palette_dock)
        self.addDockWidget(right, self.properties_dock)
        self.addDockWidget(bottom, self.problems_dock)
        self.splitDockWidget(self.properties_dock, self.data_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.data_dock, self.training_dock)
        self.data_dock.raise_()
        self.dock_layout.reset()

    def show_status(self, text: str, *, keep: bool = False) -> None:
        """A message in the status bar: for a few seconds, or (``keep``) until the next one, for
        outcomes a user may look for later ("Training finished: ...")."""
        self.statusBar().showMessage(text, 0 if keep else STATUS_TIMEOUT_MS)

    def _undo_index_changed(self, index: int) -> None:
        stack = self.undo_stack
        if index > self._last_index and index - 1 < stack.count():
            text = stack.text(index - 1)
            if text:
                self.show_status(text)
        elif index < self._last_index and index < stack.count():
            text = stack.text(index)
            if text:
                self.show_status(self.tr("Undone: {what}").format(what=text))
        self._last_index = index

    # ================================================================== help

    def all_actions(self) -> list[tuple[str, QAction]]:
        """Every command in the menus, with the menu path it sits in (for the shortcuts list)."""
        out: list[tuple[str, QAction]] = []

        def walk(menu: QMenu, where: str) -> None:
            for action in menu.actions():
                if action.isSeparator():
                    continue
                if action.menu() is not None:
                    walk(action.menu(), f"{where} › {action.text().replace('&', '')}")
                elif action.text():
                    out.append((where, action))

        for menu in self.menus.values():
            walk(menu, menu.title().replace("&", ""))
        return out

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        import PySide6
        import pyqtgraph

        from .. import __version__ as version

        QMessageBox.about(self, self.tr("About guinet"), self.tr(
            "<h3>guinet {version}</h3>"
            "<p>Build small neural networks by drawing them, train them live and watch them learn: the "
            "loss, the decision boundary, every neuron's picture and the gradients flowing back.</p>"
            "<p>Made with PySide6 {pyside} (Qt {qt}), pyqtgraph {pg} and PyTorch (loaded when training "
            "starts).</p><p>MIT licence.</p>").format(
            version=version, pyside=PySide6.__version__, qt=PySide6.QtCore.qVersion(), pg=pyqtgraph.__version__))

    # ================================================================== window state

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        # Restoring here, once, catches the docks that live training adds after __init__'s panels,
        # and happens before the window is first drawn.
        if not self._layout_restored:
            self._layout_restored = True
            arranged = self.persist and self.restore_layout()
            if not arranged:
                # Dock sizes only mean something once the window has its size.
                self._default_dock_sizes()
            self.dock_layout.start(arranged=arranged)
            if not arranged:
                # Shown, the window may grow for a moment: the lesson and the palette are tabbed
                # (a short window) only after the first layout, which had them one above the other.
                # It takes the size it was given back once they are.
                wanted = getattr(self, "_size_before_show", None) or self.size()
                QTimer.singleShot(150, self, lambda: self._keep_size(wanted))
        super().showEvent(event)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt name
        if visible and not self.isVisible():
            self._size_before_show = QSize(self.size())   # show() lays out (and may grow) before showEvent
        super().setVisible(visible)

    def _keep_size(self, wanted: QSize) -> None:
        if self.isMaximized() or self.isFullScreen() or self.dock_layout.arranged:
            return
        self.layout().activate()
        least = self.minimumSizeHint()
        size = QSize(max(wanted.width(), least.width()), max(wanted.height(), least.height()))
        if (self.width() > size.width() or self.height() > size.height()) and size != self.size():
            self.resize(size.boundedTo(self.size()))

    def restore_layout(self) -> bool:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        state = settings.get(settings.WINDOW_STATE)
        restored = False
        if not geometry.isEmpty():
            restored = self.restoreGeometry(geometry)
        if not state.isEmpty():
            return self.restoreState(state)
        return False   # the size alone: the docks take their default shares of it

    def save_layout(self) -> None:
        settings.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        # The docks' state only once the user arranged them: the defaults follow the window's size.
        settings.set(settings.WINDOW_STATE, self.saveState() if self.dock_layout.user_arranged() else QByteArray())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if not self.maybe_save():
            event.ignore()
            return
        self.closing.emit()
        self.autosave_timer.stop()
        if self.persist:
            self.save_layout()
        # A clean exit leaves nothing to recover.
        self._remove_autosave()
        if self._autosave_lock is not None:
            self._autosave_lock.unlock()
            self._autosave_lock = None
        event.accept()
        super().closeEvent(event)


class ShortcutsDialog(QDialog):
    """Every menu command with its keys, and the canvas's mouse gestures."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcuts_dialog")
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        rows: list[tuple[str, str, str]] = []
        for where, action in window.all_actions():
            keys = shortcut_text(action)
            rows.append((where, action.text().replace("&", "").rstrip("…"), keys))
        gestures = self.tr("Canvas")
        rows += [
            (gestures, self.tr("Add a layer"), self.tr("Drag it from the Layers palette; double-click or "
                                                       "Enter adds it after the selected layer")),
            (gestures, self.tr("Connect two layers"), self.tr("Drag from an output port to an input port")),
            (gestures, self.tr("Select"), self.tr("Click, Ctrl+click, or drag a rubber band")),
            (gestures, self.tr("Zoom"), self.tr("Ctrl+mouse wheel")),
            (gestures, self.tr("Pan"), self.tr("Middle mouse button, or Space+drag")),
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(QLabel(self.tr("Commands and their keys. Editing keys (Delete, Copy, Select All…) act "
                                        "on the canvas when it has the focus.")))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]
