import re,glob,difflib,sys
lines=[]
files=[]
for n in range(8,42):
    files+=sorted(glob.glob(f'/work/sealed42c/tests/data/sealed{n}/README*.md'))
    files+=sorted(glob.glob(f'/work/sealed42c/tests/data/sealed{n}/QUERIES*.md'))
for f in files:
    txt=open(f).read().split('\n')
    insec=False; cur=None
    isq=f.split('/')[-1].startswith('QUERIES')
    for l in txt:
        if l.startswith('#'):
            if cur: lines.append(cur); cur=None
            insec = isq or ('quer' in l.lower())
            continue
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
def W(s): return set(re.findall(r'[a-z0-9]+',s.lower()))
qs=[l.strip() for l in open(sys.argv[1]) if l.strip()]
print(len(files),'files',len(lines),'lines')
ok=True
for i,q in enumerate(qs,1):
    ql=q.lower(); best=(0,''); bj=(0,''); sub=None
    for l in lines:
        ll=l.lower()
        if ql in ll or ll in ql: sub=l
        r=difflib.SequenceMatcher(None,ql,ll).ratio()
        if r>best[0]: best=(r,l)
        a,b=W(q),W(l); j=len(a&b)/len(a|b)
        if j>bj[0]: bj=(j,l)
    fail = sub or best[0]>0.65 or bj[0]>0.45
    ok &= not fail
    print(i,'FAIL' if fail else 'ok', f'{best[0]:.3f}',f'{bj[0]:.3f}', q, '|| R:',best[1][:80],'|| J:',bj[1][:80], '|| SUB:'+sub if sub else '')
print('ALL OK' if ok else 'SOME FAIL')
