"""What the Python recipes do with a verified event, kept apart so each recipe shows only its
framework. In production this is your database: ids for the deduplication window, the highest
sequence per resource for good."""
import threading
from urllib.parse import unquote


class EventStore:
    def __init__(self):
        # event id -> how many times its side effect ran (0: acknowledged but stale)
        self.processed = {}
        self.sequences = {}  # "<object>/<id>" -> the highest sequence applied
        self.lock = threading.Lock()

    def record(self, event):
        """Deduplicate on the event id, then apply only a newer snapshot (no ordering)."""
        with self.lock:
            if event["id"] in self.processed:
                return "duplicate"
            key = f"{event['resource']['object']}/{event['resource']['id']}"
            newer = event["sequence"] > self.sequences.get(key, 0)
            if newer:
                # your side effect goes here, in the same transaction
                self.sequences[key] = event["sequence"]
            self.processed[event["id"]] = 1 if newer else 0
            return "applied" if newer else "stale"

    def inspect(self, path):
        """The conformance suite's inspection protocol (tests only): (status, body) for
        `events/<id>` or `resources/<object>/<id>`."""
        parts = [unquote(part) for part in path.strip("/").split("/")]
        if len(parts) == 2 and parts[0] == "events" and parts[1] in self.processed:
            return 200, {"processed": self.processed[parts[1]]}
        key = "/".join(parts[1:])
        if len(parts) == 3 and parts[0] == "resources" and key in self.sequences:
            return 200, {"sequence": self.sequences[key]}
        return 404, {}
