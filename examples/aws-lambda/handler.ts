// A Woes webhook receiver as an AWS Lambda function behind API Gateway (HTTP API, payload
// format 2.0). API Gateway hands the function the whole body as a string: text, or base64
// when `isBase64Encoded` is set. In your app, import from '@woes/webhooks'.
// #region recipe
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  DELIVERY,
  STATUS_FOR_CODE,
  Webhook,
  isWebhookVerificationError,
} from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';
// #endregion recipe

/** In production: your database (DynamoDB) or a queue (SQS), not memory. Exported for tests. */
export const store = new EventStore();

// #region recipe
// Outside the handler: built once per container, and a bad secret fails the cold start.
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');
const LIMIT = DELIVERY.limits.maxPayloadBytes; // Woes never sends more

/** 204 on success, else only `{ code }`: the caller is not authenticated, so no error message. */
const answer = (statusCode: number, code?: string): APIGatewayProxyStructuredResultV2 =>
  code === undefined
    ? { statusCode }
    : {
        statusCode,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      };

/** The exact bytes Woes sent, or `undefined` past the limit (checked before decoding anything). */
function rawBody(event: APIGatewayProxyEventV2): Buffer | undefined {
  const body = event.body ?? '';
  if (event.isBase64Encoded) {
    if (Math.floor((body.length * 3) / 4) - LIMIT > 2) return undefined; // 2: room for '=' padding
    const bytes = Buffer.from(body, 'base64');
    return bytes.byteLength > LIMIT ? undefined : bytes;
  }
  if (body.length > LIMIT) return undefined; // every UTF-16 unit is at least one UTF-8 byte
  const bytes = Buffer.from(body, 'utf8'); // a JSON body arrives as its UTF-8 text, unchanged
  return bytes.byteLength > LIMIT ? undefined : bytes;
}

export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const body = rawBody(event);
  if (body === undefined) return answer(413, 'body_too_large');
  try {
    // API Gateway lower-cases header names; verify reads them in any case.
    const verified = await webhook.verify(body, event.headers);
    store.record(verified); // answer fast: store it, process it later
    return answer(204); // duplicates, stale updates and unknown types too
  } catch (error) {
    if (!isWebhookVerificationError(error)) {
      console.error(error); // the full error goes to CloudWatch, never to the caller
      return answer(500, 'handler_failed');
    }
    // 401, 413, 400, or 500 when misconfigured.
    return answer(STATUS_FOR_CODE[error.code], error.code);
  }
}
// #endregion recipe

/** The conformance suite's inspection routes as a second function (tests only, never in production). */
export async function inspect(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const { status, body } = store.inspect(event.rawPath.replace(/^\/__woes\//, ''));
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
