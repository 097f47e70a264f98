import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { findChromium, INSTALL_HINT, launchWithExtension, type ExtensionBrowser } from '../../harness/chromium';
import { waitForAnnotation } from '../../harness/reader';
import { serveStatic, type StaticServer } from '../../harness/server';
import { recordNetwork, type NetworkRecorder } from './network';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'artifacts/e2e');

// Runs in the page's own world before anything else: a snapshot of <body> at DOMContentLoaded
// (before the content script's document_idle) and a count of every later mutation of it.
const WATCH_DOM = `
  document.addEventListener('DOMContentLoaded', () => {
    window.__bodyBefore = document.body ? document.body.outerHTML : null;
    window.__bodyMutations = 0;
    if (document.body) new MutationObserver((r) => { window.__bodyMutations += r.length; })
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });`;

export interface Suite {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Every request any page or frame made that was not to our local server or the extension. */
  foreignRequests: string[];
  pageErrors: string[];
  /** Every request Backstory's own contexts made; the file fails at its end unless there are none. */
  network: NetworkRecorder;
  open(path: string): Promise<Page>;
}

/** One Chromium with the built extension and one local server for a test file. */
export function useExtensionBrowser(): Suite {
  const suite = { foreignRequests: [], pageErrors: [] } as unknown as Suite;
  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    suite.server = await serveStatic(join(ROOT, 'demo/pages'));
    suite.browser = await launchWithExtension({ extensionDir: join(ROOT, '.output/chrome-mv3'), headless: true, executablePath });
    const { context } = suite.browser;
    suite.network = recordNetwork(context, suite.browser.extensionId);
    await context.addInitScript(WATCH_DOM);
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(suite.server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) {
        suite.foreignRequests.push(url);
      }
    });
    suite.open = async (path: string) => {
      const page = await context.newPage();
      await suite.network.watch(page);
      page.on('pageerror', (err) => suite.pageErrors.push(`${path}: ${err.message}`));
      await page.goto(`${suite.server.origin}${path}`);
      await waitForAnnotation(page);
      return page;
    };
  });
  afterAll(async () => {
    const backstoryRequests = suite.network?.take() ?? [];
    await suite.browser?.close();
    await suite.server?.close();
    expect(backstoryRequests, 'network requests made by Backstory').toEqual([]);
  });
  return suite;
}

/** Whether the page's <body> is exactly as it was before Backstory ran. */
export function bodyUnchanged(page: Page): Promise<{ same: boolean; mutations: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __bodyBefore: string | null; __bodyMutations: number };
    return { same: w.__bodyBefore !== null && w.__bodyBefore === document.body.outerHTML, mutations: w.__bodyMutations };
  });
}
