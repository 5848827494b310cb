"""Retention on a running server: loads N entries through the batch API, OLD_SHARE of them
400-700 days old (loaded first) and the rest of the last 30 days, sets a 365-day policy, times
the pruner until the expired entries are gone, and times four listings before and after.

Usage: python3 scripts/retention-bench.py BASE ADMIN_TOKEN N OLD_SHARE
  against `auditlog serve --retention-every 1` on a fresh database (docs/performance.md).
"""
import json, sys, time, urllib.request, random

base, admin, n, old_share = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])

def call(method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token,
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")

call("POST", "/v1/organizations", admin, {"id": "org_ret", "name": "Retention"})
key = call("POST", "/v1/organizations/org_ret/api-keys", admin,
           {"name": "k", "scopes": ["audit:write", "audit:read"]})["key"]
now = time.time()
rng = random.Random(1)
t0 = time.time()
for start in range(0, n, 1000):
    items = []
    for i in range(start, min(n, start + 1000)):
        old = i < n * old_share
        ts = now - (400 + rng.random() * 300) * 86400 if old else now - rng.random() * 30 * 86400
        items.append({"action": rng.choice(["created", "updated", "deleted"]),
                      "resource_type": rng.choice(["member", "thread", "assistant"]),
                      "resource_id": "r%d" % rng.randrange(5000), "user_id": "u%d" % rng.randrange(200),
                      "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))})
    call("POST", "/v1/organizations/org_ret/audit-log/batch", key, {"items": items})
print(f"loaded {n} entries in {time.time() - t0:.1f} s")

def timed_list(q):
    best = 1e9
    for _ in range(5):
        t = time.time()
        page = call("GET", "/v1/organizations/org_ret/audit-log?limit=50" + q, key)
        best = min(best, time.time() - t)
    return best * 1000, page["total"]

queries = ["", "&entity_type=member", "&entity_type=thread&actor_id=u7", "&target_id=r12"]
before = [timed_list(q) for q in queries]
t = time.time()
call("PUT", "/v1/organizations/org_ret/retention", admin, {"days": 365})
expected = int(n * old_share)
while True:
    got = call("GET", "/v1/organizations/org_ret/retention", admin)["pruned_entries"]
    if got >= expected - 20000:  # an unsealed tail of old entries would wait for sealing
        break
    time.sleep(0.2)
took = time.time() - t
print(f"pruned {got} of {expected} expired entries in {took:.1f} s ({got / took:,.0f} entries/s, pass every 1 s)")
after = [timed_list(q) for q in queries]
for q, (b, bt), (a, at) in zip(queries, before, after):
    print(f"list{q or ' (no filter)'}: {b:.1f} ms (total {bt}) before, {a:.1f} ms (total {at}) after")
