/** `npm start` honours the ports and subgraph URLs docs/configuration.md lists (issue 25, point 7). */
import { describe, expect, it } from 'vitest';
import { startLayout } from './start-layout';

describe("npm start's ports and URLs", () => {
  it('are the defaults when nothing is set', () => {
    expect(startLayout({}).layout).toEqual({ ports: { gateway: 4000, crossregion: 4100, tianjin: 4101, yangtze: 4102, zhejiang: 4103 }, urls: {} });
  });

  it('are the ones the environment gives', () => {
    const { layout } = startLayout({ GATEWAY_PORT: '5000', TIANJIN_PORT: '5101', ZHEJIANG_URL: 'http://zhejiang.internal:8080/graphql' });
    expect(layout!.ports).toEqual({ gateway: 5000, crossregion: 4100, tianjin: 5101, yangtze: 4102, zhejiang: 4103 });
    expect(layout!.urls).toEqual({ zhejiang: 'http://zhejiang.internal:8080/graphql' });
  });

  it('lists every bad value', () => {
    expect(startLayout({ GATEWAY_PORT: 'x', YANGTZE_PORT: '70000', CROSSREGION_PORT: '4101', TIANJIN_URL: 'tianjin:4101' }).errors).toEqual([
      'GATEWAY_PORT must be a port number from 1 to 65535, got "x"',
      'YANGTZE_PORT must be a port number from 1 to 65535, got "70000"',
      'TIANJIN_PORT and CROSSREGION_PORT are both 4101',
      'TIANJIN_URL must be an http(s) URL, got "tianjin:4101"',
    ]);
  });
});
