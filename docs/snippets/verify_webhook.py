"""Verify a Woes webhook delivery with Python's standard library only."""
import base64
import hashlib
import hmac
import json
import time

TOLERANCE_SECONDS = 300  # 5 minutes either side of your clock
MAX_BODY_BYTES = 65536  # Woes never sends a larger body (64 KiB)
SECRET_MIN_BYTES = 24  # a whsec_ secret decodes to 24 bytes or more


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
    if len(body) > MAX_BODY_BYTES:
        raise WebhookVerificationError("body_too_large", f"the body exceeds {MAX_BODY_BYTES} bytes")
    lower = {name.lower(): value for name, value in headers.items()}
    values = []
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        if name not in lower:
            raise WebhookVerificationError("missing_header", f"the {name} header is missing")
        values.append(lower[name])
    msg_id, timestamp, signature_header = values
    if not timestamp.isdigit() or "." in msg_id:
        raise WebhookVerificationError("malformed_header", "bad webhook-id or webhook-timestamp")
    age = int(now if now is not None else time.time()) - int(timestamp)
    if age > TOLERANCE_SECONDS:
        raise WebhookVerificationError("timestamp_too_old", f"{age} s old; check your clock")
    if age < -TOLERANCE_SECONDS:
        raise WebhookVerificationError("timestamp_too_new", f"{-age} s ahead; check your clock")
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = []
    for secret in secrets:
        try:
            if not secret.startswith("whsec_"):
                raise ValueError("no whsec_ prefix")
            key = base64.b64decode(secret[len("whsec_"):], validate=True)
            if len(key) < SECRET_MIN_BYTES:
                raise ValueError("too short")
        except ValueError:
            raise WebhookVerificationError("invalid_secret", "a secret is not whsec_ + base64; copy it again")
        expected.append(base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()))
    entries = signature_header.split()
    if not entries or not all("," in entry for entry in entries):
        raise WebhookVerificationError("malformed_header", "webhook-signature is not version,signature")
    for entry in entries:
        version, signature = entry.split(",", 1)
        # Ignore versions you do not check (v1a is ed25519); accept when any v1 entry matches.
        if version == "v1" and any(hmac.compare_digest(signature.encode(), e) for e in expected):
            try:
                return json.loads(body)
            except ValueError:
                raise WebhookVerificationError("invalid_json", "the body is not JSON")
    raise WebhookVerificationError("no_matching_signature", "no signature matches; check the secret")
