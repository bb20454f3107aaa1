"""Suite-wide settings.

The test process ends normally, through Qt's and Python's own exit-time cleanup. It used to end with
os._exit because that cleanup crashed (SIGSEGV). Measured in December 2026 (issue 7): the crash came
from the clipboard, not from windows left behind. A QMimeData made in Python and put on the clipboard
is deleted by a Qt static destructor after Python has finalized, and a script that only does that
crashes too (Copy now puts a Qt-made QMimeData there: guinet.gui.canvas.put_on_clipboard). The
thousands of parentless pyqtgraph menus that the plots used to leave behind are now deleted with their
plots (guinet.gui.plots.menus), so a GUI run ends with no top-level widget left.
"""
