"""Korean: the catalogue is complete and current, and the main window in Korean shows no English word
except names and units."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMenu, QTabBar

from guinet.gui import i18n, settings
from guinet.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "guinet_ko.ts")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# Words a Korean window may show in Latin letters: names (of guinet, libraries, layers, functions,
# optimizers, devices, file types, logic gates, people, keys) and symbols.
NAMES = set("""
guinet Qt PySide PyTorch pyqtgraph torch Dense BatchNorm LayerNorm Add Concat ReLU Leaky ELU GELU SiLU Swish
tanh Tanh Adam AdamW SGD AdaGrad RMSProp AdaDelta CPU GPU CUDA cuDNN MPS Apple Mac Metal CSV PNG SVG XOR AND
OR NAND NOR XNOR NOT Xavier Glorot He Kaiming LeCun SELU sin sqrt fan_in fan_out L1 L2 Ctrl Shift Alt Enter
Space Delete Return PgUp PgDown Backspace Esc Tab F1 F5 F10 TensorFlow Playground English MIT lr nn Linear
x1 x2 ETA loss grad log exp std NVIDIA Heaviside x86_64 aarch64 arm64 AMD64 i386 i686 KiB MiB GiB TiB
""".split())


def english_words(text: str) -> list[str]:
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9_]+", text) if w not in NAMES]


def test_the_korean_catalogue_has_no_unfinished_entry():
    root = ET.parse(TS).getroot()
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert not unfinished, f"{len(unfinished)} entries to translate (packaging/update_translations.sh): {unfinished[:5]}"


def test_the_completeness_check_finds_a_string_the_catalogue_lacks(tmp_path):
    """packaging/update_translations.sh --check lists the strings of the sources the catalogue lacks (and
    says nothing about those it has). Whether guinet_ko.ts holds every string is that check's job, run by
    whoever changes strings, rather than a test that fails everyone else's suite meanwhile."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translation_sources
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    text = TS.read_text(encoding="utf-8")
    assert "<source>&amp;Lessons</source>" in text
    trimmed = tmp_path / "trimmed.ts"
    trimmed.write_text(text.replace("<source>&amp;Lessons</source>", "<source>&amp;Lessons (gone)</source>"),
                       encoding="utf-8")
    missing = set(translation_sources.missing_from(trimmed)) - set(translation_sources.missing_from(TS))
    assert missing == {("LessonsController", "&Lessons")}


