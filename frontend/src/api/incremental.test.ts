import { describe, expect, it } from 'vitest';
import { MULTIPART_CONTENT_TYPE } from '../../../gateway/src/incremental/multipart-response';
import { mergeAt, multipartBoundary, readParts, type Payload } from './incremental';

/** A body written as the gateway writes one (multipart-response.ts), cut into chunks of `size` bytes. */
function body(payloads: Payload<unknown>[], size: number): ReadableStream<Uint8Array> {
  const header = 'content-type: application/json; charset=utf-8\r\n\r\n';
  let text = `\r\n---\r\n${header}${JSON.stringify(payloads[0])}\r\n---\r\n`;
  for (const [i, p] of payloads.slice(1).entries()) text += `${header}${JSON.stringify(p)}\r\n---${i === payloads.length - 2 ? '--' : ''}\r\n`;
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
}

const primary = { data: { pairing: { projects: [{ key: 'a' }, { key: 'b' }] } }, hasNext: true };
const later = [
  { incremental: [{ data: { chain: { code: 'IC', name: '集成电路 — "芯片"' } }, path: ['pairing', 'projects', 1], label: 'chainFirms' }], hasNext: true },
  { incremental: [{ data: null, path: ['pairing', 'projects', 0], label: 'chainFirms', errors: [{ message: 'down', extensions: { region: 'YANGTZE' } }] }], hasNext: false },
];

describe('an answer in parts', () => {
  it('finds the boundary of the gateway\'s content type, and none of a JSON answer', () => {
    expect(multipartBoundary(MULTIPART_CONTENT_TYPE)).toBe('-');
    expect(multipartBoundary('application/json')).toBeNull();
  });

  it.each([1, 7, 4096])('reads every part, whole, however the bytes arrive (chunks of %i)', async (size) => {
    const read: Payload<unknown>[] = [];
    for await (const part of readParts(body([primary, ...later], size), '-')) read.push(part);
    expect(read).toEqual([primary, ...later]);
  });

  it('merges a part at its path, copying only the objects along it', () => {
    const merged = mergeAt(primary.data, ['pairing', 'projects', 1], { chain: { code: 'IC' } });
    expect(merged).toEqual({ pairing: { projects: [{ key: 'a' }, { key: 'b', chain: { code: 'IC' } }] } });
    expect(primary.data.pairing.projects[1]).toEqual({ key: 'b' });
    expect(merged.pairing.projects[0]).toBe(primary.data.pairing.projects[0]);
    expect(merged.pairing.projects[1]).not.toBe(primary.data.pairing.projects[1]);
    // Into a null parent there is nothing to merge.
    expect(mergeAt({ pairing: null }, ['pairing', 'projects', 0], { chain: null })).toEqual({ pairing: null });
  });
});
