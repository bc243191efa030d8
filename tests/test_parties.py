"""Responsible parties end to end: rows to check listed in run.json, and a user lexicon
(`parties:` in pipeline.yml) that changes a split on the next run, cache on."""
import csv
import json

from conftest import run_evaletl

PAGE = """Management Response
: Mali
: 2018 - 2020 , Mali (CO)
: Évaluation du programme
Commentaire général.
: Approved
Recommendation: Renforcer le suivi des activités.
Management Response: Accepted: le bureau renforcera le suivi.
Key Actions
Responsible Deadline Status Comments
1. Valider le cadre de résultats avec les partenaires Comité national de pilotage 2020/03 Initiated
2. Former les points focaux genre Wanalher Ag Alwaly ; Responsable de projet 2020/06 Completed
"""


def one_page(tmp_path, config_text="version: 1\nformats: [csv]\n"):
    """An input folder holding PAGE, an output path, and a pipeline.yml beside them."""
    src = tmp_path / "input"
    src.mkdir()
    (src / "mali.txt").write_text(PAGE, encoding="utf-8")
    config = tmp_path / "pipeline.yml"
    config.write_text(config_text)
    return src, tmp_path / "output", config


def rows(out, table):
    with open(out / "csv" / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_rows_to_check_then_a_lexicon_entry_splits_them(tmp_path):
    src, out, config = one_page(tmp_path)
    run_evaletl("run", "--config", str(config), "--input", str(src), "--output", str(out))
    report = json.loads((out / "run.json").read_text())
    check = report["responsible_to_check"]
    assert [(c["file"], c["line"]) for c in check] == [("mali.txt", 11)], check
    assert rows(out, "actions")[0]["responsible"] == ""
    assert rows(out, "actions")[1]["responsible"] == "Wanalher Ag Alwaly ; Responsable de projet"
    people = {r["name"]: r["kind"] for r in rows(out, "stakeholders")}
    assert people == {"Wanalher Ag Alwaly": "person"}

    # The office teaches evaletl its committee; the same input, cache on, reads it on the next run.
    (tmp_path / "parties.yml").write_text(
        "version: 1\nparties:\n"
        "  - name: Project Steering Committee\n    kind: group\n    aliases: [Comité national de pilotage]\n",
        encoding="utf-8")
    config.write_text("version: 1\nformats: [csv]\nparties: parties.yml\n")
    run_evaletl("run", "--config", str(config), "--input", str(src), "--output", str(out))
    report = json.loads((out / "run.json").read_text())
    assert report["responsible_to_check"] == []
    first = rows(out, "actions")[0]
    assert first["responsible"] == "Comité national de pilotage"
    assert first["text"] == "Valider le cadre de résultats avec les partenaires"
    people = {r["name"]: r["kind"] for r in rows(out, "stakeholders")}
    assert people == {"Project Steering Committee": "group", "Wanalher Ag Alwaly": "person"}


def test_a_bad_lexicon_names_file_line_and_column(tmp_path):
    src, _, config = one_page(tmp_path, "version: 1\nparties: parties.yml\n")
    (tmp_path / "parties.yml").write_text("parties:\n  - name: PMU\n    kind: office\n", encoding="utf-8")
    proc = run_evaletl("run", "--config", str(config), "--input", str(src), "--output", str(tmp_path / "out"), check=False)
    assert proc.returncode != 0
    assert f"{tmp_path}/parties.yml:3:11: 'kind' must be one of organization, unit, person, group" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_the_example_lexicon_reads_and_inspect_uses_it(tmp_path):
    from conftest import ROOT
    page = tmp_path / "mali.txt"
    page.write_text(PAGE.replace("Comité national de pilotage", "PMU"), encoding="utf-8")
    config = tmp_path / "pipeline.yml"
    config.write_text(f"version: 1\nparties: {ROOT / 'docs' / 'parties.example.yml'}\n")
    parsed = json.loads(run_evaletl("inspect", "--config", str(config), str(page)).stdout)["parsed"]
    first = parsed["recommendations"][0]["actions"][0]
    assert first["responsible"] == "PMU"
    assert first["parties"] == [{"name": "Programme Management Unit", "kind": "unit"}]


def test_report_html_lists_the_rows_to_check(tmp_path):
    src, out, config = one_page(tmp_path)
    run_evaletl("run", "--input", str(src), "--output", str(out), "--config", str(config))
    page = (out / "report.html").read_text(encoding="utf-8")
    section = page[page.index('id="responsible"'):page.index('id="warnings"')]
    assert "mali.txt" in section and "11" in section and "could not tell the responsible party" in section