def test_the_compiled_catalogue_matches_the_source(qapp):
    """guinet_ko.qm says what guinet_ko.ts says, entry by entry (lrelease was run after the last edit)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "guinet_ko.qm")))
    stale = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, wanted = message.findtext("source"), message.findtext("translation")
            if translator.translate(name, source) != wanted:
                stale.append((name, source))
    assert not stale, f"run packaging/update_translations.sh (lrelease): {stale[:5]}"


@pytest.fixture
def korean(qapp, tmp_path):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    settings.qsettings().clear()
    before = QLocale()
    translators = i18n.install_translations(qapp, "ko")
    assert translators, "guinet_ko.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n._current = "en"
    QLocale.setDefault(before)
    settings.qsettings().clear()


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif action.text():
            texts.append(action.text())
    return texts


def test_the_main_window_in_korean_holds_no_english_word(qtbot, korean):
    import torch  # noqa: F401 - with torch loaded the status bar names the device in full (core.devices)

    from guinet.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.menuBar().actions()[0].text() == "파일(&F)"
        # A layer's form is built when a layer of its kind is first selected.
        window.canvas.select_nodes(["dense_1"])
        QCoreApplication.processEvents()
        texts = {}
        for label in window.statusBar().findChildren(QLabel):
            if label.text():
                texts.setdefault(label.text(), "status bar")
        for action in window.menuBar().actions():
            for text in _menu_texts(action.menu()):
                texts.setdefault(text, "menu")
        for dock in window.findChildren(QDockWidget):
            texts.setdefault(dock.windowTitle(), "dock title")
            for label in dock.findChildren(QLabel):
                if label.text():
                    texts.setdefault(label.text(), f"label in {dock.objectName()}")
            for button in dock.findChildren(QAbstractButton):
                if button.text():
                    texts.setdefault(button.text(), f"button in {dock.objectName()}")
        for bar in window.findChildren(QTabBar):
            for i in range(bar.count()):
                texts.setdefault(bar.tabText(i), "tab")
        english = {text: (where, english_words(text)) for text, where in texts.items() if english_words(text)}
        # The recent files and example names are file names, not words.
        english = {t: w for t, w in english.items()
                   if not (w[0] == "menu" and (t.replace("&", "") in _example_names() or "/" in t))}
        assert not english, english
        # The lessons speak Korean too.
        assert "딥러닝" in window.lessons.panel.browser.toPlainText()
    finally:
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _example_names() -> set[str]:
    from guinet.core.project import example_names

    return set(example_names())


def test_a_hangul_font_is_found_or_guinet_says_how_to_get_one(qapp):
    if i18n.has_hangul_font():
        assert any(i18n.hangul_font_families())
    assert "fonts-noto-cjk" in i18n.HANGUL_FONT_HINT


def test_the_problems_list_speaks_korean(qtbot, korean):
    from guinet.core.project import load_example
    from guinet.gui.commands import SetTrainingCommand
    from guinet.gui.main_window import MainWindow

    window = MainWindow(load_example("xor-perceptron"))
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    try:
        window.undo_stack.push(SetTrainingCommand(window.project, "optimizer", "adam"))
        items = [window.problems_panel.list.item(i).text() for i in range(window.problems_panel.list.count())]
        assert items and all("계단" in text or "퍼셉트론" in text for text in items), items
        assert not [w for text in items for w in english_words(text)], items
        assert "문제" in window.problems_dock.windowTitle()
    finally:
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Code a learner reads or types in the Export dialog (API names, file types, commands): names too.
CODE = set("""
torch numpy torchrun nn Module state_dict load weights_only export ExportedProgram ONNX Runtime Network pip
install onnx onnxscript py pt pt2 onnx python module load_state_dict x output True Momentum Nesterov
""".split())


def _no_english(texts: dict[str, str], allowed: set[str] = frozenset()) -> dict[str, tuple[str, list[str]]]:
    found = {}
    for text, where in texts.items():
        words = [w for w in english_words(text) if w not in allowed]
        if words:
            found[text] = (where, words)
    return found


def _widget_texts(widget) -> dict[str, str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = {widget.windowTitle(): "title"}
    for label in widget.findChildren(QLabel):
        if label.text() and label.isVisibleTo(widget):
            texts.setdefault(label.text(), f"label {label.objectName()}")
    for button in widget.findChildren(QAbstractButton):
        if button.text() and button.isVisibleTo(widget):
            texts.setdefault(button.text(), f"button {button.objectName()}")
    return texts


def test_the_compare_dialog_and_window_in_korean_hold_no_english_word(qtbot, korean):
    """Presets, their help, the setting names and the variants' labels are made in guinet.core from its
    tables (guinet.core.compare); in Korean they read Korean, names aside."""
    from guinet.core import compare as C
    from guinet.core.project import load_example
    from guinet.gui.compare.dialog import CompareDialog
    from guinet.gui.main_window import MainWindow

    window = MainWindow(load_example("xor-mlp"), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    try:
        dialog = CompareDialog(window.project, window)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = _widget_texts(dialog)
        for row in range(dialog.preset_list.count()):
            item = dialog.preset_list.item(row)
            texts.setdefault(item.text(), "preset")
            dialog.preset_list.setCurrentRow(row)
            texts.setdefault(dialog.preset_help.text(), f"help of {item.text()}")
            texts.setdefault(dialog.preview.text(), f"variants of {item.text()}")
        assert dialog.preset_list.item(0).text() == "경사 하강법의 여러 방식"
        dialog.tabs.setCurrentIndex(2)
        for col in range(dialog.copies.columnCount()):
            texts.setdefault(dialog.copies.horizontalHeaderItem(col).text(), "copies header")
            combo = dialog.copies.cellWidget(0, col)
            for i in range(combo.count() if hasattr(combo, "count") else 0):
                texts.setdefault(combo.itemText(i), f"choice in copies column {col}")
        assert "활성화 함수 (은닉층)" in texts
        dialog.close()

        ctl = window.compare
        with qtbot.waitSignal(ctl.finished, timeout=120_000):
            assert ctl.start_preset("gradient-descent", epochs=2)
        view = ctl.view
        texts.update({k: f"window: {v}" for k, v in _widget_texts(view).items()})
        for col in range(view.table.columnCount()):
            texts.setdefault(view.table.horizontalHeaderItem(col).text(), "results header")
            for row in range(view.table.rowCount()):
                texts.setdefault(view.table.item(row, col).text(), f"results column {col}")
        assert view.table.horizontalHeaderItem(0).text() == "변형" and view.table.item(0, 8).text() == "끝남"
        texts.setdefault(view.leader.text(), "leader")
        labels = [view.table.item(row, 0).text() for row in range(view.table.rowCount())]
        assert "배치 경사 하강법 (SGD, 전체)" in labels and "미니배치 SGD (32)" in labels
        assert any(view.leader.text().startswith(label) for label in labels), view.leader.text()
        english = _no_english(texts, {"Momentum", "Nesterov", "xor", "mlp"})   # the project's name too
        assert not english, english
        # The command line and the results file keep the English labels.
        assert ctl.variants[0].label == "Batch GD (SGD, whole set)"
    finally:
        window.compare.shutdown()
        if window.compare.view is not None:
            window.compare.view.close()
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_export_dialog_in_korean_holds_no_english_word(qtbot, korean, tmp_path, monkeypatch):
    """The formats, their descriptions, the missing-ONNX note and the outcome of an export read Korean
    (names of code and files aside)."""
    from guinet.core.project import load_example
    from guinet.gui import export_dialog
    from guinet.gui.main_window import MainWindow

    monkeypatch.setattr(export_dialog, "_missing_onnx_packages", lambda: ["onnxscript"])
    window = MainWindow(load_example("xor-mlp"), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    try:
        dialog = window.exporter.open_dialog()
        qtbot.waitExposed(dialog)
        texts = _widget_texts(dialog)
        for ext, button in dialog.format_buttons.items():
            texts.setdefault(button.toolTip(), f"tooltip of {ext}")
        assert dialog.format_buttons[".py"].text() == "PyTorch 학습 스크립트 (.py)"
        assert any("설치 명령: pip install" in text for text in texts)
        dialog.format_buttons[".pt"].setChecked(True)
        texts.update(_widget_texts(dialog))
        dialog.format_buttons[".py"].setChecked(True)
        dialog.path_edit.setText(str(tmp_path / "xor.py"))
        with qtbot.waitSignal(dialog.export_done, timeout=60_000) as done:
            dialog.start()
        assert done.args == [True]
        texts.setdefault(dialog.status.text(), "outcome")
        assert "학습 스크립트 xor.py을(를) 저장했습니다" in dialog.status.text()
        dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "x.pt"))
        window.project.weights = None
        dialog.format_buttons[".pt"].setChecked(True)
        dialog.train_box.setChecked(False)
        texts.setdefault(dialog.weights_note.text(), "weights note")
        english = {t: w for t, w in _no_english(texts, CODE | {"xor", "mlp"}).items() if str(tmp_path) not in t}
        assert not english, english
        dialog.close()
    finally:
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_engine_messages_in_korean(qtbot, korean):
    """The memory problem, device labels and device notes come out in Korean, and no Korean template
    of the engine's messages names a value its English one does not give."""
    import string

    from guinet.core import Graph
    from guinet.core.check import TaskInfo, memory_problem
    from guinet.core.devices import available_devices, resolve_device

    g = Graph()
    g.add_node("input", node_id="input")
    for i in (1, 2):
        g.add_node("dense", {"units": 60_000}, node_id=f"dense_{i}")
    g.add_node("output", node_id="output")
    for a, b in (("input", "dense_1"), ("dense_1", "dense_2"), ("dense_2", "output")):
        g.add_edge(a, b)
    problem = memory_problem(g, TaskInfo(n_features=2), budget=1 << 30)
    assert "billion" in problem.message
    korean_text = i18n.problem_text(problem)
    assert "매개변수가 3,600,300,001개" in korean_text and "유닛이 60,000개인" in korean_text
    assert not english_words(korean_text), korean_text
    cpu = i18n.device_text(available_devices()[0].label)
    assert cpu.startswith("CPU (") and "코어" in cpu
    from guinet.core.threads import choose_threads

    for choice in (choose_threads(1e3), choose_threads(1e12, cores=8, reserve_cores=1),
                   choose_threads(1e3, requested=3), choose_threads(1e3, device_type="cuda")):
        reason = i18n.engine_text(choice.reason)
        assert "코어" in reason or "스레드" in reason or "학습 설정" in reason, reason
        assert not english_words(reason), reason
    _, note = resolve_device("mps")
    assert note and not english_words(i18n.engine_text(note)), i18n.engine_text(note)

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translation_sources
    finally:
        sys.path.remove(str(ROOT / "packaging"))

    def fields(template: str) -> set[str]:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}

    # Values a message gives beyond those its English template uses (guinet.core.check._count).
    extra = {"{short:.1f} billion": {"n"}, "{short:.1f} million": {"n"}}
    wrong = []
    for context, template in translation_sources.engine_messages():
        translated = QCoreApplication.translate(context, template)
        if not fields(translated) <= fields(template) | extra.get(template, set()):
            wrong.append((template, translated))
    assert not wrong, wrong


