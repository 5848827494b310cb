#!/usr/bin/env python3
"""Writes the upgrade test's fixture with a released `auditlog`: a store as that release left
it (a plain-SQL dump) and every answer it gave (status, the headers that carry data, and the
SHA-256 of the body), for `tests/cli/upgrade.rs` to load into the current build and compare.

Run once per backend, with the release's binary; CI never runs this:

    make_fixture.py --auditlog /path/to/release/auditlog --engine sqlite
    make_fixture.py --auditlog /path/to/release/auditlog --engine postgres \\
        --postgres-url postgres://postgres@127.0.0.1:5432/upgrade_fixture

The PostgreSQL database must not have a schema named upgrade_fixture. Standard library only.
"""

import argparse
import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

ADMIN = "upgrade-fixture-admin-token-0123456789"
HERE = os.path.dirname(os.path.abspath(__file__))
# The schema the release writes to; the test renames it to its own.
PG_SCHEMA = "upgrade_fixture"
KEPT_HEADERS = ["content-type", "x-total-count", "link", "x-next-page-token"]

TYPES = ["assistant", "thread", "workflow", "connection", "vector_store", "rule",
         "mcp_configuration", "document"]
ACTIONS = ["created", "updated", "updated", "updated", "deleted", "shared", "viewed"]
USERS = [
    ("u1", "Ada Lovelace", "ada@example.com"),
    ("u2", "Grace Hopper", "grace@navy.example"),
    ("u3", "Alan Turing", "alan@example.org"),
    ("u4", "Edsger Dijkstra", "ewd@example.nl"),
    ("u5", "Barbara Liskov", "liskov@example.com"),
    ("u6", "Donald Knuth", "knuth@example.edu"),
    ("svc", "Nightly Sync", None),
]
NAMES = ["Customer Support Bot", "Billing Workflow", "Onboarding Thread", "Sales Assistant",
         "Escalation Rules", "Knowledge Base", "Supply Chain Connection", "Weekly Report",
         "Zürich Office Assistant", "support-bot-v2"]
DEPARTMENTS = ["d1", "d2", "d3", None, None]


def entries(rng, org, count):
    out = []
    day0 = 1_761_955_200  # 2025-11-01T00:00:00Z
    for i in range(count):
        kind = rng.choice(TYPES)
        user = rng.choice(USERS[: 2 + (i % 6)])
        # Mostly in order, a backfill far out of order, and ties on the same second.
        if i % 17 == 0:
            ts = day0 + rng.randrange(0, 5 * 86_400)
        elif i % 11 == 0 and out:
            ts = out[-1]["_ts"]
        else:
            ts = day0 + 10 * 86_400 + i * 3_600 + rng.randrange(0, 3_000)
        e = {
            "_ts": ts,
            "action": rng.choice(ACTIONS),
            "resource_type": kind,
            "resource_id": f"{kind[:3]}_{rng.randrange(0, 12)}",
            "resource_name": rng.choice(NAMES),
            "user_id": user[0],
            "user_name": user[1],
        }
        if user[2]:
            e["user_email"] = user[2]
        if user[0] == "svc":
            e["actor_type"] = "system"
        dept = rng.choice(DEPARTMENTS)
        if dept:
            e["department_id"] = dept
        targets = []
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            t = rng.choice(["workflow", "assistant", "connection"])
            targets.append({"type": t, "id": f"{t[:2]}_{rng.randrange(0, 6)}",
                            "name": rng.choice(NAMES)})
        if targets:
            e["targets"] = targets
        if i % 3 == 0:
            e["before"] = {"temperature": 0.5, "tools": {"web_search": False}}
            e["after"] = {"temperature": 0.5 + (i % 5) / 10, "tools": {"web_search": i % 2 == 0}}
        if i % 4 == 0:
            e["metadata"] = {"ip_address": f"10.0.{i % 7}.{i % 200}", "source": "web_ui",
                             "country": rng.choice(["DE", "CH", "US"]),
                             "user_agent": "Mozilla/5.0", "request": {"n": i}}
        if i % 5 == 0:
            e["idempotency_key"] = f"{org}-evt-{i}"
        if i == 7:
            e["action"] = f"{kind}.archived"  # dotted, stored as the verb
        out.append(e)
    for e in out:
        ts = e.pop("_ts")
        e["timestamp"] = f"{to_iso(ts)}.{(ts * 7919) % 1_000_000:06d}Z"
    return out


def to_iso(seconds):
    import datetime
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S")


