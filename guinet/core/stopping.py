"""Stopping at a target: when the test accuracy reaches a value, when the loss falls below one, or after a
number of epochs without improvement, optionally going back to the best weights seen.

The trainer asks a ``StopRule`` at the end of every epoch (only when one of the targets is set, since it
costs an evaluation per epoch). "Improvement" is a lower test loss (the training loss when there is no
test split), by more than a small tolerance, as in Keras' EarlyStopping and scikit-learn's
``n_iter_no_change``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

from .text import msg

# A loss counts as improved when it falls below the best so far by more than this share of it.
RELATIVE_TOLERANCE = 1e-4


@dataclass
class StopRule:
    test_accuracy: float = 0.0   # stop once the test accuracy reaches this (0: off)
    loss: float = 0.0            # stop once the training loss falls below this (0: off)
    patience: int = 0            # stop after this many epochs without improvement (0: off)
    keep_best: bool = False      # end with the weights of the best epoch

    best: float = math.inf
    best_epoch: int = 0
    since_best: int = 0

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> "StopRule | None":
        rule = cls(test_accuracy=float(settings.get("stop_accuracy", 0.0)),
                   loss=float(settings.get("stop_loss", 0.0)),
                   patience=int(settings.get("stop_patience", 0)),
                   keep_best=bool(settings.get("keep_best", False)))
        return rule if rule.active else None

    @property
    def active(self) -> bool:
        return self.test_accuracy > 0 or self.loss > 0 or self.patience > 0 or self.keep_best

    def update(self, epoch: int, train_loss: float, test_loss: float | None,
               test_accuracy: float | None) -> tuple[bool, str | None]:
        """(this epoch is the best so far, the reason to stop now or None)."""
        monitored = test_loss if test_loss is not None else train_loss
        improved = math.isfinite(monitored) and (
            not math.isfinite(self.best) or monitored < self.best - RELATIVE_TOLERANCE * abs(self.best))
        if improved:
            self.best, self.best_epoch, self.since_best = monitored, epoch, 0
        else:
            self.since_best += 1
        if self.test_accuracy > 0 and test_accuracy is not None and test_accuracy >= self.test_accuracy:
            return improved, msg("Stopped at epoch {epoch}: the test accuracy reached {accuracy:.3f} "
                                 "(target {target:g}).", epoch=epoch, accuracy=test_accuracy,
                                 target=self.test_accuracy)
        if self.loss > 0 and math.isfinite(train_loss) and train_loss < self.loss:
            return improved, msg("Stopped at epoch {epoch}: the training loss fell to {loss:.4g}, below "
                                 "the target {target:g}.", epoch=epoch, loss=train_loss, target=self.loss)
        if self.patience > 0 and self.since_best >= self.patience:
            return improved, msg("Stopped at epoch {epoch}: the test loss has not improved for {patience} "
                                 "epochs (best {best:.4g} at epoch {best_epoch})." if test_loss is not None else
                                 "Stopped at epoch {epoch}: the training loss has not improved for {patience} "
                                 "epochs (best {best:.4g} at epoch {best_epoch}).", epoch=epoch,
                                 patience=self.patience, best=self.best, best_epoch=self.best_epoch)
        return improved, None
