import { describe, expect, it } from 'vitest';
import { logLine, MAX_LOG_FIELD_CHARS, MAX_LOG_LINE_CHARS } from './log';

describe('a log line', () => {
  it('keeps the beginning of a huge field, and says how much it left out', () => {
    const sql = `select * from dir_firm where uscc in (${Array.from({ length: 90_000 }, (_, i) => `'9112000000000${i}'`).join(', ')}) - too many SQL variables`;
    const line = logLine({ level: 'error', msg: 'resolver failed', error: sql, requestId: 'r-1' });
    expect(line.length).toBeLessThan(MAX_LOG_FIELD_CHARS + 200);
    expect(JSON.parse(line)).toMatchObject({ msg: 'resolver failed', requestId: 'r-1', error: expect.stringMatching(new RegExp(`^select \\* from dir_firm .*… \\(${sql.length - MAX_LOG_FIELD_CHARS} more characters\\)$`)) });
  });

  it('is at most MAX_LOG_LINE_CHARS however many fields it has, and still says what and for which request', () => {
    const fields = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, '"'.repeat(1500)]));
    const line = logLine({ level: 'warn', msg: 'many', requestId: 'r-2', ...fields, nested: { deep: ['x'.repeat(100_000)] } });
    expect(line.length).toBeLessThanOrEqual(MAX_LOG_LINE_CHARS);
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', msg: 'many', requestId: 'r-2', truncated: expect.any(Number) });
  });

  it('leaves an ordinary line as it is', () => {
    expect(JSON.parse(logLine({ msg: 'subgraph listening', port: 4101, nested: { ok: true } }))).toEqual({ msg: 'subgraph listening', port: 4101, nested: { ok: true } });
  });
});
