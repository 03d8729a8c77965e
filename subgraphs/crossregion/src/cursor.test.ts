import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '../../kit/directory/cursor';
import { decodeCompositeCursor, encodeCompositeCursor, filterHash, regionAfter, type CursorScope } from './cursor';

const scope: CursorScope = { list: 'firms', order: 'NAME:ASC', filter: filterHash({ filter: { chainCode: 'POWER_BATTERY' }, regions: ['tianjin', 'zhejiang'] }) };
const positions = { tianjin: { sortKey: '005929', id: '91120000ABCDEFGH1X' }, zhejiang: { sortKey: '006d59', id: '913310230000000001' } };

function badInput(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    return error as GraphQLError;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('composite cursor', () => {
  it('round-trips every region\'s position, opaque base64url', () => {
    const cursor = encodeCompositeCursor(scope, positions);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCompositeCursor(cursor, scope)).toEqual(positions);
  });

  it('gives each region its own directory cursor, or none to start', () => {
    expect(decodeCursor(regionAfter(positions, 'tianjin')!)).toEqual(positions.tianjin);
    expect(regionAfter(positions, 'yangtze')).toBeNull();
  });

  it('refuses a cursor of another filter, order or list', () => {
    const cursor = encodeCompositeCursor(scope, positions);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, filter: filterHash({ filter: {}, regions: [] }) })).message).toMatch(/another filter/);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, order: 'NAME:DESC' })).message).toMatch(/another order/);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, list: 'projects' })).message).toMatch(/another list/);
  });

  it('refuses garbage, a region cursor, another version and unknown regions', () => {
    badInput(() => decodeCompositeCursor('not a cursor', scope));
    badInput(() => decodeCompositeCursor(regionAfter(positions, 'tianjin')!, scope));
    const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(badInput(() => decodeCompositeCursor(raw({ v: 2, l: scope.list, o: scope.order, f: scope.filter, p: {} }), scope)).message).toMatch(/version 2/);
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: { hubei: ['a', 'b'] } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: { tianjin: ['a'] } }), scope));
  });

  it('hashes a filter the same whatever the key order, ignoring unset keys', () => {
    expect(filterHash({ a: 1, b: { c: 'x', d: undefined } })).toBe(filterHash({ b: { c: 'x' }, a: 1, e: null }));
    expect(filterHash({ a: 1 })).not.toBe(filterHash({ a: 2 }));
  });
});
