"""Your own data in the window: a CSV project's Data panel (options, notes, where it reads from), the
consent asked before reading a CSV file outside the project's folder, big files read in the background
with progress, the Metrics panel (confusion matrix, per-class table; regression scatter) and the
decision boundary's labelled 2-D projection. Waits on signals (never sleeps)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from guinet.core import csvfile
from guinet.core.project import save_project
from guinet.core.tabular import csv_project
from guinet.gui import data_loader
from guinet.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TABULAR = Path(__file__).parent.parent / "core" / "fixtures" / "tabular"


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def window(qtbot):
    made = []

    def make(project=None, path=None) -> MainWindow:
        w = MainWindow(project, persist=False)
        qtbot.addWidget(w, before_close_func=lambda win: win.undo_stack.setClean())
        if path is not None:
            w.set_project(project, path)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.live.shutdown()
        w.data_loader.shutdown()


def _project_file(folder: Path, csv_name: str, **kw) -> Path:
    shutil.copy(TABULAR / csv_name, folder / csv_name)
    project, _ = csv_project(folder / csv_name, epochs=40, **kw)
    project.set_data("dataset.path", csv_name)
    path = folder / "p.guinet"
    save_project(project, path)
    return path


def test_a_csv_project_trains_and_the_metrics_panel_shows_the_confusion_matrix(window, qtbot, tmp_path):
    from guinet.core.project import load_project

    path = _project_file(tmp_path, "iris.csv")
    w = window(load_project(path), path)
    ds = w.dataset()
    assert ds is not None and ds.class_names == ["setosa", "versicolor", "virginica"]
    notes = w.data_panel.notes.text()
    assert "Read from iris.csv" in notes and "skipped" in notes and "principal components" in notes
    # More than two inputs: the boundary view shows the labelled projection instead of a notice.
    assert w.live.boundary_plot.extent is not None
    assert w.live.boundary_plot.plot.getAxis("bottom").labelText.startswith("PC1")
    w.metrics.dock.raise_()
    qtbot.waitUntil(lambda: w.metrics.dock.isVisible())
    last = w.live.train_blocking(40)
    assert last is not None and last.confusion_test is not None
    panel = w.metrics.panel
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.classes_page)
    m = panel.matrix
    assert m.rowCount() == 3 and m.verticalHeaderItem(0).text() == "setosa"
    counts = np.array([[int(m.item(i, j).text().split("\n")[0]) for j in range(3)] for i in range(3)])
    np.testing.assert_array_equal(counts, last.confusion_test)
    assert counts.sum(axis=1).tolist() == [15, 15, 15]          # the stratified test split
    assert "%" in m.item(0, 0).text() and "balanced accuracy" in panel.summary.text()
    assert panel.per_class.rowCount() == 3 and float(panel.per_class.item(0, 1).text()) <= 1.0
    panel.train_button.setChecked(True)
    train_counts = sum(int(m.item(i, j).text().split("\n")[0]) for i in range(3) for j in range(3))
    assert train_counts == 105 and "Training split" in panel.summary.text()


def test_regression_shows_predicted_against_actual(window, qtbot, tmp_path):
    csv = tmp_path / "line.csv"
    csv.write_text("x,z,y\n" + "".join(f"{i / 10},{(i * 37) % 11},{i / 5 + 1:.3f}\n" for i in range(120)))
    project, _ = csv_project(csv, epochs=20)
    w = window(project)
    w.metrics.dock.raise_()
    qtbot.waitUntil(lambda: w.metrics.dock.isVisible())
    last = w.live.train_blocking(20)
    assert last.actual is not None and len(last.actual) == len(last.predicted) == 36
    panel = w.metrics.panel
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.scatter_widget)
    assert "RMSE" in panel.summary.text() and "R²" in panel.summary.text()
    assert len(panel.scatter.data) == 36


def test_a_csv_outside_the_project_folder_is_read_only_after_asking(window, qtbot, tmp_path):
    from guinet.core.project import load_project

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(TABULAR / "iris.csv", elsewhere / "secret.csv")
    folder = tmp_path / "project"
    folder.mkdir()
    project, _ = csv_project(elsewhere / "secret.csv", epochs=5)
    project.set_data("dataset.path", "../elsewhere/secret.csv")
    path = folder / "p.guinet"
    save_project(project, path)
    w = window(load_project(path), path)
    assert w.dataset() is None
    assert "outside the project's folder" in w.dataset_error() and "secret.csv" in w.dataset_error()
    assert not w.data_panel.consent.isHidden()
    w.data_panel.consent_button.click()
    assert w.dataset() is not None and w.dataset_error() is None
    assert w.data_panel.consent.isHidden()


def test_a_big_csv_is_read_in_the_background_with_progress(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(data_loader, "BACKGROUND_BYTES", 10_000)
    csvfile.clear_cache()
    rng = np.random.default_rng(0)
    csv = tmp_path / "big.csv"
    with open(csv, "w") as f:
        f.write("a,b,c,label\n")
        for row in rng.normal(size=(3000, 3)).round(3):
            f.write(f"{row[0]},{row[1]},{row[2]},{int(row[0] > 0)}\n")
    project, _ = csv_project(csv, epochs=5)
    csvfile.clear_cache()
    w = window()
    shares: list[float] = []
    w.data_loader.progress.connect(shares.append)
    with qtbot.waitSignal(w.dataset_changed, timeout=30_000, check_params_cb=lambda d: d is not None):
        w.set_project(project)
    assert w.dataset().n_features == 3 and shares and shares[0] == 0.0 and max(shares) == 1.0
    assert w.data_panel.loading.isHidden()
    # Parsed once: another data setting reuses the parse, at once.
    w.project.set_data("train_share", 0.5)
    assert w.dataset() is not None and len(w.dataset().y_test) == 1500


def test_the_data_panel_offers_the_csv_options(window, qtbot, tmp_path):
    path = _project_file(tmp_path, "wine_mixed.csv", drop_missing=True)
    from guinet.core.project import load_project

    w = window(load_project(path), path)
    form = w.data_panel.form
    shown = {key for key, _entry, field in form._fields if not field.widget.isHidden()}
    assert {"dataset.header", "dataset.skip_rows", "dataset.drop_missing", "dataset.task"} <= shown
    assert "8 rows with missing values were dropped" in w.data_panel.notes.text()
    w.project.set_data("dataset.drop_missing", False)
    assert w.dataset() is None and "missing value" in w.dataset_error()
    w.undo_stack.setClean()
