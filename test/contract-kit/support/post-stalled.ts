import { connect } from 'node:net';
import { parseResponse } from './post-oversized.js';

export interface StalledAnswer {
  readonly status: number;
  readonly body: string;
  /** From the last byte sent to the answer. */
  readonly ms: number;
}

/**
 * POSTs the first bytes of a body that declares more, over a raw socket, and then sends
 * nothing: a sender that stalls. A receiver with a body deadline answers 408 when it passes;
 * one without waits until `timeoutMs`, and the call fails saying so.
 */
export function postStalled(url: string, options: { readonly timeoutMs: number }): Promise<StalledAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const start = performance.now();
    const socket = connect(Number(target.port), target.hostname);
    const finish = (closed: boolean): void => {
      const answer = parseResponse(received, closed);
      if (settled || answer === undefined) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...answer, ms: performance.now() - start });
    };
    const timer = setTimeout(() => {
      settled = true;
      socket.destroy();
      reject(new Error(`no answer within ${options.timeoutMs} ms to a body that stalled after 10 bytes: the receiver has no deadline for reading the body`));
    }, options.timeoutMs);
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      finish(false);
    });
    socket.on('close', () => {
      finish(true);
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(new Error('the receiver closed the connection without an answer to a stalled body'));
      }
    });
    socket.on('error', () => undefined);
    const head = [
      `POST ${target.pathname} HTTP/1.1`,
      `host: ${target.host}`,
      'content-type: application/json',
      'webhook-id: msg_stalled',
      `webhook-timestamp: ${Math.floor(Date.now() / 1000)}`,
      'webhook-signature: v1,AAAA',
      'content-length: 1000',
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n{"id":"ms`);
  });
}
