/**
 * Newline-delimited JSON, the format of the bulk exports (a region's directory export, the
 * cross-region firm export the gateway passes on): one JSON value per line, written as it is read
 * from the database, and a last line `{"end": {...}}` that says the stream is whole. A stream cut
 * without it (a process or connection lost mid-way) is a truncated one, never mistaken for a
 * complete one.
 */
import type { ServerResponse } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import type { GraphQLFormattedError } from 'graphql';
import { sendJson } from './apollo-handler';

export const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';

/** The last line of a whole export. */
export interface EndLine<S> {
  end: S;
}

export function isEndLine<S>(value: unknown): value is EndLine<S> {
  return typeof value === 'object' && value !== null && 'end' in value;
}

/** Errors as a GraphQL response carries them, for a request refused before any line is written. */
export function sendErrors(res: ServerResponse, status: number, errors: ReadonlyArray<Pick<GraphQLFormattedError, 'message' | 'extensions'>>): void {
  sendJson(res, status, { errors: errors.map((e) => ({ message: e.message, extensions: e.extensions })) });
}

export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the export');
  }
}

/** Writes an export's lines with the response's backpressure: a slow reader slows the reads, it does not fill memory. */
export class NdjsonWriter {
  constructor(private readonly res: ServerResponse) {
    res.writeHead(200, { 'content-type': NDJSON_TYPE, 'cache-control': 'no-store' });
  }

  get closed(): boolean {
    return this.res.destroyed || this.res.writableEnded;
  }

  /** Lines already serialised, each ending in a newline; resolves once the socket can take more. */
  async write(text: string): Promise<void> {
    if (this.closed) throw new ClientGoneError();
    if (this.res.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        if (this.res.destroyed) reject(new ClientGoneError());
        else resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }

  end<S>(summary: S): void {
    if (!this.closed) this.res.end(`${JSON.stringify({ end: summary } satisfies EndLine<S>)}\n`);
  }
}

/**
 * The values of a stream of lines, as arrays of those complete in each chunk read (one await per
 * chunk, not per line). Throws on a line that is not JSON. A chunk may end inside a character
 * (Chinese names are three bytes each): the decoder keeps the partial bytes for the next one.
 */
export async function* ndjsonBatches(body: AsyncIterable<Buffer>): AsyncGenerator<unknown[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of body) {
    const text = rest + decoder.write(chunk);
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(last + 1);
    // One parse for the chunk's lines: a JSON array of them costs less than a parse per line.
    yield JSON.parse(`[${text.slice(0, last).split('\n').filter((line) => line.length > 0).join(',')}]`) as unknown[];
  }
  rest += decoder.end();
  if (rest.trim()) yield [JSON.parse(rest) as unknown];
}
