"""The overview's charts as reportlab drawings: one code for the screen and for paper.

Each function builds a :class:`Drawing` of a given size from the plain data of
:mod:`flevodesk.reports.chart_data`. The overview printout places the drawings as they
are; the Overzicht tab shows them through :func:`svg` (Qt's SVG renderer), so both show
the same bars, labels and colours. Text is DejaVu Sans at the printouts' sizes (never
below the 7 pt small print), so a chart on an A4 page reads as the rest of it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from flevodesk.reports import styles as st
from flevodesk.reports.chart_data import (
    FundingPipeline,
    HoursPerMonth,
    InitiativesByStatus,
    PeoplePerMunicipality,
)
from flevodesk.reports.formatting import NBSP, number, whole_euros
from flevodesk.reports.wording import label_words, words


def month_labels() -> tuple[str, ...]:
    """Month names as the axis shows them, three letters as a calendar abbreviates, in the
    printout's language."""
    return (
        words("jan"),
        words("feb"),
        words("mrt"),
        words("apr"),
        words("mei"),
        words("jun"),
        words("jul"),
        words("aug"),
        words("sep"),
        words("okt"),
        words("nov"),
        words("dec"),
    )


TITLE_SIZE = st.SIZE_HEADING
LABEL_SIZE = st.SIZE_SMALL
#: Small print for the value labels at the bars, as the stylesheet's footer.
VALUE_SIZE = st.SIZE_SMALL
#: A colour per status: from a light idea to the band's blue for active, greys for the end.
STATUS_COLOURS = (
    colors.HexColor("#F6C66B"),
    colors.HexColor("#E08E0B"),
    colors.HexColor("#123F5A"),
    colors.HexColor("#8FA9B8"),
    colors.HexColor("#C9D6DE"),
)
REQUESTED_COLOUR = colors.HexColor("#8FA9B8")
GRANTED_COLOUR = colors.HexColor("#4C9A2A")
HOURS_COLOUR = colors.HexColor("#123F5A")
_TITLE_ROOM = 18.0
_MOST_PER_TOWN = 70.0


def euro_label(amount: Decimal) -> str:
    """``€ 12.500`` (``€12,500``): whole euros, rounded half up, for a label beside a bar;
    a chart's label never wraps, so a plain space."""
    return whole_euros(amount).replace(NBSP, " ")


def _drawing(width: float, height: float, title: str) -> Drawing:
    st.register_fonts()
    drawing = Drawing(width, height)
    # Without these the drawing sets Helvetica first, which the PDF would then carry.
    drawing.initialFontName = st.FONT
    drawing.initialFontSize = LABEL_SIZE
    drawing.add(
        String(
            0,
            height - TITLE_SIZE,
            title,
            fontName=st.FONT_BOLD,
            fontSize=TITLE_SIZE,
            fillColor=st.HEADING,
        )
    )
    return drawing


