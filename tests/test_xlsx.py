"""workbook.xlsx of a run over input/, read with openpyxl, pandas and LibreOffice and compared with the CSV tables."""
import csv
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_evaletl

sys.path.insert(0, str(ROOT / "scripts" / "xml"))
import check_workbook  # noqa: E402  (its CSV-versus-cell comparison)

openpyxl = pytest.importorskip("openpyxl")

TABLES = ["evaluations", "recommendations", "actions", "stakeholders", "stakeholder_roles", "findings", "rejects"]
TRACKER = ["Evaluation", "Office", "Period or year", "Rec. no.", "Recommendation", "Response category",
           "Action no.", "Key action", "Responsible", "Deadline", "Status", "Overdue", "Last updated", "Comments", "Action ID"]


def read_csv(out, table):
    with open(out / "csv" / f"{table}.csv", newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def column_letter(n):
    return openpyxl.utils.get_column_letter(n)


@pytest.fixture(scope="module")
def book(sample_output):
    return openpyxl.load_workbook(sample_output / "workbook.xlsx")


def test_sheets_come_tracker_implementation_then_the_tables(book):
    assert book.sheetnames == ["Action tracker", "Implementation"] + TABLES


def test_without_table_sheets_the_tracker_and_implementation_are_the_same(book, tmp_path):
    config = tmp_path / "pipeline.yml"
    config.write_text("version: 1\ncache: off\nformats: [xlsx]\nxlsx:\n  table_sheets: false\n")
    run_evaletl("run", "--config", str(config), "--input", str(ROOT / "input"), "--output", str(tmp_path / "out"))
    lean = openpyxl.load_workbook(tmp_path / "out" / "workbook.xlsx")
    assert lean.sheetnames == ["Action tracker", "Implementation"]
    for name in lean.sheetnames:
        assert list(lean[name].iter_rows(values_only=True)) == list(book[name].iter_rows(values_only=True))
        assert lean[name].freeze_panes == book[name].freeze_panes


@pytest.mark.parametrize("table", TABLES)
def test_table_sheet_has_the_csv_header_rows_values_and_layout(book, sample_output, table):
    header, data = read_csv(sample_output, table)
    ws = book[table]
    assert [c.value for c in ws[1]] == header
    assert all(c.font.b for c in ws[1])
    assert ws.max_row - 1 == len(data)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{column_letter(len(header))}{len(data) + 1}"
    widths = [ws.column_dimensions[column_letter(i + 1)].width for i in range(len(header))]
    assert all(w and w >= len(name) for w, name in zip(widths, header)), widths
    types = check_workbook.column_types(str(sample_output)).get(table, {})
    problems = []
    for r, (want, got) in enumerate(zip(data, ws.iter_rows(min_row=2, max_col=len(header))), start=2):
        for name, c, cell in zip(header, want, got):
            diff = check_workbook.compare(c, cell, types.get(name))
            if diff:
                problems.append(f"line {r}, {name}: {diff}")
    assert not problems, problems[:10]


def test_types_dates_numbers_booleans_and_joined_lists(book, sample_output):
    header, data = read_csv(sample_output, "actions")
    ws = book["actions"]
    row = next(i for i, r in enumerate(data) if r[header.index("deadline")] and r[header.index("overdue")])
    cells = {name: ws.cell(row + 2, i + 1) for i, name in enumerate(header)}
    assert isinstance(cells["deadline"].value, dt.datetime)
    assert cells["deadline"].value.date().isoformat() == data[row][header.index("deadline")]
    assert cells["deadline"].number_format == "yyyy-mm-dd"
    assert isinstance(cells["overdue"].value, bool)
    assert isinstance(cells["seq"].value, int)
    eh, ed = read_csv(sample_output, "evaluations")
    lists = [(i, r[eh.index("organizations")]) for i, r in enumerate(ed) if r[eh.index("organizations")]]
    assert lists
    i, text = lists[0]
    assert book["evaluations"].cell(i + 2, eh.index("organizations") + 1).value == text


def test_action_tracker_spells_out_evaluation_and_recommendation(book, sample_output):
    ah, actions = read_csv(sample_output, "actions")
    rh, recs = read_csv(sample_output, "recommendations")
    eh, evals = read_csv(sample_output, "evaluations")
    rec = {r[0]: r for r in recs}
    ev = {e[0]: e for e in evals}
    ws = book["Action tracker"]
    assert [c.value for c in ws[1]] == TRACKER
    assert ws.max_row - 1 == len(actions)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{column_letter(len(TRACKER))}{len(actions) + 1}"
    assert ws.column_dimensions["E"].width >= 50
    col = {name: i for i, name in enumerate(TRACKER)}
    for n, (a, row) in enumerate(zip(actions, ws.iter_rows(min_row=2, values_only=True))):
        r, e = rec[a[ah.index("recommendation_id")]], ev[a[ah.index("evaluation_id")]]
        assert row[col["Action ID"]] == a[ah.index("action_id")]
        assert row[col["Evaluation"]] == (e[eh.index("title")] or None)
        assert row[col["Office"]] == (e[eh.index("office")] or None)
        assert row[col["Rec. no."]] == int(r[rh.index("seq")])
        assert r[rh.index("text")] in row[col["Recommendation"]]
        assert row[col["Response category"]] == (r[rh.index("response_category")] or None)
        assert row[col["Status"]] == (a[ah.index("status")] or None)
        deadline = a[ah.index("deadline")]
        if deadline:
            assert isinstance(row[col["Deadline"]], dt.datetime)
            assert row[col["Deadline"]].date().isoformat() == deadline
    cell = ws.cell(2, col["Recommendation"] + 1)
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"


def test_implementation_counts_match_the_tables(book, sample_output):
    ws = book["Implementation"]
    rows = list(ws.iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r[0] == "Level")
    assert ws.freeze_panes == f"A{header_at + 2}"
    assert ws.auto_filter.ref.startswith(f"A{header_at + 1}:")
    assert any("No Longer Applicable" in (r[0] or "") for r in rows[:header_at])
    header = rows[header_at]
    table = [dict(zip(header, r)) for r in rows[header_at + 1:]]
    total = table[0]
    assert total["Level"] == "All offices"
    _, recs = read_csv(sample_output, "recommendations")
    ah, actions = read_csv(sample_output, "actions")
    assert total["Recommendations"] == len(recs)
    assert total["Key actions"] == len(actions)
    status = [a[ah.index("status")] for a in actions]
    assert total["Completed"] == status.count("Completed")
    counted = len(actions) - status.count("No Longer Applicable")
    assert total["Actions counted"] == counted
    assert total["Share completed"] == pytest.approx(status.count("Completed") / counted)
    overdue = sum(a[ah.index("overdue")] == "true" for a in actions)
    assert total["Share overdue"] == pytest.approx(overdue / counted)
    assert total["Actions without a deadline"] == sum(not a[ah.index("deadline")] for a in actions)
    evaluations = [r for r in table if r["Level"] == "Evaluation"]
    offices = [r for r in table if r["Level"] == "Office"]
    assert sum(r["Key actions"] for r in evaluations) == len(actions)
    assert sum(r["Key actions"] for r in offices) == len(actions)


def test_pandas_reads_every_sheet(sample_output):
    pandas = pytest.importorskip("pandas")
    sheets = pandas.read_excel(sample_output / "workbook.xlsx", sheet_name=None)
    for table in TABLES:
        header, data = read_csv(sample_output, table)
        assert list(sheets[table].columns) == header
        assert len(sheets[table]) == len(data)
    _, actions = read_csv(sample_output, "actions")
    assert len(sheets["Action tracker"]) == len(actions)


def test_libreoffice_converts_every_sheet(sample_output, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("soffice not installed")
    # NB: the last filter option, -1, exports every sheet to its own file `workbook-<sheet>.csv` (LibreOffice 7.2+).
    done = subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           "--outdir", str(tmp_path), str(sample_output / "workbook.xlsx")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for table in TABLES:
        _, data = read_csv(sample_output, table)
        path = tmp_path / f"workbook-{table}.csv"
        assert path.exists(), sorted(p.name for p in tmp_path.iterdir())
        with open(path, newline="", encoding="utf-8") as f:
            assert len(list(csv.reader(f))) - 1 == len(data), table
    assert (tmp_path / "workbook-Action tracker.csv").exists()


def test_text_cut_to_a_cells_limit_is_warned_as_its_input_files(tmp_path):
    """A 40,000-character recommendation is cut in both workbooks; each warning names the document that holds it
    and the recommendation's line, and the Action tracker, which repeats it on each of its 4 key actions' rows,
    warns once with the count, at the recommendation's line (not its first key action's)."""
    sample = (ROOT / "input" / "000_a207adb440d4ae1d.txt").read_text(encoding="utf-8")
    start = sample.index("Recommendation: ") + len("Recommendation: ")
    long = "lengthy " * 4999 + "lengthy!"
    line = sample[:start].count("\n") + 1
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "long.txt").write_text(sample[:start] + long + sample[sample.index("\n", start):],
                                                       encoding="utf-8")
    config = tmp_path / "pipeline.yml"
    config.write_text("version: 1\ncache: off\nformats: [xlsx, spreadsheetml]\n")
    proc = run_evaletl("run", "--config", str(config), "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out"))
    warnings = json.loads((tmp_path / "out" / "run.json").read_text())["warnings"]
    cuts = [w for w in warnings if "text cut to 32767 characters (Excel's limit per cell)" in w["message"]]
    assert {w["file"] for w in cuts} == {"sub/long.txt"}, warnings
    assert {w["line"] for w in cuts} == {line}, warnings
    for w in cuts:
        assert w["text"] in proc.stderr
        assert f"sub/long.txt:{line}:1: warning: {w['message']}\n" in proc.stderr
    assert proc.stderr.count("text cut to 32767") == len(cuts)
    # NB: the recommendation's id is ev-<16 hex digits>-R01; its key actions' -R01-A01, -A02, …
    patterns = [
        r"workbook\.xlsx: sheet 'recommendations' column text: .* in row 2 \(ev-[0-9a-f]{16}-R01\), of 40000 characters",
        r"workbook\.xlsx: sheet 'Action tracker' column Recommendation: .* in 4 rows, first row 2 "
        r"\(ev-[0-9a-f]{16}-R01-A01\), longest 40000 characters",
        r"workbook\.xml: sheet 'recommendations' column text: .* in row 2 \(ev-[0-9a-f]{16}-R01\), of 40000 characters",
    ]
    assert len(cuts) == len(patterns), cuts
    for pattern, w in zip(patterns, cuts):
        assert re.fullmatch(pattern, w["message"]), (pattern, w["message"])
