"""Runs docs/snippets/verify_webhook.py over delivery cases read as JSON from stdin."""
import base64
import json
import sys

sys.path.insert(0, sys.argv[1])
from verify_webhook import WebhookVerificationError, verify_webhook  # noqa: E402

results = []
for case in json.load(sys.stdin):
    if "body" in case:
        body = case["body"].encode()
    elif "bodyBase64" in case:
        body = base64.b64decode(case["bodyBase64"])
    else:
        body = (case["bodyRepeat"]["unit"] * case["bodyRepeat"]["count"]).encode()
    try:
        event = verify_webhook(body, case["headers"], case["secrets"], now=case["now"])
        results.append({"ok": True, "event": event})
    except WebhookVerificationError as error:
        results.append({"code": error.code})
print(json.dumps(results))
