#!/usr/bin/env python3
"""Sanity check for the eval QA files: format, duplicates, gold strings verbatim in their notice."""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NOTICE = os.environ.get('NOTICE', os.path.join(os.path.dirname(__file__), '..', '..', '..', 'main', 'resources', 'org', 'unionbot', 'knowledge', 'notice.txt'))
FILES = [('qa-extended.tsv', MAIN_NOTICE), ('qa-notice-b.tsv', os.path.join(HERE, 'notice-b.txt')),
         ('qa-notice-c.tsv', os.path.join(HERE, 'notice-c.md')), ('qa-notice-d.tsv', os.path.join(HERE, 'notice-d.txt')),
         ('qa-notice-e.tsv', os.path.join(HERE, 'notice-e.txt')), ('qa-notice-f.tsv', os.path.join(HERE, 'notice-f.txt')),
         ('qa-notice-g.tsv', os.path.join(HERE, 'notice-g.md')), ('qa-reworded.tsv', MAIN_NOTICE),
         ('qa-notice-h.tsv', os.path.join(HERE, 'notice-h.txt')),
         ('qa-notice-i.tsv', os.path.join(HERE, 'notice-i.md')),
         ('qa-notice-j.tsv', os.path.join(HERE, 'notice-j.txt')),
         ('qa-notice-k.tsv', os.path.join(HERE, 'notice-k.txt')),
         ('qa-notice-l.tsv', os.path.join(HERE, 'notice-l.txt')),
         ('qa-notice-m.tsv', os.path.join(HERE, 'notice-m.txt')),
         ('qa-notice-n.tsv', os.path.join(HERE, 'notice-n.txt')),
         ('qa-notice-o.tsv', os.path.join(HERE, 'notice-o.md')),
         ('qa-notice-p.tsv', os.path.join(HERE, 'notice-p.txt')),
         ('qa-notice-q.tsv', os.path.join(HERE, 'notice-q.txt')),
         ('qa-notice-r.tsv', os.path.join(HERE, 'notice-r.txt')),
         ('qa-notice-s.tsv', os.path.join(HERE, 'notice-s.txt')),
         ('qa-notice-t.tsv', os.path.join(HERE, 'notice-t.md')),
         ('qa-notice-u.tsv', os.path.join(HERE, 'notice-u.txt')),
         ('qa-notice-v.tsv', os.path.join(HERE, 'notice-v.md')),
         ('qa-notice-w.tsv', os.path.join(HERE, 'notice-w.txt')),
         ('qa-notice-x.tsv', os.path.join(HERE, 'notice-x.txt')),
         ('qa-notice-y.tsv', os.path.join(HERE, 'notice-y.txt')),
         ('qa-notice-z.tsv', os.path.join(HERE, 'notice-z.txt')),
         ('qa-notice-ab.tsv', os.path.join(HERE, 'notice-ab.md')),
         ('qa-notice-aa.tsv', os.path.join(HERE, 'notice-aa.txt')),
         ('qa-notice-ac.tsv', os.path.join(HERE, 'notice-ac.txt')),
         ('qa-notice-ad.tsv', os.path.join(HERE, 'notice-ad.txt')),
         ('qa-notice-ae.tsv', os.path.join(HERE, 'notice-ae.txt')),
         ('qa-notice-af.tsv', os.path.join(HERE, 'notice-af.md')),
         ('qa-notice-ag.tsv', os.path.join(HERE, 'notice-ag.txt')),
         ('qa-notice-ah.tsv', os.path.join(HERE, 'notice-ah.md')),
         ('qa-notice-aj.tsv', os.path.join(HERE, 'notice-aj.md')),
         ('qa-notice-ai.tsv', os.path.join(HERE, 'notice-ai.txt')),
         ('qa-notice-ak.tsv', os.path.join(HERE, 'notice-ak.txt')),
         ('qa-notice-al.tsv', os.path.join(HERE, 'notice-al.md')),
         ('qa-notice-am.tsv', os.path.join(HERE, 'notice-am.txt')),
         ('qa-notice-an.tsv', os.path.join(HERE, 'notice-an.txt')),
         ('qa-notice-ao.tsv', os.path.join(HERE, 'notice-ao.txt')),
         ('qa-notice-ap.tsv', os.path.join(HERE, 'notice-ap.txt')),
         ('qa-notice-aq.tsv', os.path.join(HERE, 'notice-aq.md')),
         ('qa-notice-ar.tsv', os.path.join(HERE, 'notice-ar.txt')),
         ('qa-notice-as.tsv', os.path.join(HERE, 'notice-as.txt')),
         ('qa-notice-at.tsv', os.path.join(HERE, 'notice-at.txt')),
         ('qa-notice-au.tsv', os.path.join(HERE, 'notice-au.txt')),
         ('qa-notice-av.tsv', os.path.join(HERE, 'notice-av.txt')),
         ('qa-notice-aw.tsv', os.path.join(HERE, 'notice-aw.txt')),
         ('qa-notice-ax.tsv', os.path.join(HERE, 'notice-ax.txt')),
         ('qa-notice-ay.tsv', os.path.join(HERE, 'notice-ay.md')),
         ('qa-notice-az.tsv', os.path.join(HERE, 'notice-az.txt')),
         ('qa-notice-ba.tsv', os.path.join(HERE, 'notice-ba.txt')),
         ('qa-notice-bb.tsv', os.path.join(HERE, 'notice-bb.md')),
         ('qa-notice-bc.tsv', os.path.join(HERE, 'notice-bc.txt')),
         ('qa-notice-bd.tsv', os.path.join(HERE, 'notice-bd.md')),
         ('qa-notice-be.tsv', os.path.join(HERE, 'notice-be.md')),
         ('qa-notice-bf.tsv', os.path.join(HERE, 'notice-bf.txt')),
         ('qa-notice-bg.tsv', os.path.join(HERE, 'notice-bg.txt')),
         ('qa-notice-bh.tsv', os.path.join(HERE, 'notice-bh.md')),
         ('qa-notice-bi.tsv', os.path.join(HERE, 'notice-bi.txt')),
         ('qa-notice-bj.tsv', os.path.join(HERE, 'notice-bj.md')),
         ('qa-notice-bk.tsv', os.path.join(HERE, 'notice-bk.txt')),
         ('qa-notice-bl.tsv', os.path.join(HERE, 'notice-bl.md')),
         ('qa-notice-bm.tsv', os.path.join(HERE, 'notice-bm.txt')),
         ('qa-notice-bn.tsv', os.path.join(HERE, 'notice-bn.txt')),
         ('qa-notice-bo.tsv', os.path.join(HERE, 'notice-bo.txt')),
         ('qa-notice-bp.tsv', os.path.join(HERE, 'notice-bp.md')),
         ('qa-notice-bq.tsv', os.path.join(HERE, 'notice-bq.txt')),
         ('qa-notice-br.tsv', os.path.join(HERE, 'notice-br.md')),
         ('qa-notice-bs.tsv', os.path.join(HERE, 'notice-bs.txt')),
         ('qa-notice-bt.tsv', os.path.join(HERE, 'notice-bt.md')),
         ('qa-notice-bu.tsv', os.path.join(HERE, 'notice-bu.txt')),
         ('qa-notice-bv.tsv', os.path.join(HERE, 'notice-bv.txt')),
         ('qa-notice-bw.tsv', os.path.join(HERE, 'notice-bw.txt')),
         ('qa-notice-bx.tsv', os.path.join(HERE, 'notice-bx.txt')),
         ('qa-notice-by.tsv', os.path.join(HERE, 'notice-by.txt')),
         ('qa-notice-bz.tsv', os.path.join(HERE, 'notice-bz.txt')),
         ('qa-notice-ca.tsv', os.path.join(HERE, 'notice-ca.txt')),
         ('qa-notice-cb.tsv', os.path.join(HERE, 'notice-cb.txt')),
         ('qa-notice-cc.tsv', os.path.join(HERE, 'notice-cc.txt')),
         ('qa-notice-cd.tsv', os.path.join(HERE, 'notice-cd.txt')),
         ('qa-notice-ce.tsv', os.path.join(HERE, 'notice-ce.txt')),
         ('qa-notice-cf.tsv', os.path.join(HERE, 'notice-cf.txt')),
         ('qa-notice-cg.tsv', os.path.join(HERE, 'notice-cg.txt')),
         ('qa-notice-ch.tsv', os.path.join(HERE, 'notice-ch.txt')),
         ('qa-notice-ci.tsv', os.path.join(HERE, 'notice-ci.txt')),
         ('qa-notice-cj.tsv', os.path.join(HERE, 'notice-cj.txt')),
         ('qa-notice-ck.tsv', os.path.join(HERE, 'notice-ck.txt')),]
