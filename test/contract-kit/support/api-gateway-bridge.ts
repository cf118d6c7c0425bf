// Stands in for API Gateway (HTTP API, payload format 2.0) in front of a Lambda handler module,
// since there is no Lambda here: each HTTP request becomes the event API Gateway would build,
// and the handler's result becomes the HTTP response.
// Run: tsx test/contract-kit/support/api-gateway-bridge.ts <handler module>
//   POST <any path>  → the module's `handler`
//   GET /__woes/...  → the module's `inspect` (only with WOES_INSPECT=1)
// WOES_BRIDGE_BASE64=1 base64-encodes every body (`isBase64Encoded: true`), as API Gateway does
// for binary media types; otherwise a body arrives as its UTF-8 text.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

type LambdaHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's own payload limit: it answers 413 itself and never calls the function. */
const API_GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

const modulePath = process.argv[2];
if (modulePath === undefined) throw new Error('usage: api-gateway-bridge.ts <handler module>');
const lambda = (await import(pathToFileURL(resolve(modulePath)).href)) as { handler: LambdaHandler; inspect?: LambdaHandler };
const base64 = process.env.WOES_BRIDGE_BASE64 === '1';
const inspect = process.env.WOES_INSPECT === '1';

function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) return done(undefined);
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function toEvent(req: IncomingMessage, body: Buffer, url: URL): APIGatewayProxyEventV2 {
  // Payload 2.0 lower-cases header names and joins repeated headers with commas.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  const method = req.method ?? 'GET';
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: `${method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: req.headers['user-agent'] ?? '' },
      requestId: `local-${now}`,
      routeKey: `${method} ${url.pathname}`,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    ...(body.byteLength === 0 ? {} : { body: base64 ? body.toString('base64') : body.toString('utf8') }),
    isBase64Encoded: base64 && body.byteLength > 0,
  };
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const target =
    req.method === 'GET' && url.pathname.startsWith('/__woes/') ? (inspect ? lambda.inspect : undefined) : req.method === 'POST' ? lambda.handler : undefined;
  if (target === undefined) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  readUpTo(req, API_GATEWAY_MAX_BYTES)
    .then(async (body) => {
      if (body === undefined)
        return void res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"message":"Request Entity Too Large"}');
      const result = await target(toEvent(req, body, url));
      const payload = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded === true ? 'base64' : 'utf8');
      res.writeHead(result.statusCode ?? 200, { ...result.headers, 'content-length': payload.byteLength }).end(payload);
    })
    // A function that throws is a 500 from API Gateway, with its generic body.
    .catch(() => res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal Server Error"}'));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
