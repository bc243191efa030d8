#!/usr/bin/env python3
"""Deterministic benchmark corpus for evaletl.

    make_corpus.py OUT_DIR [--docs N] [--seed S] [--samples DIR]

Recombines the blocks of the sample documents (input/*.txt) into N new
documents of realistic size (about 10 KB on average):

* ~80 % UN Women GATE management responses: a new title and office header,
  one or two overall comments, 2-6 recommendation blocks drawn from the
  samples, each with 0-6 key-action rows re-assembled from the pool of all
  sample rows with new deadlines (YYYY/MM) and statuses;
* ~15 % ILO evaluation summaries (sample 003) with a new title, new quick
  facts and some findings / good practices left out;
* ~5 % prose reports (sample 004) with a new title, year and partner list;
* with --erc-share P (default 4), P % UNDP ERC management responses (plain
  or pipe-table layout) re-assembled from the erc-* samples' recommendation,
  response and key-action blocks with new units, plans, dates and stamps, so
  parsing speed per byte of ERC pages can be compared with GATE pages
  (--erc-share 0 gives the corpus of earlier versions, byte for byte);
* with --only KIND (gate, erc, ilo or report), that kind alone: a corpus of
  only ERC pages and one of only GATE pages give the parsing time per input
  byte of each layout (`seconds.normalize` of run.json per MB, `--jobs 1`).

Every document has a unique title (and GATE office), so the pipeline rejects
none as a duplicate. The same --docs and --seed give a byte-identical corpus.
Files go to OUT_DIR/<year>/<NNNNNN>_<hex>.txt, UTF-8 with LF line ends
(--mixed-encodings: about 12 % CRLF, UTF-8 with BOM, UTF-16 or Windows-1252,
the documents themselves unchanged). Standard library only.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SAMPLES = HERE.parent.parent / "input"

# Kind mix (management_response / evaluation_summary / report).
MIX = (("gate", 80), ("ilo", 15), ("report", 5))


def mix(erc_share: int, only: str | None = None):
    """The kind mix with `erc_share` % ERC pages taken from the GATE share; `only` one kind."""
    if only:
        return ((only, 100),)
    if erc_share <= 0:
        return MIX
    return (("gate", 80 - erc_share), ("ilo", 15), ("report", 5), ("erc", erc_share))

STATUSES = (
    ("Completed", 30), ("Ongoing", 20), ("Overdue-Initiated", 14),
    ("Overdue-Not Initiated", 10), ("Not Initiated", 9),
    ("No Longer Applicable", 5), ("Initiated", 4), ("Over due", 2),
    ("", 2),  # blank status cell, as in some exports
)
# Longest first, so "Overdue-Not Initiated" is stripped before "Not Initiated".
KNOWN_STATUSES = sorted(
    ["Completed", "Ongoing", "Overdue-Initiated", "Overdue-Not Initiated",
     "Not Initiated", "No Longer Applicable", "Initiated", "Overdue",
     "Over due", "No deadline established"], key=len, reverse=True)

CATEGORIES = (("Accepted", 55), ("Partially Accepted", 20), ("Rejected", 3),
              ("Not applicable", 15), ("", 7))

COUNTRIES = [
    "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan",
    "Bangladesh", "Nepal", "India", "Sri Lanka", "Viet Nam", "Cambodia",
    "Myanmar", "Indonesia", "Philippines", "Timor-Leste", "Papua New Guinea",
    "Kenya", "Uganda", "Ethiopia", "Rwanda", "Tanzania", "Mozambique",
    "Malawi", "Zimbabwe", "Nigeria", "Ghana", "Senegal", "Mali", "Cameroon",
    "Liberia", "Sierra Leone", "Sudan", "Egypt", "Jordan", "Lebanon",
    "Palestine", "Iraq", "Morocco", "Tunisia", "Albania", "Georgia",
    "Moldova", "Ukraine", "Serbia", "Bosnia and Herzegovina", "Türkiye",
    "Colombia", "Ecuador", "Bolivia", "Guatemala", "Mexico", "Haiti",
    "Brazil", "Paraguay", "El Salvador",
]
MCOS = [
    "Multi-Country Office for Central Asia (Kazakhstan)",
    "Multi-Country Office for the Caribbean (Barbados)",
    "Multi-Country Office for the Maghreb (Morocco)",
    "Multi-Country Office for the Pacific (Fiji)",
    "Multi-Country Office for South Africa",
    "Multi-Country Office for India, Bhutan, Maldives and Sri Lanka",
]
ROS = [
    "Regional Office for Asia and the Pacific",
    "Regional Office for East and Southern Africa",
    "Regional Office for Arab States",
    "Regional Office for Europe and Central Asia",
    "Regional Office for West and Central Africa",
    "Regional Office for the Americas and the Caribbean",
]
HQS = [
    "Policy, Programme and Intergovernmental Division",
    "Strategic Partnerships Division",
    "Programme Support Management Unit",
    "Independent Evaluation Service",
    "Economic Empowerment Section",
    "Peace, Security and Humanitarian Section",
]

EVAL_KINDS = [
    "Final Evaluation of", "Mid-term Evaluation of", "Evaluation of",
    "Portfolio Evaluation of", "Country Portfolio Evaluation of",
    "Thematic Evaluation of", "Final Evaluation of the Project",
    "Decentralized Evaluation of", "Corporate Evaluation of",
]
TOPICS = [
    "Economic Empowerment of Women Home Based Workers",
    "Women's Political Participation and Leadership",
    "Ending Violence against Women and Girls",
    "Gender-Responsive Budgeting",
    "Women, Peace and Security",
    "Promoting and Protecting Women Migrant Workers' Labour and Human Rights",
    "Women's Access to Justice",
    "Climate-Resilient Agriculture for Rural Women",
    "Gender Statistics and Data",
    "Safe Cities and Safe Public Spaces",
    "Humanitarian Action and Crisis Response",
    "Women's Entrepreneurship and Access to Finance",
    "Prevention of Child Marriage",
    "Gender Equality in the Care Economy",
    "Women with Disabilities' Economic Inclusion",
    "Support to the National Action Plan on Gender Equality",
    "Strengthening National Gender Machinery",
    "Transformative Financing for Gender Equality",
    "Decent Work Opportunities for Vulnerable Segments of Society",
    "Elimination of Bonded Labour in the Brick Kiln Sector",
    "Social Protection Floors",
    "Skills Development and Employability of Youth",
    "Green Jobs and Just Transition",
    "Labour Inspection and Occupational Safety and Health",
    "Integrated Support to Home-Based Workers",
    "Towards Gender Parity",
    "Women in Informal Cross-Border Trade",
    "Digital Inclusion of Women and Girls",
]
ILO_KINDS = [
    "Independent Interim Evaluation (IIE) Report: ILO Project",
    "Independent Final Evaluation: ILO Project",
    "Independent Mid-term Evaluation: ILO Programme",
    "Internal Evaluation: ILO Project",
    "Cluster Evaluation: ILO Projects on",
]
REPORT_KINDS = [
    "Report on experience sharing and advocacy workshop",
    "Report on the stakeholder consultation",
    "Report on the validation workshop",
    "Report on the lessons-learned seminar",
    "Report on the national dialogue",
    "Report on the field monitoring mission",
]
DONORS = [
    "Ministry of Foreign Affairs and International Cooperation Government of Italy",
    "European Union", "Government of Norway", "Government of Sweden (Sida)",
    "Government of Canada", "Government of Japan", "USDOL",
    "Swiss Agency for Development and Cooperation", "Government of Australia",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
PEOPLE = ["Tahmina Mahmud", "Niaz Murtaza", "Rehana Shaikh", "Ana Ferreira",
          "Joseph Mwangi", "Leila Haddad", "Dilnoza Karimova", "Pedro Alvarez",
          "Mei Lin Tan", "Fatou Diop", "Olena Kovalenko", "Sanjay Rao"]
ROLE_PREFIXES = ["", "", "", "KAZ: ", "TKM: ", "TAJ: ", "MCO: ", "ALL MCO: "]


def weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


# ---------------------------------------------------------------- parsing

DEADLINE_RE = re.compile(r"^(?P<head>.*?) ?(?P<deadline>\d{4}/\d{2})(?: (?P<rest>.*))?$")


class Row:
    """One key-action row: text+responsible, comments, continuation lines."""

    def __init__(self, head: str, comments: str, cont: list[str]):
        self.head = re.sub(r"^\d+\.\s*", "", head)   # drop the numbering
        self.comments = comments
        self.cont = cont


class Rec:
    """One recommendation block up to its `Key Actions` line."""

    def __init__(self, lines: list[str]):
        self.lines = lines


def parse_gate(text: str):
    lines = text.split("\n")
    # overall comment: non-colon paragraphs between the header and ": Approved"
    status_i = next(i for i, l in enumerate(lines) if re.match(r"^: (Approved|Draft)", l))
    first_rec = next(i for i, l in enumerate(lines) if l.startswith("Recommendation:"))
    comments = []
    for l in lines[1:status_i]:
        if l.strip() and not l.startswith(":"):
            comments.append(l)
    # drop an office name written on its own line (sample 002)
    header_vals = {l[2:].strip() for l in lines[1:status_i] if l.startswith(": ")}
    comments = [c for c in comments if c.strip() not in header_vals]
    recs, rows = [], []
    i = first_rec
    while i < len(lines):
        j = i + 1
        while j < len(lines) and not lines[j].startswith("Recommendation:"):
            j += 1
        block = lines[i:j]
        ka = next(k for k, l in enumerate(block) if l.strip() == "Key Actions")
        recs.append(Rec(block[:ka]))
        body = block[ka + 1:]
        if body and body[0].startswith("Responsible Deadline Status Comments"):
            for l in body[1:]:
                if not l.strip():
                    continue
                m = DEADLINE_RE.match(l)
                if m:
                    rest = (m.group("rest") or "").strip()
                    for s in KNOWN_STATUSES:
                        if rest == s or rest.startswith(s + " "):
                            rest = rest[len(s):].strip()
                            break
                    rows.append(Row(m.group("head"), rest, []))
                elif rows:
                    rows[-1].cont.append(l)
        i = j
    return comments, recs, rows


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# ---------------------------------------------------------------- titles

class Titles:
    """Unique titles, compared case-, space- and punctuation-blind so that no
    normalization in the pipeline can make two of them equal."""

    def __init__(self):
        self.used: set[str] = set()

    @staticmethod
    def key(title: str) -> str:
        return " ".join(re.findall(r"[^\W_]+", title.casefold()))

    def unique(self, base: str) -> str:
        title, n = base, 1
        while self.key(title) in self.used:
            n += 1
            title = f"{base} - Phase {n}"
        self.used.add(self.key(title))
        return title


# ---------------------------------------------------------------- builders

def gate_doc(rng, titles, comments, recs, rows):
    kind = rng.random()
    if kind < 0.62:
        country = rng.choice(COUNTRIES)
        office, otype, place = country, "CO", country
    elif kind < 0.77:
        office, otype = rng.choice(MCOS), "MCO"
        place = rng.choice(COUNTRIES)
    elif kind < 0.90:
        office, otype = rng.choice(ROS), "RO"
        place = rng.choice(COUNTRIES)
    else:
        office, otype = rng.choice(HQS), "HQ"
        place = None
    y1 = rng.randint(2012, 2023)
    y2 = y1 + rng.choice([0, 0, 1, 1, 2, 3])
    topic = rng.choice(TOPICS)
    base = f"{rng.choice(EVAL_KINDS)} {topic}"
    if place:
        base += f" in {place}"
    base += rng.choice([f" ({y1}-{y2})", f" {y1}-{y2}", "", f" ({y1})"])
    if rng.random() < 0.3:
        base = f'Evaluation of "{base}"'
    title = titles.unique(base)
    out = ["Management Response", "", f": {office}", f": {y1} - {y2} , {office} ({otype})",
           f": {title}", ":"]
    if rng.random() < 0.7:
        out += [f": {place or office}", ":", ""]
    else:
        out += [":", "", office, "", ":", ""]
    for c in rng.sample(comments, rng.choice([1, 1, 2])):
        out += [c, ""]
    out.append(": Draft" if rng.random() < 0.05 else ": Approved")
    numbered = rng.random() < 0.35
    for rec in rng.sample(recs, min(len(recs), rng.randint(2, 6))):
        cat = weighted(rng, CATEGORIES)
        for l in rec.lines:
            if l.startswith("Management Response Category:"):
                l = f"Management Response Category: {cat}".rstrip() if cat else "Management Response Category:"
            out.append(l)
        out.append("Key Actions")
        n = 0 if rng.random() < 0.18 else rng.randint(1, 6)
        if n == 0:
            out.append("Key Action not added.")
            continue
        out.append("Responsible Deadline Status Comments")
        for k, row in enumerate(rng.sample(rows, n), 1):
            dl = f"{rng.randint(y2, y2 + 3)}/{rng.randint(1, 12):02d}"
            status = weighted(rng, STATUSES)
            head = row.head
            if not numbered and rng.random() < 0.15 and not re.match(r"^[A-Z/ ]+: ", head):
                head = rng.choice(ROLE_PREFIXES) + head
            line = f"{k}. {head}" if numbered else head
            line += f" {dl} {status}"
            if row.comments and rng.random() < 0.6:
                line += (" " if status else "") + row.comments
            out.append(line)
            out.extend(row.cont)
    return y1, "\n".join(out) + "\n"


def ilo_doc(rng, titles, text):
    y = rng.randint(2015, 2024)
    topic = rng.choice(TOPICS)
    c1, c2 = rng.sample(COUNTRIES, 2)
    base = f"{rng.choice(ILO_KINDS)} \u201c{topic}\u201d"
    title = titles.unique(base if rng.random() < 0.5 else f"{base} in {c1}")
    donor = rng.choice(DONORS)
    budget = f"{rng.randint(150_000, 9_800_000):,}"
    code = f"{c1[:3].upper()}/{y % 100 - rng.randint(1, 5):02d}/{rng.randint(1, 60):02d}/{donor[:3].upper()}"
    subs = {
        "Countries": f"{c1}, {c2}" if rng.random() < 0.5 else c1,
        "Evaluation date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {y}",
        "Evaluation type": rng.choice(["Project", "Project", "Cluster", "Thematic"]),
        "Evaluation timing": rng.choice(["Final", "Final", "Midterm", "Interim"]),
        "Administrative Office": f"ILO Country Office (CO) {c1}",
        "Evaluation manager": rng.choice(PEOPLE),
        "Evaluation consultant(s)": " and ".join(rng.sample(PEOPLE, 2)),
        "DC Symbol": code,
        "Donor(s) & budget": f"{donor}; \\${budget}",
    }
    paras = paragraphs(text)
    out, skip_next, region, titled = [], False, "", False
    for i, p in enumerate(paras):
        if skip_next:
            skip_next = False
            continue
        s = p.strip()
        if not titled and s:        # first paragraph with text: the title
            titled = True
            lead = p[: len(p) - len(p.lstrip("\n"))]
            out.append(lead + title)
            continue
        key = s.split(":", 1)[0]
        if key in subs and ":" in s and "\n" not in s:
            out.append(f"{key}: {subs[key]}")
            continue
        if s in ("Findings", "EMERGING GOOD PRACTICES", "RECOMMENDATIONS, LESSONS LEARNED AND GOOD PRACTICES"):
            region = s
        nxt = paras[i + 1].strip() if i + 1 < len(paras) else ""
        if region == "Findings" and re.match(r"^[A-Z][\w ,&-]{3,70}: ", s) \
                and re.match(r"^[A-Z][\w ,&-]{3,70}: ", nxt) and rng.random() < 0.2:
            continue                 # leave a finding out (only if the next one starts a new one)
        if region == "EMERGING GOOD PRACTICES" and "\n" not in s and len(s) < 120 \
                and not s.startswith("Component") and s != region and nxt and rng.random() < 0.25:
            skip_next = True         # leave a good practice (heading + text) out
            continue
        out.append(p)
    return y, "\n\n".join(out)


def report_doc(rng, titles, text):
    y = rng.randint(2008, 2023)
    base = f"{rng.choice(REPORT_KINDS)}: {rng.choice(TOPICS).lower()}"
    title = titles.unique(base)
    lines = text.split("\n")
    lines[0] = title
    districts = ["Sialkot", "Kasur", "Faisalabad", "Hyderabad", "Umerkot", "Multan",
                 "Quetta", "Peshawar", "Sukkur", "Thatta", "Gilgit", "Lahore"]
    bullets = [i for i, l in enumerate(lines) if l.startswith("\u2022 ")]
    for i in bullets:
        lines[i] = re.sub(r"District \w+", f"District {rng.choice(districts)}", lines[i])
    if bullets and rng.random() < 0.3:
        del lines[bullets[-1]]
    body = "\n".join(lines).replace("2011", str(y))
    return y, body


# ---------------------------------------------------------------- main

ERC_REC_RE = re.compile(r"(?m)^(?:\d+\. Recommendation:|Evaluation recommendation \d+\.)")
ERC_STAMP_RE = re.compile(r"^\[Added: [^\]]*\](?: \[Last Updated: [^\]]*\])? ?\|?$")
ERC_CELLS_RE = re.compile(r"^(?P<resp>.*?) (?:\d{4}/\d{2}|No due date) (?P<status>"
                          r"No deadline established|No Longer Applicable|Completed|Initiated|Ongoing)"
                          r"(?: (?P<comments>.*))?$")


class ERCPool:
    """Blocks of the ERC management-response samples: recommendations, responses, actions."""

    def __init__(self):
        self.recs: list[str] = []
        self.responses: list[str] = []
        self.actions: list[tuple[str, str, str]] = []   # (text, responsible, comments)

    def add(self, text: str):
        marks = list(ERC_REC_RE.finditer(text))
        for i, m in enumerate(marks):
            block = text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)]
            head, _, rest = block.partition("\nManagement Response:")
            self.recs.append(" ".join(head.split()))
            resp, _, acts = rest.partition("\nKey Actions:")
            lines = [l for l in resp.split("\n")[1:] if l.strip()]
            if lines:
                self.responses.append(" ".join(" ".join(lines).split()))
            lines = [l.strip() for l in acts.split("\n") if l.strip()]
            for j, l in enumerate(lines):
                if ERC_STAMP_RE.match(l) and j >= 1 and j + 1 < len(lines):
                    cells = lines[j + 1]
                    if "|" in cells:
                        parts = [c.strip() for c in cells.split("|")]
                        resp_, comments = parts[0], (parts[3] if len(parts) > 3 else "")
                    else:
                        c = ERC_CELLS_RE.match(cells)
                        if not c:
                            continue
                        resp_, comments = c.group("resp"), c.group("comments") or ""
                    text_ = re.sub(r"^\d+(?:\.\d+)+\.?\s+", "", lines[j - 1])
                    self.actions.append((text_, resp_, comments.replace("History", "").strip()))


def load_samples(samples: Path):
    gate, ilo, report = [], [], []
    erc = ERCPool()
    for f in sorted(samples.glob("*.txt")):
        t = f.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        if t.lstrip().startswith("Management Response"):
            gate.append(t)
        elif "QUICK FACTS" in t:
            ilo.append(t)
        elif "Commissioning Unit:" in t:
            erc.add(t)
        elif "Report Cover Image" in t or t.lstrip().startswith("Lessons learned"):
            continue    # ERC records and i-eval lessons: not generated
        else:
            report.append(t)
    if not (gate and ilo and report):
        sys.exit(f"make_corpus: {samples} lacks a GATE, ILO or report sample")
    comments, recs, rows = [], [], []
    for t in gate:
        c, r, w = parse_gate(t)
        comments += c
        recs += r
        rows += w
    return comments, recs, rows, ilo, report, erc


def erc_doc(rng, titles, erc: ERCPool):
    """A UNDP ERC management response page, plain or pipe-table layout."""
    unit = rng.choice(COUNTRIES)
    y1 = rng.randint(2008, 2022)
    y2 = y1 + rng.choice([3, 4, 4, 5])
    done = rng.randint(y1, y2)
    title = titles.unique(f"{rng.choice(EVAL_KINDS)} {rng.choice(TOPICS)} in {unit} ({y1}-{y2})")
    pipe = rng.random() < 0.3
    etype = rng.choice(["Project", "Outcome", "UNDAF", "Country Programme Evaluation", "Mid Term Project"])
    if pipe:
        out = [f"Commissioning Unit: | {unit} |", "---|---|", f"Evaluation Plan: | {y1}-{y2} |",
               f"Evaluation Type: | {etype} |", f"Completion Date: | {rng.randint(1, 12):02d}/{done} |",
               f"Unit Responsible for providing Management Response: | {unit}", "|",
               "Documents Related to overall Management Response: |", "|", "Key Action Update History"]
    else:
        out = ["Success message", "error message", "warn message", title, f"Commissioning Unit: {unit}",
               f"Evaluation Plan: {y1}-{y2}", f"Evaluation Type: {etype}",
               f"Completion Date: {rng.randint(1, 12):02d}/{done}",
               f"Unit Responsible for providing Management Response: {unit}",
               "Documents Related to overall Management Response:", " "]

    def stamp():
        a = f"{done + rng.randint(0, 1)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
        if rng.random() < 0.6:
            return f"[Added: {a}] [Last Updated: {done + rng.randint(1, 3)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}]"
        return f"[Added: {a}]"

    for r in range(1, rng.randint(2, 8) + 1):
        rec = rng.choice(erc.recs)
        out.append(f"Evaluation recommendation {r}. {rec}" if pipe else f"{r}. Recommendation: {rec}")
        out.append(f"Management Response: {stamp()}")
        if not pipe:
            out.append("")
        out.append(rng.choice(erc.responses))
        n = 0 if rng.random() < 0.15 else rng.randint(1, 5)
        if n == 0:
            continue
        if pipe:
            out += ["Key Actions:", "Key Action | Responsible | DueDate | Status | Comments | Documents |",
                    "---|---|---|---|---|---|"]
        else:
            out += ["", "Key Actions:", "", "Key Action Responsible DueDate Status Comments Documents"]
        for k in range(1, n + 1):
            text, resp, comments = rng.choice(erc.actions)
            due = "No due date" if rng.random() < 0.05 else f"{rng.randint(done, done + 3)}/{rng.randint(1, 12):02d}"
            status = "No deadline established" if due == "No due date" else weighted(rng, STATUSES) or "Completed"
            status = "Overdue" if status == "Over due" else status
            if pipe:
                out += [f"{r}.{k} {text}", f"{stamp()} |", f"{resp} | {due} | {status} | {comments} History | |"]
            else:
                out += [text, stamp(), f"{resp} {due} {status} {comments}".rstrip()]
    return done, "\n".join(out) + "\n"


def encode(vrng: random.Random | None, body: str) -> tuple[str, bytes]:
    """UTF-8, or with --mixed-encodings a few of the variants real exports have."""
    if vrng is not None:
        x = vrng.random()
        if x < 0.06:
            return "crlf", body.replace("\n", "\r\n").encode("utf-8")
        if x < 0.09:
            return "utf-8-bom", b"\xef\xbb\xbf" + body.encode("utf-8")
        if x < 0.10:
            return "utf-16", body.encode("utf-16")          # with BOM
        if x < 0.12:
            try:
                return "windows-1252", body.replace("\n", "\r\n").encode("cp1252")
            except UnicodeEncodeError:
                pass
    return "utf-8", body.encode("utf-8")


def generate(out_dir: Path, docs: int, seed: int, samples: Path = DEFAULT_SAMPLES,
             mixed_encodings: bool = False, erc_share: int = 4, only: str | None = None) -> dict:
    comments, recs, rows, ilo, report, erc = load_samples(samples)
    if not erc.actions:
        erc_share = 0     # no ERC sample to draw from
        if only == "erc":
            raise SystemExit("--only erc: no ERC sample to draw from")
    rng = random.Random(seed)
    # separate stream, so the documents are the same with and without variants
    vrng = random.Random(seed * 1_000_003 + 7) if mixed_encodings else None
    encodings: dict[str, int] = {}
    titles = Titles()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    kinds = {"management_response": 0, "evaluation_summary": 0, "report": 0, "erc": 0}
    total = 0
    kind_mix = mix(erc_share, only)
    for i in range(docs):
        kind = weighted(rng, kind_mix)
        if kind == "erc":
            year, body = erc_doc(rng, titles, erc)
            kinds["erc"] += 1
        elif kind == "gate":
            year, body = gate_doc(rng, titles, comments, recs, rows)
            kinds["management_response"] += 1
        elif kind == "ilo":
            year, body = ilo_doc(rng, titles, rng.choice(ilo))
            kinds["evaluation_summary"] += 1
        else:
            year, body = report_doc(rng, titles, rng.choice(report))
            kinds["report"] += 1
        enc, data = encode(vrng, body)
        encodings[enc] = encodings.get(enc, 0) + 1
        d = out_dir / str(year)
        d.mkdir(exist_ok=True)
        (d / f"{i:06d}_{rng.getrandbits(64):016x}.txt").write_bytes(data)
        total += len(data)
    return {"files": docs, "bytes": total, "mb": total / 1e6,
            "avg_kb": total / docs / 1e3 if docs else 0.0, "kinds": kinds, "seed": seed,
            "encodings": dict(sorted(encodings.items()))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES,
                    help="folder of sample documents (default: the repository's input/)")
    ap.add_argument("--mixed-encodings", action="store_true",
                    help="write ~12%% of the files as CRLF, UTF-8 with BOM, UTF-16 or Windows-1252")
    ap.add_argument("--erc-share", type=int, default=4,
                    help="percent of UNDP ERC management responses (0: the corpus of earlier versions)")
    ap.add_argument("--only", choices=("gate", "erc", "ilo", "report"),
                    help="documents of this kind alone (e.g. to compare parsing speed per byte of ERC and GATE pages)")
    a = ap.parse_args(argv)
    s = generate(a.out_dir, a.docs, a.seed, a.samples, a.mixed_encodings, a.erc_share, a.only)
    k = s["kinds"]
    print(f"{s['files']} files, {s['mb']:.1f} MB ({s['avg_kb']:.1f} KB average): "
          f"{k['management_response']} management_response (GATE), {k['erc']} management_response (ERC), "
          f"{k['evaluation_summary']} evaluation_summary, {k['report']} report -> {a.out_dir}")
    if a.mixed_encodings:
        print("encodings: " + ", ".join(f"{n} {e}" for e, n in s["encodings"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
