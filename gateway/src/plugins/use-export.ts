/**
 * GET /export/firms: the cross-region layer's firm export (subgraphs/crossregion/src/firm-export.ts),
 * for reporting jobs, passed through as it streams. The gateway decides who may export (the bearer
 * token, as for GraphQL), signs the identity for the layer behind it, and pipes the bytes: it never
 * holds more than a socket buffer of an export, whatever its size, so a large export costs its
 * memory nothing. Parameters and errors are the layer's own (BAD_USER_INPUT with `field`).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { context, propagation } from '@opentelemetry/api';
import type { GraphQLError } from 'graphql';
import { exportRefusal } from '../../../subgraphs/kit/auth/export-access';
import type { SigningKey } from '../../../subgraphs/kit/auth/identity-keys';
import { IDENTITY_HEADER, signIdentity } from '../../../subgraphs/kit/auth/signed-identity';
import { CoopError } from '../../../schema/contract/errors';
import { sendErrors } from '../../../subgraphs/kit/http/ndjson';
import type { Logger } from '../../../subgraphs/kit/log';
import type { TokenVerifier } from '../auth/verify-token';
import type { ExportOutcome, GatewayEvents } from '../events';
import type { GatewayPlugin } from '../plugin';
import { subgraphUnavailable } from '../subgraph-client/unavailable';
import { regionError } from './use-region-errors';

export const FIRM_EXPORT_PATH = '/export/firms';

export interface ExportOptions {
  /** The cross-region subgraph's GraphQL URL; the export is at FIRM_EXPORT_PATH beside it. */
  crossregionUrl: string;
  verify: TokenVerifier;
  signingKey: SigningKey | undefined;
  /** Longest wait for the layer's headers, and between two chunks of its stream while the reader takes them. */
  idleTimeoutMs: number;
  log: Logger;
  /** Hears how each export ended (metrics). */
  events: Pick<GatewayEvents, 'firmExport'>;
}

/** The error a GraphQL request gets when the cross-region subgraph cannot be reached, as the client sees it. */
const unavailable = () => regionError(subgraphUnavailable('crossregion', 'unreachable').toJSON());

/** The request id, the signed identity, and the trace context (the request's span, when tracing is on) for the layer. */
function upstreamHeaders(req: IncomingMessage, identity: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/x-ndjson', 'x-request-id': String(req.headers['x-request-id']), ...(identity ? { [IDENTITY_HEADER]: identity } : {}) };
  propagation.inject(context.active(), headers);
  return headers;
}

export function useExport(options: ExportOptions): GatewayPlugin {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const target = new URL(FIRM_EXPORT_PATH, options.crossregionUrl);

  /** Pipes the layer's answer to `res`; resolves once `res` is done, with how the export ended. */
  const pass = (req: IncomingMessage, res: ServerResponse, url: URL, identity: string | undefined) =>
    new Promise<{ status: number; outcome: ExportOutcome }>((resolve) => {
      // Until the layer answers: 499, "client closed request" (nginx's), for a reader that leaves first.
      let status = 499;
      let outcome: ExportOutcome | undefined;
      // The first word on how it ended counts: a reader leaving after the layer's last byte did not cut it.
      const ended = (how: ExportOutcome) => (outcome ??= how);
      const done = () => resolve({ status, outcome: outcome ?? 'client_gone' });
      // The layer's silence counts only while the gateway waits on it: for its headers, and for its
      // next chunk while the reader keeps up. A slow reader makes pipe() pause the reply, and the
      // layer then waits on the reader: that pause, however long, is not the layer's silence.
      let silence: NodeJS.Timeout | undefined;
      const waitForLayer = () => {
        clearTimeout(silence);
        silence = setTimeout(() => upstream.destroy(new Error(`no data from the cross-region layer for ${options.idleTimeoutMs} ms`)), options.idleTimeoutMs);
      };
      const stopWaiting = () => clearTimeout(silence);
      const upstream = http.request(
        target.href + url.search,
        { method: 'GET', agent, headers: upstreamHeaders(req, identity) },
        (reply) => {
          status = reply.statusCode ?? 502;
          res.writeHead(status, {
            'content-type': reply.headers['content-type'] ?? 'application/octet-stream',
            ...(reply.headers['cache-control'] ? { 'cache-control': reply.headers['cache-control'] } : {}),
            // When the layer runs as many exports as it allows (503 TOO_MANY_EXPORTS), when to try again.
            ...(reply.headers['retry-after'] ? { 'retry-after': reply.headers['retry-after'] } : {}),
            'x-request-id': String(req.headers['x-request-id']),
          });
          waitForLayer();
          reply.on('data', waitForLayer);
          reply.on('resume', waitForLayer);
          reply.on('pause', stopWaiting);
          reply.once('close', stopWaiting);
          reply.pipe(res);
          reply.once('end', () => ended(status === 200 ? 'ended' : 'refused'));
          // A stream cut upstream is cut here too: the reader sees no end line.
          const cut = () => {
            ended('cut');
            res.destroy();
          };
          reply.once('error', cut);
          reply.once('aborted', cut);
        },
      );
      waitForLayer();
      upstream.once('error', (error) => {
        stopWaiting();
        if (ended(res.headersSent ? 'cut' : 'unavailable') === 'client_gone') return;
        options.log.warn('export failed upstream', { error: error.message });
        if (res.headersSent) return void res.destroy();
        status = 502;
        sendErrors(res, 502, [unavailable()]);
        done();
      });
      // The answer is done, or the reader gave up: stop the export behind us either way. (After a
      // whole answer, `ended` already holds how it ended.)
      res.once('close', () => {
        stopWaiting();
        ended('client_gone');
        upstream.destroy();
        done();
      });
      upstream.end();
    });

  const refuse = (res: ServerResponse, status: number, error: GraphQLError) => {
    sendErrors(res, status, [error]);
    options.events.firmExport({ status, outcome: 'refused' });
  };

  return {
    name: 'export',
    routes: {
      [FIRM_EXPORT_PATH]: async (req, res, url) => {
        if (req.method !== 'GET') return refuse(res, 405, CoopError.badRequest(`${FIRM_EXPORT_PATH} is read with GET.`));
        const verified = await options.verify(req.headers.authorization);
        if (verified?.error) return refuse(res, 401, CoopError.unauthenticated(`${verified.error}.`));
        const identity = verified?.identity ?? { role: 'anonymous' as const };
        const refusal = exportRefusal(identity);
        if (refusal) return refuse(res, refusal.status, refusal.error);
        // For the layer's export route and this query string: what the layer sees of the request.
        const header = options.signingKey && signIdentity(identity, options.signingKey, { audience: 'crossregion', route: FIRM_EXPORT_PATH, content: url.search });
        options.events.firmExport(await pass(req, res, url, header));
      },
    },
  };
}
