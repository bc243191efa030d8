"""report.html opened in headless Chromium: its text checked against the tables, its layout from a screenshot.

Text: Chromium's DOM (`--dump-dom`), so what is checked is what a browser makes of
the page (an escaped `<review>` stays text). Layout: a screenshot at a wide and a
narrow window, checked for what does not depend on the machine's fonts: the
image's size, that it is not blank, and that the charts' colours are drawn (the
stacked status bar spanning most of the content width).
"""
import csv
import datetime as dt
import json
import re
import shutil
import subprocess
from collections import Counter, defaultdict
from html.parser import HTMLParser

import pytest

from conftest import ROOT, run_evaletl

CONFIG = "version: 1\ncache: off\nformats: [csv, xlsx]\n"
MADE = re.compile(r"Made (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC from (.+) by evaletl (\S+)")
# The page's colours (ReportPage.head): completed, overdue, ongoing or initiated.
GREEN, RED, BLUE = (0x2E, 0x7D, 0x32), (0xC6, 0x28, 0x28), (0x3B, 0x6E, 0xA5)


def browser():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("chromium not installed (scripts/ensure-deps.sh test installs it)")
    return path


def chromium(*args):
    proc = subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag=None, cls=None, **attrs):
        for c in self.children:
            if isinstance(c, str):
                continue
            if ((tag is None or c.tag == tag) and (cls is None or cls in c.attrs.get("class", "").split())
                    and all(c.attrs.get(k) == v for k, v in attrs.items())):
                yield c
            yield from c.find_all(tag, cls, **attrs)

    def find(self, tag=None, cls=None, **attrs):
        return next(self.find_all(tag, cls, **attrs), None)


class Tree(HTMLParser):
    """The DOM Chromium dumped, as nodes with text (enough to read tables, sections and attributes)."""
    VOID = {"meta", "br", "link", "img", "input", "hr", "col", "wbr"}

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Node("#document", [], None)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in self.VOID:
            self.at = node

    def handle_endtag(self, tag):
        n = self.at
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.at = n.parent

    def handle_data(self, data):
        self.at.children.append(data)


def dom(page):
    return Tree(chromium("--dump-dom", page.as_uri())).root


def cells(row):
    return [" ".join(c.text().split()) for c in row.children if not isinstance(c, str) and c.tag in ("td", "th")]


def table_rows(root, cls):
    table = root.find("table", cls)
    return [cells(r) for r in table.find("tbody").find_all("tr")]


