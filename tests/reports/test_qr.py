"""QR codes on paper: the fast drawing reads exactly as reportlab's own widget, as one
path, with the address printed beside it as a reader types it."""

import io

import pypdfium2
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from flevodesk.reports.qr import QUIET, draw_qr, encoded, runs, short_address
from tests.reports.helpers import reader

SIZE = 144.0
SCALE = 4
URLS = ["https://repaircafe.example.nl", "https://www.buurtadvies.nl/atlas/?wijk=Ăşë&x=1" * 2]


def _modules(draw, value: str) -> list[list[bool]]:
    """Whether each module of the code reads dark, sampled at its middle when rendered."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(200, 200))
    draw(canvas)
    canvas.save()
    page = pypdfium2.PdfDocument(out.getvalue())[0]
    image = page.render(scale=SCALE).to_pil().convert("L")
    count, _ = runs(value)
    box = SIZE / (count + 2 * QUIET)
    found = []
    for row in range(-1, count + 1):  # a ring of the quiet zone too: it must stay light
        line = []
        for column in range(-1, count + 1):
            x = 20 + (QUIET + column + 0.5) * box
            y = 30 + SIZE - (QUIET + row + 0.5) * box
            line.append(image.getpixel((round(x * SCALE), round((200 - y) * SCALE))) < 128)
        found.append(line)
    return found


def _theirs(value: str):
    def draw(canvas):
        drawing = Drawing(SIZE, SIZE)
        drawing.add(QrCodeWidget(value, barLevel="M", barWidth=SIZE, barHeight=SIZE))
        renderPDF.draw(drawing, canvas, 20, 30)

    return draw


@pytest.mark.parametrize("value", URLS)
def test_the_fast_code_is_module_for_module_reportlabs_code(value):
    ours = _modules(lambda canvas: draw_qr(canvas, value, 20, 30, SIZE), value)
    theirs = _modules(_theirs(value), value)
    assert ours == theirs
    assert sum(map(sum, ours)) > 100
    assert not any(ours[0]) and not any(ours[-1])


def test_the_code_is_one_path_of_rectangles_and_encoded_once_per_address():
    value = URLS[0]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(200, 200), pageCompression=0)
    encoded.cache_clear()
    for _ in range(3):
        draw_qr(canvas, value, 20, 30, SIZE)
    canvas.save()
    content = reader(out.getvalue()).pages[0].get_contents().get_data()
    _, dark = runs(value)
    assert content.count(b" re") == 3 * len(dark)
    assert content.count(b"\nf") + content.count(b" f\n") == 3  # one fill per code
    assert encoded.cache_info().misses == 1


@pytest.mark.parametrize(
    ("url", "short"),
    [
        ("https://www.repaircafe.example.nl/", "repaircafe.example.nl"),
        ("http://buurtadvies.nl/atlas", "buurtadvies.nl/atlas"),
        ("www.wedoenhetsamen.nu", "wedoenhetsamen.nu"),
    ],
)
def test_the_address_is_printed_as_a_reader_types_it(url, short):
    assert short_address(url) == short
