import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, INSTALL_HINT, launchWithExtension } from '../harness/chromium';
import { openPopup, tabIdOf, waitForAnnotation } from '../harness/reader';
import { serveStatic } from '../harness/server';
import type { Note } from '../notebook/db';
import { keystrokes, median, p95, TYPED } from './searchEngines';

export interface NotebookTimings {
  notes: number;
  /** Navigation start to the popup's notes list in the DOM, per opening. */
  popupFirstRenderMs: number[];
  /** A key's input event to the next task, by which the popup has rendered the results, per keystroke. */
  keystrokeMs: number[];
  /** The Export button's click to the file handed to the browser (read, format, Blob), per run and format. */
  exportMs: Record<'json' | 'md' | 'csv', number[]>;
}

// Runs before the popup's own scripts: the moment its notes list first appears.
const RENDER_PROBE = `new MutationObserver((_, obs) => {
  if (document.querySelector('.notes li')) { window.__notesAt = performance.now(); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;
// From a button's click to the download link's click that hands the file to the browser.
const EXPORT_PROBE = `window.__exports = [];
document.addEventListener('click', (e) => { if (e.target instanceof HTMLButtonElement) window.__exportStart = performance.now(); }, true);
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function () { window.__exports.push(performance.now() - window.__exportStart); return click.call(this); };`;
// Preact renders in a microtask after the input handler, so the next task sees the results painted into the DOM.
const KEY_PROBE = `window.__keys = [];
document.addEventListener('input', (e) => {
  const start = e.timeStamp;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => window.__keys.push(performance.now() - start);
  channel.port2.postMessage(0);
}, true);`;

/** Writes the notes straight into the extension's IndexedDB (the schema exists once a page opened it). */
async function seed(extensionPage: Page, notes: readonly Note[]): Promise<void> {
  await extensionPage.evaluate((rows) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('notes', 'readwrite');
      for (const row of rows) tx.objectStore('notes').put(row);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), notes);
}

/** The popup and options page of the built extension, with `notes` in the database, in real Chromium. */
export async function benchNotebookPages(root: string, notes: readonly Note[], runs = 5): Promise<NotebookTimings> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const server = await serveStatic(join(root, 'demo/pages'));
  const ext = await launchWithExtension({ extensionDir: join(root, '.output/chrome-mv3'), headless: true, executablePath });
  const { context, extensionId } = ext;
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Notebook', exact: true }).waitFor();
    await seed(options, notes);
    await options.reload(); // Dexie's live queries do not see writes made around Dexie
    // The notebook's count ("10,000 of 10,000 notes") says every note is read.
    await options.waitForFunction((n) => (document.querySelector('.notebook-count')?.textContent ?? '')
      .replace(/[^0-9 ]/g, '').trim().split(/\s+/).at(-1) === String(n), notes.length, { timeout: 120_000 });
    const article = await context.newPage();
    await article.goto(`${server.origin}/investment-push.html`);
    await waitForAnnotation(article);
    const tab = await tabIdOf(options, article);

    const popupFirstRenderMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await context.newPage();
      await popup.addInitScript(RENDER_PROBE);
      await popup.setViewportSize({ width: 400, height: 640 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab}`);
      await popup.waitForFunction(() => (window as unknown as { __notesAt?: number }).__notesAt, null, { timeout: 60_000 });
      popupFirstRenderMs.push(await popup.evaluate(() => (window as unknown as { __notesAt: number }).__notesAt));
      await popup.close();
    }

    const typing = await openPopup(context, extensionId, tab);
    await typing.evaluate(KEY_PROBE); // before the first key, after load: the listener only has to see the typing
    await typing.locator('.notes li').first().waitFor({ timeout: 60_000 });
    await typing.waitForTimeout(1500); // let the popup settle, as a reader reading it would
    const box = typing.getByRole('combobox', { name: 'Search entities and notes' });
    const keystrokeMs: number[] = [];
    for (const word of TYPED) {
      await box.fill('');
      await typing.evaluate(() => { (window as unknown as { __keys: number[] }).__keys = []; });
      await box.pressSequentially(word, { delay: 80 });
      await typing.waitForTimeout(300);
      const times = await typing.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
      keystrokeMs.push(...times.slice(1)); // one letter searches nothing
    }
    if (keystrokeMs.length < keystrokes(TYPED).length) throw new Error(`expected ${keystrokes(TYPED).length} keystrokes, measured ${keystrokeMs.length}`);
    await typing.close();

    const exportMs: NotebookTimings['exportMs'] = { json: [], md: [], csv: [] };
    const buttons = { json: 'Export notes (JSON)', md: 'Export Markdown', csv: 'Export CSV (Readwise)' } as const;
    await options.evaluate(EXPORT_PROBE);
    for (let i = 0; i < 3; i++) {
      for (const format of ['json', 'md', 'csv'] as const) {
        const [download] = await Promise.all([options.waitForEvent('download', { timeout: 60_000 }), options.getByRole('button', { name: buttons[format] }).click()]);
        await download.path();
        exportMs[format].push(await options.evaluate(() => (window as unknown as { __exports: number[] }).__exports.at(-1)!));
      }
    }
    return { notes: notes.length, popupFirstRenderMs, keystrokeMs, exportMs };
  } finally {
    await ext.close();
    await server.close();
  }
}

export const summarize = (xs: number[]) => ({ median: median(xs), p95: p95(xs), max: Math.max(...xs) });
