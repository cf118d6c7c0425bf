"""Verify a Woes webhook delivery with Python's standard library only."""
import base64
import hashlib
import hmac
import json
import time

TOLERANCE_SECONDS = 300  # 5 minutes either side of your clock
MAX_BODY_BYTES = 65536  # Woes never sends a larger body (64 KiB)
SECRET_MIN_BYTES = 24  # a whsec_ secret decodes to 24 bytes or more
MAX_ENTRIES_PER_VERSION = 5  # one signature per key, two keys during a rotation


class WebhookVerificationError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code


def verify_webhook(body, headers, secrets, now=None):
    """Return the event as a dict, or raise WebhookVerificationError.

    body: the raw request body as bytes, exactly as received.
    headers: a mapping of header names (any case) to values.
    secrets: the endpoint's whsec_ secrets (two during a rotation).
    """
    keys = []
    for secret in secrets:
        encoded = secret[len("whsec_"):]
        try:
            key = base64.b64decode(encoded, validate=True)
        except ValueError:
            key = b""
        # Canonical base64 only: encoding the key again must give the same text back.
        canonical = base64.b64encode(key).decode() == encoded
        if not secret.startswith("whsec_") or len(key) < SECRET_MIN_BYTES or not canonical:
            raise WebhookVerificationError("invalid_secret", "not whsec_ + base64; copy it again")
        keys.append(key)
    if len(body) > MAX_BODY_BYTES:
        raise WebhookVerificationError("body_too_large", f"the body exceeds {MAX_BODY_BYTES} bytes")
    lower = {name.lower(): value for name, value in headers.items()}
    values = []
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        if name not in lower:
            raise WebhookVerificationError("missing_header", f"the {name} header is missing")
        values.append(lower[name])
    msg_id, timestamp, signature_header = values
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 15 or "." in msg_id:
        raise WebhookVerificationError("malformed_header", "bad webhook-id or webhook-timestamp")
    entries = []
    for token in signature_header.split(" "):
        # Two header lines joined by ", " leave a comma after an entry (base64 has none).
        if token.endswith(",") and token.index(",") < len(token) - 1:
            token = token[:-1]
        version, _, signature = token.partition(",")
        if version and signature:  # skip empty slots and anything not version,signature
            entries.append((version, signature))
    if not entries:
        raise WebhookVerificationError("malformed_header", "not a version,signature list")
    versions = [version for version, _ in entries]
    if max(versions.count("v1"), versions.count("v1a")) > MAX_ENTRIES_PER_VERSION:
        # More than Woes ever sends: refused before checking any, as every Woes library does.
        raise WebhookVerificationError("malformed_header", "more signatures than Woes sends")
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = [base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()) for key in keys]
    # Ignore versions you do not check (v1a is ed25519); accept when any v1 entry matches.
    # Comparing the text is strict: only the canonical encoding of the HMAC matches.
    v1 = [sig.encode() for version, sig in entries if version == "v1"]
    if not any(hmac.compare_digest(sig, e) for sig in v1 for e in expected):
        raise WebhookVerificationError("no_matching_signature", "no match; check the secret")
    # The timestamp is checked after the signature, so its error describes an authentic delivery.
    age = int(now if now is not None else time.time()) - int(timestamp)
    if age > TOLERANCE_SECONDS:
        raise WebhookVerificationError("timestamp_too_old", f"{age} s old; check your clock")
    if age < -TOLERANCE_SECONDS:
        raise WebhookVerificationError("timestamp_too_new", f"{-age} s ahead; check your clock")
    try:
        return json.loads(body)
    except ValueError:
        raise WebhookVerificationError("invalid_json", "the body is not JSON")
