import sys, random, importlib
from ids import R
mod = importlib.import_module(sys.argv[1])
for (lang,k),f in sorted(mod.TEMPLATES.items()):
    for s in range(int(sys.argv[2]) if len(sys.argv)>2 else 1):
        rng=random.Random("t%s%d%d"%(lang,k,s)); b=R(rng,lang,ocr=s==1,want12=s==0); f(b,rng)
        t=b.text()
        print("=====",lang,k)
        print(t)
        for sp in b.ids: print("  ",sp['label'],repr(t[sp['start']:sp['end']]),sp['forms'])
