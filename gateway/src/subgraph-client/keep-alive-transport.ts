/**
 * HTTP to one subgraph over a pool of kept-alive connections (node:http Agent): no TCP handshake
 * per fetch, at most `maxSockets` connections, idle ones closed after `idleTimeoutMs` — well before
 * the subgraph's own keep-alive timeout (65 s), so the gateway never writes to a socket the
 * subgraph is closing.
 */
import http from 'node:http';
import https from 'node:https';

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
  signal: AbortSignal;
}

/** A whole response, read into memory: what deduplicated callers share. */
export interface TransportReply {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

export interface KeepAliveTransport {
  send(url: string, request: TransportRequest): Promise<TransportReply>;
  /** Connections opened so far (a keep-alive pool opens few). */
  readonly connectionsOpened: number;
  close(): void;
}

// Connection-level headers describe the hop to the gateway, not the response it hands on.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export function createKeepAliveTransport(options: { url: string; maxSockets: number; idleTimeoutMs: number }): KeepAliveTransport {
  const secure = new URL(options.url).protocol === 'https:';
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, timeout: options.idleTimeoutMs, scheduling: 'lifo' as const };
  const agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  let connectionsOpened = 0;
  const seen = new WeakSet<object>();

  return {
    get connectionsOpened() {
      return connectionsOpened;
    },
    send(url, request) {
      return new Promise<TransportReply>((resolve, reject) => {
        const client = (secure ? https : http).request(url, { method: request.method, headers: request.headers, agent, signal: request.signal }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers: Array<[string, string]> = [];
            for (const [name, value] of Object.entries(res.headers)) {
              if (value === undefined || HOP_BY_HOP.has(name)) continue;
              for (const v of Array.isArray(value) ? value : [value]) headers.push([name, v]);
            }
            resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers, body: Buffer.concat(chunks).toString('utf8') });
          });
        });
        client.on('socket', (socket) => {
          if (seen.has(socket)) return;
          seen.add(socket);
          connectionsOpened += 1;
        });
        client.on('error', reject);
        client.end(request.body);
      });
    },
    close() {
      agent.destroy();
    },
  };
}
