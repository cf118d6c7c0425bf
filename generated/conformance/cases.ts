// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
// The receiver conformance suite. The same data, language-neutral: generated/conformance/cases.json.

/** A JSON value: what a payload can hold. */
export type ConformanceJson = null | boolean | number | string | ConformanceJson[] | { [key: string]: ConformanceJson };

/**
 * What the receiver must answer: a 2xx, a non-2xx, anything but a 3xx, or `413`: refused for
 * its size before the rest of the body arrives (413 Payload Too Large, or 411 Length Required
 * from a receiver that takes no body without a declared length).
 */
export type ConformanceExpectation = '2xx' | 'non-2xx' | 'no-redirect' | '413';

/** One entry of the `webhook-signature` header, computed by the runner at send time. */
export interface ConformanceSignature {
  /** The label before the comma: `v1` is HMAC-SHA256; any other label is a version receivers do not know. */
  readonly version: string;
  /** `endpoint`: the secret under test; `other`: the suite's `otherSecret`. */
  readonly secret: 'endpoint' | 'other';
  /** Sign this message instead of the one sent (a valid signature of another message). */
  readonly over?: { readonly webhookId: string; readonly payload: ConformanceJson };
}

/** One HTTP request of a case. */
export interface ConformanceStep {
  /** The spec example the payload is derived from, `<event type>/<example name>`. */
  readonly example: string;
  readonly webhookId: string;
  /** `webhook-timestamp` = the runner's clock in unix seconds + this offset. */
  readonly timestampOffsetSeconds: number;
  /** Sent as `JSON.stringify(payload)`: compact, keys in this order (unless `body` is set). */
  readonly payload: ConformanceJson;
  /**
   * The exact body to send instead, when it is not `JSON.stringify(payload)`: other escaping or
   * spacing that parses to `payload` but does not survive a parse and re-serialize round trip.
   */
  readonly body?: string;
  /**
   * A body over the size limit: the body (`JSON.stringify(payload)`, or `body`) padded with
   * spaces to `totalBytes` and signed whole, of which only the first `sendBytes` are sent. The
   * runner then waits for the answer and never sends the rest, so a receiver that reads the
   * whole body before refusing never answers. `content-length` declares `totalBytes`;
   * `chunked` declares no length.
   */
  readonly oversize?: { readonly totalBytes: number; readonly sendBytes: number; readonly framing: 'content-length' | 'chunked' };
  readonly signatures: readonly ConformanceSignature[];
  /** A literal `webhook-signature` value that replaces `signatures` (malformed headers). */
  readonly signatureHeader?: string;
  readonly omitHeaders: readonly string[];
  /** Resend the exact request (same timestamp and signature) of this earlier step index. */
  readonly resendStep?: number;
  readonly expect: ConformanceExpectation;
}

/** A check through the receiver's inspection endpoint, after the steps. */
export type ConformanceInspectCheck =
  | { readonly kind: 'processed'; readonly webhookId: string; readonly expected: number }
  | { readonly kind: 'sequence'; readonly object: string; readonly id: string; readonly expected: number };

export interface ConformanceCase {
  /** Stable: `--only` and `--skip` select by it. */
  readonly id: string;
  readonly group: 'deliver' | 'refuse' | 'accept' | 'http';
  readonly title: string;
  readonly steps: readonly ConformanceStep[];
  readonly inspect: readonly ConformanceInspectCheck[];
  /** One line: what to change in the receiver when the case fails. */
  readonly fix: string;
}

export interface ConformanceSuite {
  readonly $comment: string;
  readonly contractVersion: string;
  readonly toleranceSeconds: number;
  readonly attemptTimeoutSeconds: number;
  readonly otherSecret: string;
  readonly inspectProtocol: { readonly processed: string; readonly sequence: string };
  readonly cases: readonly ConformanceCase[];
}