class Server:
    def __init__(self, binary, url, cwd):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITLOG_")}
        env["AUDITLOG_ADMIN_TOKEN"] = ADMIN
        self.proc = subprocess.Popen(
            [binary, "serve", "--listen", "127.0.0.1:0", "--database", url],
            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in self.proc.stdout:
            if line.startswith("auditlog listening on "):
                self.base = line.split()[3]
                return
        raise SystemExit("the server did not start")

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", f"Bearer {ADMIN}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req) as res:
                return res.status, {k.lower(): v for k, v in res.headers.items()}, res.read()
        except urllib.error.HTTPError as e:
            return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def load(server, rng):
    for org, name in [("acme", "Acme Corp"), ("globex", "Globex"), ("initech", "Initech")]:
        status, _, body = server.call("POST", "/v1/organizations", {"id": org, "name": name})
        assert status == 201, body
    logs = {"acme": entries(rng, "acme", 200), "globex": entries(rng, "globex", 40)}
    checkpointed = False
    for org, items in logs.items():
        base = f"/v1/organizations/{org}/audit-log"
        i = 0
        while i < len(items):
            if i % 50 == 13:
                status, _, body = server.call("POST", base, items[i])
                i += 1
            else:
                batch = items[i: i + rng.choice([1, 5, 25])]
                status, _, body = server.call("POST", base + "/batch", {"items": batch})
                i += len(batch)
            assert status == 201, body
            if org == "acme" and not checkpointed and i >= 60:
                # A signed checkpoint part way, kept in the store.
                assert server.call("GET", base + "/checkpoint")[0] == 200
                checkpointed = True
        # A replay changes nothing.
        assert server.call("POST", base, items[0])[0] == 200
    assert server.call("GET", "/v1/organizations/acme/audit-log/checkpoint")[0] == 200
    return logs


def requests(server):
    """Every request the fixture records, found by asking the server (ids, cursors)."""
    out = []
    acme = "/v1/organizations/acme/audit-log"
    filters = {
        "entity_type": "assistant", "action_type": "updated", "actor_id": "u2",
        "target_id": "wo_3", "department_id": "d2", "from_date": "2025-11-12",
        "search_term": "supp bot",
    }
    names = list(filters)
    q = urllib.parse.urlencode
    out += [acme, acme + "?limit=7", acme + "?skip=5&limit=7", acme + "?skip=1000",
            acme + "?to_date=2025-11-04", acme + "?from_date=2025-11-02&to_date=2025-11-20T10:00:00Z",
            acme + "?search_term=example.com", acme + "?search_term=z%C3%BCr",
            acme + "?target_id=as_2", acme + "?actor_id=svc&limit=3"]
    for n in names:
        out.append(acme + "?" + q({n: filters[n], "limit": 5}))
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            out.append(acme + "?" + q({names[a]: filters[names[a]], names[b]: filters[names[b]],
                                       "limit": 5}))
    for trio in [("entity_type", "actor_id", "from_date"), ("action_type", "target_id", "search_term"),
                 ("actor_id", "department_id", "search_term")]:
        out.append(acme + "?" + q({**{n: filters[n] for n in trio}, "limit": 5}))
    out.append(acme + "?" + q({"entity_type": "assistant", "action_type": "updated",
                               "actor_id": "u1", "from_date": "2025-11-01",
                               "to_date": "2025-12-31", "search_term": "bot", "limit": 5}))
    for start in [acme + "?limit=9", acme + "?actor_id=u1&limit=4", acme + "?search_term=s&limit=6"]:
        path = start
        for _ in range(4):
            out.append(path)
            status, _, body = server.call("GET", path)
            cursor = json.loads(body).get("next_cursor") if status == 200 else None
            if not cursor:
                break
            path = re.sub(r"&?cursor=[^&]*", "", start) + "&" + q({"cursor": cursor})
    out += ["/v1/organizations/globex/audit-log?limit=100", "/v1/organizations/initech/audit-log"]

    camel = "/v1/acme/audit-logs"
    out += [camel + "?limit=6", camel + "?resourceType=thread&limit=6",
            camel + "?resourceId=ass_3", camel + "?action=deleted&userId=u3",
            camel + "?startDate=2025-11-13&endDate=2025-11-15&limit=4&offset=2",
            camel + "?resourceType=workflow&action=updated&userId=u2"]
    history = "/v1/{}/{}/history?organization_id=acme"
    out += [history.format("assistants", "ass_3"), history.format("threads", "thr_1") + "&action=updated",
            history.format("assistants", "ass_5") + "&user_id=u1&start_date=2025-11-12",
            history.format("rules", "rul_2") + "&limit=2&offset=1",
            history.format("vector-stores", "vec_4"), history.format("mcp-configurations", "mcp_0"),
            history.format("assistants", "never-recorded")]
    invent = "/orgs/acme/audit-logs"
    out += [invent + "?take=5", invent + "?action=assistant.updated&take=4",
            invent + "?assistant_id=as_1", invent + "?workflow_id=wo_2&user_id=u2",
            invent + "?connection_id=co_4&from=2025-11-12&to=2025-11-30",
            invent + "?take=3&page=4"]
    path = invent + "?user_id=u1&take=4"
    for _ in range(4):
        out.append(path)
        status, headers, _ = server.call("GET", path)
        token = headers.get("x-next-page-token")
        if not token:
            break
        path = invent + "?user_id=u1&take=4&" + q({"next": token})

    # Integrity: entries by id, their receipts, proofs, the checkpoint, exports.
    status, _, body = server.call("GET", acme + "?limit=100&skip=50")
    ids = [e["id"] for e in json.loads(body)["items"]][::13]
    for i in ids:
        out += [f"{acme}/{i}", f"{acme}/{i}/receipt"]
    out += [acme + "/checkpoint", acme + "/proof/inclusion?sequence=1",
            acme + "/proof/inclusion?sequence=150", acme + "/proof/inclusion?sequence=17&tree_size=61",
            acme + "/proof/consistency?from=61", acme + "/proof/consistency?from=1&to=200",
            acme + "/export", acme + "/export?actor_id=u2&search_term=bot",
            "/v1/organizations/globex/audit-log/export?entity_type=thread",
            "/v1/organizations/acme", "/v1/organizations/globex/audit-log/checkpoint"]
    return out


