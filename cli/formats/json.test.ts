import { describe, expect, it } from 'vitest';
import { json } from './json';
import { ndjson } from './ndjson';

const columns = ['name', 'regions', 'amount'];
const pages = [
  [{ name: '天津海慧电力技术有限公司', regions: ['TIANJIN'], amount: null }, { name: '宇恒电池', regions: [], amount: 2.5 }],
  [],
  [{ amount: 1, name: '环龙', regions: ['ZHEJIANG'] }],
];

describe('JSON and NDJSON', () => {
  it('stream one valid array over pages, keys in column order, Chinese unescaped', () => {
    let text = json.encoding.opening(columns);
    let before = 0;
    for (const rows of pages) {
      text += json.encoding.page(rows, columns, before);
      before += rows.length;
    }
    text += json.encoding.closing(before);
    const parsed = JSON.parse(text) as unknown[];
    expect(parsed).toEqual([...pages[0]!, ...pages[2]!]);
    expect(Object.keys(parsed[2] as object)).toEqual(columns);
    expect(text).toContain('天津海慧电力技术有限公司');
  });

  it('write an empty array when there are no rows', () => {
    expect(JSON.parse(json.encoding.opening(columns) + json.encoding.page([], columns, 0) + json.encoding.closing(0))).toEqual([]);
  });

  it('write one object a line in NDJSON, missing columns as null', () => {
    expect(ndjson.encoding.page([{ name: '环龙' }], columns, 0)).toBe('{"name":"环龙","regions":null,"amount":null}\n');
  });
});
