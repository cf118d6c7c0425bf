"""A Woes webhook receiver with nothing but the Python standard library.

Run: WOES_WEBHOOK_SECRET=whsec_... PORT=3000 python3 examples/python/receiver.py
Any Standard Webhooks library (pip install standardwebhooks) verifies the same way; this file
shows the steps so nothing is magic: check the timestamp, HMAC the exact raw bytes, compare in
constant time, then dedupe on webhook-id and ignore stale sequences.
"""
import base64
import hashlib
import hmac
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

SECRET = os.environ.get("WOES_WEBHOOK_SECRET", "")
KEY = base64.b64decode(SECRET.removeprefix("whsec_"))
TOLERANCE_SECONDS = 300  # DELIVERY.signing.toleranceSeconds
INSPECT = os.environ.get("WOES_INSPECT") == "1"  # the conformance suite's inspection routes: tests only

# In production these live in your database: ids for 7 days, the sequence per resource for good.
processed: dict[str, int] = {}
sequences: dict[str, int] = {}
lock = threading.Lock()


def verify(body: bytes, headers) -> dict:
    msg_id, timestamp, signatures = (headers.get(h) for h in ("webhook-id", "webhook-timestamp", "webhook-signature"))
    if not msg_id or not timestamp or not signatures:
        raise ValueError("missing webhook-id, webhook-timestamp or webhook-signature")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise ValueError("timestamp outside the tolerance")
    expected = base64.b64encode(hmac.new(KEY, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest())
    for entry in signatures.split(" "):
        version, _, signature = entry.partition(",")
        if version == "v1" and hmac.compare_digest(signature.encode(), expected):
            return json.loads(body)
    raise ValueError("no matching v1 signature")


class Receiver(BaseHTTPRequestHandler):
    def reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = [unquote(p) for p in self.path.split("/")[1:]]
        if INSPECT and parts[:2] == ["__woes", "events"] and len(parts) == 3 and parts[2] in processed:
            return self.reply(200, {"processed": processed[parts[2]]})
        if INSPECT and parts[:2] == ["__woes", "resources"] and len(parts) == 4 and f"{parts[2]}/{parts[3]}" in sequences:
            return self.reply(200, {"sequence": sequences[f"{parts[2]}/{parts[3]}"]})
        self.reply(404, {})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))  # the raw bytes, never re-serialized
        try:
            event = verify(body, self.headers)
        except ValueError as error:
            return self.reply(400, {"error": str(error)})
        with lock:
            if event["id"] in processed:
                return self.reply(200, {"received": True, "duplicate": True})
            key = f"{event['resource']['object']}/{event['resource']['id']}"
            newer = event["sequence"] > sequences.get(key, 0)
            if newer:
                sequences[key] = event["sequence"]  # your side effect goes here
            processed[event["id"]] = 1 if newer else 0
        self.reply(200, {"received": True})  # unknown event types too: always 2xx

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "0"))), Receiver)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
