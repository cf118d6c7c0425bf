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
import re
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
READ_TIMEOUT_SECONDS = 10  # the whole body, as the adapters' readTimeoutMs: then 408
MAX_LINE_BYTES = 1024  # a chunk-size line; Woes sends none this long


class BodyRefused(Exception):
    """Why the body was not read: answered with its status and code."""

    def __init__(self, status, code):
        super().__init__(code)
        self.status, self.code = status, code
# endregion recipe

INSPECT = os.environ.get("WOES_INSPECT") == "1"  # the conformance suite's inspection routes: tests only


# region recipe
class Receiver(BaseHTTPRequestHandler):
    def read_body(self):
        """The raw bytes, read within READ_TIMEOUT_SECONDS and never past the limit. Lengths
        come from the sender: one that is not plain digits (-1) would make read() wait for
        the connection to close, and a line without its end would make readline() buffer for
        ever."""
        deadline = time.monotonic() + READ_TIMEOUT_SECONDS
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = self.read_line(deadline).split(b";")[0].strip()
                if not re.fullmatch(rb"[0-9a-fA-F]{1,8}", size):
                    raise BodyRefused(400, "body_unreadable")
                if int(size, 16) == 0:
                    return body  # (trailers, which Woes never sends, are left unread)
                if len(body) + int(size, 16) > MAX_BODY_BYTES:
                    raise BodyRefused(413, "body_too_large")
                body += self.read_exactly(int(size, 16), deadline)
                if self.read_exactly(2, deadline) != b"\r\n":
                    raise BodyRefused(400, "body_unreadable")
        length = self.headers.get("content-length") or "0"
        if not re.fullmatch(r"[0-9]{1,10}", length):
            raise BodyRefused(400, "body_unreadable")
        if int(length) > MAX_BODY_BYTES:
            raise BodyRefused(413, "body_too_large")
        return self.read_exactly(int(length), deadline)

    def wait_for_bytes(self, deadline):
        """What the buffer holds, after at most one read from the socket, within the deadline."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise BodyRefused(408, "body_timeout")
        self.connection.settimeout(left)
        try:
            data = self.rfile.peek(1)
        except TimeoutError:
            raise BodyRefused(408, "body_timeout") from None
        if not data:
            raise BodyRefused(400, "body_unreadable")  # the sender closed mid-body
        return data

    def read_exactly(self, size, deadline):
        parts, got = [], 0
        while got < size:
            part = self.rfile.read(min(size - got, len(self.wait_for_bytes(deadline))))
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def read_line(self, deadline):
        line = b""
        while not line.endswith(b"\n"):
            if len(line) > MAX_LINE_BYTES:
                raise BodyRefused(400, "body_unreadable")
            data = self.wait_for_bytes(deadline)
            end = data.find(b"\n")
            line += self.rfile.read(end + 1 if end != -1 else min(len(data), MAX_LINE_BYTES + 1))
        return line

    def do_POST(self):
        if self.path != "/webhooks/woes":
            return self.answer(404)
        try:
            body = self.read_body()
        except BodyRefused as refused:
            # the unread rest of the body is dropped with the connection
            self.close_connection = True
            self.connection.settimeout(None)
            self.answer(refused.status, refused.code)
            return self.discard_rest()
        finally:
            self.connection.settimeout(None)
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
