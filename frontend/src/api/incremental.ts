/**
 * An answer in parts (`@defer`), as the gateway sends it to a client that accepts
 * `multipart/mixed;deferSpec=20220824`: a multipart body whose first part is the primary answer
 * (`{data, errors, hasNext: true}`) and each later one a payload of deferred data
 * (`{incremental: [{data, path, label, errors}], hasNext}`) to merge at its path.
 */

/** What a page adds to its Accept header to be sent the deferred parts as they come. */
export const INCREMENTAL_ACCEPT = 'multipart/mixed;deferSpec=20220824';

export interface IncrementalItem<E> {
  data?: Record<string, unknown> | null;
  path: ReadonlyArray<string | number>;
  label?: string;
  errors?: E[];
}

export interface Payload<E> {
  data?: unknown;
  errors?: E[];
  incremental?: Array<IncrementalItem<E>>;
  hasNext?: boolean;
}

/** The boundary of a `multipart/mixed` content type; null for any other. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/mixed\b/i.test(contentType)) return null;
  return /boundary="?([^";]+)"?/i.exec(contentType)?.[1] ?? null;
}

/**
 * The JSON payloads of a multipart body, each as soon as its part is complete. A part ends where
 * the next delimiter (CRLF, `--`, boundary) begins; the closing one (boundary + `--`) ends the body.
 */
export async function* readParts<E>(body: ReadableStream<Uint8Array>, boundary: string): AsyncGenerator<Payload<E>> {
  const delimiter = `\r\n--${boundary}`;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // The body's first delimiter may come without its CRLF.
  let buffer = '\r\n';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) buffer += decoder.decode(value, { stream: true });
      for (;;) {
        const start = buffer.indexOf(delimiter);
        if (start < 0) break;
        const end = buffer.indexOf(delimiter, start + delimiter.length);
        if (end < 0) break;
        const part = buffer.slice(start + delimiter.length, end);
        buffer = buffer.slice(end);
        const headersEnd = part.indexOf('\r\n\r\n');
        const json = headersEnd < 0 ? '' : part.slice(headersEnd + 4).trim();
        if (json) yield JSON.parse(json) as Payload<E>;
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * `data` with `patch` merged in at `path`: objects along the path are copied, not changed, so a
 * page that compares by identity sees what changed (a React card re-renders, its siblings do not).
 */
export function mergeAt<T>(data: T, path: ReadonlyArray<string | number>, patch: Record<string, unknown>): T {
  const merge = (into: unknown, from: Record<string, unknown>): unknown => {
    const copy: Record<string, unknown> = { ...(into as Record<string, unknown>) };
    for (const [key, value] of Object.entries(from)) {
      const existing = copy[key];
      const bothObjects = existing && typeof existing === 'object' && !Array.isArray(existing) && value && typeof value === 'object' && !Array.isArray(value);
      copy[key] = bothObjects ? merge(existing, value as Record<string, unknown>) : value;
    }
    return copy;
  };
  const at = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return merge(node, patch);
    const step = path[depth]!;
    if (Array.isArray(node)) return node.map((child, i) => (i === step ? at(child, depth + 1) : child));
    if (node && typeof node === 'object') return { ...(node as Record<string, unknown>), [step]: at((node as Record<string, unknown>)[step], depth + 1) };
    // Nothing at the path (its parent was null): nothing to merge into.
    return node;
  };
  return at(data, 0) as T;
}
