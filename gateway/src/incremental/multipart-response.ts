/**
 * An incremental answer on the wire: `multipart/mixed; boundary="-"; deferSpec=20220824`, as
 * Apollo Server, Apollo Router and Apollo Client speak it. The first part is the primary answer
 * exactly as Apollo Server formatted it (errors masked, plugins run), with `"hasNext":true`; each
 * part after it is one payload of deferred data (`{"incremental":[{data, path, label, errors}],
 * "hasNext"}`), formatted by `format` as a whole answer's errors would be. Each part is written as
 * soon as it is ready; a client that goes away stops the writing.
 */
import type { ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { SubsequentPart } from '../executor/deferred-parts';
import { DEFER_SPEC } from './accepts-incremental';

export const MULTIPART_CONTENT_TYPE = `multipart/mixed; boundary="-"; deferSpec=${DEFER_SPEC}`;
const PART_HEADER = 'content-type: application/json; charset=utf-8\r\n\r\n';

export interface FormattedItem {
  data: Record<string, unknown> | null;
  path: Array<string | number>;
  label?: string;
  errors?: GraphQLFormattedError[];
}

export interface FormattedSubsequentPart {
  incremental?: FormattedItem[];
  hasNext: boolean;
}

/** `{"errors":…,"data":…}` → `{"errors":…,"data":…,"hasNext":true}` (Apollo Server's JSON of the primary part). */
export function withHasNext(primaryJson: string): string {
  const end = primaryJson.lastIndexOf('}');
  if (end < 0) throw new Error('The primary part is not a JSON object');
  const body = primaryJson.slice(0, end).trimEnd();
  return `${body}${body.endsWith('{') ? '' : ','}"hasNext":true}`;
}

function write(res: ServerResponse, chunk: string): Promise<void> | undefined {
  if (res.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function writeMultipart(res: ServerResponse, response: HTTPGraphQLResponse, parts: AsyncIterable<SubsequentPart>, format: (part: SubsequentPart) => FormattedSubsequentPart): Promise<void> {
  if (response.body.kind !== 'complete') throw new Error('An incremental answer starts from a complete primary part');
  for (const [key, value] of response.headers) if (key !== 'content-type' && key !== 'content-length') res.setHeader(key, value);
  res.setHeader('content-type', MULTIPART_CONTENT_TYPE);
  res.statusCode = response.status ?? 200;
  await write(res, `\r\n---\r\n${PART_HEADER}${withHasNext(response.body.string)}\r\n---\r\n`);
  for await (const part of parts) {
    if (res.destroyed) return;
    const formatted = format(part);
    await write(res, `${PART_HEADER}${JSON.stringify(formatted)}\r\n---${formatted.hasNext ? '' : '--'}\r\n`);
    if (!formatted.hasNext) break;
  }
  res.end();
}
