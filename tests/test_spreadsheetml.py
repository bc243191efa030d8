"""workbook.xml (Excel XML Spreadsheet 2003) of a run over input/, imported by LibreOffice and read with openpyxl."""
import shutil
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts" / "xml"))
import check_workbook  # noqa: E402  (the conversion and the width and wrap checks)

openpyxl = pytest.importorskip("openpyxl")
if not (shutil.which("soffice") or shutil.which("libreoffice")):
    pytest.skip("soffice not installed", allow_module_level=True)

TABLES = ["evaluations", "recommendations", "actions", "stakeholders", "stakeholder_roles", "findings", "rejects"]


# NB: LibreOffice 7.4 has two SpreadsheetML import filters: the one it picks itself when a person opens
# the file (None here), which lost every width after the first sheet before ss:Index="1", and the named one.
FILTERS = [None, "MS Excel 2003 XML"]


@pytest.fixture(scope="module", params=FILTERS, ids=["picked by LibreOffice", "MS Excel 2003 XML"])
def imported(request, sample_output, tmp_path_factory):
    """workbook.xml as LibreOffice imports it (converted to .xlsx), and its declared widths."""
    workbook = str(sample_output / "workbook.xml")
    xlsx = check_workbook.convert(workbook, str(tmp_path_factory.mktemp("lo")), infilter=request.param)
    return openpyxl.load_workbook(xlsx), check_workbook.source_widths(workbook), request.param


def test_every_column_width_survives_libreoffices_import_on_every_sheet(imported):
    wb, widths, _ = imported
    assert sorted(widths) == sorted(TABLES)
    for name, columns in widths.items():
        assert sorted(columns) == list(range(1, wb[name].max_column + 1)), name
    assert check_workbook.width_problems(widths, wb) == []


def test_long_text_wraps_after_libreoffices_import(imported):
    wb, _, infilter = imported
    if infilter is None:
        pytest.skip("LibreOffice 7.4's own pick of filter reads no cell alignment at all")
    assert check_workbook.wrap_problems(wb) == []
    long_cells = [c for ws in wb.worksheets for row in ws.iter_rows(min_row=2) for c in row
                  if isinstance(c.value, str) and len(c.value) > check_workbook.WRAP_AFTER]
    assert long_cells and all(c.alignment.wrap_text for c in long_cells)


SHEET = """<Worksheet ss:Name="{name}"><Table>
<Column{index} ss:AutoFitWidth="0" ss:Width="{a}"/><Column ss:AutoFitWidth="0" ss:Width="{b}"/>
<Row><Cell><Data ss:Type="String">x</Data></Cell><Cell><Data ss:Type="String">y</Data></Cell></Row>
</Table></Worksheet>
"""


@pytest.mark.parametrize("index, lost", [("", True), (' ss:Index="1"', False)])
def test_the_width_check_sees_what_libreoffice_loses_without_an_index(tmp_path, index, lost):
    """LibreOffice 7.4 numbers a later sheet's <Column>s on from the earlier sheet's unless the first says ss:Index="1"."""
    book = tmp_path / "two.xml"
    book.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
                    + SHEET.format(name="a", index=index, a=100, b=200)
                    + SHEET.format(name="b", index=index, a=50, b=300) + "</Workbook>\n")
    wb = openpyxl.load_workbook(check_workbook.convert(str(book), str(tmp_path), infilter=None))
    problems = check_workbook.width_problems(check_workbook.source_widths(str(book)), wb)
    assert bool(problems) == lost, problems
    assert all(p.startswith("b: ") for p in problems), "the first sheet keeps its widths either way"
