import { describe, expect, it } from 'vitest';
import { withHasNext } from './multipart-response';

describe('withHasNext', () => {
  it('adds "hasNext": true to the primary part as Apollo Server serialized it', () => {
    expect(JSON.parse(withHasNext('{"errors":[{"message":"x"}],"data":{"a":1}}'))).toEqual({ errors: [{ message: 'x' }], data: { a: 1 }, hasNext: true });
    expect(withHasNext('{}')).toBe('{"hasNext":true}');
  });
});
