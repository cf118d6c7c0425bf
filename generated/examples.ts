// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
import type { WebhookEventMap, WebhookEventType } from './types.js';

/** One example delivery from the spec: the headers Woes sends and the JSON payload. */
export interface EventExample<T extends WebhookEventType = WebhookEventType> {
  readonly name: string;
  readonly summary: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: WebhookEventMap[T];
}

/** Every example of every event type, in the order of the spec. */
export const EVENT_EXAMPLES: { readonly [T in WebhookEventType]: readonly EventExample<T>[] } = {
  "conversation.created": [
    {
      "name": "live-chat",
      "summary": "A customer opens a live chat from the widget; their first message follows as `message.created`.",
      "headers": {
        "webhook-id": "3f0c1e52-6a3b-4d7e-9a51-2b8c4d6e7f10",
        "webhook-timestamp": "1782669600",
        "webhook-signature": "v1,9MS4Eg2AaWSCBWusw6Kt8SrIxKaum32YlDk+Tq5Rq14=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
    },
  ],
  "conversation.updated": [
    {
      "name": "priority-raised",
      "summary": "An operator raises the priority and tags the conversation.",
      "headers": {
        "webhook-id": "8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "webhook-timestamp": "1782670500",
        "webhook-signature": "v1,HA33vTPiivQyORsIBtYw0HGtTju1Z92lOkfEc6qJu/c=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.assigned": [
    {
      "name": "assigned-to-team",
      "summary": "An automation assigns a billing conversation to the Billing team.",
      "headers": {
        "webhook-id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
        "webhook-timestamp": "1782669900",
        "webhook-signature": "v1,0XCtpfkOAfO5x2v4TmMqvBQ0u5h2Fh30B8G7ktNx9Hw=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.handed_off": [
    {
      "name": "accepted-request",
      "summary": "An operator accepts the agent's handoff request.",
      "headers": {
        "webhook-id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
        "webhook-timestamp": "1782670320",
        "webhook-signature": "v1,A74VfbykzYuUZlI2ynxXj1hqhuknpMQXX1rTj0SBA/U=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.resolved": [
    {
      "name": "solved-by-operator",
      "summary": "The operator marks the conversation solved.",
      "headers": {
        "webhook-id": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
        "webhook-timestamp": "1782671400",
        "webhook-signature": "v1,ul3puRfQlz1Y2XYxaQCwE2AOS/2+YuEJT5+hC0Wqwrc=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "message.created": [
    {
      "name": "customer-message",
      "summary": "The customer's first message in a live chat.",
      "headers": {
        "webhook-id": "9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e",
        "webhook-timestamp": "1782669601",
        "webhook-signature": "v1,wRSlrKU6V+hMrnkCP7yV2Ku2rR1loTj87gsVtrcrk6I=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
    {
      "name": "agent-answer",
      "summary": "The AI agent answers the customer.",
      "headers": {
        "webhook-id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
        "webhook-timestamp": "1782669606",
        "webhook-signature": "v1,2MrCMO/skOywT7CelQpK8uB+mLxaowlK2xnb6Kdbw7g=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
    {
      "name": "automation-auto-reply",
      "summary": "An auto-reply rule acknowledges an email outside business hours.",
      "headers": {
        "webhook-id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
        "webhook-timestamp": "1782701000",
        "webhook-signature": "v1,xSJPxfN66x+UtYyf+pjikeVNEyIoW0cAaYb4FmxohTc=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "customer.created": [
    {
      "name": "identified-widget-visitor",
      "summary": "A JWT-identified visitor opens the widget for the first time.",
      "headers": {
        "webhook-id": "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b",
        "webhook-timestamp": "1782669599",
        "webhook-signature": "v1,7MK4ZphK2uIBZVVzlrlchdPS4CxSK4cJeALeWhpBVlI=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "customer.updated": [
    {
      "name": "plan-upgraded",
      "summary": "The integrator's JWT now says the customer is on the enterprise plan.",
      "headers": {
        "webhook-id": "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
        "webhook-timestamp": "1782756000",
        "webhook-signature": "v1,Mx9MbPnlmHvhJf9W/WTla3qEPpzL6YMkw59oZeFAaJY=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "customer.identity_linked": [
    {
      "name": "discord-linked",
      "summary": "The customer's Discord account is linked to their profile.",
      "headers": {
        "webhook-id": "b0c1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e",
        "webhook-timestamp": "1782759600",
        "webhook-signature": "v1,dlxEff5Lkk08w6t/vG03CZdLFsthFuN768jT3dRQSFU=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "issue.created": [
    {
      "name": "from-conversation",
      "summary": "An operator turns a conversation into an issue.",
      "headers": {
        "webhook-id": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
        "webhook-timestamp": "1782670800",
        "webhook-signature": "v1,8dbJcClLIo4Rb4GZe8z7k+Tfe6CFxDKPKpyvVu5vfjg=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "issue.updated": [
    {
      "name": "status-in-progress",
      "summary": "Engineering starts working on the issue.",
      "headers": {
        "webhook-id": "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6b",
        "webhook-timestamp": "1782674400",
        "webhook-signature": "v1,XXLGAw9LYcZCaUz6D9fLmgsVSeguU7ddGw4MntJDqts=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "issue.linked": [
    {
      "name": "second-report",
      "summary": "A second customer's conversation is linked to the issue.",
      "headers": {
        "webhook-id": "e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7c",
        "webhook-timestamp": "1782675000",
        "webhook-signature": "v1,skGQz9t6dbf4WNSYZv4Xk1BPB0y5UzFEfdVnYj/cxCw=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "issue.resolved": [
    {
      "name": "fix-deployed",
      "summary": "The fix ships and the issue is resolved.",
      "headers": {
        "webhook-id": "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8d",
        "webhook-timestamp": "1782842400",
        "webhook-signature": "v1,46O5DIZ0fc6Xm2dpSLqyayR5ZLEiZHpB8e2VigAb6Rc=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "knowledge.scan_completed": [
    {
      "name": "openapi-rescan",
      "summary": "A rescan of the OpenAPI spec completes with one skipped file.",
      "headers": {
        "webhook-id": "a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9e",
        "webhook-timestamp": "1782727200",
        "webhook-signature": "v1,UjSmGpjTefgYF3hvz6PlIx2CCpXPZvpwHpG7sXkTZ50=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "knowledge.scan_failed": [
    {
      "name": "repository-unreachable",
      "summary": "The GitHub repository source can no longer be read.",
      "headers": {
        "webhook-id": "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0f",
        "webhook-timestamp": "1782730800",
        "webhook-signature": "v1,tdhz8VdYJSki/5+9sVGYVQyjSpyhMEvduk51/hiuLIM=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "knowledge.coverage_changed": [
    {
      "name": "endpoints-added",
      "summary": "The rescan found four new endpoints and a skipped file.",
      "headers": {
        "webhook-id": "c8d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1a",
        "webhook-timestamp": "1782727201",
        "webhook-signature": "v1,QHBbT9IiF5TNpUv3H4On1wKT9d+zHYEDA+rny5dQrPY=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "agent.answer_created": [
    {
      "name": "cited-answer",
      "summary": "The agent answers from the API docs with two citations.",
      "headers": {
        "webhook-id": "d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2b",
        "webhook-timestamp": "1782669606",
        "webhook-signature": "v1,u6KFLmxYjMndYEknuqZlzhPSJJ5ndyi3FgBGAQSLm2E=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
    {
      "name": "answered-below-threshold",
      "summary": "The agent answers although the turn scored below its threshold; `agent.low_confidence_recorded` about the same turn came first with `sequence` 1.",
      "headers": {
        "webhook-id": "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0e",
        "webhook-timestamp": "1782670501",
        "webhook-signature": "v1,qPYkCC1sgsHDLqFgYe+AH9HP4DbMkvkDUoUpVz+WHW8=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "agent.handoff_requested": [
    {
      "name": "low-confidence",
      "summary": "The agent is unsure about an invoice question and asks for an operator.",
      "headers": {
        "webhook-id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5d",
        "webhook-timestamp": "1782670230",
        "webhook-signature": "v1,BOdpjvFs4lAxwGb7AzCpnCXc7onWH2Z0jT3yw2BUTrA=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "agent.low_confidence_recorded": [
    {
      "name": "before-handoff",
      "summary": "The invoice question scored below the threshold and led to a handoff request.",
      "headers": {
        "webhook-id": "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6e",
        "webhook-timestamp": "1782670230",
        "webhook-signature": "v1,EvG7gXz21eRT4SmCuhs4s5lwJGza0d0aR4AG+ZYFQOM=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "customer.deleted": [
    {
      "name": "erasure-request",
      "summary": "The integrator forwards the customer's erasure request through the API.",
      "headers": {
        "webhook-id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "webhook-timestamp": "1782810000",
        "webhook-signature": "v1,M3FhlX+At0osF3Cbg5x3CxdZuYrTg6B7bshtohzjptw=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "customer.merged": [
    {
      "name": "verified-visitor",
      "summary": "A visitor who had chatted anonymously logs in, and their profile joins the known customer.",
      "headers": {
        "webhook-id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        "webhook-timestamp": "1782763200",
        "webhook-signature": "v1,b4dGpGexx7b/muPHSxlMvHz2fdTB5MRKD+1Hu6Xdqpg=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.deleted": [
    {
      "name": "spam-deleted",
      "summary": "An operator deletes a spam email conversation.",
      "headers": {
        "webhook-id": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
        "webhook-timestamp": "1782720900",
        "webhook-signature": "v1,ijoxLD8Pjg3o2RL3FR4Lm3cePkFndIDVEa/wBs2LY7Y=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.rated": [
    {
      "name": "five-stars",
      "summary": "Ada rates the solved conversation 5 with a comment.",
      "headers": {
        "webhook-id": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a",
        "webhook-timestamp": "1782671650",
        "webhook-signature": "v1,+qk9G+YxtfMxDsGzUVA9/RSAEa1RiqeSKLiYaIgj1Yw=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "conversation.sla_status_changed": [
    {
      "name": "first-response-breached",
      "summary": "Nobody answered the overnight email within the 8-hour first-response target.",
      "headers": {
        "webhook-id": "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8a9b",
        "webhook-timestamp": "1782729799",
        "webhook-signature": "v1,EdW91M/vWT3GS7LDJINRvAcjd3wsj+2xOnFKK6V+uAM=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
  "webhook.test": [
    {
      "name": "from-dashboard",
      "summary": "An admin clicks Send test event.",
      "headers": {
        "webhook-id": "0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f",
        "webhook-timestamp": "1782669000",
        "webhook-signature": "v1,BAlm9UUI8wUa6ego9+IaIhF2F8cKbdgp1ruNVYdVyQ0=",
        "content-type": "application/json",
        "user-agent": "Woes-Webhooks/1.1.0"
      },
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
      }
    },
  ],
};
