#!/usr/bin/env python3
"""The attacks of issue 20 against a running `monitis sandbox serve`, measured from outside.

Called by bench/run.sh, which starts the server and gives this script its URL, its pid, the
keys of two resellers (A attacks, B is the bystander) and a client of A. For each attack it
prints one Markdown table row: the server's peak RSS during the attack (VmHWM, reset before
each attack through /proc/PID/clear_refs), its RSS once the attack is over, and the latency
of B's ordinary token-signed `orders` read, repeated one after another while the attack runs
(median and slowest). Every request of B must succeed; anything else stops the suite.

Python's standard library and raw sockets only: an attacker needs no SDK.
"""

import base64
import hashlib
import hmac
import http.client
import json
import os
import secrets
import selectors
import socket
import statistics
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

URL, PID = sys.argv[1], int(sys.argv[2])
A_KEY, A_SECRET, B_KEY, B_SECRET, VICTIM_EMAIL = sys.argv[3:8]
u = urllib.parse.urlsplit(URL)
HOST, PORT, PATH = u.hostname, u.port, u.path or "/api"


def fail(msg):
    print(f"bench: FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def status_kb(field):
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    fail(f"no {field} for the server (pid {PID})")


def reset_peak():
    # Writing 5 resets the peak RSS (VmHWM) to the current RSS (Linux 4.0+).
    with open(f"/proc/{PID}/clear_refs", "w") as f:
        f.write("5")


def request(method, params, source="127.0.0.1", timeout=60):
    """One request on a connection of its own; returns (status, parsed JSON or text)."""
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout, source_address=(source, 0))
    try:
        body = urllib.parse.urlencode(params)
        if method == "GET":
            conn.request("GET", f"{PATH}?{body}")
        else:
            conn.request("POST", PATH, body, {"Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        text = r.read().decode()
        try:
            return r.status, json.loads(text)
        except ValueError:
            return r.status, text
    finally:
        conn.close()


def token(key, secret):
    status, body = request("GET", {"action": "authToken", "apikey": key, "secretkey": secret, "version": "3"})
    if status != 200 or "authToken" not in body:
        fail(f"no token: {status} {body}")
    return body["authToken"]


def signed(key, secret, action, extra=(), ts=None):
    """Checksum-mode parameters (docs/protocol.md): HMAC-SHA1 over the sorted name+value pairs."""
    pairs = [("action", action), ("apikey", key), ("version", "3"), *extra]
    pairs.append(("timestamp", ts or time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())))
    pairs.append(("nonce", secrets.token_hex(12)))
    text = "".join(n + v for n, v in sorted(pairs))
    digest = hmac.new(secret.encode(), text.encode(), hashlib.sha1).digest()
    return pairs + [("checksum", base64.b64encode(digest).decode())]


B_TOKEN = token(B_KEY, B_SECRET)
A_TOKEN = token(A_KEY, A_SECRET)


def victim_read():
    params = {"action": "orders", "apikey": B_KEY, "version": "3", "validation": "token", "authToken": B_TOKEN}
    t0 = time.perf_counter()
    status, body = request("GET", params)
    ms = (time.perf_counter() - t0) * 1000
    if status != 200 or not isinstance(body, list):
        fail(f"the bystander's orders read failed: {status} {str(body)[:200]}")
    return ms


def measure(name, attack, seconds=None):
    """Runs ATTACK (a function that returns when the attack is over) while the bystander reads."""
    reset_peak()
    done = threading.Event()
    latencies = []

    def bystander():
        while not done.is_set():
            latencies.append(victim_read())

    t = threading.Thread(target=bystander)
    t.start()
    t0 = time.perf_counter()
    note = attack()
    wall = time.perf_counter() - t0
    done.set()
    t.join()
    peak = status_kb("VmHWM") / 1024
    time.sleep(2)  # what the server holds once the attack is over, not while it drains
    after = status_kb("VmRSS") / 1024
    med = statistics.median(latencies)
    print(f"| {name} | {wall:.1f} s | {peak:.0f} MB | {after:.0f} MB | {len(latencies)} | "
          f"{med:.1f} ms | {max(latencies):.1f} ms | {note} |", flush=True)


def parallel(n, fn):
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(fn, range(n)))


