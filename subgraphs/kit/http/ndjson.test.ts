import { describe, expect, it } from 'vitest';
import { isEndLine, ndjsonBatches } from './ndjson';

async function* chunks(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield part;
}

async function all(body: AsyncIterable<Buffer>): Promise<unknown[][]> {
  const batches: unknown[][] = [];
  for await (const batch of ndjsonBatches(body)) batches.push(batch);
  return batches;
}

describe('ndjsonBatches', () => {
  it('keeps a character split between chunks whole, and a line split between chunks', async () => {
    const text = Buffer.from('{"name":"天津滨海"}\n{"name":"杭州"}\n', 'utf8');
    // Byte 10 falls inside 天 (3 bytes from byte 9); byte 25 inside the second line.
    const batches = await all(chunks(text.subarray(0, 10), text.subarray(10, 25), text.subarray(25)));
    expect(batches.flat()).toEqual([{ name: '天津滨海' }, { name: '杭州' }]);
  });

  it('yields the lines complete in each chunk together, and a last line without its newline', async () => {
    const batches = await all(chunks(Buffer.from('[1]\n[2]\n[3'), Buffer.from(']\n{"end":{"rows":3}}')));
    expect(batches).toEqual([[[1], [2]], [[3]], [{ end: { rows: 3 } }]]);
    expect(isEndLine(batches[2]![0])).toBe(true);
    expect(isEndLine(batches[0]![0])).toBe(false);
  });

  it('throws on a line that is not JSON', async () => {
    await expect(all(chunks(Buffer.from('{"a":1}\nnot json\n')))).rejects.toThrow(SyntaxError);
  });
});
