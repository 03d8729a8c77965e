import { describe, expect, it } from 'vitest';
import { byText, checkKeyCount, inChunks, MAX_KEYS_PER_REQUEST, MAX_KEYS_PER_STATEMENT, tooManyKeys } from './keys';

describe('keys a request names', () => {
  it('are at most MAX_KEYS_PER_REQUEST, else BAD_USER_INPUT naming the field', () => {
    expect(tooManyKeys(Array(MAX_KEYS_PER_REQUEST).fill('k'), 'usccs')).toBeNull();
    expect(tooManyKeys(null, 'usccs')).toBeNull();
    const error = tooManyKeys(Array(MAX_KEYS_PER_REQUEST + 1).fill('k'), 'filter.usccs')!;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.usccs', reason: 'TOO_MANY_KEYS' });
    expect(error.message).toBe(`filter.usccs names ${MAX_KEYS_PER_REQUEST + 1} keys; one request may name at most ${MAX_KEYS_PER_REQUEST}. Ask for the rest in further requests.`);
    expect(() => checkKeyCount(Array(MAX_KEYS_PER_REQUEST + 1).fill('k'), 'ids')).toThrow(/^ids names/);
  });

  it('are read MAX_KEYS_PER_STATEMENT at a time, the rows in order', async () => {
    const keys = Array.from({ length: 2 * MAX_KEYS_PER_STATEMENT + 1 }, (_, i) => `k${String(i).padStart(5, '0')}`).reverse();
    const chunks: number[] = [];
    const rows = await inChunks(keys, async (chunk) => (chunks.push(chunk.length), [...chunk].sort()), byText((k) => k));
    expect(chunks).toEqual([MAX_KEYS_PER_STATEMENT, MAX_KEYS_PER_STATEMENT, 1]);
    expect(rows).toEqual([...keys].sort());
    expect(await inChunks(['b', 'a'], async (chunk) => chunk)).toEqual(['b', 'a']);
  });
});
