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

from flask import Flask, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.serving import make_server

from event_store import EventStore
from verify_webhook import MAX_BODY_BYTES, WebhookVerificationError, verify_webhook

app = Flask(__name__)
# A declared Content-Length above this fails with RequestEntityTooLarge, answered below.
app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
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


def read_body():
    """The raw bytes, or None past the limit. A declared Content-Length over MAX_CONTENT_LENGTH
    fails at once (RequestEntityTooLarge); a chunked body has no length, so count it here."""
    body = b""
    while len(body) <= MAX_BODY_BYTES:
        chunk = request.stream.read(MAX_BODY_BYTES + 1 - len(body))
        if not chunk:
            return body
        body += chunk
    return None


@app.post("/webhooks/woes")
def receive():
    # The raw bytes as received. Never request.get_json() or request.json first: parsing
    # and serializing again changes the bytes the signature covers.
    body = read_body()
    if body is None:
        raise RequestEntityTooLarge()
    try:
        event = verify_webhook(body, dict(request.headers), SECRETS)
    except WebhookVerificationError as error:
        # Only the code: the caller is not authenticated yet, and a message may reveal details.
        return {"code": error.code}, STATUS_FOR_CODE[error.code]
    store.record(event)  # answer fast: store it, process it later
    return "", 204  # duplicates, stale updates and unknown types too


@app.errorhandler(RequestEntityTooLarge)
def too_large(_error):
    return {"code": "body_too_large"}, 413, {"connection": "close"}


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
