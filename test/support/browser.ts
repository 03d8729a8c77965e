/**
 * Headless Chromium from Debian (installed by .ci/run; never downloaded by a test tool), driven by
 * playwright-core, with the flags this sandboxed, offline machine needs. playwright gives each launch a
 * fresh, empty profile of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

/** `args`: further Chromium flags, e.g. `--host-resolver-rules=MAP *.example.test 127.0.0.1` to serve pages under other origins from this machine. */
export async function launchBrowser(args: string[] = []): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * A click as a person makes it: the pointer moves to the middle of the element's box, presses and
 * releases there (page.mouse). Whatever the page does between the press and the release (focus,
 * a drag starting, an element moving) counts, as it would for a person; an element's DOM click()
 * skips all of that.
 */
export async function mouseClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${String(target)} has no box on the page`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}
