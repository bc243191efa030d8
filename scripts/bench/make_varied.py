#!/usr/bin/env python3
"""Varied corpus: the sample documents mutated toward the text rules' edge cases.

    make_varied.py OUT_DIR [SAMPLES_DIR (default: input/)]

Each sample is written 144 times (12 rounds of 12 mutations): as it is, NFD,
odd characters sprinkled into words (dotless i, ß, ligatures, KELVIN SIGN,
combining marks, wide and circled forms, emoji), lines upper- or lower-cased,
lines dropped and repeated, spaces made NBSP or doubled, cut at a random point,
tabs and trailing blanks, English labels in other languages, NFD of the
sprinkled text, page-break blank runs, random characters; about one in five in
CRLF, UTF-8 with BOM, UTF-16 or Windows-1252. Seeded: the same samples give
the same corpus. Used to check that a change leaves every output byte as it was
(run two builds on it and diff the output folders).
"""
import random, sys, unicodedata
from pathlib import Path
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
samples = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent.parent.parent / "input"
srcs = sorted(samples.glob('*.txt'))
docs = [p.read_text(encoding='utf-8', errors='replace') for p in srcs]
rnd = random.Random(11)
ODD = ['é', 'É', 'ü', 'Ñ', 'ß', 'İ', 'ı', 'ﬁ', 'K', 'Σ', 'ς', 'Ω', 'Å', 'ø', 'ç', 'Ç', 'ő', '\u00a0', '\u2003', '\u3000', '–', '—', '’', '“', '”', '•', '…', 'ǅ', 'ǈ', '\u0301', 'Ａ', '①', '٣', 'ℹ', '☃', '😀']
def mutate(t, k):
    lines = t.split('\n')
    if k == 0: return t
    if k == 1: return unicodedata.normalize('NFD', t)
    if k == 2:  # sprinkle odd characters into words
        out = []
        for ch in t:
            out.append(ch)
            if ch.isalpha() and rnd.random() < 0.03: out.append(rnd.choice(ODD))
        return ''.join(out)
    if k == 3: return '\n'.join(l.upper() if rnd.random() < 0.3 else (l.lower() if rnd.random() < 0.2 else l) for l in lines)
    if k == 4:  # shuffle/delete/duplicate lines
        ls = [l for l in lines if rnd.random() > 0.08]
        for _ in range(len(ls) // 10):
            i = rnd.randrange(len(ls) or 1); ls.insert(i, rnd.choice(lines))
        return '\n'.join(ls)
    if k == 5: return t.replace(' ', '\u00a0' if rnd.random() < .5 else '  ').replace(':', ' :' if rnd.random() < .3 else ':')
    if k == 6: return t[: rnd.randrange(len(t) + 1)]
    if k == 7: return '\n'.join(('\t' + l if rnd.random() < .2 else l) + (' ' if rnd.random() < .2 else '') for l in lines)
    if k == 8:  # words swapped for accented versions
        return t.replace('Responsible', 'Responsáble').replace('Office', 'Öffice').replace('UN Women', 'ONU Mujeres').replace('and', 'y').replace('Management', 'Gestión')
    if k == 9:  # NFD of accented mutation
        return unicodedata.normalize('NFD', mutate(t, 2))
    if k == 10: return t.replace('\n\n', '\n\n\n\n\n')
    if k == 11: return ''.join(rnd.choice(ODD) if rnd.random() < 0.01 else c for c in t)
    return t
n = 0
for rep in range(12):
    for di, t in enumerate(docs):
        for k in range(12):
            m = mutate(t, k)
            # a unique first line so documents are not duplicates of each other
            m = m if rnd.random() < 0.5 else m.replace('\n', f' v{n}\n', 1)
            enc = rnd.random()
            if enc < .08: data = m.replace('\n', '\r\n').encode('utf-8')
            elif enc < .12: data = b'\xef\xbb\xbf' + m.encode('utf-8')
            elif enc < .16: data = m.encode('utf-16')
            elif enc < .20:
                try: data = m.encode('cp1252')
                except UnicodeEncodeError: data = m.encode('utf-8')
            else: data = m.encode('utf-8')
            (out / f'{n:05d}_{di:02d}_{k:02d}.txt').write_bytes(data); n += 1
print(n, 'files')