def read_csv(out, table):
    with open(out / "csv" / f"{table}.csv", newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def percent(part, whole):
    """As ReportPage writes it: one decimal, rounded half up."""
    if whole == 0:
        return "–"
    tenths = (part * 2000 + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}%"


def evaletl_run(tmp_path, input_dir, *extra):
    (tmp_path / "pipeline.yml").write_text(CONFIG)
    out = tmp_path / "output"
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    proc = run_evaletl("run", "--config", str(tmp_path / "pipeline.yml"), "--input", str(input_dir),
                       "--output", str(out), *extra, check=False)
    after = dt.datetime.now(dt.timezone.utc)
    assert proc.returncode in (0, 3), proc.stderr
    return out, before, after


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A run over input/ at --jobs 2, the time around it, and the page's DOM."""
    out, before, after = evaletl_run(tmp_path_factory.mktemp("report"), ROOT / "input", "--jobs", "2")
    return out, before, after, dom(out / "report.html")


@pytest.fixture(scope="module")
def problems(tmp_path_factory):
    """A run over two documents with warnings (one with `<review>` in a value), an empty file and a PDF."""
    work = tmp_path_factory.mktemp("problems")
    docs = work / "input"
    docs.mkdir()
    a = (ROOT / "input" / "000_a207adb440d4ae1d.txt").read_text(encoding="utf-8").split("\n")
    assert a[11] == ": Approved" and a[15] == "Management Response Category: Accepted"
    a[11] = ": Pending <review>"
    a[15] = "Management Response Category: Agreed in part"
    (docs / "a.txt").write_text("\n".join(a), encoding="utf-8")
    b = (ROOT / "input" / "001_9fc373b0ba08516c.txt").read_bytes()
    (docs / "b.txt").write_bytes(b.replace(b"Promoting and Protecting", b"Promoting and Prot\xe9cting", 1))
    (docs / "empty.txt").write_bytes(b"")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    out, _, _ = evaletl_run(work, docs)
    return out, dom(out / "report.html")


def test_header_says_when_from_what_and_by_which_evaletl_it_was_made(sample):
    out, before, after, root = sample
    made = MADE.fullmatch(" ".join(root.find("p", "made").text().split()))
    assert made, root.find("p", "made").text()
    when = dt.datetime.strptime(made[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)
    assert before <= when <= after
    assert root.find("time").attrs["datetime"] == when.strftime("%Y-%m-%dT%H:%M:%SZ")
    run = json.loads((out / "run.json").read_text())
    assert (made[2], made[3]) == (str(ROOT / "input"), run["evaletl_version"])


def test_evaluations_table_has_a_row_per_evaluation_with_recommendations_as_the_csv_counts(sample):
    out, _, _, root = sample
    recs = Counter(r["evaluation_id"] for r in read_csv(out, "recommendations"))
    actions = defaultdict(list)
    for a in read_csv(out, "actions"):
        actions[a["evaluation_id"]].append(a)
    want = []
    for e in read_csv(out, "evaluations"):
        if not recs[e["evaluation_id"]]:
            continue
        acts = actions[e["evaluation_id"]]
        counted = [a for a in acts if a["status"] != "No Longer Applicable"]
        done = sum(a["status"] == "Completed" for a in counted)
        late = sum(a["overdue"] == "true" for a in counted)
        start, end = e["period_start"], e["period_end"]
        year = (start if start == end else f"{start}-{end}") if start and end else start or end or e["evaluation_date"][:4]
        want.append([e["title"] or "(no title)", e["office"], year, f"{recs[e['evaluation_id']]:,}", f"{len(acts):,}",
                     percent(done, len(counted)), percent(late, len(counted))])
    got = table_rows(root, "evaluations")
    assert len(got) == len(want) == 7
    for g, w in zip(got, want):
        for shown, full in zip(g[:2], w[:2]):
            assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1].rstrip())), (shown, full)
        assert g[2:] == w[2:], (g, w)
    assert root.find("section", id="evaluations").find("h2").text() == "Evaluations: 7"


