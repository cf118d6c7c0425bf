"""A Woes webhook receiver in Flask.

Run: WOES_WEBHOOK_SECRET=whsec_... PORT=3000 python3 examples/flask/app.py
(Debian: apt-get install python3-flask; elsewhere: pip install flask.) It verifies with
verify_webhook, the quickstart's standard-library function (docs/snippets/verify_webhook.py).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "docs" / "snippets"), str(ROOT / "examples" / "python")]

# region recipe
import os
import re
import socket
import time

from flask import Flask, request
from werkzeug.serving import make_server

from event_store import EventStore
from verify_webhook import MAX_BODY_BYTES, WebhookVerificationError, verify_webhook

app = Flask(__name__)
SECRETS = [os.environ.get("WOES_WEBHOOK_SECRET", "")]
# The same statuses as the @woes/webhooks adapters: not authentic 401, too large 413,
# not a valid event 400, misconfigured 500.
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


class BodyRefused(Exception):
    """Why the body was not read: answered with its status and code."""

    def __init__(self, status, code):
        super().__init__(code)
        self.status, self.code = status, code


def read_body():
    """The raw bytes, read within READ_TIMEOUT_SECONDS and never past the limit. Only a body
    that declares its Content-Length is taken (411 otherwise): Werkzeug's dechunker reads a
    chunk-size line without a bound, and Werkzeug 2.2's crashes the server on 4,096 digits."""
    if request.headers.get("Transfer-Encoding"):
        raise BodyRefused(411, "length_required")
    length = request.headers.get("Content-Length", "0")
    if not re.fullmatch(r"[0-9]{1,10}", length):
        raise BodyRefused(400, "body_unreadable")
    if int(length) > MAX_BODY_BYTES:
        raise BodyRefused(413, "body_too_large")
    stream = request.environ["wsgi.input"]
    read = getattr(stream, "read1", stream.read)  # read1: at most one read from the socket
    sock = request.environ.get("werkzeug.socket")  # Werkzeug's server; others bound reads too
    deadline = time.monotonic() + READ_TIMEOUT_SECONDS
    body = b""
    while len(body) < int(length):
        left = deadline - time.monotonic()
        if left <= 0:
            raise BodyRefused(408, "body_timeout")
        if sock is not None:
            sock.settimeout(left)
        try:
            part = read(min(65536, int(length) - len(body)))
        except TimeoutError:
            raise BodyRefused(408, "body_timeout") from None
        if not part:
            raise BodyRefused(400, "body_unreadable")  # the sender closed mid-body
        body += part
    return body


def discard_rest(sock, seconds=1.0):
    """After a refusal, drop what the sender still sends, for a moment, before the server
    closes: a socket closed with unread data sends a reset, which can destroy the answer
    before the sender reads it."""
    sock.shutdown(socket.SHUT_WR)
    deadline = time.monotonic() + seconds
    try:
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            if not sock.recv(65536):
                break  # the sender read the answer and closed
    except OSError:
        pass  # a timeout or a reset: either way, done


@app.post("/webhooks/woes")
def receive():
    # The raw bytes as received. Never request.get_json() or request.json first: parsing
    # and serializing again changes the bytes the signature covers.
    try:
        body = read_body()
    except BodyRefused as refused:
        response = app.make_response(({"code": refused.code}, refused.status))
        sock = request.environ.get("werkzeug.socket")
        if sock is not None:
            sock.settimeout(None)
            # Runs once the answer is written.
            response.call_on_close(lambda: discard_rest(sock))
        return response
    try:
        event = verify_webhook(body, dict(request.headers), SECRETS)
    except WebhookVerificationError as error:
        # Only the code: the caller is not authenticated yet, and a message may reveal details.
        return {"code": error.code}, STATUS_FOR_CODE[error.code]
    store.record(event)  # answer fast: store it, process it later
    return "", 204  # duplicates, stale updates and unknown types too


@app.errorhandler(500)
def failed(_error):
    return {"code": "handler_failed"}, 500  # the traceback goes to your logs, never to the caller
# endregion recipe


@app.get("/__woes/<path:path>")
def inspect(path):
    """The conformance suite's inspection routes (tests only, never in production)."""
    if os.environ.get("WOES_INSPECT") != "1":
        return {}, 404
    status, body = store.inspect(request.environ.get("RAW_URI", request.path).split("?")[0][len("/__woes/"):])
    return body, status


# region recipe
if __name__ == "__main__":
    server = make_server("127.0.0.1", int(os.environ.get("PORT", "3000")), app, threaded=True)
    print(f"listening on http://127.0.0.1:{server.server_port}", flush=True)
    server.serve_forever()
# endregion recipe
