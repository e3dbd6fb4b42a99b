"""Times the workspace's evaluation panel on a running `hfmine serve` (the README's figures).

Draws an enriched sample of 100 issues (55 %, at most 8 and 2 per repository, seed 7), saves 80
random relevance answers as annotator gold (blind, so no panel), then opens the workspace of an
annotator out of blind mode three times: the first view screens the gold issues' repositories.

    ./hfmine --work-dir W issues import DIR/real-issues/issues/*.jsonl
    ./hfmine --work-dir W issues classify --method rules
    ./hfmine --work-dir W serve --port 0 &      # prints its address
    python3 bench/serve/evaluation_panel_timing.py http://127.0.0.1:PORT/

The answers are random: the figures it prints time the panel, they say nothing of the rules.
"""
import re, sys, time, urllib.request, urllib.parse, http.cookiejar, random
base = sys.argv[1].rstrip('/')
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def get(path):
    t = time.time()
    try:
        r = op.open(base + path); body = r.read().decode()
    except urllib.error.HTTPError as e:
        body = e.read().decode()
    return body, time.time() - t
def post(path, form):
    t = time.time()
    try:
        r = op.open(urllib.request.Request(base + path, data=urllib.parse.urlencode(form, doseq=True).encode()))
        code = r.status
    except urllib.error.HTTPError as e:
        code = e.code
    return code, time.time() - t
page, _ = get('/annotate')
token = re.search(r'name="_token" value="([^"]+)"', page).group(1)
code, t = post('/annotate/samples', {'_token': token, 'name': 'round', 'size': '100', 'seed': '7', 'task': 'relevance',
    'enrich': '55%', 'per_repository': '8,2'})
print('draw', code, round(t, 1), 's')
random.seed(1)
saves = []
for at in range(1, 81):
    code, t = post('/annotate/save', {'_token': token, 'sample': 'round', 'annotator': 'gold', 'at': str(at),
        'ptm': random.choice(['yes', 'no']), 'type': '', 'note': ''})
    assert code == 303, code
    saves.append(t)
print('80 saves by a blind annotator: median %.3f s, max %.3f s' % (sorted(saves)[40], max(saves)))
code, _ = post('/annotate/blind', {'_token': token, 'sample': 'round', 'annotator': 'res', 'at': '1', 'blind': 'off'})
for i in range(3):
    body, t = get('/annotate/sample?sample=round&annotator=res&at=1')
    print('workspace with the panel, view %d: %.2f s' % (i + 1, t), 'strata table' if 'evaluation-strata' in body else 'NO strata table')
m = re.search(r'<p id="strata-heading">(.*?)</p>', body)
print(m.group(1) if m else re.search(r'id="weighting-problem">(.*?)</p>', body))
for key in ['P', 'R', 'weighted']:
    row = re.search(r'<tr data-stratum="%s">(.*?)</tr>' % key, body)
    print(key, re.findall(r'>([^<>]+)</td>', row.group(1)) if row else None)
body, t = get('/annotate/sample?sample=round&annotator=gold&at=1')
print('blind workspace: %.2f s' % t)
