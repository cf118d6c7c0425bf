import type { IncomingMessage } from 'node:http';

/** `bytes`: what was read, or what `content-length` declared when that alone was too much. */
export type BoundedBody = { readonly ok: true; readonly body: string; readonly bytes: number } | { readonly ok: false; readonly bytes: number };

/**
 * Reads a request body up to `limit` bytes. Past it (or when `content-length` already says so)
 * it stops reading at once and resolves `ok: false`: the caller answers 413 and the rest of
 * the body is never buffered, however large it is.
 */
export function readBoundedBody(req: IncomingMessage, limit: number): Promise<BoundedBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.pause();
    return Promise.resolve({ ok: false, bytes: declared });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limit) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve({ ok: false, bytes });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve({ ok: true, body: Buffer.concat(chunks).toString('utf8'), bytes }));
    req.once('error', reject);
  });
}
