"""Peak RSS of an auditlog server while clients send huge bodies or unfinished huge headers.

Usage: python3 scripts/memory-under-load.py target/release/auditlog zeros|valid|headers [SECONDS]
  zeros    8 clients send 16 MiB batches of 0,0,0,... (refused at item 1001) in a loop
  valid    8 clients send valid 16 MiB batches (1,000 entries of 15 KB) in a loop
  headers  500 clients each send an unfinished 400 KB header and hold it
  idle     20,000 connections that send nothing plus 500 sending headers a byte a second
Prints the peak and final RSS, the answers, and the latency of one /healthz under the load.
"""
import json, os, socket, subprocess, sys, threading, time, urllib.request

BIN = sys.argv[1]
MODE = sys.argv[2]  # zeros | valid | headers
SECS = float(sys.argv[3]) if len(sys.argv) > 3 else 20
ADMIN = "rss-admin-token-0123456789abcdef"
data = f"/tmp/memory-under-load-{os.getpid()}"
env = dict(os.environ, AUDITLOG_ADMIN_TOKEN=ADMIN, AUDITLOG_LOG="warn")
srv = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--database", f"sqlite://{data}/a.db"],
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
for line in srv.stdout:
    if line.startswith("auditlog listening on "):
        base = line.split()[3]
        break
port = int(base.rsplit(":", 1)[1])

def call(method, path, body, token):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))

call("POST", "/v1/organizations", {"id": "org_rss", "name": "rss"}, ADMIN)
key = call("POST", "/v1/organizations/org_rss/api-keys", {"name": "k", "scopes": ["audit:write", "audit:read"]}, ADMIN)["key"]

def rss():
    with open(f"/proc/{srv.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024

if MODE == "zeros":
    body = ("{\"items\": [" + "0," * (8 * 1024 * 1024 - 8) + "0]}").encode()
elif MODE == "valid":
    pad = "x" * 15000
    items = [{"action": "created", "resource_type": "doc", "resource_id": f"d{i}", "user_id": "u1",
              "metadata": {"note": pad}} for i in range(1000)]
    body = json.dumps({"items": items}).encode()
print(f"mode {MODE}, rss at start {rss()} MiB", flush=True)
stop = time.time() + SECS
peak = [0]
counts = {}

def sender():
    while time.time() < stop:
        s = socket.create_connection(("127.0.0.1", port))
        head = (f"POST /v1/organizations/org_rss/audit-log/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
        try:
            s.sendall(head + body)
            resp = s.recv(100).split(b" ")[1].decode()
        except Exception as e:
            resp = type(e).__name__
        counts[resp] = counts.get(resp, 0) + 1
        s.close()

def idle_holder(count):
    # A child process per 10,000 sockets, as one process may not hold 20,000 descriptors.
    code = (
        "import socket, sys, time\n"
        f"held = []\n"
        f"for _ in range({count}):\n"
        f"    try: held.append(socket.create_connection(('127.0.0.1', {port}), timeout=5))\n"
        "    except OSError: pass\n"
        "print(len(held), flush=True)\n"
        f"time.sleep({SECS})\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)

def slow_header(i):
    try:
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /healthz HTTP/1.1\r\n")
        while time.time() < stop:
            s.sendall(b"X"); time.sleep(1)
    except Exception as e:
        counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1

def header_hog(i):
    try:
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ")
        sent = 0
        while time.time() < stop and sent < 400_000:
            s.sendall(b"a" * 4096); sent += 4096
        time.sleep(max(0, stop - time.time()))
        s.close()
    except Exception as e:
        counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1

holders = []
if MODE == "idle":
    holders = [idle_holder(10_000), idle_holder(10_000)]
    threads = [threading.Thread(target=slow_header, args=(i,)) for i in range(500)]
elif MODE == "headers":
    threads = [threading.Thread(target=header_hog, args=(i,)) for i in range(500)]
else:
    threads = [threading.Thread(target=sender) for _ in range(8)]
for t in threads: t.start()
t0 = time.time()
while time.time() < stop:
    peak[0] = max(peak[0], rss()); time.sleep(0.1)
# a normal request while loaded
t1 = time.time(); urllib.request.urlopen(base + "/healthz"); lat = (time.time() - t1) * 1000
for h in holders:
    counts["idle sockets opened"] = counts.get("idle sockets opened", 0) + int(h.stdout.readline() or 0)
    h.kill()
for t in threads: t.join()
print(f"peak rss {peak[0]} MiB over {SECS:.0f}s; after {rss()} MiB; responses {counts}; healthz under load {lat:.1f} ms", flush=True)
srv.terminate(); srv.wait()
subprocess.run(["rm", "-rf", data])
