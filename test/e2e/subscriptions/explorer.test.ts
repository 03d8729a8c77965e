/**
 * Issue 24: the explorer runs subscriptions. In headless Chromium, the pairing's project-events tab
 * is chosen with the mouse and run (graphql-ws from the page, as an anonymous caller: a project's
 * fields are public); a project registered through the gateway then shows in the result panel.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../../gateway/src/plugins/use-explorer';
import { launchBrowser, mouseClick, SCREENSHOT_DIR } from '../../support/browser';
import { startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV } from '../../support/tokens';
import { registerProject } from './operations';

const examples = loadExamples(path.resolve(__dirname, '../../../gateway/examples'));

describe('subscriptions in the explorer', () => {
  let system: TestSystem;
  let close: () => Promise<void>;
  let page: Page;
  const sockets: string[] = [];
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
    const launched = await launchBrowser();
    close = launched.close;
    page = await launched.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('websocket', (socket) => void sockets.push(socket.url()));
    await page.goto(system.gatewayUrl.replace(/\/graphql$/, '/'), { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await system?.stopAll();
  });

  it('has a tab for each kind of subscription', () => {
    const fields = examples.filter((e) => /^subscription /m.test(e.query)).map((e) => /\{\s*(\w+)/.exec(e.query.slice(e.query.search(/^subscription /m)))![1]);
    expect(fields.sort()).toEqual(['tianjinMembershipChanged', 'yangtzePlatformActivity', 'zhejiangProjectChanged']);
  });

  it('runs the pairing project-events tab and shows a project registered through the gateway', async () => {
    const index = examples.findIndex((e) => e.file === '10-pairing-project-events.graphql');
    await mouseClick(page, page.locator(`#graphiql-session-tab-${index}`));
    await expect.poll(() => page.locator('.graphiql-tab').nth(index).getAttribute('aria-selected')).toBe('true');
    const editorText = async () => (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(editorText, { timeout: 10_000 }).toContain('PairingProjectEvents');
    await mouseClick(page, page.locator('.graphiql-execute-button'));
    await expect.poll(() => sockets.some((url) => url.endsWith('/graphql') && url.startsWith('ws://')), { timeout: 10_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const name = `探索器订阅项目-${Date.now()}`;
    await registerProject(system.gatewayUrl, name);
    const result = () => page.locator('.result-window').innerText();
    await expect.poll(result, { timeout: 15_000 }).toContain(name);
    const shown = await result();
    expect(shown).toContain('"REGISTERED"');
    expect(shown).not.toContain('"errors"');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-subscription.png') });
  });
});
