import re,glob,sys,difflib
lines=[]
for d in range(8,43):
    for f in glob.glob(f'/work/sealed43b/tests/data/sealed{d}/README*.md')+glob.glob(f'/work/sealed43b/tests/data/sealed{d}/QUERIES*.md'):
        txt=open(f).read().split('\n')
        insec=False; cur=None
        for l in txt:
            if l.startswith('#'):
                if cur: lines.append(cur); cur=None
                insec='quer' in l.lower(); continue
            if not insec: continue
            m=re.match(r'^\s*(\d+)[.)]\s+(.*)',l)
            if m:
                if cur: lines.append(cur)
                cur=m.group(2).strip()
            elif cur and l.strip() and l.startswith(' '):
                cur+=' '+l.strip()
            else:
                if cur: lines.append(cur); cur=None
        if cur: lines.append(cur)
print(len(lines),file=sys.stderr)
def W(s): return set(re.findall(r'[a-z0-9]+',s.lower()))
for q in [l.strip() for l in open(sys.argv[1]) if l.strip()]:
    ql=q.lower(); br=0;bj=0;sub=None;ar=bl=None
    for l in lines:
        ll=l.lower()
        if ql in ll or ll in ql: sub=l
        r=difflib.SequenceMatcher(None,ql,ll).ratio()
        if r>br: br,ar=r,l
        a,b=W(q),W(l); j=len(a&b)/len(a|b) if a|b else 0
        if j>bj: bj,bl=j,l
    ok= sub is None and br<=0.65 and bj<=0.45
    print(('PASS' if ok else 'FAIL'),f'{br:.3f} {bj:.3f}',q,'| sub:'+sub if sub else '', '| r:'+ar if br>0.65 else '', '| j:'+bl if bj>0.45 else '')
