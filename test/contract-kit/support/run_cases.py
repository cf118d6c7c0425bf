"""A second conformance runner, in Python's standard library, over generated/conformance/cases.json.

It exists to prove the case data is language-neutral: nothing here imports the JavaScript
runner or the signing library. Usage:
  python3 run_cases.py <cases.json> <url> <whsec_secret> [<inspect base url>]
Prints {"<case id>": "pass" | "<what happened>"} as JSON.
"""
import base64
import hashlib
import hmac
import http.client
import json
import math
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a 3xx is an answer, never followed
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def body_of(payload) -> bytes:
    # Byte for byte what JSON.stringify produces: compact, keys in order, non-ASCII as is.
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    return base64.b64encode(hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()).decode()


def timestamp_of(step, now: float) -> int:
    """The clock plus the offset, a whole second toward the clock for a step that must be
    accepted and away from it for any other (the case model's rule)."""
    offset = step["timestampOffsetSeconds"]
    if offset == 0:
        return math.floor(now)
    toward = step["expect"] == "2xx"
    return math.ceil(now + offset) if (offset < 0) == toward else math.floor(now + offset)


def build(step, secret: str, other: str) -> tuple[dict, bytes]:
    # `body`, when present, is the exact body: escapes and spacing a re-serialization would lose.
    body = step["body"].encode("utf-8") if "body" in step else body_of(step["payload"])
    if "oversize" in step:  # padded with spaces (still JSON), signed whole
        body += b" " * (step["oversize"]["totalBytes"] - len(body))
    timestamp = timestamp_of(step, time.time())
    entries = []
    for recipe in step["signatures"]:
        over = recipe.get("over")
        key = secret if recipe["secret"] == "endpoint" else other
        msg_id = over["webhookId"] if over else step["webhookId"]
        signed_body = body_of(over["payload"]) if over else body
        entries.append(f"{recipe['version']},{signature(key, msg_id, timestamp, signed_body)}")
    headers = {
        "content-type": "application/json",
        "webhook-id": step["webhookId"],
        "webhook-timestamp": str(timestamp),
        "webhook-signature": step.get("signatureHeader", " ".join(entries)),
    }
    for name in step["omitHeaders"]:
        headers.pop(name, None)
    return headers, body


def send_partly(url: str, headers: dict, body: bytes, oversize: dict, timeout: float):
    """Sends the first `sendBytes` of the body, then waits for the answer; the rest never goes out."""
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=timeout)
    try:
        connection.putrequest("POST", target.path or "/", skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        first = body[: oversize["sendBytes"]]
        if oversize["framing"] == "chunked":
            connection.putheader("transfer-encoding", "chunked")
            connection.endheaders()
            connection.send(f"{len(first):x}\r\n".encode() + first + b"\r\n")
        else:
            connection.putheader("content-length", str(len(body)))
            connection.endheaders()
            connection.send(first)
        return connection.getresponse().status
    except (OSError, socket.timeout, http.client.HTTPException) as error:
        return f"no answer ({error})"
    finally:
        connection.close()


def send_raw(url: str, headers: dict, body: bytes, framing: dict, timeout: float):
    """Writes the request with its malformed framing as raw bytes, then waits for the status line."""
    target = urllib.parse.urlsplit(url)
    head = [f"POST {target.path or '/'} HTTP/1.1", f"host: {target.netloc}"] + [f"{name}: {value}" for name, value in headers.items()]
    if framing["kind"] == "content-length":
        head.append(f"content-length: {framing['value']}")
        rest = body
    else:
        head.append("transfer-encoding: chunked")
        rest = framing["line"].encode("latin-1") + (b"\r\n" + body if framing["endLine"] else b"")
    try:
        with socket.create_connection((target.hostname, target.port), timeout=timeout) as connection:
            connection.sendall("\r\n".join(head).encode("latin-1") + b"\r\n\r\n" + rest)
            answer = b""
            while b"\r\n" not in answer:
                chunk = connection.recv(4096)
                if not chunk:
                    return "no answer (the connection closed)"
                answer += chunk
            return int(answer.split(b" ", 2)[1])
    except OSError as error:
        return f"no answer ({error})"


def send(url: str, headers: dict, body: bytes, timeout: float):
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return f"no answer ({error})"


def judge(expect: str, status) -> str | None:
    if not isinstance(status, int):
        # Closed at once without an answer: a refusal of malformed framing, not waiting.
        return None if expect == "refused-or-closed" and "timed out" not in status else status
    refused = not 200 <= status < 300
    ok = {"2xx": not refused, "non-2xx": refused, "refused-or-closed": refused, "no-redirect": not 300 <= status < 400, "413": status in (413, 411)}[expect]
    return None if ok else f"answered {status}; expected {expect}"


def inspect(base: str, check) -> str | None:
    if check["kind"] == "processed":
        path, field, missing = f"/events/{check['webhookId']}", "processed", 0
    else:
        path, field, missing = f"/resources/{check['object']}/{check['id']}", "sequence", None
    try:
        with urllib.request.urlopen(base.rstrip("/") + path, timeout=5) as response:
            observed = json.load(response).get(field)
    except urllib.error.HTTPError as error:
        observed = missing if error.code == 404 else f"status {error.code}"
    return None if observed == check["expected"] else f"{field} is {observed}; expected {check['expected']}"


def main() -> None:
    cases_file, url, secret, *rest = sys.argv[1:]
    inspect_base = rest[0] if rest else None
    suite = json.load(open(cases_file, encoding="utf-8"))
    timeout = suite["attemptTimeoutSeconds"]
    results = {}
    for case in suite["cases"]:
        sent, failure = [], None
        for step in case["steps"]:
            request = sent[step["resendStep"]] if "resendStep" in step else build(step, secret, suite["otherSecret"])
            sent.append(request)
            if "oversize" in step:
                failure = judge(step["expect"], send_partly(url, *request, step["oversize"], timeout))
            elif "malformedFraming" in step:
                failure = judge(step["expect"], send_raw(url, *request, step["malformedFraming"], timeout))
            else:
                failure = judge(step["expect"], send(url, *request, timeout))
            if failure:
                break
        if not failure and inspect_base:
            failure = next((problem for problem in (inspect(inspect_base, check) for check in case["inspect"]) if problem), None)
        results[case["id"]] = failure or "pass"
    print(json.dumps(results))


if __name__ == "__main__":
    main()
