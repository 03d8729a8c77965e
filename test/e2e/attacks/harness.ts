/** The attack scenario's client: raw HTTP to a gateway or subgraph, and the frontends' registered operations. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TrustedManifest } from '../../../gateway/src/trusted-documents/manifest';

export { snapshotAll } from '../../support/written';

export interface Answer {
  status: number;
  code?: string;
  message?: string;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
}

/** A GraphQL request as a client sends it: POST JSON by default, GET with query parameters, or another content type. */
export async function send(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}, options: { method?: 'GET' | 'POST'; contentType?: string } = {}): Promise<Answer> {
  let response: Response;
  if (options.method === 'GET') {
    const target = new URL(url);
    for (const [key, value] of Object.entries(body)) target.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    response = await fetch(target, { headers });
  } else {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': options.contentType ?? 'application/json', ...headers }, body: JSON.stringify(body) });
  }
  const text = await response.text();
  let parsed: { data?: unknown; errors?: Answer['errors'] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  const first = parsed.errors?.[0];
  return { status: response.status, code: first?.extensions?.code as string | undefined, message: first?.message, errors: parsed.errors, data: parsed.data };
}

const MANIFEST = path.resolve(__dirname, '../../../gateway/trusted-documents/manifest.json');

/** The text of a registered (trusted) operation, by name. */
export function registered(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as TrustedManifest;
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`no registered operation ${name}`);
  return operation.body;
}

/** A proxy in front of a subgraph that records what it forwards, as a subgraph in the middle (or a tap on the wire) would see it. */
export interface RecordingProxy {
  url: string;
  requests: Array<{ headers: Record<string, string>; body: string }>;
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const requests: RecordingProxy['requests'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: body.toString('utf8') });
      const forward = http.request(upstream, { method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
