/**
 * The analysts' explorer: GraphiQL from npm (@graphql-yoga/render-graphiql inlines the whole bundle,
 * so it works on networks without internet), opened with the example operations as tabs, the
 * documentation panel, a headers editor for a token and the click-to-build explorer plugin;
 * subscriptions run over graphql-ws.
 * Served at / and at GET /graphql for browsers. Off in production mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '../plugin';
import { TAB_PRESS_FIX } from './explorer-tab-press';

export interface ExampleOperation {
  file: string;
  query: string;
  variables?: string;
}

/** Every `*.graphql` in the folder, in file-name order, with `# variables: {…}` lines as variables. */
export function loadExamples(dir: string): ExampleOperation[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const variables = /^# variables: (.+)$/m.exec(text)?.[1];
      return { file, query: text, ...(variables ? { variables: JSON.stringify(JSON.parse(variables), null, 2) } : {}) };
    });
}

export function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

export function useExplorer(options: { examplesDir: string; enabled: boolean }): GatewayPlugin {
  if (!options.enabled) return { name: 'explorer' };
  let html: string | undefined;
  const page = () => {
    if (html !== undefined) return html;
    // Loaded only where the explorer is on, at its first page: the inlined bundle costs ~60 MB of
    // resident memory, which a production gateway should not carry.
    const { renderGraphiQL } = require('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql');
    const rendered = renderGraphiQL({
      title: 'Coopgraph — 区域产业合作数据 · Regional industrial-cooperation data',
      endpoint: '/graphql',
      defaultTabs: loadExamples(options.examplesDir).map((e) => ({ query: e.query, variables: e.variables })),
      // Empty: a placeholder token would be sent and refused (UNAUTHENTICATED). Analysts paste
      // {"authorization": "Bearer <JWT>"} here to read non-public fields.
      headers: '{}',
      shouldPersistHeaders: false,
      // Subscription tabs run over graphql-ws on the same path (subscriptions/serve-graphql-ws.ts);
      // the headers editor's authorization goes in connection_init.
      subscriptionsProtocol: 'WS',
    } as never);
    // Before the page's own </body>: the inlined bundle holds that text too.
    const end = rendered.lastIndexOf('</body>');
    html = `${rendered.slice(0, end)}${TAB_PRESS_FIX}\n${rendered.slice(end)}`;
    return html;
  };
  const serve = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    if (!wantsHtml(req)) return;
    const body = page();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  return { name: 'explorer', routes: { '/': serve, '/graphql': serve } };
}
