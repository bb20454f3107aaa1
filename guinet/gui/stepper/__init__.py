"""The step-through mode: one training step, number by number, on the canvas and in a side panel.

``StepThrough(window)`` installs itself into a MainWindow (Train menu, tool bar, a dock) and drives
``guinet.core.stepper``; see ``controller`` for its public API (used by the lessons too).
"""

from .controller import PHASE_BACKWARD, PHASE_FORWARD, PHASE_LOSS, PHASE_UPDATE, Phase, StepThrough, phases_for

__all__ = ["StepThrough", "Phase", "phases_for", "PHASE_FORWARD", "PHASE_LOSS", "PHASE_BACKWARD", "PHASE_UPDATE"]