NUM = dict(zip('一二三四五六七八九', '123456789'))
NUM.update({v: k for k, v in NUM.items()})

def norm_len(s):
    return sum(1 for ch in s if not ch.isspace() and not unicodedata.category(ch).startswith('P'))

def variants(p):  # numeral-swapped spellings of p (四个步骤 <-> 4个步骤)
    return {''.join(NUM.get(c, c) if i == j else c for j, c in enumerate(p)) for i in range(len(p)) if p[i] in NUM}

errors = 0
for name, notice_path in FILES:
    if not os.path.exists(os.path.join(HERE, name)): print(name, 'missing'); errors += 1; continue
    raw = open(os.path.join(HERE, name), 'rb').read()
    notice = open(notice_path, encoding='utf-8').read()
    # a notice pasted from a PDF breaks lines mid-word and carries page footers (— 1 —): its gold
    # strings are checked against the text as a reader sees it, lines joined and footers gone
    notice = re.sub(r'\n*— \d+ —\n*', '', notice).replace('\n', '') if '— 1 —' in notice else notice
    text = raw.decode('utf-8')
    if b'\r' in raw or text.startswith('\ufeff'): print(name, 'CR or BOM found'); errors += 1
    seen, ans, fb, numvar, paras = {}, 0, 0, 0, set()
    for n, line in enumerate(text.split('\n'), 1):
        if not line: continue
        if line.startswith('#'):
            m = re.match(r'# paragraph (\d+)', line)
            if m: paras.add(int(m.group(1)))
            continue
        cols = line.split('\t')
        if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
            print(f'{name}:{n}: bad row {line!r}'); errors += 1; continue
        q, gold = cols
        if q in seen: print(f'{name}:{n}: duplicate question (also line {seen[q]}): {q}'); errors += 1
        seen[q] = n
        if gold == '<FALLBACK>': fb += 1; continue
        ans += 1
        alts = gold.split('|')
        if not any(all(p in notice for p in a.split('&')) for a in alts):
            print(f'{name}:{n}: no alternative fully found: {gold}'); errors += 1
        for a in alts:
            for p in a.split('&'):
                if p in notice: continue
                if any(v in notice and v in alts for v in variants(p)): numvar += 1; continue
                print(f'{name}:{n}: not a substring of notice: {p!r}'); errors += 1
            if norm_len(a.replace('&', '')) > 150: print(f'{name}:{n}: gold too long'); errors += 1
    extra = f', paragraphs tagged: {min(paras)}-{max(paras)} ({len(paras)})' if paras else ''
    print(f'{name}: {ans} answerable + {fb} FALLBACK = {ans + fb} rows; '
          f'{numvar} numeral-variant alternatives (digit<->Chinese numeral of a verbatim one){extra}')
print('OK' if errors == 0 else f'{errors} ERRORS')
sys.exit(1 if errors else 0)