def codes(results):
    seen = {}
    for status, body in results:
        key = body.get("errorCode", status) if isinstance(body, dict) else status
        seen[key] = seen.get(key, 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(seen.items(), key=lambda kv: str(kv[0])))


# Each attack comes from an address of its own (127.0.0.x are all loopback), so that one
# attack's throttling does not decide the next one's answers; B reads from 127.0.0.1.
def login_flood_many_emails():
    out = []
    for burst in range(3):
        out += parallel(400, lambda i: request("GET", {
            "action": "apikey", "userName": f"nobody{burst}-{i}@example.com",
            "password": "wrong-" + secrets.token_hex(4), "version": "3"}, source="127.0.0.4"))
    return "answers (HTTP status or errorCode: count): " + codes(out)


def login_flood_one_email():
    out = parallel(200, lambda i: request("GET", {
        "action": "apikey", "userName": VICTIM_EMAIL, "password": "wrong-" + secrets.token_hex(4),
        "version": "3"}, source="127.0.0.5"))
    return "answers (HTTP status or errorCode: count): " + codes(out)


def replay_cache_flood():
    # Signed reads whose timestamps sit near the window's far edge, from 32 threads.
    edge = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() - 280))
    n = 4000

    def one(i):
        return request("GET", signed(A_KEY, A_SECRET, "locations", ts=edge), source="127.0.0.6")

    with ThreadPoolExecutor(32) as pool:
        out = list(pool.map(one, range(n)))
    # Then the bystander's own checksum-signed read must still be taken.
    status, body = request("GET", signed(B_KEY, B_SECRET, "orders"))
    if status != 200 or not isinstance(body, list):
        fail(f"after the replay flood the bystander's checksum read failed: {status} {str(body)[:200]}")
    return f"{n} signed reads of A (HTTP status: count: {codes(out)}); B's checksum read taken"


def unread_answers():
    # Eight connections ask for A's whole monitor list and never read the answer.
    socks = []
    query = urllib.parse.urlencode({"action": "monitors", "apikey": A_KEY, "version": "3",
                                    "validation": "token", "authToken": A_TOKEN})
    for _ in range(8):
        s = socket.create_connection((HOST, PORT), source_address=("127.0.0.7", 0))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(f"GET {PATH}?{query} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
        socks.append(s)
    time.sleep(8)
    for s in socks:
        s.close()
    return "8 connections held unread for 8 s"


def half_heads():
    # 600 connections from 127.0.0.3 that send half a head and reconnect when closed, 10 s.
    sel = selectors.DefaultSelector()
    opened = 0

    def open_one():
        nonlocal opened
        s = socket.socket()
        s.bind(("127.0.0.3", 0))
        s.setblocking(False)
        s.connect_ex((HOST, PORT))
        sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE, "new")
        opened += 1

    for _ in range(600):
        open_one()
    end = time.time() + 10
    while time.time() < end:
        for key, events in sel.select(timeout=0.2):
            s = key.fileobj
            if key.data == "new" and events & selectors.EVENT_WRITE:
                try:
                    s.send(f"GET {PATH}?action=locations HTTP/1.1\r\nHo".encode())
                    sel.modify(s, selectors.EVENT_READ, "sent")
                except OSError:
                    sel.unregister(s); s.close(); open_one()
            elif events & selectors.EVENT_READ:
                try:
                    data = s.recv(4096)
                except OSError:
                    data = b""
                if not data:  # closed by the server: come back at once
                    sel.unregister(s); s.close(); open_one()
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    return f"{opened} connections opened from 127.0.0.3"


print("| attack | took | peak RSS | RSS after | B's reads | B median | B slowest | what the attack got |")
print("|---|---|---|---|---|---|---|---|")
measure("none: B alone for 3 s", lambda: (time.sleep(3), "–")[1])
measure("3 bursts of 400 parallel wrong `apikey` logins, different emails", login_flood_many_emails)
measure("200 parallel wrong `apikey` logins for one email", login_flood_one_email)
measure("A's signed reads at the edge of the timestamp window", replay_cache_flood)
measure("8 unread answers of A's whole `monitors` list", unread_answers)
measure("600 half-sent heads, reconnecting, from another address", half_heads)
