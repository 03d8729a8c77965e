/**
 * Issue 8: the analyst's explorer in a real browser. GraphiQL is served by the gateway from npm (no
 * CDN); every example operation opens as a tab, runs, and shows data and no error. Screenshots go to
 * test-results/screenshots/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadExamples } from '../../../gateway/src/plugins/use-explorer';
import { launchBrowser, SCREENSHOT_DIR } from '../../support/browser';

const gateway = inject('gatewayUrl');
const examples = loadExamples(path.resolve(__dirname, '../../../gateway/examples'));

describe('the explorer in headless Chromium', () => {
  let close: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];
  const offsiteRequests: string[] = [];

  beforeAll(async () => {
    const launched = await launchBrowser();
    close = launched.close;
    page = await launched.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offsiteRequests.push(request.url());
    });
    await page.goto(gateway.replace(/\/graphql$/, '/'), { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  it('opens with one tab per example operation', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(examples.length);
  });

  it.each(examples.map((e, i) => [e.file, i] as const))('runs %s and shows data, no error', async (file, index) => {
    // The tab bar is drag-to-reorder: a pointer click can start a drag, so press the button itself.
    await page.locator(`#graphiql-session-tab-${index}`).evaluate((button: HTMLElement) => button.click());
    await expect.poll(() => page.locator('.graphiql-tab').nth(index).getAttribute('aria-selected')).toBe('true');
    // Run only once the editor shows this tab's operation: GraphiQL swaps editor contents asynchronously.
    const operation = /^(?:query|mutation) (\w+)/m.exec(examples[index]!.query)![1]!;
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 10_000 }).toContain(operation);
    const result = page.locator('.result-window');
    // GraphiQL sometimes runs before it has re-read the operation name of a tab it just switched to
    // and answers "Cannot infer operation" itself, without a request: run again in that case.
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(
        async () => {
          const text = (await result.innerText()).replace(/\s+/g, '');
          if (text.includes('Cannotinferoperation')) await page.locator('.graphiql-execute-button').click();
          return text;
        },
        { timeout: 30_000, intervals: [500, 1000, 2000] },
      )
      .toContain('"data":');
    const text = (await result.innerText()).replace(/\s+/g, '');
    expect(text).not.toContain('"errors":');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `explorer-${file.replace(/\.graphql$/, '')}.png`) });
  });

  it('shows the documentation panel with Chinese and English descriptions', async () => {
    await page.locator('.graphiql-sidebar button[aria-label*="Documentation"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('firms', { exact: true }).first().click();
    await expect.poll(() => docs.innerText(), { timeout: 10_000 }).toMatch(/跨区域|企业/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-docs.png') });
  });

  it('loaded nothing from outside this machine and logged no console error', () => {
    expect(offsiteRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}, 120_000);
