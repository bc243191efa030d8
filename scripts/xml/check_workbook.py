#!/usr/bin/env python3
"""Checks OUTPUT_DIR/workbook.xml against OUTPUT_DIR/csv/*.csv through LibreOffice.

    scripts/xml/check_workbook.py output

Converts the SpreadsheetML 2003 workbook to .xlsx with LibreOffice headless
(`soffice --headless --convert-to xlsx`), reads it with openpyxl and checks, per
CSV table: one sheet (plus continuation sheets `table (2)`, ...), the header,
the row count and every value. Column types come from OUTPUT_DIR/xml/schema.xsd
when present: dates must be dates, numbers numbers, booleans TRUE/FALSE.
Each sheet must also have a bold header row, frozen and with an AutoFilter in
workbook.xml (LibreOffice's headless import keeps neither, so that part is
checked in the source). On every sheet, every column's width must survive the
import (the width workbook.xml gives it, in points, is the converted one), and
text with a line break or a line over 50 characters must wrap.

CSV conventions: empty cell = null, lists joined with "; ", one leading `'`
before = + - @ is a formula guard. The workbook's safety nets are applied to
the CSV side before comparing: characters XML 1.0 forbids become U+FFFD, and
text is cut to 32,767 UTF-16 units.

Needs: soffice (apt-get install libreoffice-calc), openpyxl.
Exit status: 0 all equal, 1 differences, 2 cannot run.
"""
import csv
import datetime as dt
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MAX_TEXT = 32767
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
XS = "{http://www.w3.org/2001/XMLSchema}"
TYPES = {"xs:string": "string", "xs:int": "int", "xs:double": "double", "xs:boolean": "bool",
         "xs:date": "date", "stringList": "list"}
MAX_REPORTED = 20
# Character widths LibreOffice's import gives a column per point of its SpreadsheetML `ss:Width`
# (100 pt -> 15.75, measured with LibreOffice 7.4); a width within 3 % of it has survived.
CHARS_PER_POINT = 0.1575
# A text line longer than this (the widest column evaletl makes) wraps in its cell.
WRAP_AFTER = 50
SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def column_types(out_dir):
    """{table: {column: type}} from xml/schema.xsd, or {} without it."""
    path = os.path.join(out_dir, "xml", "schema.xsd")
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    tables = {}
    for table in root.findall(f"{XS}element"):
        row = table.find(f"{XS}complexType/{XS}sequence/{XS}element")
        cols = row.findall(f"{XS}complexType/{XS}sequence/{XS}element") if row is not None else []
        tables[table.get("name")] = {c.get("name"): TYPES.get(c.get("type"), "string") for c in cols}
    return tables


