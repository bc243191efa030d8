"""The outputs of a run over input/, opened by the programs users open them with."""
import subprocess
import sys

from conftest import ROOT


def run_check(*cmd):
    proc = subprocess.run(list(cmd), capture_output=True, text=True, timeout=900)
    print(proc.stdout[-4000:])
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]


def test_every_table_xml_validates_against_the_xsd_with_xmllint(sample_output):
    run_check("bash", str(ROOT / "scripts" / "xml" / "check_xml.sh"), str(sample_output))


def test_workbook_opens_in_libreoffice_with_the_csv_values(sample_output):
    run_check(sys.executable, str(ROOT / "scripts" / "xml" / "check_workbook.py"), str(sample_output))


def test_parquet_read_by_pyarrow_duckdb_polars_equals_the_csv(sample_output):
    run_check(sys.executable, str(ROOT / "scripts" / "parquet" / "check_tables.py"), str(sample_output))