def test_measures_are_the_workbook_implementation_sheets(sample):
    openpyxl = pytest.importorskip("openpyxl")
    out, _, _, root = sample
    ws = openpyxl.load_workbook(out / "workbook.xlsx", read_only=True)["Implementation"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = rows[[r[0] for r in rows].index("Level")]
    sheet = [dict(zip(header, r)) for r in rows if r[0] in ("All offices", "Office")]
    whole = sheet[0]
    counts = {" ".join(d.find("dt").text().split()): int(d.find("dd").text().replace(",", ""))
              for d in root.find("dl", "counts").find_all("div")}
    assert counts == {
        "Evaluations with recommendations": whole["Evaluations"], "Recommendations": whole["Recommendations"],
        "Recommendations without key actions": whole["Recommendations without key actions"],
        "Key actions": whole["Key actions"], "Actions counted": whole["Actions counted"],
        "Completed": whole["Completed"], "Overdue": round(whole["Share overdue"] * whole["Actions counted"]),
        "Actions without a deadline": whole["Actions without a deadline"]}
    figures = {f.text()[len(f.find("b").text()):]: f.find("b").text() for f in root.find("section", "figures").find_all("div", "figure")}
    assert figures["completed"] == percent(whole["Completed"], whole["Actions counted"])
    offices = {r[0]: r for r in table_rows(root, "measures")}
    assert len(offices) == len(sheet) - 1
    for s in sheet[1:]:
        name = next(k for k in offices if k == s["Office"] or (k.endswith("…") and s["Office"].startswith(k[:-1])))
        o = offices[name]
        assert o[1:5] == [f"{s[k]:,}" for k in ("Evaluations", "Recommendations", "Key actions", "Actions counted")]
        assert o[5] == percent(s["Completed"], s["Actions counted"])
        assert o[7] == f"{s['Actions without a deadline']:,}"
    statuses = header[header.index("Key actions") + 1:header.index("Actions counted")]
    bars = root.find("div", "chart", **{"aria-label": "Key actions by status"})
    shown = dict(zip([d.text() for d in bars.find_all("div", "label")],
                     [int(d.text().replace(",", "")) for d in bars.find_all("div", "count")]))
    assert shown == {k: whole[k] for k in statuses if whole[k]}


def test_recommendations_without_a_category_are_apart_from_documents_without_the_field(sample):
    out, _, _, root = sample
    kinds = {e["evaluation_id"]: e["doc_type"] for e in read_csv(out, "evaluations")}
    responses = Counter()
    summaries = 0
    for r in read_csv(out, "recommendations"):
        if kinds[r["evaluation_id"]] == "management_response":
            responses[r["response_category"] or "(no category given)"] += 1
        else:
            summaries += 1
    chart = root.find("div", "chart", **{"aria-label": "Recommendations by management response category"})
    shown = dict(zip([d.text() for d in chart.find_all("div", "label")],
                     [int(d.text().replace(",", "")) for d in chart.find_all("div", "count")]))
    assert shown == dict(responses) and shown["(no category given)"] == 7
    apart = " ".join(root.find("p", id="no-category-field").text().split())
    assert f"ILO evaluation summaries: {summaries} recommendations" in apart and summaries == 13


def test_rejects_and_warnings_are_grouped_by_file(problems):
    _, root = problems
    def groups(section):
        s = root.find("section", id=section)
        return s.find("h2").text(), [(d.find("summary").text().split()[0],
                                      [" ".join(li.text().split()) for li in d.find_all("li")])
                                     for d in s.find_all("details")]
    assert groups("rejects") == ("Rejected files (2 files, 2 messages)", [
        ("empty.txt", ["rejected: empty file"]), ("scan.pdf", ["rejected: a PDF file, not a text export"])])
    assert groups("warnings") == ("Warnings (2 files, 3 messages)", [
        ("a.txt", ["line 12 unknown approval status 'Pending <review>', kept as written",
                   "line 16 unknown management response category 'Agreed in part', kept as written"]),
        ("b.txt", ["not valid UTF-8; read as Windows-1252"])])
    nav = [a.text() for a in root.find("nav").find_all("a")]
    assert nav == ["Implementation", "Evaluations", "Rejected files (2)", "Responsible party to check (0)", "Warnings (3)"]


def test_long_labels_end_in_an_ellipsis_with_the_whole_text_on_hover(problems):
    out, root = problems
    titles = {e["source_file"]: e["title"] for e in read_csv(out, "evaluations")}
    first = root.find("table", "evaluations").find("td", "title").find("span")
    assert first.attrs["title"] == f"{titles['a.txt']}\na.txt"
    assert first.text().endswith("…") and len(first.text()) == 80
    cut = [n for n in root.find_all("span") if n.text().endswith("…")]
    assert len(cut) >= 3
    for n in cut:
        assert n.attrs["title"].split("\n")[0].startswith(n.text()[:-1].rstrip())


def test_page_is_self_contained_and_the_same_but_its_made_line(sample, tmp_path):
    out, *_ = sample
    page = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|https?://|url\(|@import", page)
    again, *_ = evaletl_run(tmp_path, ROOT / "input", "--jobs", "1")
    def unmade(html):
        return [line for line in html.split("\n") if not line.startswith('<p class="made">')]
    assert unmade((again / "report.html").read_text(encoding="utf-8")) == unmade(page)
    assert sum(line.startswith('<p class="made">') for line in page.split("\n")) == 1


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshot_is_drawn_with_its_charts_at_wide_and_narrow_widths(sample, tmp_path, width):
    Image = pytest.importorskip("PIL.Image")
    out, *_ = sample
    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", f"--window-size={width},1800", (out / "report.html").as_uri())
    img = Image.open(shot).convert("RGB")
    assert img.size == (width, 1800)
    pixels = img.load()
    def near(p, c):
        return all(abs(a - b) <= 12 for a, b in zip(p, c))
    ink = sum(1 for y in range(0, 1800, 4) for x in range(0, width, 4) if sum(pixels[x, y]) < 600)
    assert ink > 0.01 * (width // 4) * (1800 // 4), "the page looks blank"
    # The stacked bar of key actions by status: one row of pixels, green then blue then red, across the content.
    rows = [y for y in range(1800) if any(near(pixels[x, y], GREEN) for x in range(0, width, 2))
            and any(near(pixels[x, y], RED) for x in range(0, width, 2))
            and any(near(pixels[x, y], BLUE) for x in range(0, width, 2))]
    assert rows, "no chart drawn in its colours"
    y = rows[0]
    coloured = [x for x in range(width) if any(near(pixels[x, y], c) for c in (GREEN, RED, BLUE))]
    assert coloured[-1] - coloured[0] > 0.6 * min(width, 1152), (coloured[0], coloured[-1])
    assert coloured[-1] < width, "the bar runs off the page"