export const CONFORMANCE_SUITE: ConformanceSuite = {
  "$comment": "Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate. Executed by `woes-webhooks test-receiver`; see docs/webhooks for the inspection protocol.",
  "contractVersion": "1.1.0",
  "toleranceSeconds": 300,
  "attemptTimeoutSeconds": 15,
  "otherSecret": "whsec_bi27TKZeWs1G7inWZQaIlb3fMx3dPllfKhx6UuJVYK4=",
  "inspectProtocol": {
    "processed": "GET {inspect}/events/{webhookId} -> 200 {\"processed\": <times its side effect ran>} (404 = 0)",
    "sequence": "GET {inspect}/resources/{object}/{id} -> 200 {\"sequence\": <highest sequence applied>} (404 = none)"
  },
  "cases": [
    {
      "id": "deliver.conversation.created.live-chat",
      "group": "deliver",
      "title": "conversation.created (live-chat), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "3f0c1e52-6a3b-4d7e-9a51-2b8c4d6e7f10",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "3f0c1e52-6a3b-4d7e-9a51-2b8c4d6e7f10",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.updated.priority-raised",
      "group": "deliver",
      "title": "conversation.updated (priority-raised), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.updated/priority-raised",
          "webhookId": "8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "type": "conversation.updated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:15:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
            },
            "sequence": 4,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "priority",
                "tags"
              ],
              "previous": {
                "priority": "medium",
                "tags": []
              }
            },
            "data": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "high",
              "subject": null,
              "preview": "My API key returns 401 on /v1/charges",
              "handledBy": "operator",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "operator",
                "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
              },
              "tags": [
                "billing",
                "auth"
              ],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:15:00.000Z",
              "lastMessageAt": "2026-06-28T18:12:41.250Z",
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.assigned.assigned-to-team",
      "group": "deliver",
      "title": "conversation.assigned (assigned-to-team), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.assigned/assigned-to-team",
          "webhookId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
            "type": "conversation.assigned",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:05:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
            },
            "sequence": 2,
            "actor": {
              "type": "automation",
              "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            },
            "changes": {
              "fields": [
                "assignee"
              ],
              "previous": {
                "assignee": null
              }
            },
            "data": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": "My API key returns 401 on /v1/charges",
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "team",
                "id": "6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c"
              },
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:05:00.000Z",
              "lastMessageAt": "2026-06-28T18:01:10.500Z",
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.handed_off.accepted-request",
      "group": "deliver",
      "title": "conversation.handed_off (accepted-request), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.handed_off/accepted-request",
          "webhookId": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
            "type": "conversation.handed_off",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:12:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
            },
            "sequence": 3,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "handoff": {
              "object": "handoff",
              "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "reason": "low_confidence",
              "status": "accepted",
              "note": "Customer asks about a charge on their invoice.",
              "operatorId": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
              "requestedAt": "2026-06-28T18:10:30.000Z",
              "acceptedAt": "2026-06-28T18:12:00.000Z"
            },
            "data": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": "My API key returns 401 on /v1/charges",
              "handledBy": "operator",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "operator",
                "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
              },
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:12:00.000Z",
              "lastMessageAt": "2026-06-28T18:10:29.800Z",
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.resolved.solved-by-operator",
      "group": "deliver",
      "title": "conversation.resolved (solved-by-operator), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.resolved/solved-by-operator",
          "webhookId": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
            "type": "conversation.resolved",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:30:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
            },
            "sequence": 5,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "status",
                "waitingOn",
                "closedAt"
              ],
              "previous": {
                "status": "open",
                "waitingOn": "team",
                "closedAt": null
              }
            },
            "resolution": {
              "resolvedBy": "operator",
              "humanInvolved": true,
              "handedOff": true,
              "reopenCount": 0,
              "firstResponseSeconds": 5,
              "resolutionSeconds": 1800
            },
            "data": {
              "object": "conversation",
              "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "status": "solved",
              "waitingOn": null,
              "priority": "high",
              "subject": null,
              "preview": "Thanks, the new key works.",
              "handledBy": "operator",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "operator",
                "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
              },
              "tags": [
                "billing",
                "auth"
              ],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:30:00.000Z",
              "lastMessageAt": "2026-06-28T18:28:02.125Z",
              "closedAt": "2026-06-28T18:30:00.000Z",
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.message.created.customer-message",
      "group": "deliver",
      "title": "message.created (customer-message), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "message.created/customer-message",
          "webhookId": "9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e",
            "type": "message.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:01.120Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "message",
              "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "message",
              "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "author": {
                "type": "customer",
                "id": "cus_123",
                "name": "Ada Lovelace"
              },
              "role": "user",
              "body": "My API key returns 401 on /v1/charges since this morning. Did something change?",
              "attachments": [
                {
                  "id": "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a",
                  "name": "curl-output.txt",
                  "contentType": "text/plain",
                  "size": 1832
                }
              ],
              "agentAnswerId": null,
              "createdAt": "2026-06-28T18:00:01.120Z"
            },
            "conversation": {
              "status": "open",
              "waitingOn": "team",
              "handledBy": "agent",
              "assignee": null,
              "priority": "medium"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.message.created.agent-answer",
      "group": "deliver",
      "title": "message.created (agent-answer), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "message.created/agent-answer",
          "webhookId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
            "type": "message.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:06.480Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "message",
              "id": "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a"
            },
            "sequence": 1,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "message",
              "id": "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "author": {
                "type": "agent",
                "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
                "name": "Woes Assistant"
              },
              "role": "assistant",
              "body": "Keys created before June 27 were rotated. Create a new key in **Settings → Keys** and retry.",
              "attachments": [],
              "agentAnswerId": "e0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3c",
              "createdAt": "2026-06-28T18:00:06.480Z"
            },
            "conversation": {
              "status": "waiting",
              "waitingOn": "customer",
              "handledBy": "agent",
              "assignee": null,
              "priority": "medium"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.message.created.automation-auto-reply",
      "group": "deliver",
      "title": "message.created (automation-auto-reply), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "message.created/automation-auto-reply",
          "webhookId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
            "type": "message.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T02:43:20.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "message",
              "id": "e3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b"
            },
            "sequence": 1,
            "actor": {
              "type": "automation",
              "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            },
            "data": {
              "object": "message",
              "id": "e3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b",
              "conversationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
              "channel": "email",
              "author": {
                "type": "automation",
                "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                "name": "After-hours reply"
              },
              "role": "assistant",
              "body": "Thanks for writing. Our team is back at 09:00 UTC; the assistant will keep looking meanwhile.",
              "attachments": [],
              "agentAnswerId": null,
              "createdAt": "2026-06-29T02:43:20.000Z"
            },
            "conversation": {
              "status": "open",
              "waitingOn": "team",
              "handledBy": "agent",
              "assignee": null,
              "priority": "medium"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.customer.created.identified-widget-visitor",
      "group": "deliver",
      "title": "customer.created (identified-widget-visitor), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "customer.created/identified-widget-visitor",
          "webhookId": "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b",
            "type": "customer.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T17:59:59.010Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "customer",
              "id": "cus_123"
            },
            "sequence": 1,
            "actor": {
              "type": "system",
              "id": null
            },
            "data": {
              "object": "customer",
              "id": "cus_123",
              "name": "Ada Lovelace",
              "email": "ada@example.com",
              "company": "Analytical Engines Ltd",
              "identitySource": "jwt",
              "traits": {
                "plan": "scale",
                "region": "eu-west-1"
              },
              "identities": [
                {
                  "object": "identity",
                  "id": "f4a5b6c7-d8e9-4f0a-8b1c-2d3e4f5a6b7c",
                  "channel": "live-chat",
                  "kind": "widget_visitor",
                  "verified": true,
                  "linkedAt": "2026-06-28T17:59:59.010Z"
                }
              ],
              "createdAt": "2026-06-28T17:59:59.010Z",
              "updatedAt": "2026-06-28T17:59:59.010Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.customer.updated.plan-upgraded",
      "group": "deliver",
      "title": "customer.updated (plan-upgraded), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "customer.updated/plan-upgraded",
          "webhookId": "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
            "type": "customer.updated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "customer",
              "id": "cus_123"
            },
            "sequence": 3,
            "actor": {
              "type": "api",
              "id": null
            },
            "changes": {
              "fields": [
                "traits"
              ],
              "previous": {
                "traits": {
                  "plan": "scale",
                  "region": "eu-west-1"
                }
              }
            },
            "data": {
              "object": "customer",
              "id": "cus_123",
              "name": "Ada Lovelace",
              "email": "ada@example.com",
              "company": "Analytical Engines Ltd",
              "identitySource": "jwt",
              "traits": {
                "plan": "enterprise",
                "region": "eu-west-1"
              },
              "identities": [
                {
                  "object": "identity",
                  "id": "f4a5b6c7-d8e9-4f0a-8b1c-2d3e4f5a6b7c",
                  "channel": "live-chat",
                  "kind": "widget_visitor",
                  "verified": true,
                  "linkedAt": "2026-06-28T17:59:59.010Z"
                }
              ],
              "createdAt": "2026-06-28T17:59:59.010Z",
              "updatedAt": "2026-06-29T18:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.customer.identity_linked.discord-linked",
      "group": "deliver",
      "title": "customer.identity_linked (discord-linked), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "customer.identity_linked/discord-linked",
          "webhookId": "b0c1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "b0c1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e",
            "type": "customer.identity_linked",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T19:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "customer",
              "id": "cus_123"
            },
            "sequence": 4,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "identity": {
              "object": "identity",
              "id": "a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d",
              "channel": "discord",
              "kind": "discord_user",
              "verified": true,
              "linkedAt": "2026-06-29T19:00:00.000Z"
            },
            "data": {
              "object": "customer",
              "id": "cus_123",
              "name": "Ada Lovelace",
              "email": "ada@example.com",
              "company": "Analytical Engines Ltd",
              "identitySource": "jwt",
              "traits": {
                "plan": "enterprise",
                "region": "eu-west-1"
              },
              "identities": [
                {
                  "object": "identity",
                  "id": "f4a5b6c7-d8e9-4f0a-8b1c-2d3e4f5a6b7c",
                  "channel": "live-chat",
                  "kind": "widget_visitor",
                  "verified": true,
                  "linkedAt": "2026-06-28T17:59:59.010Z"
                },
                {
                  "object": "identity",
                  "id": "a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d",
                  "channel": "discord",
                  "kind": "discord_user",
                  "verified": true,
                  "linkedAt": "2026-06-29T19:00:00.000Z"
                }
              ],
              "createdAt": "2026-06-28T17:59:59.010Z",
              "updatedAt": "2026-06-29T19:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.issue.created.from-conversation",
      "group": "deliver",
      "title": "issue.created (from-conversation), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "issue.created/from-conversation",
          "webhookId": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
            "type": "issue.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:20:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
            },
            "sequence": 1,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "data": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
              "reference": "ISS-142",
              "title": "Keys rotated on June 27 return 401",
              "description": "Several customers report 401 after the key rotation.",
              "status": "open",
              "priority": "high",
              "tags": [
                "auth"
              ],
              "customerId": "cus_123",
              "account": "Analytical Engines Ltd",
              "conversationIds": [
                "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
              ],
              "createdAt": "2026-06-28T18:20:00.000Z",
              "updatedAt": "2026-06-28T18:20:00.000Z",
              "resolvedAt": null
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.issue.updated.status-in-progress",
      "group": "deliver",
      "title": "issue.updated (status-in-progress), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "issue.updated/status-in-progress",
          "webhookId": "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6b",
            "type": "issue.updated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T19:20:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
            },
            "sequence": 2,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "status"
              ],
              "previous": {
                "status": "open"
              }
            },
            "data": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
              "reference": "ISS-142",
              "title": "Keys rotated on June 27 return 401",
              "description": "Several customers report 401 after the key rotation.",
              "status": "in progress",
              "priority": "high",
              "tags": [
                "auth"
              ],
              "customerId": "cus_123",
              "account": "Analytical Engines Ltd",
              "conversationIds": [
                "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
              ],
              "createdAt": "2026-06-28T18:20:00.000Z",
              "updatedAt": "2026-06-28T19:20:00.000Z",
              "resolvedAt": null
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.issue.linked.second-report",
      "group": "deliver",
      "title": "issue.linked (second-report), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "issue.linked/second-report",
          "webhookId": "e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7c",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7c",
            "type": "issue.linked",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T19:30:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
            },
            "sequence": 3,
            "actor": {
              "type": "automation",
              "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
            },
            "link": {
              "conversationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
              "linkedAt": "2026-06-28T19:30:00.000Z"
            },
            "data": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
              "reference": "ISS-142",
              "title": "Keys rotated on June 27 return 401",
              "description": "Several customers report 401 after the key rotation.",
              "status": "in progress",
              "priority": "high",
              "tags": [
                "auth"
              ],
              "customerId": "cus_123",
              "account": "Analytical Engines Ltd",
              "conversationIds": [
                "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
                "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
              ],
              "createdAt": "2026-06-28T18:20:00.000Z",
              "updatedAt": "2026-06-28T19:30:00.000Z",
              "resolvedAt": null
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.issue.resolved.fix-deployed",
      "group": "deliver",
      "title": "issue.resolved (fix-deployed), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "issue.resolved/fix-deployed",
          "webhookId": "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8d",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8d",
            "type": "issue.resolved",
            "apiVersion": "v1",
            "occurredAt": "2026-06-30T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
            },
            "sequence": 4,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "status",
                "resolvedAt"
              ],
              "previous": {
                "status": "in progress",
                "resolvedAt": null
              }
            },
            "data": {
              "object": "issue",
              "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
              "reference": "ISS-142",
              "title": "Keys rotated on June 27 return 401",
              "description": "Several customers report 401 after the key rotation.",
              "status": "resolved",
              "priority": "high",
              "tags": [
                "auth"
              ],
              "customerId": "cus_123",
              "account": "Analytical Engines Ltd",
              "conversationIds": [
                "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
                "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
              ],
              "createdAt": "2026-06-28T18:20:00.000Z",
              "updatedAt": "2026-06-30T18:00:00.000Z",
              "resolvedAt": "2026-06-30T18:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.knowledge.scan_completed.openapi-rescan",
      "group": "deliver",
      "title": "knowledge.scan_completed (openapi-rescan), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "knowledge.scan_completed/openapi-rescan",
          "webhookId": "a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9e",
            "type": "knowledge.scan_completed",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T10:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "source",
              "id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e"
            },
            "sequence": 7,
            "actor": {
              "type": "system",
              "id": null
            },
            "data": {
              "object": "source",
              "id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
              "name": "Payments API (OpenAPI)",
              "kind": "openapi",
              "origin": "https://api.example.com/openapi.json",
              "coverage": {
                "endpoints": 42,
                "documents": 3,
                "chunks": 318,
                "partial": true
              },
              "lastScan": {
                "object": "scan",
                "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                "outcome": "partially_completed",
                "contentChanged": true,
                "authDetected": true,
                "counts": {
                  "endpoints": 42,
                  "documents": 3,
                  "chunks": 318
                },
                "skippedItems": 1,
                "errors": [
                  {
                    "code": "unsupported_file",
                    "message": "Skipped a file that is not OpenAPI, Markdown or JSON.",
                    "location": "docs/diagram.png"
                  }
                ],
                "startedAt": "2026-06-29T09:58:12.000Z",
                "finishedAt": "2026-06-29T10:00:00.000Z"
              },
              "createdAt": "2026-05-02T08:00:00.000Z",
              "updatedAt": "2026-06-29T10:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.knowledge.scan_failed.repository-unreachable",
      "group": "deliver",
      "title": "knowledge.scan_failed (repository-unreachable), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "knowledge.scan_failed/repository-unreachable",
          "webhookId": "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0f",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0f",
            "type": "knowledge.scan_failed",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T11:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "source",
              "id": "9c0d1e2f-3a4b-4c5d-9e6f-7a8b9c0d1e2f"
            },
            "sequence": 12,
            "actor": {
              "type": "system",
              "id": null
            },
            "data": {
              "object": "source",
              "id": "9c0d1e2f-3a4b-4c5d-9e6f-7a8b9c0d1e2f",
              "name": "SDK repository",
              "kind": "github",
              "origin": "https://github.com/example/sdk",
              "coverage": {
                "endpoints": 0,
                "documents": 57,
                "chunks": 904,
                "partial": false
              },
              "lastScan": {
                "object": "scan",
                "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
                "outcome": "failed",
                "contentChanged": false,
                "authDetected": false,
                "counts": {
                  "endpoints": 0,
                  "documents": 0,
                  "chunks": 0
                },
                "skippedItems": 0,
                "errors": [
                  {
                    "code": "source_unreachable",
                    "message": "The repository answered 404. Check that the GitHub app still has access.",
                    "location": null
                  }
                ],
                "startedAt": "2026-06-29T10:59:40.000Z",
                "finishedAt": "2026-06-29T11:00:00.000Z"
              },
              "createdAt": "2026-04-11T08:00:00.000Z",
              "updatedAt": "2026-06-29T11:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.knowledge.coverage_changed.endpoints-added",
      "group": "deliver",
      "title": "knowledge.coverage_changed (endpoints-added), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "knowledge.coverage_changed/endpoints-added",
          "webhookId": "c8d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1a",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "c8d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1a",
            "type": "knowledge.coverage_changed",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T10:00:00.500Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "source",
              "id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e"
            },
            "sequence": 8,
            "actor": {
              "type": "system",
              "id": null
            },
            "changes": {
              "fields": [
                "coverage"
              ],
              "previous": {
                "coverage": {
                  "endpoints": 38,
                  "documents": 3,
                  "chunks": 291,
                  "partial": false
                }
              }
            },
            "data": {
              "object": "source",
              "id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
              "name": "Payments API (OpenAPI)",
              "kind": "openapi",
              "origin": "https://api.example.com/openapi.json",
              "coverage": {
                "endpoints": 42,
                "documents": 3,
                "chunks": 318,
                "partial": true
              },
              "lastScan": {
                "object": "scan",
                "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                "outcome": "partially_completed",
                "contentChanged": true,
                "authDetected": true,
                "counts": {
                  "endpoints": 42,
                  "documents": 3,
                  "chunks": 318
                },
                "skippedItems": 1,
                "errors": [
                  {
                    "code": "unsupported_file",
                    "message": "Skipped a file that is not OpenAPI, Markdown or JSON.",
                    "location": "docs/diagram.png"
                  }
                ],
                "startedAt": "2026-06-29T09:58:12.000Z",
                "finishedAt": "2026-06-29T10:00:00.000Z"
              },
              "createdAt": "2026-05-02T08:00:00.000Z",
              "updatedAt": "2026-06-29T10:00:00.500Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.agent.answer_created.cited-answer",
      "group": "deliver",
      "title": "agent.answer_created (cited-answer), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "agent.answer_created/cited-answer",
          "webhookId": "d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2b",
            "type": "agent.answer_created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:06.500Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "agent_answer",
              "id": "e0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3c"
            },
            "sequence": 1,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "agent_answer",
              "id": "e0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3c",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "messageId": "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a",
              "customerMessage": {
                "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                "excerpt": "My API key returns 401 on /v1/charges since this morning. Did something change?"
              },
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "outcome": "answered",
              "confidence": {
                "score": 0.86,
                "threshold": 0.6,
                "level": "high"
              },
              "citations": [
                {
                  "sourceId": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
                  "title": "Authentication",
                  "url": "https://docs.example.com/authentication",
                  "excerpt": "Keys created before June 27 were rotated."
                },
                {
                  "sourceId": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
                  "title": "POST /v1/charges",
                  "url": null,
                  "excerpt": null
                }
              ],
              "createdAt": "2026-06-28T18:00:06.500Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.agent.answer_created.answered-below-threshold",
      "group": "deliver",
      "title": "agent.answer_created (answered-below-threshold), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "agent.answer_created/answered-below-threshold",
          "webhookId": "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0e",
            "type": "agent.answer_created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:15:01.200Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "agent_answer",
              "id": "7b8c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1f"
            },
            "sequence": 2,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "agent_answer",
              "id": "7b8c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1f",
              "conversationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
              "messageId": "8c9d0e1f-2a3b-4c4d-8e5f-7a8b9c0d1e2f",
              "customerMessage": {
                "id": "9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a",
                "excerpt": "Does the sandbox support idempotency keys on refunds?"
              },
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "outcome": "answered",
              "confidence": {
                "score": 0.52,
                "threshold": 0.6,
                "level": "low"
              },
              "citations": [
                {
                  "sourceId": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e",
                  "title": "POST /v1/refunds",
                  "url": null,
                  "excerpt": "Idempotency-Key is accepted on every POST request."
                }
              ],
              "createdAt": "2026-06-28T18:15:01.200Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.agent.handoff_requested.low-confidence",
      "group": "deliver",
      "title": "agent.handoff_requested (low-confidence), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "agent.handoff_requested/low-confidence",
          "webhookId": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5d",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5d",
            "type": "agent.handoff_requested",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:10:30.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "handoff",
              "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"
            },
            "sequence": 1,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "handoff",
              "id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "reason": "low_confidence",
              "status": "requested",
              "note": "Customer asks about a charge on their invoice.",
              "operatorId": null,
              "requestedAt": "2026-06-28T18:10:30.000Z",
              "acceptedAt": null
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.agent.low_confidence_recorded.before-handoff",
      "group": "deliver",
      "title": "agent.low_confidence_recorded (before-handoff), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "agent.low_confidence_recorded/before-handoff",
          "webhookId": "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6e",
            "type": "agent.low_confidence_recorded",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:10:29.900Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "agent_answer",
              "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
            },
            "sequence": 1,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "agent_answer",
              "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "messageId": null,
              "customerMessage": {
                "id": "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
                "excerpt": "Why was I charged twice on invoice INV-2231?"
              },
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "outcome": "handoff_requested",
              "confidence": {
                "score": 0.31,
                "threshold": 0.6,
                "level": "low"
              },
              "citations": [],
              "createdAt": "2026-06-28T18:10:29.900Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.customer.deleted.erasure-request",
      "group": "deliver",
      "title": "customer.deleted (erasure-request), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "customer.deleted/erasure-request",
          "webhookId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "type": "customer.deleted",
            "apiVersion": "v1",
            "occurredAt": "2026-06-30T09:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "customer",
              "id": "cus_123"
            },
            "sequence": 6,
            "actor": {
              "type": "api",
              "id": null
            },
            "data": {
              "object": "customer",
              "id": "cus_123",
              "deleted": true,
              "reason": "erasure_request",
              "deletedAt": "2026-06-30T09:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.customer.merged.verified-visitor",
      "group": "deliver",
      "title": "customer.merged (verified-visitor), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "customer.merged/verified-visitor",
          "webhookId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            "type": "customer.merged",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T20:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "customer",
              "id": "cus_123"
            },
            "sequence": 5,
            "actor": {
              "type": "system",
              "id": null
            },
            "merge": {
              "absorbedIds": [
                "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"
              ],
              "reason": "identity_verified",
              "mergedAt": "2026-06-29T20:00:00.000Z"
            },
            "data": {
              "object": "customer",
              "id": "cus_123",
              "name": "Ada Lovelace",
              "email": "ada@example.com",
              "company": "Analytical Engines Ltd",
              "identitySource": "jwt",
              "traits": {
                "plan": "enterprise",
                "region": "eu-west-1"
              },
              "identities": [
                {
                  "object": "identity",
                  "id": "f4a5b6c7-d8e9-4f0a-8b1c-2d3e4f5a6b7c",
                  "channel": "live-chat",
                  "kind": "widget_visitor",
                  "verified": true,
                  "linkedAt": "2026-06-28T17:59:59.010Z"
                },
                {
                  "object": "identity",
                  "id": "a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d",
                  "channel": "discord",
                  "kind": "discord_user",
                  "verified": true,
                  "linkedAt": "2026-06-29T19:00:00.000Z"
                },
                {
                  "object": "identity",
                  "id": "b6c7d8e9-f0a1-4b2c-8d3e-4f5a6b7c8d9e",
                  "channel": "live-chat",
                  "kind": "widget_visitor",
                  "verified": true,
                  "linkedAt": "2026-06-29T20:00:00.000Z"
                }
              ],
              "createdAt": "2026-06-28T17:59:59.010Z",
              "updatedAt": "2026-06-29T20:00:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.deleted.spam-deleted",
      "group": "deliver",
      "title": "conversation.deleted (spam-deleted), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.deleted/spam-deleted",
          "webhookId": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
            "type": "conversation.deleted",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T08:15:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
            },
            "sequence": 3,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "data": {
              "object": "conversation",
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "deleted": true,
              "reason": "deleted",
              "customerId": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
              "channel": "email",
              "deletedAt": "2026-06-29T08:15:00.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.rated.five-stars",
      "group": "deliver",
      "title": "conversation.rated (five-stars), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.rated/five-stars",
          "webhookId": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a",
            "type": "conversation.rated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:34:10.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "csat_response",
              "id": "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "csat_response",
              "id": "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "customerId": "cus_123",
              "score": 5,
              "comment": "Quick and clear, thanks.",
              "requestedAt": "2026-06-28T18:30:05.000Z",
              "respondedAt": "2026-06-28T18:34:10.000Z"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.conversation.sla_status_changed.first-response-breached",
      "group": "deliver",
      "title": "conversation.sla_status_changed (first-response-breached), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "conversation.sla_status_changed/first-response-breached",
          "webhookId": "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8a9b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8a9b",
            "type": "conversation.sla_status_changed",
            "apiVersion": "v1",
            "occurredAt": "2026-06-29T10:43:19.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "sla_target",
              "id": "6f7a8b9c-0d1e-4f2a-9b3c-5d6e7f8a9b0c"
            },
            "sequence": 2,
            "actor": {
              "type": "system",
              "id": null
            },
            "changes": {
              "fields": [
                "status"
              ],
              "previous": {
                "status": "at_risk"
              }
            },
            "data": {
              "object": "sla_target",
              "id": "6f7a8b9c-0d1e-4f2a-9b3c-5d6e7f8a9b0c",
              "conversationId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
              "policyId": "7a8b9c0d-1e2f-4a3b-8c4d-6e7f8a9b0c1d",
              "target": "first_response",
              "status": "breached",
              "startedAt": "2026-06-29T02:43:19.000Z",
              "dueAt": "2026-06-29T10:43:19.000Z",
              "completedAt": null
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "deliver.webhook.test.from-dashboard",
      "group": "deliver",
      "title": "webhook.test (from-dashboard), correctly signed: 2xx within 15 s",
      "steps": [
        {
          "example": "webhook.test/from-dashboard",
          "webhookId": "0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f",
            "type": "webhook.test",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T17:50:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "webhook_endpoint",
              "id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"
            },
            "sequence": 1,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "data": {
              "object": "webhook_test",
              "endpointId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
              "message": "This is a test delivery from Woes. Answer 2xx to confirm your endpoint works."
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the signature over the raw body, then answer 2xx within 15 s; do slow work after responding."
    },
    {
      "id": "signature.tampered-body",
      "group": "refuse",
      "title": "a body changed after signing: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "dda76b55-73d9-4ee4-a45d-f833c4759a0c",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "dda76b55-73d9-4ee4-a45d-f833c4759a0c",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "94c877c6-d8f3-4714-b6a8-3adc870a406b"
            },
            "sequence": 2,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "94c877c6-d8f3-4714-b6a8-3adc870a406b",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint",
              "over": {
                "webhookId": "dda76b55-73d9-4ee4-a45d-f833c4759a0c",
                "payload": {
                  "object": "event",
                  "id": "dda76b55-73d9-4ee4-a45d-f833c4759a0c",
                  "type": "conversation.created",
                  "apiVersion": "v1",
                  "occurredAt": "2026-06-28T18:00:00.000Z",
                  "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
                  "resource": {
                    "object": "conversation",
                    "id": "94c877c6-d8f3-4714-b6a8-3adc870a406b"
                  },
                  "sequence": 1,
                  "actor": {
                    "type": "customer",
                    "id": "cus_123"
                  },
                  "data": {
                    "object": "conversation",
                    "id": "94c877c6-d8f3-4714-b6a8-3adc870a406b",
                    "channel": "live-chat",
                    "status": "open",
                    "waitingOn": "team",
                    "priority": "medium",
                    "subject": null,
                    "preview": null,
                    "handledBy": "agent",
                    "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
                    "assignee": null,
                    "tags": [],
                    "customer": {
                      "id": "cus_123",
                      "name": "Ada Lovelace",
                      "email": "ada@example.com",
                      "company": "Analytical Engines Ltd",
                      "identitySource": "jwt"
                    },
                    "createdAt": "2026-06-28T18:00:00.000Z",
                    "updatedAt": "2026-06-28T18:00:00.000Z",
                    "lastMessageAt": null,
                    "closedAt": null,
                    "snoozedUntil": null,
                    "archivedAt": null,
                    "customFields": {
                      "plan_tier": "scale",
                      "affected_endpoints": [
                        "/v1/charges"
                      ]
                    }
                  }
                }
              }
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify the exact raw bytes received (never a re-serialized JSON.parse result), and refuse when no signature matches."
    },
    {
      "id": "signature.wrong-secret",
      "group": "refuse",
      "title": "signed with another secret: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "538fc100-2a5a-4a59-916b-6135fb7975f9",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "538fc100-2a5a-4a59-916b-6135fb7975f9",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "e63d75b3-09d2-49b6-9135-9af685cc10ed"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "e63d75b3-09d2-49b6-9135-9af685cc10ed",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "other"
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Verify with the library (or Standard Webhooks) over the raw body before doing anything; answer 400/401 when it fails."
    },
    {
      "id": "signature.other-message",
      "group": "refuse",
      "title": "a valid signature of another message: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "23853139-e457-4b54-861d-9e5c1efc4bea",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "23853139-e457-4b54-861d-9e5c1efc4bea",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "d2b713a7-8ede-4b74-a000-4791f39b790e"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "d2b713a7-8ede-4b74-a000-4791f39b790e",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint",
              "over": {
                "webhookId": "3f0c1e52-6a3b-4d7e-9a51-2b8c4d6e7f10",
                "payload": {
                  "object": "event",
                  "id": "3f0c1e52-6a3b-4d7e-9a51-2b8c4d6e7f10",
                  "type": "conversation.created",
                  "apiVersion": "v1",
                  "occurredAt": "2026-06-28T18:00:00.000Z",
                  "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
                  "resource": {
                    "object": "conversation",
                    "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1"
                  },
                  "sequence": 1,
                  "actor": {
                    "type": "customer",
                    "id": "cus_123"
                  },
                  "data": {
                    "object": "conversation",
                    "id": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
                    "channel": "live-chat",
                    "status": "open",
                    "waitingOn": "team",
                    "priority": "medium",
                    "subject": null,
                    "preview": null,
                    "handledBy": "agent",
                    "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
                    "assignee": null,
                    "tags": [],
                    "customer": {
                      "id": "cus_123",
                      "name": "Ada Lovelace",
                      "email": "ada@example.com",
                      "company": "Analytical Engines Ltd",
                      "identitySource": "jwt"
                    },
                    "createdAt": "2026-06-28T18:00:00.000Z",
                    "updatedAt": "2026-06-28T18:00:00.000Z",
                    "lastMessageAt": null,
                    "closedAt": null,
                    "snoozedUntil": null,
                    "archivedAt": null,
                    "customFields": {
                      "plan_tier": "scale",
                      "affected_endpoints": [
                        "/v1/charges"
                      ]
                    }
                  }
                }
              }
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Check the signature of `${webhook-id}.${webhook-timestamp}.${body}` of THIS request, not a cached or looked-up one."
    },
    {
      "id": "timestamp.too-old",
      "group": "refuse",
      "title": "a timestamp 360 s in the past (tolerance 300 s): refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "4b6d3c34-fa32-4aee-b2f5-7c94a1ee3f51",
          "timestampOffsetSeconds": -360,
          "payload": {
            "object": "event",
            "id": "4b6d3c34-fa32-4aee-b2f5-7c94a1ee3f51",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "9531ddaf-7d19-4dcf-a5bd-ad4b8a32a121"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "9531ddaf-7d19-4dcf-a5bd-ad4b8a32a121",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Refuse deliveries whose webhook-timestamp is more than 300 s old: they are replays."
    },
    {
      "id": "timestamp.too-new",
      "group": "refuse",
      "title": "a timestamp 360 s in the future (tolerance 300 s): refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "e3ee27f9-b4ed-425a-ad1b-f36eb6b064dd",
          "timestampOffsetSeconds": 360,
          "payload": {
            "object": "event",
            "id": "e3ee27f9-b4ed-425a-ad1b-f36eb6b064dd",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "657a5123-c7b1-40fb-8c4b-64a47bd47bb7"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "657a5123-c7b1-40fb-8c4b-64a47bd47bb7",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Refuse deliveries whose webhook-timestamp is more than 300 s ahead of your clock."
    },
    {
      "id": "header.missing-id",
      "group": "refuse",
      "title": "no webhook-id header: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "dbadc253-271b-4db4-b174-5c5dfecfc0d4",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "dbadc253-271b-4db4-b174-5c5dfecfc0d4",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "1b65161f-fa6b-453b-ae6e-913238e77896"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "1b65161f-fa6b-453b-ae6e-913238e77896",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [
            "webhook-id"
          ],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Refuse a delivery without webhook-id; never treat a missing header as \"unsigned, accept\"."
    },
    {
      "id": "header.missing-timestamp",
      "group": "refuse",
      "title": "no webhook-timestamp header: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "b6feb376-dff0-4cb5-8f17-d694fb75c881",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "b6feb376-dff0-4cb5-8f17-d694fb75c881",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "92124be7-e485-44a2-8052-42c1dc51c16c"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "92124be7-e485-44a2-8052-42c1dc51c16c",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [
            "webhook-timestamp"
          ],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Refuse a delivery without webhook-timestamp; never treat a missing header as \"unsigned, accept\"."
    },
    {
      "id": "header.missing-signature",
      "group": "refuse",
      "title": "no webhook-signature header: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "07148701-ff96-4b2d-8a88-5dd7f756aad0",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "07148701-ff96-4b2d-8a88-5dd7f756aad0",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "54f024de-e8fc-40c8-aa59-22afbd00050d"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "54f024de-e8fc-40c8-aa59-22afbd00050d",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [
            "webhook-signature"
          ],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Refuse a delivery without webhook-signature; never treat a missing header as \"unsigned, accept\"."
    },
    {
      "id": "signature.malformed",
      "group": "refuse",
      "title": "a malformed webhook-signature header: refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "cf4d854c-25bf-41bc-93c0-1d487515c379",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "cf4d854c-25bf-41bc-93c0-1d487515c379",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "5e5868f1-dc19-4aa4-a6b4-ec059506d1dd"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "5e5868f1-dc19-4aa4-a6b4-ec059506d1dd",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx",
          "signatureHeader": "not-a-signature"
        }
      ],
      "inspect": [],
      "fix": "Refuse a webhook-signature that is not a space-separated list of version,base64 entries."
    },
    {
      "id": "signature.unknown-versions-only",
      "group": "refuse",
      "title": "only unknown signature versions (v0, v2): refused",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "2c2eb004-d90a-424b-888d-007f3097baa0",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "2c2eb004-d90a-424b-888d-007f3097baa0",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "ed220301-22e2-4bfc-963a-24c74c67c85e"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "ed220301-22e2-4bfc-963a-24c74c67c85e",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v0",
              "secret": "endpoint"
            },
            {
              "version": "v2",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "non-2xx"
        }
      ],
      "inspect": [],
      "fix": "Compare only entries whose version you implement (v1); refuse when none of those matches."
    },
    {
      "id": "limits.body-too-large.declared",
      "group": "refuse",
      "title": "a 1048576-byte body (the limit is 65536) with its content-length, 65537 bytes of it sent: 413 without waiting for the rest",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "d138ef32-300f-42e0-8731-207f771d6cc0",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "d138ef32-300f-42e0-8731-207f771d6cc0",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "a6a73d02-bf29-44ac-bb0d-a278bb9d44bb"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "a6a73d02-bf29-44ac-bb0d-a278bb9d44bb",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "413",
          "oversize": {
            "totalBytes": 1048576,
            "sendBytes": 65537,
            "framing": "content-length"
          }
        }
      ],
      "inspect": [],
      "fix": "Answer 413 as soon as content-length is over 65536 bytes, without reading the body (express.raw() reads the whole body before it answers: use the library's createNodeMiddleware)."
    },
    {
      "id": "limits.body-too-large.chunked",
      "group": "refuse",
      "title": "a chunked body with no declared length, 65537 bytes sent (the limit is 65536): 413 (or 411) without waiting for the rest",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "db08b28c-9a26-4218-8d9f-a32b0be12146",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "db08b28c-9a26-4218-8d9f-a32b0be12146",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "d00127fb-3bdd-4d1f-8393-5223365311c4"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "d00127fb-3bdd-4d1f-8393-5223365311c4",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "413",
          "oversize": {
            "totalBytes": 1048576,
            "sendBytes": 65537,
            "framing": "chunked"
          }
        }
      ],
      "inspect": [],
      "fix": "Count bytes while reading and answer 413 once the body passes 65536 bytes, without waiting for the rest (or 411 to any body without content-length)."
    },
    {
      "id": "accept.rotation",
      "group": "accept",
      "title": "several v1 signatures (secret rotation), one of them valid: 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "229612f5-355b-4dd8-95de-ac61c416e36e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "229612f5-355b-4dd8-95de-ac61c416e36e",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "87c96044-3a2c-4b28-af1c-82cf8a4b57be"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "87c96044-3a2c-4b28-af1c-82cf8a4b57be",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "other"
            },
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Split webhook-signature on spaces and accept when ANY v1 entry matches, not only the first."
    },
    {
      "id": "accept.redelivery",
      "group": "accept",
      "title": "a redelivery (same webhook-id, new timestamp and signature): 2xx, processed once",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "b73c14ce-b0ba-46ad-b702-13309786be9a",
          "timestampOffsetSeconds": -120,
          "payload": {
            "object": "event",
            "id": "b73c14ce-b0ba-46ad-b702-13309786be9a",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "74a68c3e-a7da-4534-878a-0151a251ebee"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "74a68c3e-a7da-4534-878a-0151a251ebee",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        },
        {
          "example": "conversation.created/live-chat",
          "webhookId": "b73c14ce-b0ba-46ad-b702-13309786be9a",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "b73c14ce-b0ba-46ad-b702-13309786be9a",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "74a68c3e-a7da-4534-878a-0151a251ebee"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "74a68c3e-a7da-4534-878a-0151a251ebee",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [
        {
          "kind": "processed",
          "webhookId": "b73c14ce-b0ba-46ad-b702-13309786be9a",
          "expected": 1
        }
      ],
      "fix": "Answer 2xx to an id you have already processed (skip the work); never reject a redelivery."
    },
    {
      "id": "accept.duplicate",
      "group": "accept",
      "title": "the same delivery twice: 2xx both times, side effect once",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "e0b54ad1-321a-457c-bf4a-ac85ff4514df",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "e0b54ad1-321a-457c-bf4a-ac85ff4514df",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "d25d945f-fb9d-4ab4-85be-d35c395d11da"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "d25d945f-fb9d-4ab4-85be-d35c395d11da",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        },
        {
          "example": "conversation.created/live-chat",
          "webhookId": "e0b54ad1-321a-457c-bf4a-ac85ff4514df",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "e0b54ad1-321a-457c-bf4a-ac85ff4514df",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "d25d945f-fb9d-4ab4-85be-d35c395d11da"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "d25d945f-fb9d-4ab4-85be-d35c395d11da",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx",
          "resendStep": 0
        }
      ],
      "inspect": [
        {
          "kind": "processed",
          "webhookId": "e0b54ad1-321a-457c-bf4a-ac85ff4514df",
          "expected": 1
        }
      ],
      "fix": "Record webhook-id once the side effects are committed and skip ids you have seen (keep them 14 days)."
    },
    {
      "id": "accept.out-of-order",
      "group": "accept",
      "title": "two updates of one conversation out of order: 2xx, the newer state wins",
      "steps": [
        {
          "example": "conversation.updated/priority-raised",
          "webhookId": "3207e181-78bf-4e71-8215-c78a81a0de4e",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "3207e181-78bf-4e71-8215-c78a81a0de4e",
            "type": "conversation.updated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:15:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "99fab934-cb9e-4e8c-8efe-33ef836d1230"
            },
            "sequence": 3,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "priority",
                "tags"
              ],
              "previous": {
                "priority": "medium",
                "tags": []
              }
            },
            "data": {
              "object": "conversation",
              "id": "99fab934-cb9e-4e8c-8efe-33ef836d1230",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "high",
              "subject": null,
              "preview": "My API key returns 401 on /v1/charges",
              "handledBy": "operator",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "operator",
                "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
              },
              "tags": [
                "billing",
                "auth"
              ],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:15:00.000Z",
              "lastMessageAt": "2026-06-28T18:12:41.250Z",
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        },
        {
          "example": "conversation.updated/priority-raised",
          "webhookId": "a95c94bd-f1ea-43f0-af48-449040356c6b",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "a95c94bd-f1ea-43f0-af48-449040356c6b",
            "type": "conversation.updated",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:15:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "99fab934-cb9e-4e8c-8efe-33ef836d1230"
            },
            "sequence": 2,
            "actor": {
              "type": "operator",
              "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "changes": {
              "fields": [
                "priority",
                "tags"
              ],
              "previous": {
                "priority": "medium",
                "tags": []
              }
            },
            "data": {
              "object": "conversation",
              "id": "99fab934-cb9e-4e8c-8efe-33ef836d1230",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "high",
              "subject": null,
              "preview": "My API key returns 401 on /v1/charges",
              "handledBy": "operator",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": {
                "type": "operator",
                "id": "2c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
              },
              "tags": [
                "billing",
                "auth"
              ],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:15:00.000Z",
              "lastMessageAt": "2026-06-28T18:12:41.250Z",
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [
        {
          "kind": "sequence",
          "object": "conversation",
          "id": "99fab934-cb9e-4e8c-8efe-33ef836d1230",
          "expected": 3
        }
      ],
      "fix": "Keep the highest sequence applied per resource and ignore (with 2xx) an event whose sequence is not higher."
    },
    {
      "id": "accept.unknown-type",
      "group": "accept",
      "title": "an event type this contract version does not define (conversation.conformance_probe): 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "61d22fc3-1b8b-4da2-86d2-03ec2c799737",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "61d22fc3-1b8b-4da2-86d2-03ec2c799737",
            "type": "conversation.conformance_probe",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "be4cc608-62b9-4f6c-a1dc-101d8de24ecd"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "be4cc608-62b9-4f6c-a1dc-101d8de24ecd",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Answer 2xx to event types you do not handle; new types are added without notice."
    },
    {
      "id": "accept.unknown-fields",
      "group": "accept",
      "title": "fields the schema does not define: 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "d15f0910-187b-4ac6-94da-906d52e73c16",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "d15f0910-187b-4ac6-94da-906d52e73c16",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "1bfeb5a7-d3e5-4336-ae4e-68dac8ea68e3"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "1bfeb5a7-d3e5-4336-ae4e-68dac8ea68e3",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              },
              "conformanceProbe": true
            },
            "conformanceProbe": {
              "addedIn": "a later contract version"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Ignore fields you do not know: validate with the receiver schemas, not the strict ones."
    },
    {
      "id": "accept.unknown-enum-value",
      "group": "accept",
      "title": "an unknown value of an open enum (/data/channel): 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "a769fe53-6a52-49f0-b46e-c738d2a4023a",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "a769fe53-6a52-49f0-b46e-c738d2a4023a",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "564439c3-af41-4d24-bc88-5de3ca8c12b7"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "564439c3-af41-4d24-bc88-5de3ca8c12b7",
              "channel": "conformance_probe_value",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx"
        }
      ],
      "inspect": [],
      "fix": "Tolerate values you do not know in enums marked open (x-woes-open-enum), such as /data/channel."
    },
    {
      "id": "accept.raw-bytes.unicode-escapes",
      "group": "accept",
      "title": "a body with non-ASCII characters as \\uXXXX escapes (as Python writes JSON): 2xx",
      "steps": [
        {
          "example": "message.created/agent-answer",
          "webhookId": "7ee49f33-d948-4051-806d-3408e677a0d8",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "7ee49f33-d948-4051-806d-3408e677a0d8",
            "type": "message.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:06.480Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "message",
              "id": "05c21efc-17e3-49d9-9fcb-cad27741f4fb"
            },
            "sequence": 1,
            "actor": {
              "type": "agent",
              "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d"
            },
            "data": {
              "object": "message",
              "id": "05c21efc-17e3-49d9-9fcb-cad27741f4fb",
              "conversationId": "7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1",
              "channel": "live-chat",
              "author": {
                "type": "agent",
                "id": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
                "name": "Woes Assistant"
              },
              "role": "assistant",
              "body": "Keys created before June 27 were rotated. Create a new key in **Settings → Keys** and retry.",
              "attachments": [],
              "agentAnswerId": "e0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3c",
              "createdAt": "2026-06-28T18:00:06.480Z"
            },
            "conversation": {
              "status": "waiting",
              "waitingOn": "customer",
              "handledBy": "agent",
              "assignee": null,
              "priority": "medium"
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx",
          "body": "{\"object\":\"event\",\"id\":\"7ee49f33-d948-4051-806d-3408e677a0d8\",\"type\":\"message.created\",\"apiVersion\":\"v1\",\"occurredAt\":\"2026-06-28T18:00:06.480Z\",\"workspaceId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"resource\":{\"object\":\"message\",\"id\":\"05c21efc-17e3-49d9-9fcb-cad27741f4fb\"},\"sequence\":1,\"actor\":{\"type\":\"agent\",\"id\":\"5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d\"},\"data\":{\"object\":\"message\",\"id\":\"05c21efc-17e3-49d9-9fcb-cad27741f4fb\",\"conversationId\":\"7d444840-9dc0-4d6c-9a6d-9a1b6c6ef0a1\",\"channel\":\"live-chat\",\"author\":{\"type\":\"agent\",\"id\":\"5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d\",\"name\":\"Woes Assistant\"},\"role\":\"assistant\",\"body\":\"Keys created before June 27 were rotated. Create a new key in **Settings \\u2192 Keys** and retry.\",\"attachments\":[],\"agentAnswerId\":\"e0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3c\",\"createdAt\":\"2026-06-28T18:00:06.480Z\"},\"conversation\":{\"status\":\"waiting\",\"waitingOn\":\"customer\",\"handledBy\":\"agent\",\"assignee\":null,\"priority\":\"medium\"}}"
        }
      ],
      "inspect": [],
      "fix": "Verify the exact bytes received, before parsing: re-serialized JSON loses escapes and spacing (express.raw({ type: \"application/json\" }), request.text())."
    },
    {
      "id": "accept.raw-bytes.escaped-slashes",
      "group": "accept",
      "title": "a body with / written as \\/ (as PHP writes JSON): 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "12c1446d-555c-4aa8-8365-b5a5f3ed8003",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "12c1446d-555c-4aa8-8365-b5a5f3ed8003",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "7fa4b594-f480-4df6-9316-6531a2aa8867"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "7fa4b594-f480-4df6-9316-6531a2aa8867",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx",
          "body": "{\"object\":\"event\",\"id\":\"12c1446d-555c-4aa8-8365-b5a5f3ed8003\",\"type\":\"conversation.created\",\"apiVersion\":\"v1\",\"occurredAt\":\"2026-06-28T18:00:00.000Z\",\"workspaceId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"resource\":{\"object\":\"conversation\",\"id\":\"7fa4b594-f480-4df6-9316-6531a2aa8867\"},\"sequence\":1,\"actor\":{\"type\":\"customer\",\"id\":\"cus_123\"},\"data\":{\"object\":\"conversation\",\"id\":\"7fa4b594-f480-4df6-9316-6531a2aa8867\",\"channel\":\"live-chat\",\"status\":\"open\",\"waitingOn\":\"team\",\"priority\":\"medium\",\"subject\":null,\"preview\":null,\"handledBy\":\"agent\",\"agentId\":\"5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d\",\"assignee\":null,\"tags\":[],\"customer\":{\"id\":\"cus_123\",\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"company\":\"Analytical Engines Ltd\",\"identitySource\":\"jwt\"},\"createdAt\":\"2026-06-28T18:00:00.000Z\",\"updatedAt\":\"2026-06-28T18:00:00.000Z\",\"lastMessageAt\":null,\"closedAt\":null,\"snoozedUntil\":null,\"archivedAt\":null,\"customFields\":{\"plan_tier\":\"scale\",\"affected_endpoints\":[\"\\/v1\\/charges\"]}}}"
        }
      ],
      "inspect": [],
      "fix": "Verify the exact bytes received, before parsing: re-serialized JSON loses escapes and spacing (express.raw({ type: \"application/json\" }), request.text())."
    },
    {
      "id": "accept.raw-bytes.spacing",
      "group": "accept",
      "title": "a body with spaces and newlines between its tokens: 2xx",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "5c608e96-efd6-4b33-ad7c-8b24922a0f75",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "5c608e96-efd6-4b33-ad7c-8b24922a0f75",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "dbc0834b-9692-4d81-91de-834f474f77c8"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "dbc0834b-9692-4d81-91de-834f474f77c8",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "2xx",
          "body": "{\n  \"object\": \"event\",\n  \"id\": \"5c608e96-efd6-4b33-ad7c-8b24922a0f75\",\n  \"type\": \"conversation.created\",\n  \"apiVersion\": \"v1\",\n  \"occurredAt\": \"2026-06-28T18:00:00.000Z\",\n  \"workspaceId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\",\n  \"resource\": {\n    \"object\": \"conversation\",\n    \"id\": \"dbc0834b-9692-4d81-91de-834f474f77c8\"\n  },\n  \"sequence\": 1,\n  \"actor\": {\n    \"type\": \"customer\",\n    \"id\": \"cus_123\"\n  },\n  \"data\": {\n    \"object\": \"conversation\",\n    \"id\": \"dbc0834b-9692-4d81-91de-834f474f77c8\",\n    \"channel\": \"live-chat\",\n    \"status\": \"open\",\n    \"waitingOn\": \"team\",\n    \"priority\": \"medium\",\n    \"subject\": null,\n    \"preview\": null,\n    \"handledBy\": \"agent\",\n    \"agentId\": \"5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d\",\n    \"assignee\": null,\n    \"tags\": [],\n    \"customer\": {\n      \"id\": \"cus_123\",\n      \"name\": \"Ada Lovelace\",\n      \"email\": \"ada@example.com\",\n      \"company\": \"Analytical Engines Ltd\",\n      \"identitySource\": \"jwt\"\n    },\n    \"createdAt\": \"2026-06-28T18:00:00.000Z\",\n    \"updatedAt\": \"2026-06-28T18:00:00.000Z\",\n    \"lastMessageAt\": null,\n    \"closedAt\": null,\n    \"snoozedUntil\": null,\n    \"archivedAt\": null,\n    \"customFields\": {\n      \"plan_tier\": \"scale\",\n      \"affected_endpoints\": [\n        \"/v1/charges\"\n      ]\n    }\n  }\n}\n"
        }
      ],
      "inspect": [],
      "fix": "Verify the exact bytes received, before parsing: re-serialized JSON loses escapes and spacing (express.raw({ type: \"application/json\" }), request.text())."
    },
    {
      "id": "http.no-redirect",
      "group": "http",
      "title": "a valid delivery is answered without a redirect",
      "steps": [
        {
          "example": "conversation.created/live-chat",
          "webhookId": "4ade0d82-5a46-40c6-89d3-c75e57539cad",
          "timestampOffsetSeconds": 0,
          "payload": {
            "object": "event",
            "id": "4ade0d82-5a46-40c6-89d3-c75e57539cad",
            "type": "conversation.created",
            "apiVersion": "v1",
            "occurredAt": "2026-06-28T18:00:00.000Z",
            "workspaceId": "0f8fad5b-d9cb-469f-a165-70867728950e",
            "resource": {
              "object": "conversation",
              "id": "b6109370-2d3c-4fd3-aff5-3a9c8043b3b9"
            },
            "sequence": 1,
            "actor": {
              "type": "customer",
              "id": "cus_123"
            },
            "data": {
              "object": "conversation",
              "id": "b6109370-2d3c-4fd3-aff5-3a9c8043b3b9",
              "channel": "live-chat",
              "status": "open",
              "waitingOn": "team",
              "priority": "medium",
              "subject": null,
              "preview": null,
              "handledBy": "agent",
              "agentId": "5b1e9c3a-8f2d-4a6b-9c0e-1d2f3a4b5c6d",
              "assignee": null,
              "tags": [],
              "customer": {
                "id": "cus_123",
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "company": "Analytical Engines Ltd",
                "identitySource": "jwt"
              },
              "createdAt": "2026-06-28T18:00:00.000Z",
              "updatedAt": "2026-06-28T18:00:00.000Z",
              "lastMessageAt": null,
              "closedAt": null,
              "snoozedUntil": null,
              "archivedAt": null,
              "customFields": {
                "plan_tier": "scale",
                "affected_endpoints": [
                  "/v1/charges"
                ]
              }
            }
          },
          "signatures": [
            {
              "version": "v1",
              "secret": "endpoint"
            }
          ],
          "omitHeaders": [],
          "expect": "no-redirect"
        }
      ],
      "inspect": [],
      "fix": "Register the final URL: Woes never follows redirects, so a 3xx counts as a failed attempt."
    }
  ]
};
