"""A Woes webhook receiver with nothing but the Python standard library.

Run: WOES_WEBHOOK_SECRET=whsec_... PORT=3000 python3 examples/python/receiver.py
It verifies with verify_webhook, the quickstart's standard-library function (docs/snippets/
verify_webhook.py): check the size and the timestamp, HMAC the exact raw bytes, compare in
constant time. Then it deduplicates on the event id and ignores stale sequences.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "docs" / "snippets"), str(ROOT / "examples" / "python")]

# region recipe
import json
import os
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from event_store import EventStore
from verify_webhook import MAX_BODY_BYTES, WebhookVerificationError, verify_webhook

SECRETS = [os.environ.get("WOES_WEBHOOK_SECRET", "")]
# The status for each verification failure, the same as the @woes/webhooks adapters:
# not authentic 401, too large 413, not a valid event 400, misconfigured 500.
STATUS_FOR_CODE = {
    "missing_header": 401,
    "malformed_header": 401,
    "timestamp_too_old": 401,
    "timestamp_too_new": 401,
    "no_matching_signature": 401,
    "body_too_large": 413,
    "invalid_json": 400,
    "schema_violation": 400,
    "invalid_secret": 500,
    "invalid_key": 500,
    "raw_body_required": 500,
}
store = EventStore()  # in production: your database
# endregion recipe

INSPECT = os.environ.get("WOES_INSPECT") == "1"  # the conformance suite's inspection routes: tests only


# region recipe
class Receiver(BaseHTTPRequestHandler):
    def read_body(self):
        """The raw bytes, or None past the limit: stop reading, never buffer a larger body."""
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0 or len(body) + size > MAX_BODY_BYTES:
                    return body if size == 0 else None
                body += self.rfile.read(size)
                self.rfile.readline()  # the CRLF after each chunk
        length = int(self.headers.get("content-length") or 0)
        return None if length > MAX_BODY_BYTES else self.rfile.read(length)

    def do_POST(self):
        if self.path != "/webhooks/woes":
            return self.answer(404)
        body = self.read_body()
        if body is None:
            # the unread rest of the body is dropped with the connection
            self.close_connection = True
            self.answer(413, "body_too_large")
            return self.discard_rest()
        try:
            event = verify_webhook(body, dict(self.headers), SECRETS)
        except WebhookVerificationError as error:
            # Only the code: the caller is not authenticated yet, and a message may reveal details.
            return self.answer(STATUS_FOR_CODE[error.code], error.code)
        store.record(event)  # answer fast: store it, process it later
        self.answer(204)  # duplicates, stale updates and unknown types too

    def answer(self, status, code=None):
        data = b"" if code is None else json.dumps({"code": code}).encode()
        self.send_response(status)
        if code is not None:
            self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def discard_rest(self, seconds=1.0):
        """Drop what the sender still sends, for a moment, before closing: a socket closed with
        unread data sends a reset, which can destroy the 413 before the sender reads it."""
        self.connection.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + seconds
        try:
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(65536):
                    break  # the sender read the answer and closed
        except OSError:
            pass  # a timeout or a reset: either way, done
    # endregion recipe

    def do_GET(self):
        if INSPECT and self.path.startswith("/__woes/"):
            status, body = store.inspect(self.path[len("/__woes/"):])
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            return self.wfile.write(data)
        self.answer(404)

    def log_message(self, format, *args):  # keep test output quiet
        pass


# region recipe
if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "3000"))), Receiver)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
# endregion recipe
