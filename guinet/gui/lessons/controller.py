"""The Lessons dock and menu: plays the lessons of ``guinet.core.lessons`` in the main window.

``LessonsController(window)`` installs itself like LiveTraining does: its dock (left, under the Layers
palette), its Lessons menu, and its actions. It performs a step's setup and its "Show me" solution
through the window's own paths (opening an example asks about unsaved work first; edits are undo
commands; training is the live trainer's), and asks the core's named checks about the network on
screen and the results of its last training run. Progress (the lesson open, the step each lesson was
left at, the steps done) is kept in the settings.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ...core.lessons import (
    CHECKS,
    Call,
    CheckContext,
    DeviceReport,
    Lesson,
    LessonError,
    STEPPER_PHASES,
    Outcome,
    Text,
    TrainingResult,
    insert_position,
    load_lessons,
    measure_devices,
    reached_phases,
    resolve_layers,
)
from .. import i18n, settings
from .panel import LessonPanel

# Checks that only read the network and settings run this long after the last edit (a spin box
# emits one edit per keystroke).
RECHECK_DELAY_MS = 250
# Below this height (pixels) the left column is too short for the palette and a lesson one above the other.
SPLIT_MIN_HEIGHT = 420
MEASURE_SECONDS = 0.5


NOT_SET_UP = Text("This step is not set up in this window: Show me, or Restart step (↻), opens its example and "
                  "settings first.",
                  "이 단계는 아직 이 창에 준비되지 않았습니다. 보여 주기나 단계 다시 준비(↻)를 누르면 예제와 설정을 "
                  "먼저 엽니다.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonsController", text)


class LessonsController(QObject):
    step_shown = Signal(str, str)          # lesson id, step id
    checked = Signal(bool)                 # all checks of the current step pass
    devices_measured = Signal(object)      # a DeviceReport (GUI thread)
    _measure_done = Signal(object)         # from the measuring thread

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("lessons_controller")
        self.window = window
        try:
            self.lessons: list[Lesson] = load_lessons()
            self.load_error = ""
        except LessonError as exc:
            self.lessons, self.load_error = [], str(exc)
        self.result: TrainingResult | None = None
        self.devices: DeviceReport | None = None
        self.opened: set[str] = set()
        self.lesson_index = 0
        self.step_index = 0
        self._tried = False            # a try (Check, or a finished training run) failed on this step
        self._outcomes: list[tuple[str, Outcome]] | None = None
        self._notes: list[Text] = []
        # Whether the step shown was set up in this window. A lesson remembered from the last session
        # is shown without being set up (that could replace the project just opened); Show me sets it
        # up first, so that it never trains the wrong network.
        self._set_up = False
        self._performing = False
        self._measure_thread: threading.Thread | None = None
        self._progress = self._read_progress()
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(RECHECK_DELAY_MS)
        self._recheck_timer.timeout.connect(lambda: self.check(count_as_try=False))
        self._measure_done.connect(self._measured, Qt.ConnectionType.QueuedConnection)

        self.panel = LessonPanel()
        self._build_dock()
        self._build_actions()
        self._connect_window()
        self.panel.lesson_chosen.connect(lambda i: self.open_lesson(i))
        self.panel.back_requested.connect(self.back)
        self.panel.next_requested.connect(self.next)
        self.panel.check_requested.connect(lambda: self.check(count_as_try=True))
        self.panel.restart_requested.connect(self.restart_step)
        self.panel.show_me_requested.connect(self.show_me)
        self.panel.extra_requested.connect(self._extra)

        if self.lessons:
            saved = self._progress.get("current")
            index = next((i for i, lesson in enumerate(self.lessons) if lesson.id == saved), 0)
            self.lesson_index = index
            self.step_index = min(self._progress.get("steps", {}).get(self.lessons[index].id, 0),
                                  len(self.lessons[index].steps) - 1)
            # Coming back to a lesson shows where the learner was; it sets nothing up (that could
            # replace the project just opened): Restart sets the step up again.
            self._render()
        else:
            self.panel.browser.setPlainText(self.load_error or _tr("No lessons were found."))
        # The step-through installs itself after the lessons (the window builds it after its first
        # paint): connect to it once it is there, without asking for it sooner.
        installed = getattr(window, "controllers_installed", None)
        if installed is not None and getattr(window, "controllers_pending", False):
            installed.connect(self._stepper)
        else:
            QTimer.singleShot(0, self, self._stepper)

    # ================================================================== building

    @property
    def lang(self) -> str:
        return i18n.current_language()

    def _build_dock(self) -> None:
        window = self.window
        self.dock = QDockWidget(_tr("Lessons"), window)
        self.dock.setObjectName("dock_lessons")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # Under the Layers palette, in a wider left column: beside the canvas and the panels the steps
        # ask the learner to use, and no wider a window than before (a column of its own at the right
        # would raise the window's minimum width by the panel's).
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        palette = getattr(window, "palette_dock", None)
        if palette is not None:
            window.splitDockWidget(palette, self.dock, Qt.Orientation.Vertical)
        self._sized = False
        window.installEventFilter(self)
        if getattr(window, "dock_layout", None) is not None:
            window.dock_layout.sizes_reset.connect(self._default_size)
        panels_menu = getattr(window, "panels_menu", None)
        if panels_menu is not None:
            separators = [a for a in panels_menu.actions() if a.isSeparator()]
            panels_menu.insertAction(separators[-1] if separators else None, self.dock.toggleViewAction())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if obj is self.window and event.type() == QEvent.Type.Show and not self._sized:
            self._sized = True
            # After the window's own layout restore (its showEvent), which wins when there is one.
            QTimer.singleShot(0, self, self._default_size)
        return False

    def _default_size(self) -> None:
        if not (getattr(self.window, "persist", False) and not settings.get(settings.WINDOW_STATE).isEmpty()):
            window = self.window
            layout = getattr(window, "dock_layout", None)
            shares = layout.sizes() if layout is not None else None
            width = shares.left if shares is not None else max(240, min(330, window.width() // 5))
            window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            palette = getattr(window, "palette_dock", None)
            if palette is None or palette.isFloating() or self.dock.isFloating() or \
                    window.dockWidgetArea(palette) != window.dockWidgetArea(self.dock):
                return
            tabbed = self.dock in window.tabifiedDockWidgets(palette)
            column = shares.column if shares is not None else palette.height() + self.dock.height()
            if column < SPLIT_MIN_HEIGHT:
                # Too short to share: the lesson and the palette become tabs, the lesson in front (a
                # task that needs the palette says so; its tab is one click away).
                if not tabbed:
                    window.tabifyDockWidget(palette, self.dock)
                    self.dock.raise_()
            else:
                if tabbed:
                    # The window grew tall enough again: one above the other, as at first. Qt does not
                    # split a dock from its own tab group, so the lesson leaves the group first.
                    window.removeDockWidget(self.dock)
                    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
                    window.splitDockWidget(palette, self.dock, Qt.Orientation.Vertical)
                    self.dock.show()
                    # The new split takes sizes once laid out: the halves come at the next turn.
                    QTimer.singleShot(0, self, self._default_size)
                    return
                # Half each: the palette shows its ends and the common layers, the lesson its text.
                window.resizeDocks([palette, self.dock], [column // 2, column - column // 2],
                                   Qt.Orientation.Vertical)

    def _action(self, name: str, text: str, slot, keys: tuple[str, ...] = (), tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_lessons_{name}")
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(action)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.actions = {
            "show": self.dock.toggleViewAction(),
            "back": self._action("back", _tr("&Previous Step"), self.back, ("Alt+PgUp",),
                                 _tr("Back to the previous step of the lesson")),
            "next": self._action("next", _tr("&Next Step"), self.next, ("Alt+PgDown",),
                                 _tr("On to the next step of the lesson")),
            "check": self._action("check", _tr("&Check Step"), lambda: self.check(count_as_try=True),
                                  ("Ctrl+Shift+Return",), _tr("Check the task of this step")),
            "restart_step": self._action("restart_step", _tr("Set Up This &Step Again"), self.restart_step,
                                         tip=_tr("Open the step's example and settings again")),
            "restart": self._action("restart", _tr("&Restart Lesson"), self.restart_lesson,
                                    tip=_tr("Go back to the first step of this lesson and set it up")),
        }
        self.actions["show"].setText(_tr("Show &Lessons Panel"))
        self.actions["show"].setShortcut(QKeySequence("Ctrl+Shift+L"))
        window = self.window
        bar = window.menuBar()
        self.menu = QMenu(_tr("&Lessons"), bar)
        self.menu.setObjectName("menu_lessons")
        help_menu = getattr(window, "menus", {}).get("help")
        bar.insertMenu(help_menu.menuAction() if help_menu is not None else None, self.menu)
        menus = getattr(window, "menus", None)
        if isinstance(menus, dict):
            menus["lessons"] = self.menu
        self.menu.addAction(self.actions["show"])
        self.menu.addSeparator()
        for name in ("back", "next", "check", "restart_step", "restart"):
            self.menu.addAction(self.actions[name])
        self.menu.addSeparator()
        self.lesson_actions: list[QAction] = []
        for i, lesson in enumerate(self.lessons):
            action = QAction(self.menu)
            action.setObjectName(f"action_lesson_{lesson.id}")
            action.triggered.connect(lambda _checked=False, i=i: self.open_lesson(i))
            self.menu.addAction(action)
            self.lesson_actions.append(action)
        self._label_lesson_actions()

    def _label_lesson_actions(self) -> None:
        done = self._done_lessons()
        for lesson, action in zip(self.lessons, self.lesson_actions):
            mark = " ✓" if lesson.id in done else ""
            action.setText(f"&{lesson.number}. {lesson.title.get(self.lang)}{mark}" if lesson.number < 10
                           else f"{lesson.number}. {lesson.title.get(self.lang)}{mark}")
            action.setStatusTip(lesson.summary.get(self.lang))

    def _connect_window(self) -> None:
        window = self.window
        window.project_replaced.connect(self._project_replaced)
        window.problems_changed.connect(lambda _p: self._schedule_recheck())
        window.closing.connect(self.shutdown)
        self._watched = [window.project]
        self._watch(window.project)
        live = getattr(window, "live", None)
        if live is not None:
            live.session_ended.connect(self._session_ended)

    def _watch(self, project) -> None:
        project.data_changed.connect(self._settings_changed)
        project.training_changed.connect(self._settings_changed)

    def _unwatch(self, project) -> None:
        project.data_changed.disconnect(self._settings_changed)
        project.training_changed.disconnect(self._settings_changed)

    # ================================================================== navigation

    @property
    def lesson(self) -> Lesson | None:
        return self.lessons[self.lesson_index] if self.lessons else None

    def open_lesson(self, index: int, step: int | None = None) -> bool:
        """Show lesson ``index`` at ``step`` (default: where the learner left it) and set that step up."""
        if not (0 <= index < len(self.lessons)):
            return False
        lesson = self.lessons[index]
        if step is None:
            step = self._progress.get("steps", {}).get(lesson.id, 0)
        step = max(0, min(step, len(lesson.steps) - 1))
        self.lesson_index, self.step_index = index, step
        self.dock.show()
        self.dock.raise_()
        # Entering a lesson part-way sets up what its earlier steps built (from the last example opened).
        return self._enter_step(setup=True, from_start=True)

    def next(self) -> bool:
        lesson = self.lesson
        if lesson is None:
            return False
        if self.step_index + 1 < len(lesson.steps):
            self.step_index += 1
            return self._enter_step(setup=True)
        if self.lesson_index + 1 < len(self.lessons):
            return self.open_lesson(self.lesson_index + 1, 0)
        self.window.show_status(_tr("That was the last lesson."))
        return False

    def back(self) -> bool:
        """The previous step's text, without setting it up again (that could throw away what the
        learner did since): Set Up This Step Again does that."""
        if self.lesson is None:
            return False
        if self.step_index > 0:
            self.step_index -= 1
        elif self.lesson_index > 0:
            self.lesson_index -= 1
            self.step_index = len(self.lessons[self.lesson_index].steps) - 1
        else:
            return False
        return self._enter_step(setup=False)

    def restart_step(self) -> bool:
        return self._enter_step(setup=True, from_start=True)

    def restart_lesson(self) -> bool:
        if self.lesson is None:
            return False
        self.step_index = 0
        return self._enter_step(setup=True, from_start=True)

    def _enter_step(self, *, setup: bool, from_start: bool = False) -> bool:
        lesson = self.lesson
        step = lesson.steps[self.step_index]
        self._tried = False
        self._outcomes = None
        self._notes = []
        ok = True
        if setup:
            calls = list(step.setup)
            if from_start:
                # A step that builds on earlier ones (open an example in step 1, change it in step 2)
                # gets those earlier setups too, from the last one that opened an example.
                calls = self._setup_from_last_example(lesson, self.step_index)
            was_clean = not self.window.is_modified()
            ok = self.perform_all(calls)
            self._set_up = ok
            if ok and was_clean:
                # A step's own setup (settings on the example it opened) is not the learner's work:
                # opening the next lesson's example need not ask about it. Undo still takes it back.
                self.window.undo_stack.setClean()
        self._save_progress()
        self.check(count_as_try=False)
        self.step_shown.emit(lesson.id, step.id)
        return ok

    @staticmethod
    def _setup_from_last_example(lesson: Lesson, index: int) -> list[Call]:
        calls: list[Call] = []
        for i in range(index, -1, -1):
            step_calls = list(lesson.steps[i].setup)
            if i < index:
                step_calls += list(lesson.steps[i].solution)
                step_calls = [c for c in step_calls if c.name != "train"]
            calls = step_calls + calls
            if any(c.name == "open_example" for c in lesson.steps[i].setup):
                break
        return calls

    # ================================================================== actions

    def perform_all(self, calls) -> bool:
        self._performing = True
        try:
            return self._perform_all(calls)
        finally:
            self._performing = False

    def _perform_all(self, calls) -> bool:
        live = getattr(self.window, "live", None)
        if live is not None and any(c.name != "train" and not c.name.startswith(("select", "show"))
                                    for c in calls):
            live.stop_and_wait()   # edits during a run would ask to stop it; a lesson step asks for them
        for call in calls:
            try:
                if not self.perform(call):
                    return False
            except (LessonError, ValueError) as exc:
                self._notes.append(Text(f"This step could not be set up: {exc}",
                                        f"이 단계를 준비하지 못했습니다: {exc}"))
                return False
        return True

    def perform(self, call: Call) -> bool:
        from ..commands import SetDataCommand, SetParamCommand, SetTrainingCommand

        window, a = self.window, call.args
        if call.name == "open_example":
            if window.project.name == a["example"] and not window.is_modified():
                return True
            if not window.open_example(a["example"]):
                self._notes.append(Text(
                    f"This step works on the example {a['example']}. It was not opened, so your own work "
                    f"stays as it was; press Restart step (↻) when you want to open it.",
                    f"이 단계는 예제 {a['example']}로 진행합니다. 예제를 열지 않아 지금 작업은 그대로 두었습니다. "
                    f"예제를 열려면 단계 다시 준비(↻)를 누르세요."))
                return False
            return True
        if call.name == "set_layer":
            ids = resolve_layers(window.project, a["layer"])
            window.undo_stack.beginMacro(_tr("Lesson: set {0}").format(a["key"]))
            try:
                for node_id in ids:
                    if window.project.graph.node(node_id).params.get(a["key"]) != a.get("value"):
                        window.undo_stack.push(SetParamCommand(window.project, node_id, a["key"], a.get("value")))
            finally:
                window.undo_stack.endMacro()
            return True
        if call.name == "insert_layer":
            src, _pos = insert_position(window.project, a["before"])
            window.undo_stack.beginMacro(_tr("Lesson: insert a layer"))
            try:
                window.canvas.select_nodes([src])
                node_id = window.canvas.add_node_after_selected(a["kind"])
                if node_id is None:
                    raise LessonError(f"could not insert a {a['kind']} layer after {src}")
                for key, value in (a.get("params") or {}).items():
                    window.undo_stack.push(SetParamCommand(window.project, node_id, key, value))
            finally:
                window.undo_stack.endMacro()
            return True
        if call.name == "set_data":
            if window.project.data_settings().get(a["key"]) != a.get("value"):
                window.undo_stack.push(SetDataCommand(window.project, a["key"], a.get("value")))
            return True
        if call.name == "set_training":
            if window.project.training_settings().get(a["key"]) != a.get("value"):
                window.undo_stack.push(SetTrainingCommand(window.project, a["key"], a.get("value")))
            return True
        if call.name == "train":
            live = getattr(window, "live", None)
            return bool(live is not None and live.start())
        if call.name == "measure_devices":
            self.measure_devices()
            return True
        if call.name == "select_layer":
            if a["layer"] in window.project.graph.nodes:
                window.canvas.select_nodes([a["layer"]])
            return True
        if call.name == "show_panel":
            dock = self._dock(a["panel"])
            if dock is not None:
                dock.show()
                dock.raise_()
            return True
        if call.name in ("start_stepper", "start_compare"):
            return self._start_feature(call)
        if call.name == "stepper_go":
            return self._stepper_go(a["phase"])
        raise LessonError(f"unknown action {call.name!r}")

    def _dock(self, name: str) -> QDockWidget | None:
        docks = dict(getattr(self.window, "docks", {}) or {})
        live = getattr(self.window, "live", None)
        if live is not None:
            docks.update(getattr(live, "docks", {}) or {})
        return docks.get(name)

    def _missing_feature(self, feature: str) -> bool:
        self._notes.append(Text(f"This guinet has no {'step-through' if feature == 'stepper' else 'Compare'}, "
                                f"so this part of the step cannot be shown.",
                                f"이 guinet에는 {'단계별 실행' if feature == 'stepper' else '비교'} 기능이 없어 "
                                f"이 부분을 보여 줄 수 없습니다."))
        return True

    def _start_feature(self, call: Call) -> bool:
        """Step-through and Compare are features of their own; a lesson asks them through their public
        controllers on the window (``window.stepper``, ``window.compare``)."""
        if call.name == "start_compare":
            compare = getattr(self.window, "compare", None)
            opener = getattr(compare, "open_preset", None)
            if opener is None:
                return self._missing_feature("compare")
            if opener(call.args["preset"]):
                self.opened.add("compare")
            else:
                why = getattr(compare, "last_error", "") or "?"
                self._notes.append(Text(f"Compare could not start this comparison: {why}",
                                        f"비교를 시작할 수 없었습니다: {why}"))
            return True
        stepper = self._stepper()
        if stepper is None:
            return self._missing_feature("stepper")
        sample = call.args.get("sample")
        kwargs = {"sample": sample} if sample is not None else {}
        # The first step-through loads PyTorch's optimizer stack on a thread (start_soon); it starts
        # itself when that is done if its panel is showing, and phase_changed then tells the lesson.
        dock = getattr(stepper, "dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()
        (getattr(stepper, "start_soon", None) or stepper.start)(**kwargs)
        return True

    def _stepper(self):
        stepper = getattr(self.window, "stepper", None)
        if stepper is None or not hasattr(stepper, "start"):
            return None
        if getattr(self, "_connected_stepper", None) is not stepper:
            self._connected_stepper = stepper
            stepper.phase_changed.connect(self._stepper_phase_changed)
        return stepper

    def _stepper_phase_changed(self, _index: int) -> None:
        phase = getattr(self.window.stepper, "phase", None)
        if phase is None:
            return
        self.opened.add("stepper")
        if phase.kind in STEPPER_PHASES:
            self.opened |= reached_phases(phase.kind)
        self._schedule_recheck()

    def _stepper_go(self, kind: str) -> bool:
        stepper = self._stepper()
        if stepper is None:
            return self._missing_feature("stepper")
        phases = list(getattr(stepper, "phases", []) or [])
        index = next((i for i, p in enumerate(phases) if p.kind == kind), None)
        if index is None:
            self._notes.append(Text("Start the step-through first (Train > Step Through).",
                                    "먼저 단계별 실행을 시작하세요 (학습 > 단계별 실행)."))
            return False
        stepper.go_to(index)
        return True

    def show_me(self) -> bool:
        """Perform the step's solution as a learner would (each edit an undo step)."""
        if not self._set_up and self._setup_from_last_example(self.lesson, self.step_index):
            if not self._enter_step(setup=True, from_start=True):
                return False
        step = self.lesson.steps[self.step_index]
        return self.perform_all(list(step.solution))

    def _extra(self, name: str) -> None:
        if name == "measure_devices":
            self.measure_devices()

    # ------------------------------------------------------------------ devices

    def measure_devices(self) -> None:
        """Measure on a thread (a second or two of training per device), then report on the GUI thread."""
        if self._measure_thread is not None and self._measure_thread.is_alive():
            return
        project = self.window.project
        from ...core.model import Project

        copy = Project(project.graph.copy(), dict(project.data), dict(project.training), name=project.name)
        if copy.problems():
            self._notes.append(Text("The network has problems, so its speed cannot be measured.",
                                    "신경망에 문제가 있어 속도를 잴 수 없습니다."))
            self._render()
            return
        self.panel.set_busy(True, _tr("Measuring…"))
        self.window.show_status(_tr("Measuring the training speed on each device…"))

        def work() -> None:
            try:
                report: Any = measure_devices(copy, MEASURE_SECONDS)
            except Exception as exc:  # noqa: BLE001 - shown to the learner
                report = exc
            self._measure_done.emit(report)

        self._measure_thread = threading.Thread(target=work, name="guinet-measure-devices", daemon=True)
        self._measure_thread.start()

    def _measured(self, report) -> None:
        if self._measure_thread is not None:
            self._measure_thread.join()
            self._measure_thread = None
        self.panel.set_busy(False)
        if isinstance(report, Exception):
            self._notes.append(Text(f"Measuring failed: {report}", f"측정하지 못했습니다: {report}"))
        else:
            self.devices = report
            self._notes = [n for n in self._notes if not n.en.startswith("Measured")]
            self._notes.append(Text("Measured:\n" + "\n".join(t.en for t in report.lines()),
                                    "측정 결과:\n" + "\n".join(t.ko for t in report.lines())))
            self.devices_measured.emit(report)
        self.check(count_as_try=False)

    # ================================================================== checks

    def context(self) -> CheckContext:
        problems = self.window.problems() if hasattr(self.window, "problems") else None
        return CheckContext(self.window.project, self.result, self.devices, problems, set(self.opened))

    def check(self, *, count_as_try: bool) -> bool:
        """Run the current step's checks and show what they say; a failed try reveals the hint."""
        lesson = self.lesson
        if lesson is None:
            return False
        step = lesson.steps[self.step_index]
        ctx = self.context()
        outcomes = [(c.name, CHECKS[c.name].fn(ctx, **c.args)) for c in step.checks]
        passed = all(o.passed for _, o in outcomes)
        if count_as_try and not passed:
            self._tried = True
        # Until the learner tries, only the checks already met show (no red crosses for a task not begun).
        self._outcomes = outcomes if (count_as_try or self._tried or passed) else \
            [(n, o) for n, o in outcomes if o.passed and not CHECKS[n].needs_results] or None
        if passed and step.checks:
            done = self._progress.setdefault("done", {}).setdefault(lesson.id, [])
            if step.id not in done:
                done.append(step.id)
                self._save_progress()
                self._label_lesson_actions()
        self._render()
        self.checked.emit(passed)
        return passed

    def step_done(self) -> bool:
        lesson = self.lesson
        return lesson is not None and lesson.steps[self.step_index].id in \
            self._progress.get("done", {}).get(lesson.id, [])

    def _schedule_recheck(self) -> None:
        if self.lesson is not None and self.lesson.steps[self.step_index].checks:
            self._recheck_timer.start()

    def _settings_changed(self, _key: str) -> None:
        self._schedule_recheck()

    def _session_ended(self, snapshot) -> None:
        live = getattr(self.window, "live", None)
        if snapshot is None or live is None:
            return
        self.result = TrainingResult.from_run(self.window.project, snapshot, live.trainer)
        if self.lesson is not None and any(CHECKS[c.name].needs_results for c in self.lesson.steps[self.step_index].checks):
            self.check(count_as_try=True)

    def _project_replaced(self, project) -> None:
        # The signals of the project that was replaced no longer matter.
        for old in self._watched:
            self._unwatch(old)
        self._watched = [project]
        self._watch(project)
        if not self._performing and self._set_up:
            # The learner opened another project: the step's setup no longer stands.
            self._set_up = False
            self._render()
        self._schedule_recheck()

    # ================================================================== showing

    def _render(self) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        step = lesson.steps[self.step_index]
        extra = None
        if any(c.name == "measure_devices" for c in step.solution):
            extra = ("measure_devices", Text("Measure devices", "장치 측정"))
        self.panel.set_lessons(self.lessons, self.lang, self._done_lessons())
        notes = list(self._notes)
        if not self._set_up and self._setup_from_last_example(lesson, self.step_index):
            notes.append(NOT_SET_UP)
        self.panel.show_step(self.lesson_index, lesson, self.step_index, self.lang, outcomes=self._outcomes,
                             show_hint=self._tried, notes=notes, extra=extra, step_done=self.step_done(),
                             can_show_me=bool(step.solution) and extra is None)

    def retranslate(self) -> None:
        """The language changed: lesson texts follow at once."""
        self.panel.retranslate()
        self._label_lesson_actions()
        self._render()

    # ================================================================== progress

    def _read_progress(self) -> dict:
        raw = settings.get(settings.LESSONS_PROGRESS) if self.window.persist else ""
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def _save_progress(self) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        self._progress["current"] = lesson.id
        self._progress.setdefault("steps", {})[lesson.id] = self.step_index
        if self.window.persist:
            settings.set(settings.LESSONS_PROGRESS, json.dumps(self._progress, sort_keys=True))

    def _done_lessons(self) -> set[str]:
        done = self._progress.get("done", {})
        return {lesson.id for lesson in self.lessons
                if all(s.id in done.get(lesson.id, []) for s in lesson.steps if s.checks)
                and any(s.checks for s in lesson.steps)}

    def shutdown(self) -> None:
        self._recheck_timer.stop()
        if self._measure_thread is not None:
            self._measure_thread.join()
            self._measure_thread = None
