import { describe, expect, it } from 'vitest';
import { ReplyResponse } from './reply-response';

const reply = { status: 200, statusText: 'OK', headers: [['Content-Type', 'application/json'], ['Set-Cookie', 'a=1'], ['set-cookie', 'b=2']] as Array<[string, string]>, body: '{"data":{"n":1}}' };

describe('ReplyResponse', () => {
  it('reads like a fetch Response: status, case-insensitive headers, the body once', async () => {
    const response = new ReplyResponse(reply, 'http://subgraph/graphql');
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('SET-COOKIE')).toBe('a=1, b=2');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ data: { n: 1 } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already been read/);
  });

  it('gives every caller its own parsed object, so one caller\'s merge cannot reach another', async () => {
    const first = await new ReplyResponse(reply, 'u').json();
    first.data.n = 99;
    expect(await new ReplyResponse(reply, 'u').json()).toEqual({ data: { n: 1 } });
  });

  it('is not ok outside 2xx, and a clone reads the body again', async () => {
    const failed = new ReplyResponse({ ...reply, status: 503, statusText: 'Service Unavailable', body: 'down' }, 'u');
    expect(failed.ok).toBe(false);
    const copy = failed.clone();
    expect(await failed.text()).toBe('down');
    expect(await copy.text()).toBe('down');
  });
});