def record(server, paths):
    answers = []
    for path in paths:
        status, headers, body = server.call("GET", path)
        answers.append({
            "path": path, "status": status,
            "headers": {h: headers[h] for h in KEPT_HEADERS if h in headers},
            "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body),
        })
    return answers


def dump_sqlite(path, out):
    # The sqlite3 shell's .dump, unlike Python's iterdump, restores the full-text index too.
    conn = sqlite3.connect(path)
    version = conn.execute("pragma user_version").fetchone()[0]
    conn.close()
    text = subprocess.run(["sqlite3", path, ".dump"], check=True, capture_output=True,
                          text=True).stdout
    with open(out, "w") as f:
        f.write(f"-- A store written by an earlier release (make_fixture.py); schema version {version}.\n")
        f.write(text)
        f.write(f"PRAGMA user_version = {version};\n")


def dump_postgres(url, out):
    text = subprocess.run(
        ["pg_dump", "--no-owner", "--no-privileges", "--no-comments", "--inserts",
         "--load-via-partition-root", f"--schema={PG_SCHEMA}", "--dbname", url],
        check=True, capture_output=True, text=True).stdout
    # Only psql's meta-commands (`\\restrict`) go: they are not SQL. Nothing else is touched, as
    # a line may be part of a multi-line string.
    kept = [line for line in text.split("\n") if not line.startswith("\\")]
    with open(out, "w") as f:
        f.write("-- A store written by an earlier release (make_fixture.py), from pg_dump.\n")
        f.write("\n".join(kept))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--auditlog", required=True)
    p.add_argument("--engine", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--postgres-url")
    p.add_argument("--release", default="", help="what wrote it, for the answers file")
    args = p.parse_args()
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        if args.engine == "sqlite":
            url = "sqlite://" + os.path.join(tmp, "audit.db")
        else:
            base = args.postgres_url or sys.exit("--postgres-url is required")
            subprocess.run(["psql", "--dbname", base, "-qc", f"create schema {PG_SCHEMA}"],
                           check=True)
            url = f"{base}?options=-csearch_path%3D{PG_SCHEMA}"
        server = Server(args.auditlog, url, tmp)
        try:
            load(server, rng)
            paths = requests(server)
            answers = record(server, paths)
            verifier = server.call("GET", "/v1/signing-key")[2].decode().strip()
        finally:
            server.stop()
        # The answers do not change across a restart of the same release.
        server = Server(args.auditlog, url, tmp)
        try:
            again = record(server, paths)
        finally:
            server.stop()
        assert again == answers, "the release answered differently after a restart"
        if args.engine == "sqlite":
            dump_sqlite(os.path.join(tmp, "audit.db"), os.path.join(HERE, "store.sqlite.sql"))
        else:
            dump_postgres(base, os.path.join(HERE, "store.postgres.sql"))
    with open(os.path.join(HERE, f"answers.{args.engine}.json"), "w") as f:
        json.dump({"release": args.release, "admin_token": ADMIN, "verifier_key": verifier,
                   "answers": answers}, f, indent=1)
        f.write("\n")
    print(f"{len(answers)} answers recorded")


if __name__ == "__main__":
    main()
