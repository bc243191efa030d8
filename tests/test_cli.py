"""What a newcomer meets first: --help, `evaletl tables`, `evaletl inspect`, and how numbers are spelled."""
import csv
import json
import re

from conftest import ROOT, run_evaletl

OUTPUTS = ["csv/", "parquet/", "xml/", "schema.xsd", "workbook.xlsx", "workbook.xml", "run.json", "report.html"]


def test_help_names_every_output_and_table():
    text = run_evaletl("--help").stdout
    for name in OUTPUTS + ["evaluations", "recommendations", "actions", "stakeholders", "stakeholder_roles",
                           "findings", "rejects", "spreadsheetml", "evaletl tables"]:
        assert name in text, name


def test_tables_prints_the_committed_docs_tables_md():
    assert run_evaletl("tables").stdout == (ROOT / "docs" / "tables.md").read_text(encoding="utf-8"), \
        "docs/tables.md is stale: run `make docs`"


def table_columns():
    """{column name} of every table, read from docs/tables.md's column rows."""
    names = set()
    for line in (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 5 and cells[2].split(",")[0] in ("string", "int", "double", "bool", "date", "list"):
            names.add(cells[1])
    return names


def keys(node):
    if isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from keys(v)
    elif isinstance(node, list):
        for v in node:
            yield from keys(v)


def test_inspect_prints_the_tables_snake_case_column_names():
    doc = json.loads(run_evaletl("inspect", str(sorted((ROOT / "input").iterdir())[0])).stdout)
    parsed = doc["parsed"]
    found = set(keys(parsed))
    assert all(k == k.lower() for k in found), sorted(k for k in found if k != k.lower())
    assert {"doc_type", "office_type", "period_start", "approval_status"} <= set(parsed)
    assert {"management_response", "response_category", "operating_principles", "uneg_criteria"} \
        <= set(parsed["recommendations"][0])
    assert {"deadline", "status", "responsible"} <= set(parsed["recommendations"][0]["actions"][0])
    columns = table_columns()
    assert {"doc_type", "office_type", "response_category", "uneg_criteria", "last_updated"} <= columns
    scalars = [k for k, v in parsed.items() if not isinstance(v, (list, dict))]
    assert set(scalars) <= columns, set(scalars) - columns


def test_doubles_are_the_shortest_round_trip_decimal_and_seconds_milliseconds(sample_output):
    with open(sample_output / "csv" / "evaluations.csv", newline="", encoding="utf-8-sig") as f:
        budgets = [r["budget"] for r in csv.DictReader(f) if r["budget"]]
    assert "1706485" in budgets
    assert not any(b.endswith(".0") for b in budgets), budgets
    xml = (sample_output / "xml" / "evaluations.xml").read_text(encoding="utf-8")
    assert "<budget>1706485</budget>" in xml
    assert '<Data ss:Type="Number">1706485</Data>' in (sample_output / "workbook.xml").read_text(encoding="utf-8")
    seconds = json.loads((sample_output / "run.json").read_text())["seconds"]
    assert seconds and all(round(s, 3) == s for s in seconds.values()), seconds
    text = (sample_output / "run.json").read_text()
    section = text[text.index('"seconds"'):text.index("}", text.index('"seconds"'))]
    written = re.findall(r'"[\w.]+": ([^{\s,]+)', section)
    assert len(written) == len(seconds) and all(re.fullmatch(r"\d+(\.\d{1,3})?", v) for v in written), written


def test_a_warning_repeated_in_a_file_is_counted_on_stderr_and_kept_whole_in_run_json(tmp_path):
    gate = (ROOT / "input" / "000_a207adb440d4ae1d.txt").read_text(encoding="utf-8")
    head = gate[:gate.index("\n1. ") + 1]
    rows = "".join(f"{i}. Do thing {i} for the project. UN Women CO 2021/07 Delayedish Comment {i}\n" for i in range(1, 21))
    (tmp_path / "input").mkdir()
    (tmp_path / "input" / "big.txt").write_text(head + rows, encoding="utf-8")
    (tmp_path / "pipeline.yml").write_text("version: 1\nformats: [csv]\ncache: off\n")
    proc = run_evaletl("run", "--config", str(tmp_path / "pipeline.yml"), "--input", str(tmp_path / "input"),
                       "--output", str(tmp_path / "output"))
    message = "warning: unknown action status 'Delayedish', kept as written"
    said = [line for line in proc.stderr.splitlines() if message in line]
    first = head.count("\n") + 1
    assert said[:3] == [f"big.txt:{first + i}:1: {message}" for i in range(3)]
    assert said[3:] == [f"big.txt:{first + 3}:1: {message} (and 16 more times in this file, up to line {first + 19}; "
                        "run.json lists each)"]
    warnings = json.loads((tmp_path / "output" / "run.json").read_text())["warnings"]
    assert [w["line"] for w in warnings if w["message"].startswith("unknown action status")] == list(range(first, first + 20))
