"""The agreement window: ``kathan.agreement``'s report as tables and a bar chart per label.

Read-only; the report is computed from the project when the window opens (and on Refresh)
and can be saved as CSV or JSON, like ``kathan agree --csv/--json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.panels.table_model import ListTableModel, row_table
from kathan.agreement import ALL, AgreementReport, dumps
from kathan.evaluate import Match

Cells = tuple[str, ...]
BAR_COLOURS = (QColor("#4c72b0"), QColor("#dd8452"), QColor("#55a868"))


class CellsModel(ListTableModel[Cells]):
    """Rows of text cells under headers given at construction."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Cells], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows = list(rows)

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return row[index.column()]


def _n(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def label_figures(report: AgreementReport) -> dict[str, dict[str, float | None]]:
    """Per label (and ``all``): the mean overlap F1 over pairs, token α and αU, for the chart."""
    figures: dict[str, dict[str, float | None]] = {}
    for label in (*report.labels, ALL):
        if label == ALL:
            f1s = [p.overall(Match.OVERLAP).f1 for p in report.pairs if p.documents]
        else:
            f1s = [p.spans[label][Match.OVERLAP].f1 for p in report.pairs if p.documents and label in p.spans]
        figures[label] = {
            "overlap F1": sum(f1s) / len(f1s) if f1s else None,
            "token α": report.tokens[label].krippendorff_alpha if label in report.tokens else None,
            "αU": report.unitizing.get(label),
        }
    return figures


class BarChart(QWidget):
    """Grouped bars, one group per label, one bar per measure; values from -1 to 1, 0 marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[str, dict[str, float | None]] = {}
        self.setMinimumHeight(220)

    def set_figures(self, figures: dict[str, dict[str, float | None]]) -> None:
        self.figures = figures
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        top, bottom, left = 24.0, height - 28.0, 8.0
        zero = top + (bottom - top) / 2
        painter.setPen(self.palette().text().color())
        painter.drawLine(int(left), int(zero), int(width - 8), int(zero))
        if not self.figures:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "no agreement to show: two annotators' layers are needed")
            return
        measures = list(next(iter(self.figures.values())))
        for i, name in enumerate(measures):
            painter.fillRect(QRectF(left + i * 110, 4, 10, 10), BAR_COLOURS[i % len(BAR_COLOURS)])
            painter.drawText(QRectF(left + i * 110 + 14, 0, 95, 18), Qt.AlignmentFlag.AlignVCenter, name)
        group = (width - left - 8) / len(self.figures)
        bar = group / (len(measures) + 1)
        for g, (label, values) in enumerate(self.figures.items()):
            x0 = left + g * group + bar / 2
            for i, name in enumerate(measures):
                value = values.get(name)
                if value is None:
                    continue
                y = zero - value * (zero - top)
                rect = QRectF(x0 + i * bar, min(y, zero), bar * 0.9, abs(zero - y))
                painter.fillRect(rect, BAR_COLOURS[i % len(BAR_COLOURS)])
            painter.drawText(QRectF(left + g * group, bottom + 4, group, 20), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class AgreementWindow(QDialog):
    """Tables (pairs, labels, documents, annotators) and the chart of one agreement report."""

    def __init__(self, report: AgreementReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_window")
        self.setWindowTitle(tr("Agreement between annotators"))
        self.resize(900, 600)
        self.summary = QLabel(self)
        self.tabs = QTabWidget(self)
        self.chart = BarChart(self)
        self.save_csv_button = QPushButton(tr("Save &CSV…"), self)
        self.save_json_button = QPushButton(tr("Save &JSON…"), self)
        close = QPushButton(tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_csv_button)
        buttons.addWidget(self.save_json_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.save_csv_button.clicked.connect(lambda: self._save("csv"))
        self.save_json_button.clicked.connect(lambda: self._save("json"))
        close.clicked.connect(self.accept)
        self.report = report
        self.models: dict[str, CellsModel] = {}
        self.show_report(report)

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        self.summary.setText(
            tr("{0} annotators ({1}), {2} documents with two or more layers").format(len(report.annotators), ', '.join(report.annotators) or 'none', report.documents)
        )
        self.chart.set_figures(label_figures(report) if report.pairs else {})
        self.tabs.clear()
        self.models = {
            "Pairs": CellsModel(
                ("a", "b", "label", "exact F1", "overlap F1", "token κ", "said_by F1", "same speaker"),
                [
                    (p.a, p.b, label, f"{scores[Match.EXACT].f1:.3f}", f"{scores[Match.OVERLAP].f1:.3f}",
                     _n(p.token_kappa().get(label)), f"{p.said_by.f1:.3f}", f"{p.attribution.alike}/{p.attribution.quotes}")
                    for p in report.pairs
                    for label, scores in p.spans.items()
                ],
                self,
            ),
            "Labels": CellsModel(
                ("label", "Fleiss κ", "Krippendorff α", "αU", "tokens"),
                [
                    (label, _n(t.fleiss_kappa), _n(t.krippendorff_alpha), _n(report.unitizing.get(label)), str(t.tokens))
                    for label, t in report.tokens.items()
                ],
                self,
            ),
            "Documents": CellsModel(
                ("document", "annotators", "token α", "overlap F1"),
                [(d.name, ", ".join(d.annotators), _n(d.tokens.krippendorff_alpha), _n(d.f1)) for d in report.per_document],
                self,
            ),
            "Annotators": CellsModel(
                ("annotator", "documents", "spans", "overlap F1 with others"),
                [(a.name, str(a.documents), str(a.spans), _n(a.f1)) for a in report.per_annotator],
                self,
            ),
        }
        for name, model in self.models.items():
            table = row_table(self, model, QAbstractItemView.SelectionMode.ExtendedSelection)
            table.setObjectName(f"agreement_{name.lower()}")
            self.tabs.addTab(table, name)

    def save(self, path: str | Path) -> None:
        """Write the report as CSV or JSON, by the file's suffix."""
        target = Path(path)
        text = dumps(self.report) + "\n" if target.suffix.lower() == ".json" else self.report.to_csv()
        target.write_text(text, encoding="utf-8")

    def _save(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, f"Save agreement as {kind.upper()}", f"agreement.{kind}", f"{kind.upper()} (*.{kind})")
        if path:
            self.save(path)