@pytest.mark.parametrize("verdict", ["healthy", "vanishing", "exploding", "saturated", "dead"])
def test_the_gradient_flow_verdict_speaks_korean(qtbot, korean, verdict):
    from guinet.core.diagnosis import Diagnosis
    from guinet.gui.plots.gradflow import GradientFlowPlot

    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.set_layers(["dense_1", "dense_2"])
    plot._draw([1e-3, 1e-2], diagnosis=Diagnosis(verdict, "", grad_ratio=0.1, first_layer="dense_1",
                                                 last_layer="dense_2"))
    words = [w for w in english_words(plot.header_text) if w not in ("dense_1", "dense_2")]   # layer ids
    assert plot.header_text and words == [], (plot.header_text, words)


def test_a_broken_csv_is_explained_in_korean(qtbot, korean, tmp_path):
    """The CSV reader's messages (guinet.core.csvfile) are Messages: the Data panel and Problems show
    them in Korean, with the file's own words (its name, the bad cell) as they are."""
    from guinet.core.project import load_example, load_project, save_project
    from guinet.gui.main_window import MainWindow

    (tmp_path / "points.csv").write_text("키,무게,종류\n1,2,0\n3,x,1\n4,5,0\n", encoding="utf-8")
    project = load_example("xor-mlp")
    project.set_data("dataset", "csv")
    project.set_data("dataset.path", "points.csv")
    path = tmp_path / "p.guinet"
    save_project(project, path)
    window = MainWindow(load_project(path), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    try:
        window.set_project(load_project(path), path)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: bool(window.dataset_error()), timeout=10_000)
        error = window.data_panel.error.text()
        assert "3행 2열" in error and "'x'은(는) 수가 아닙니다" in error, error
        assert english_words(error.replace(str(tmp_path / "points.csv"), "")) == ["e3"], error   # -2e3
        items = [window.problems_panel.list.item(i).text() for i in range(window.problems_panel.list.count())]
        assert any("3행 2열" in text for text in items), items
        # What the reader decided on its own, in the Data panel's notes, reads Korean too.
        (tmp_path / "points.csv").write_text("키,무게,종류\n1,2,0\n3,,1\n4,5,0\n6,7,1\n", encoding="utf-8")
        window.project.set_data("dataset.drop_missing", True)
        qtbot.waitUntil(lambda: window.dataset() is not None, timeout=10_000)
        notes = window.data_panel.notes.text()
        assert "결측값이 있는 행 1개를 버렸습니다" in notes and "머리글" in notes, notes
        assert not english_words(notes.replace(str(tmp_path / "points.csv"), "").replace("points.csv", "")), notes
    finally:
        window.undo_stack.setClean()
        window.live.shutdown()
        window.data_loader.shutdown()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_gradient_flow_diagnosis_reads_korean_in_the_plot_and_in_problems(qtbot, korean):
    """guinet.core.diagnosis writes its verdicts as Messages: the gradient-flow plot's sentence and the
    Problems list's training note are Korean, layer ids aside; the English text stays for the CLI."""
    from guinet.core.diagnosis import diagnose
    from guinet.core.project import load_example
    from guinet.gui.main_window import MainWindow
    from guinet.gui.plots.gradflow import GradientFlowPlot

    layers = ["dense_1", "dense_2", "output"]
    verdicts = {
        "vanishing": diagnose(layers, {"dense_1": 1e-9, "dense_2": 1e-2, "output": 1e-1}, dict.fromkeys(layers, 1.0),
                              0.1, activations={"dense_1": "sigmoid", "dense_2": "sigmoid"},
                              activation_stats={"dense_1": {"saturated_fraction": 0.6}}),
        "dead": diagnose(layers, {"dense_1": 0.1, "dense_2": 0.1, "output": 0.1}, dict.fromkeys(layers, 1.0), 0.1,
                         activations={"dense_1": "relu", "dense_2": "relu"},
                         activation_stats={"dense_2": {"dead_fraction": 0.5}}),
        "healthy": diagnose(layers, {"dense_1": 0.05, "dense_2": 0.1, "output": 0.1}, dict.fromkeys(layers, 1.0), 0.1),
    }
    assert "vanishing gradients" in verdicts["vanishing"].message     # the command line's English
    window = MainWindow(load_example("deep-sigmoid"), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    try:
        for verdict, diagnosis in verdicts.items():
            assert diagnosis.verdict == verdict
            plot = GradientFlowPlot()
            qtbot.addWidget(plot)
            plot.set_layers(layers[:2])
            plot._draw([1e-3, 1e-2], diagnosis=diagnosis)
            words = [w for w in english_words(plot._message) if w not in ("dense_1", "dense_2")]
            assert plot._message and not words, (plot._message, words)
            assert {"vanishing": "기울기 소실", "dead": "죽어", "healthy": "잘 흐릅니다"}[verdict] in plot._message
        window.live._show_diagnosis(verdicts["vanishing"])
        items = [window.problems_panel.list.item(i).text() for i in range(window.problems_panel.list.count())]
        note = next(text for text in items if "기울기 소실" in text)
        assert "시그모이드" in note and not [w for w in english_words(note) if w not in ("dense_1", "dense_2")], note
    finally:
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_compare_vary_errors_read_korean_in_the_dialog(qtbot, korean):
    """A --vary the Compare dialog cannot use is explained in Korean there (guinet.core.compare's
    CompareError carries a Message); the command line keeps the English."""
    from guinet.core import compare as C
    from guinet.core.project import load_example
    from guinet.gui.compare.dialog import CompareDialog
    from guinet.gui.main_window import MainWindow

    with pytest.raises(C.CompareError) as caught:
        C.parse_vary("learning_rate=fast")
    assert "is not allowed" in str(caught.value)
    assert "쓸 수 없습니다" in i18n.engine_text(caught.value)
    window = MainWindow(load_example("xor-mlp"), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    try:
        dialog = CompareDialog(window.project, window)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(1)
        key = next(i for i in range(dialog.key_boxes[0].count()) if dialog.key_boxes[0].itemText(i) == "learning_rate")
        dialog.key_boxes[0].setCurrentIndex(key)
        dialog.value_edits[0].setText("0.1,fast")
        dialog.refresh()
        shown = dialog.preview.text()
        assert "learning_rate='fast'" in shown and "쓸 수 없습니다" in shown, shown
        assert "0 < 학습률 ≤ 10" in shown, shown
        words = [w for w in english_words(shown) if w not in ("learning_rate", "fast")]
        assert not words, (shown, words)
    finally:
        window.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_divergence_stopping_and_step_through_texts_read_korean(qtbot, korean):
    """The trainer's divergence and early-stopping messages and the step-through's "… (n more)" are
    Messages: Korean in the window, English for the command line."""
    from guinet.core import steptext, stopping, trainer
    from guinet.core.text import msg

    diverged = trainer._divergence_message(12, "dense_1", 10.0, msg("the loss became NaN"), "gradient")
    assert diverged.startswith("Training diverged at step 12")
    shown = i18n.engine_text(diverged)
    assert "12단계에서 학습이 발산했습니다" in shown and "학습률(지금 10)" in shown, shown
    assert not [w for w in english_words(shown) if w not in ("dense_1", "NaN")], shown
    rule = stopping.StopRule(loss=0.5)
    _, reason = rule.update(3, 0.1, None, None)
    assert "에포크 3에서 멈췄습니다" in i18n.engine_text(reason), i18n.engine_text(reason)
    vector = steptext.format_vector(list(range(12)))
    assert "4 more" in vector and i18n.engine_text(vector).endswith("… (외 4개)]")


def test_a_broken_project_file_is_explained_in_korean(qtbot, korean, tmp_path, monkeypatch):
    """The reader's own words for a file that is not a project (empty, cut short, not UTF-8, no such
    example) reach the Open dialog's message in Korean; the English stays for the command line."""
    from PySide6.QtWidgets import QMessageBox

    from guinet.core.project import ProjectError, load_example, load_project
    from guinet.gui.main_window import MainWindow

    empty = tmp_path / "empty.guinet"
    empty.write_text("")
    cut = tmp_path / "cut.guinet"
    cut.write_text('{"format": "guinet-project", "graph": {"nodes": [')
    latin1 = tmp_path / "latin1.guinet"
    latin1.write_bytes(b'{"name": "caf\xe9"}')
    expected = {empty: "파일이 비어 있습니다", cut: "올바른 JSON이 아닙니다", latin1: "UTF-8 텍스트가 아닙니다"}
    for path, korean_words in expected.items():
        with pytest.raises(ProjectError) as caught:
            load_project(path)
        assert korean_words not in str(caught.value)            # English where no window translates
        shown = i18n.engine_text(caught.value)
        assert korean_words in shown and str(path) in shown, shown
    with pytest.raises(ProjectError) as caught:
        load_example("no-such-example")
    assert "예제가 없습니다" in i18n.engine_text(caught.value)
    # ... and in the window's Open dialog.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    window = MainWindow(load_example("xor-mlp"), persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.undo_stack.setClean())
    assert not window.open_file(cut, ask=False)
    assert shown and "올바른 JSON이 아닙니다" in shown[-1], shown
    assert window.project.name == "xor-mlp"
