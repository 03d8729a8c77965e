import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '../../kit/directory/cursor';
import { decodeCompositeCursor, encodeCompositeCursor, filterHash, regionAfter, type CursorScope } from './cursor';

const scope: CursorScope = { list: 'firms', order: 'NAME:ASC', filter: filterHash({ filter: { chainCode: 'POWER_BATTERY' }, regions: ['tianjin', 'zhejiang'] }) };
const positions = { tianjin: { sortKey: '005929', id: '91120000ABCDEFGH1X' }, zhejiang: { sortKey: '006d59', id: '913310230000000001' } };
const state = { positions, mix: { tianjin: 150, zhejiang: 50 } };

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
  it('round-trips every region\'s position and the page\'s mix, opaque base64url', () => {
    const cursor = encodeCompositeCursor(scope, state);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCompositeCursor(cursor, scope)).toEqual(state);
  });

  it('reads a cursor issued before it carried a mix as an even one', () => {
    const raw = Buffer.from(JSON.stringify({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: { tianjin: ['005929', '91120000ABCDEFGH1X'] } })).toString('base64url');
    expect(decodeCompositeCursor(raw, scope)).toEqual({ positions: { tianjin: positions.tianjin }, mix: {} });
  });

  it('gives each region its own directory cursor, or none to start', () => {
    expect(decodeCursor(regionAfter(positions, 'tianjin')!)).toEqual(positions.tianjin);
    expect(regionAfter(positions, 'yangtze')).toBeNull();
  });

  it('refuses a cursor of another filter, order or list', () => {
    const cursor = encodeCompositeCursor(scope, state);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, filter: filterHash({ filter: {}, regions: [] }) })).message).toMatch(/another filter/);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, order: 'NAME:DESC' })).message).toMatch(/another order/);
    expect(badInput(() => decodeCompositeCursor(cursor, { ...scope, list: 'projects' })).message).toMatch(/another list/);
  });

  it('refuses garbage, a region cursor, another version, unknown regions and a mix that is not counts', () => {
    badInput(() => decodeCompositeCursor('not a cursor', scope));
    badInput(() => decodeCompositeCursor(regionAfter(positions, 'tianjin')!, scope));
    const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(badInput(() => decodeCompositeCursor(raw({ v: 2, l: scope.list, o: scope.order, f: scope.filter, p: {} }), scope)).message).toMatch(/version 2/);
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: { hubei: ['a', 'b'] } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: { tianjin: ['a'] } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: {}, m: { tianjin: -1 } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: {}, m: { tianjin: 1.5 } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: {}, m: { hubei: 3 } }), scope));
    badInput(() => decodeCompositeCursor(raw({ v: 1, l: scope.list, o: scope.order, f: scope.filter, p: {}, m: [3] }), scope));
  });

  it('hashes a filter the same whatever the key order, ignoring unset keys', () => {
    expect(filterHash({ a: 1, b: { c: 'x', d: undefined } })).toBe(filterHash({ b: { c: 'x' }, a: 1, e: null }));
    expect(filterHash({ a: 1 })).not.toBe(filterHash({ a: 2 }));
  });
});
