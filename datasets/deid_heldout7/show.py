import json,sys
recs=[json.loads(l) for l in open('records.jsonl')]
want=sys.argv[1:]
seen=set()
for r in recs:
    if r['template'] in seen: continue
    if want and not any(w in r['template'] for w in want): continue
    seen.add(r['template'])
    t=r['text']
    out=[];p=0
    for s in r['identifiers']:
        out.append(t[p:s['start']]); out.append('[['+t[s['start']:s['end']]+'|'+s['label']+':'+','.join(s['forms'])+']]'); p=s['end']
    out.append(t[p:])
    print('=====',r['id'],r['language'],r['template']); print(''.join(out))
