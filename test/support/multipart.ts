/**
 * Reads a `multipart/mixed` GraphQL answer part by part as it arrives, with the time each part was
 * complete on the client (ms since the request was sent), and merges incremental parts the way a
 * client does (`deferSpec=20220824`: each item's data merged at its path).
 */
import { readParts } from '../../frontend/src/api/incremental';
export interface ReceivedPart {
  /** Milliseconds after `sentAt` when the part was complete. */
  atMs: number;
  json: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    incremental?: Array<{ data: Record<string, unknown> | null; path: Array<string | number>; label?: string; errors?: ReceivedPart['json']['errors'] }>;
    hasNext?: boolean;
  };
}

function boundaryOf(contentType: string | null): string {
  const match = /boundary="?([^";]+)"?/.exec(contentType ?? '');
  if (!match) throw new Error(`not a multipart answer: content-type ${contentType}`);
  return match[1]!;
}

export async function readMultipart(response: Response, sentAt: number): Promise<ReceivedPart[]> {
  // The reference frontend's reader: a part is handed over as soon as it is complete.
  const parts: ReceivedPart[] = [];
  for await (const json of readParts<NonNullable<ReceivedPart['json']['errors']>[number]>(response.body!, boundaryOf(response.headers.get('content-type')))) {
    parts.push({ atMs: performance.now() - sentAt, json: json as ReceivedPart['json'] });
  }
  return parts;
}

/** The data of the parts merged as a client merges them. */
export function mergeParts(parts: readonly ReceivedPart[]): Record<string, unknown> | null {
  const data = structuredClone(parts[0]?.json.data ?? null);
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      const existing = into[key];
      if (existing && typeof existing === 'object' && value && typeof value === 'object' && !Array.isArray(value)) merge(existing as Record<string, unknown>, value as Record<string, unknown>);
      else into[key] = value;
    }
  };
  for (const part of parts.slice(1)) {
    for (const item of part.json.incremental ?? []) {
      if (!item.data || !data) continue;
      let at: unknown = data;
      for (const step of item.path) at = (at as Record<string | number, unknown>)[step];
      merge(at as Record<string, unknown>, item.data);
    }
  }
  return data;
}

/** POSTs an operation asking for a multipart answer; returns the parts as they came. */
export async function postIncremental(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string | null; parts: ReceivedPart[] }> {
  const sentAt = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed;deferSpec=20220824,application/json', ...headers },
    body: JSON.stringify(body),
  });
  const contentType = response.headers.get('content-type');
  if (!contentType?.startsWith('multipart/mixed')) return { status: response.status, contentType, parts: [{ atMs: performance.now() - sentAt, json: (await response.json()) as ReceivedPart['json'] }] };
  return { status: response.status, contentType, parts: await readMultipart(response, sentAt) };
}