def _step(most: float) -> float:
    """A tick step that gives at most about five whole-number ticks up to ``most``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if most / step <= 5:
            return float(step)
    return float(10 ** len(str(int(most))) // 10)


def _value_axis(axis: Any, most: float, label_format: Any = "%d") -> None:
    top = max(most, 1.0)
    step = _step(top)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = step * -(-top // step)
    axis.labels.fontName = st.FONT
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = st.MUTED
    axis.labelTextFormat = label_format
    axis.strokeColor = st.RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = st.TINT
    axis.gridStrokeWidth = 0.5


def _category_axis(axis: Any, names: list[str]) -> None:
    axis.categoryNames = names
    axis.labels.fontName = st.FONT
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = st.INK
    axis.strokeColor = st.RULE
    axis.visibleTicks = False


def _legend(x: float, y: float, pairs: list[tuple[Any, str]], columns: int) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.fontName = st.FONT
    legend.fontSize = LABEL_SIZE
    legend.fillColor = st.INK
    legend.dx = legend.dy = 7
    legend.dxTextSpace = 4
    legend.deltay = 11
    legend.columnMaximum = -(-len(pairs) // columns)
    legend.deltax = 64
    legend.strokeWidth = 0
    legend.strokeColor = None
    legend.colorNamePairs = pairs
    return legend


def status_chart(data: InitiativesByStatus, width: float, height: float) -> Drawing:
    """Initiatives per municipality, stacked by status, with the statuses' legend below."""
    drawing = _drawing(width, height, words("Initiatieven per gemeente en status"))
    legend_room = 2 * 11 + 8
    chart = VerticalBarChart()
    chart.x, chart.y = 24, legend_room + 16
    # One municipality (a narrowed overview) gets a bar, not a wall across the chart.
    chart.width = min(width - chart.x - 4, _MOST_PER_TOWN * max(1, len(data.municipalities)))
    chart.height = height - chart.y - _TITLE_ROOM - 6
    chart.data = [list(s.counts) or [0] for s in data.series] or [[0]]
    chart.categoryAxis.style = "stacked"
    _category_axis(chart.categoryAxis, list(data.municipalities) or [""])
    chart.categoryAxis.labels.dy = -2
    per_town = [sum(column) for column in zip(*(s.counts for s in data.series), strict=True)]
    _value_axis(chart.valueAxis, float(max(per_town, default=0)))
    chart.barWidth = 10
    chart.groupSpacing = 14
    chart.bars.strokeColor = None
    for index in range(len(data.series)):
        chart.bars[index].fillColor = STATUS_COLOURS[index % len(STATUS_COLOURS)]
    drawing.add(chart)
    pairs = [
        (STATUS_COLOURS[index % len(STATUS_COLOURS)], label_words(series.label))
        for index, series in enumerate(data.series)
    ]
    drawing.add(_legend(chart.x, legend_room, pairs, columns=max(1, -(-len(pairs) // 2))))
    return drawing


def hours_chart(data: HoursPerMonth, width: float, height: float) -> Drawing:
    """Volunteer hours in each month of the year, January to December."""
    title = words("Vrijwilligersuren per maand in {year}").format(year=data.year)
    drawing = _drawing(width, height, title)
    hours = [minutes / 60 for minutes in data.minutes]
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 16
    chart.width = width - chart.x - 4
    chart.height = height - chart.y - _TITLE_ROOM - 10
    chart.data = [hours]
    _category_axis(chart.categoryAxis, list(month_labels()[: len(hours)]))
    chart.categoryAxis.labels.dy = -2
    _value_axis(chart.valueAxis, max(hours, default=0.0))
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = HOURS_COLOUR
    chart.barSpacing = 2
    chart.groupSpacing = 6
    drawing.add(chart)
    drawing.add(
        String(
            chart.x - 26,
            chart.y + chart.height + 4,
            words("uren"),
            fontName=st.FONT,
            fontSize=VALUE_SIZE,
            fillColor=st.MUTED,
        )
    )
    return drawing


def pipeline_chart(data: FundingPipeline, width: float, height: float) -> Drawing:
    """Applications per stage, top to bottom in process order: the number in the stage's
    label, the amounts requested and granted as bars with their euros beside them."""
    drawing = _drawing(width, height, words("Aanvragen per fase"))
    stages = data.stages
    names = [f"{label_words(stage.label)} ({number(stage.applications)})" for stage in stages]
    label_room = max((_text_width(name) for name in names), default=0.0) + 8
    legend_room = 14.0
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, legend_room + 14
    value_room = _text_width("€ 000.000", VALUE_SIZE) + 6
    chart.width = width - chart.x - value_room
    chart.height = height - chart.y - _TITLE_ROOM - 2
    requested = [float(stage.requested) for stage in stages] or [0.0]
    granted = [float(stage.granted) for stage in stages] or [0.0]
    # Within a stage the first series stands lowest: granted below what was requested.
    chart.data = [granted, requested]
    _category_axis(chart.categoryAxis, names or [""])
    chart.categoryAxis.reverseDirection = 1  # the first stage on top
    chart.categoryAxis.labels.dx = -4
    most = max([*requested, *granted])
    _value_axis(chart.valueAxis, most, lambda value: euro_label(Decimal(str(value))))
    chart.valueAxis.visibleLabels = 0  # the amounts stand at the bars themselves
    chart.valueAxis.visibleAxis = 0
    chart.valueAxis.visibleGrid = False
    chart.valueAxis.visibleTicks = False
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = GRANTED_COLOUR
    chart.bars[1].fillColor = REQUESTED_COLOUR
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [euro_label(stage.granted) if stage.granted else "" for stage in stages],
        [euro_label(stage.requested) if stage.applications else "" for stage in stages],
    ]
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = VALUE_SIZE
    chart.barLabels.fillColor = st.INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    pairs = [(REQUESTED_COLOUR, words("aangevraagd")), (GRANTED_COLOUR, words("toegekend"))]
    drawing.add(_legend(chart.x, legend_room, pairs, columns=2))
    return drawing


def _town_bars(
    title: str, names: tuple[str, ...], values: list[float], unit: str, width: float, height: float
) -> Drawing:
    """One bar per municipality with its value above it: a small chart of one figure."""
    drawing = _drawing(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 16
    chart.width = min(width - chart.x - 4, _MOST_PER_TOWN * max(1, len(names)))
    chart.height = height - chart.y - _TITLE_ROOM - 14
    chart.data = [values or [0.0]]
    _category_axis(chart.categoryAxis, list(names) or [""])
    chart.categoryAxis.labels.dy = -2
    _value_axis(chart.valueAxis, max(values, default=0.0))
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = HOURS_COLOUR
    chart.barWidth = 10
    chart.groupSpacing = 14
    chart.barLabelFormat = lambda value: number(round(value))
    chart.barLabels.fontName = st.FONT
    chart.barLabels.fontSize = VALUE_SIZE
    chart.barLabels.fillColor = st.INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(
        String(
            chart.x - 26,
            chart.y + chart.height + 6,
            unit,
            fontName=st.FONT,
            fontSize=VALUE_SIZE,
            fillColor=st.MUTED,
        )
    )
    return drawing


def volunteers_chart(data: PeoplePerMunicipality, width: float, height: float) -> Drawing:
    """The volunteers active on the day, per municipality."""
    values = [float(v) for v in data.volunteers]
    return _town_bars(
        words("Actieve vrijwilligers"), data.municipalities, values, words("aantal"), width, height
    )


def hours_by_town_chart(data: PeoplePerMunicipality, width: float, height: float) -> Drawing:
    """The hours given in the last twelve months, per municipality."""
    values = [minutes / 60 for minutes in data.minutes]
    return _town_bars(
        words("Uren in de laatste 12 maanden"),
        data.municipalities,
        values,
        words("uren"),
        width,
        height,
    )


def _text_width(text: str, size: float = LABEL_SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st.register_fonts()
    return float(stringWidth(text, st.FONT, size))


#: reportlab names a font as PDF does; an SVG reader looks for the CSS family and weight.
_SVG_FONTS = {
    f"font-family: {st.FONT_BOLD};": "font-family: 'DejaVu Sans'; font-weight: bold;",
    f"font-family: {st.FONT_ITALIC};": "font-family: 'DejaVu Sans'; font-style: italic;",
    f"font-family: {st.FONT};": "font-family: 'DejaVu Sans';",
}


def svg(drawing: Drawing) -> bytes:
    """The drawing as an SVG document, for the screen."""
    # Qt draws the clip path reportlab defines as a black box: clip by attribute instead.
    text: str = renderSVG.drawToString(drawing, useClip=True)
    for pdf_name, css in _SVG_FONTS.items():
        text = text.replace(pdf_name, css)
    return text.encode("utf-8")