def convert(workbook, tmp, infilter="MS Excel 2003 XML"):
    """workbook.xml converted to .xlsx by LibreOffice; `infilter=None` lets LibreOffice pick the
    import filter, as it does when a person opens the file (7.4 then reads it with another filter,
    which numbers a sheet's <Column>s on from the previous sheet's unless the first says ss:Index)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install libreoffice-calc")
    profile = "file://" + os.path.join(tmp, "profile")
    cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    cmd += [f"--infilter={infilter}"] if infilter else []
    cmd += ["--convert-to", "xlsx", "--outdir", tmp, workbook]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    xlsx = os.path.join(tmp, os.path.splitext(os.path.basename(workbook))[0] + ".xlsx")
    if done.returncode != 0 or not os.path.exists(xlsx):
        print(done.stdout, done.stderr, file=sys.stderr)
        sys.exit(2)
    return xlsx


def cut_utf16(s, limit=MAX_TEXT):
    if len(s.encode("utf-16-le")) // 2 <= limit:
        return s
    units, out = 0, []
    for ch in s:
        w = 2 if ord(ch) > 0xFFFF else 1
        if units + w > limit:
            break
        units += w
        out.append(ch)
    return "".join(out)


def expected_text(c):
    if len(c) > 1 and c[0] == "'" and c[1] in "=+-@":
        c = c[1:]
    return cut_utf16(FORBIDDEN.sub("\ufffd", c))


def newlines(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


def is_bool_format(cell):
    return "TRUE" in (cell.number_format or "").upper()


def compare(c, cell, ctype):
    """None if the workbook cell holds the CSV value c, else a description of the difference."""
    v = cell.value
    if c == "":
        return None if v in (None, "") else f"expected empty, got {v!r}"
    if v is None:
        return f"expected {c!r}, got empty"
    number = isinstance(v, (int, float)) and not isinstance(v, bool)
    if ctype == "bool" or (ctype is None and (isinstance(v, bool) or (number and is_bool_format(cell)))):
        if isinstance(v, bool) or (number and is_bool_format(cell)):
            got = "true" if v else "false"
            return None if got == c.lower() else f"expected {c}, got {got}"
        return f"expected boolean {c}, got {v!r} ({cell.number_format})"
    if ctype == "date" or (ctype is None and isinstance(v, dt.datetime)):
        if isinstance(v, (dt.datetime, dt.date)):
            got = v.date().isoformat() if isinstance(v, dt.datetime) else v.isoformat()
            return None if got == c else f"expected date {c}, got {got}"
        # NB: dates before 1900-03-01 are text in the workbook (Excel has no serials for them).
        return None if isinstance(v, str) and v == c and c < "1900-03-01" else f"expected date {c}, got {v!r}"
    if ctype in ("int", "double") or (ctype is None and number):
        want = float(c)
        if number:
            ok = (want == v) or math.isclose(want, v, rel_tol=1e-15) or (math.isnan(want) and math.isnan(v))
            return None if ok else f"expected number {c}, got {v!r}"
        if ctype == "double" and isinstance(v, str) and not math.isfinite(want):
            got = float(v)
            return None if got == want or (math.isnan(got) and math.isnan(want)) else f"expected {c}, got {v!r}"
        return f"expected number {c}, got {v!r}"
    got = v if isinstance(v, str) else str(v)
    if not isinstance(v, str):
        return f"expected text {c!r}, got {type(v).__name__} {v!r}"
    return None if newlines(got) == newlines(expected_text(c)) else f"expected {expected_text(c)!r}, got {got!r}"


def sheets_of(wb, table):
    names = [table]
    n = 2
    while f"{table} ({n})" in wb.sheetnames:
        names.append(f"{table} ({n})")
        n += 1
    return [wb[s] for s in names if s in wb.sheetnames]


def source_layout(workbook):
    """{sheet: problems} for the frozen header and AutoFilter, read from the SpreadsheetML itself.

    NB: LibreOffice 7.4's SpreadsheetML import keeps neither in a headless conversion
    (pane settings need a view; the filter's database range is dropped), so these are
    checked in the source file rather than in the converted .xlsx.
    """
    ss, x = "{urn:schemas-microsoft-com:office:spreadsheet}", "{urn:schemas-microsoft-com:office:excel}"
    layout = {}
    for ws in ET.parse(workbook).getroot().iter(f"{ss}Worksheet"):
        name, problems = ws.get(f"{ss}Name"), []
        rows = ws.findall(f"{ss}Table/{ss}Row")
        ncols = len(rows[0].findall(f"{ss}Cell")) if rows else 0
        opts = ws.find(f"{x}WorksheetOptions")
        frozen = opts is not None and opts.find(f"{x}FreezePanes") is not None and \
            opts.findtext(f"{x}SplitHorizontal") == "1" and opts.findtext(f"{x}TopRowBottomPane") == "1"
        if not frozen:
            problems.append("header row not frozen (WorksheetOptions)")
        flt = ws.find(f"{x}AutoFilter")
        want = f"R1C1:R{len(rows)}C{ncols}"
        if flt is None or flt.get(f"{x}Range") != want:
            problems.append(f"AutoFilter {None if flt is None else flt.get(x + 'Range')} != {want}")
        if rows and any(c.get(f"{ss}StyleID") != "sHdr" for c in rows[0].findall(f"{ss}Cell")):
            problems.append("header cells not in the bold header style")
        layout[name] = problems
    return layout


def source_widths(workbook):
    """{sheet: {column number: width in points}} as workbook.xml declares them (`ss:Index` read)."""
    widths = {}
    for ws in ET.parse(workbook).getroot().iter(f"{SS}Worksheet"):
        at, sheet = 0, {}
        for col in ws.findall(f"{SS}Table/{SS}Column"):
            at = int(col.get(f"{SS}Index", at + 1))
            sheet[at] = float(col.get(f"{SS}Width"))
        widths[ws.get(f"{SS}Name")] = sheet
    return widths


def converted_widths(ws):
    """{column number: width in characters} of an openpyxl sheet, for the columns that have one."""
    from openpyxl.utils import column_index_from_string
    widths = {}
    for key, dim in ws.column_dimensions.items():
        if not dim.width:
            continue
        lo = dim.min or column_index_from_string(key)
        for n in range(lo, (dim.max or lo) + 1):
            widths[n] = dim.width
    return widths


def width_problems(source, wb):
    """What widths of workbook.xml (`source_widths`) the converted workbook lost, sheet by sheet."""
    problems = []
    for name, want in source.items():
        if name not in wb.sheetnames:
            problems.append(f"{name}: no sheet after conversion")
            continue
        got = converted_widths(wb[name])
        for n, points in sorted(want.items()):
            chars = points * CHARS_PER_POINT
            if n not in got or abs(got[n] - chars) > 0.03 * chars:
                problems.append(f"{name}: column {n} is {got.get(n)} characters wide, not {chars:.2f} ({points:g} pt)")
    return problems


def wrap_problems(wb):
    """Text cells with a line break or a long line that do not wrap in the converted workbook.

    NB: shorter text in a long-text column wraps too (the column's style), which changes nothing
    on screen: it fits the column.
    """
    problems = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                lines = newlines(cell.value).split("\n")
                want = len(lines) > 1 or max(len(line) for line in lines) > WRAP_AFTER
                if want and not cell.alignment.wrap_text:
                    problems.append(f"{ws.title}!{cell.coordinate}: does not wrap ({len(cell.value)} characters)")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        import openpyxl
    except ImportError:
        sys.exit("openpyxl missing: python3 -m venv .venv && .venv/bin/pip install openpyxl")
    out_dir = sys.argv[1]
    types = column_types(out_dir)
    tmp = tempfile.mkdtemp(prefix="check_workbook_")
    workbook = os.path.join(out_dir, "workbook.xml")
    layout = source_layout(workbook)
    wb = openpyxl.load_workbook(convert(workbook, tmp))
    problems = width_problems(source_widths(workbook), wb) + wrap_problems(wb)
    csv_dir = os.path.join(out_dir, "csv")
    tables = sorted(f[:-4] for f in os.listdir(csv_dir) if f.endswith(".csv"))
    if not tables:
        sys.exit(f"{csv_dir}: no CSV files")
    for table in tables:
        with open(os.path.join(csv_dir, table + ".csv"), newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        header, data = rows[0], rows[1:]
        sheets = sheets_of(wb, table)
        if not sheets:
            problems.append(f"{table}: no worksheet")
            continue
        got_rows = []
        for ws in sheets:
            problems.extend(f"{ws.title}: {p}" for p in layout.get(ws.title, ["not in workbook.xml"]))
            if ws.max_row >= 1 and not ws.cell(1, 1).font.b:
                problems.append(f"{ws.title}: header not bold after conversion")
            got_header = [ws.cell(1, i + 1).value for i in range(len(header))]
            if got_header != header:
                problems.append(f"{ws.title}: header {got_header} != {header}")
            if ws.max_column > len(header) and any(ws.cell(r, len(header) + 1).value is not None
                                                   for r in range(1, ws.max_row + 1)):
                problems.append(f"{ws.title}: more columns than {len(header)}")
            got_rows.extend(list(ws.iter_rows(min_row=2, max_col=len(header)))[: max(0, ws.max_row - 1)])
        if len(got_rows) != len(data):
            problems.append(f"{table}: {len(got_rows)} rows in the workbook, {len(data)} in the CSV")
        ctypes = types.get(table, {})
        for r, (want, got) in enumerate(zip(data, got_rows), start=2):
            for name, c, cell in zip(header, want, got):
                diff = compare(c, cell, ctypes.get(name))
                if diff:
                    problems.append(f"{table} CSV line {r}, column {name}: {diff}")
        print(f"{table}: {len(data)} rows, {len(sheets)} sheet(s) checked")
    extra = [s for s in wb.sheetnames if re.sub(r" \(\d+\)$", "", s) not in tables]
    if extra:
        problems.append(f"sheets without a CSV table: {extra}")
    shutil.rmtree(tmp, ignore_errors=True)
    for p in problems[:MAX_REPORTED]:
        print("DIFF", p)
    if len(problems) > MAX_REPORTED:
        print(f"... and {len(problems) - MAX_REPORTED} more")
    print("OK" if not problems else f"FAILED: {len(problems)} difference(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
