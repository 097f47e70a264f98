import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cardFrame, highlightedTexts, hoverName, openPopup, pointOfText, tabIdOf, waitForCard } from '../../harness/reader';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedNote, type NotebookExport } from '../../notebook/exportJson';
import { HOSTILE } from '../support/hostilePage';
import { importNotes, openOptions, readDatabase } from '../support/notebook';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

type HostileCall = 'dump' | 'forgeMessages' | 'forgeEvents' | 'forgeFrames' | 'forgeRestart' | 'nonces';
/** Calls the hostile page's own spy (in the page's world, where its script runs). */
const hostile = <T = string>(page: Page, call: HostileCall, arg: object = {}) =>
  page.evaluate(([c, a]) => (window as unknown as { __hostile: Record<string, (a: object) => unknown> }).__hostile[c]!(a), [call, arg] as const) as Promise<T>;

/** The record's lines that match, cut short: a failure names the leak without printing the whole record. */
const linesWith = (record: string, what: string | RegExp) =>
  record.split('\n').filter((line) => (typeof what === 'string' ? line.includes(what) : what.test(line))).map((line) => line.slice(0, 300));

const run = Date.now().toString(36);
/** Strings that exist only in the reader's notebook (and, for the typed ones, on their keyboard). */
const SECRET = { text: `secret-text-${run}`, quote: `secret-quote-${run}`, tag: `secrettag${run}`, typed: `typed-secret-${run}`, typedTag: `typedtag${run}` };
const MARKER = `PAGE-CHOSEN-${run}`;

const note = (i: number): ExportedNote => ({
  id: `hostile-${run}-${i}`, entityId: 'rapidus', pageUrl: 'https://example.com/earlier-article', pageTitle: `An earlier article ${i}`,
  quote: `${SECRET.quote} ${i}`, text: `${SECRET.text} ${i}`, tags: [SECRET.tag], createdAt: `2024-01-0${i}T09:00:00.000Z`, updatedAt: `2024-01-0${i}T09:00:00.000Z`,
});
const NOTES = [1, 2, 3].map(note);

describe('a hostile page learns nothing and can make Backstory do nothing', () => {
  const suite = useExtensionBrowser();
  beforeAll(async () => {
    suite.server.route('/hostile.html', { body: HOSTILE });
    await importNotes(suite.browser.context, suite.browser.extensionId, NOTES);
  });

  /** The hostile page, annotated, with its card frame loaded and listening. */
  const openHostile = async () => {
    const page = await suite.open('/hostile.html');
    await (await cardFrame(page, suite.browser.extensionId)).getByRole('dialog', { includeHidden: true }).waitFor({ state: 'attached' });
    return page;
  };

  test('the card shows the notes, "Add note" in the card and the popup work, and the page records no trace of them', async () => {
    const page = await openHostile();
    const card = await hoverName(page, suite.browser.extensionId, 'Rapidus', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Rapidus' });
    await expect.poll(() => dialog.textContent()).toContain(SECRET.text);
    const shown = (await dialog.textContent())!;
    expect(shown).toContain(SECRET.quote);
    expect(shown).toContain(`#${SECRET.tag}`);
    expect(await dialog.locator('#notes-title .count').textContent()).toBe('3');

    // A note typed into the card: the keys go to the extension frame, never to the page.
    await dialog.getByPlaceholder('Your note').fill(SECRET.typed);
    await dialog.getByPlaceholder('tags').pressSequentially(SECRET.typedTag);
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => dialog.locator('.notes').textContent()).toContain(SECRET.typed);
    expect(await dialog.locator('#notes-title .count').textContent()).toBe('4');
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-card.png'), caret: 'initial' });

    // The popup, aimed at this tab, lists the notes too; it asks the page's content script for names only.
    const popup = await openPopup(suite.browser.context, suite.browser.extensionId, await tabIdOf(suite.browser.serviceWorker, page));
    await expect.poll(() => popup.locator('.notes').textContent()).toContain(SECRET.typed);
    expect(await popup.locator('.on-this-page').textContent()).toContain('Rapidus');
    await popup.close();
    await page.mouse.move(1, 1);
    await waitForCard(page, false);
    await page.waitForTimeout(500); // the spy samples every 200 ms

    const record = await hostile(page, 'dump');
    // Controls: the spy saw its own canaries, our host element, the reader's pointer and focus, the
    // highlights and our timing mark; the card frame, in a closed shadow root, is not even in window.frames.
    for (const seen of ['hostile-canary-message', 'hostile-canary-text', '<backstory-ui', '"type":"pointermove","trusted":true',
      '"type":"blur","trusted":true', 'highlight backstory-company Rapidus', 'backstory:annotate', 'frames.length 0']) {
      expect(linesWith(record, seen).length, `the spy should have seen ${seen}`).toBeGreaterThan(0);
    }
    expect(linesWith(record, /^frames\.length [^0]/)).toEqual([]);
    for (const secret of Object.values(SECRET)) expect(linesWith(record, secret)).toEqual([]);
    expect(linesWith(record, /Your notes|Add note|An earlier article|example\.com/)).toEqual([]);
    // The count of notes: the card's host never opens to the page and never changes size.
    expect(linesWith(record, 'custom element <backstory-ui> shadowRoot=null').length).toBeGreaterThan(0);
    expect(linesWith(record, /^attachShadow <backstory-ui>/)).toEqual([]);
    expect(new Set(record.match(/^host box .*$/gm))).toEqual(new Set(['host box 380x440']));
    expect(await hostile<string[]>(page, 'nonces')).toEqual([]);
    await page.close();
    expect(suite.pageErrors).toEqual([]);
  });

  test('a tracked name: its card shows the reader’s description and note, and the page sees only the mark', async () => {
    const { context, extensionId } = suite.browser;
    const tracked = { id: `tracked-${run}`, name: 'trial production', description: `secret-description-${run}`, note: `secret-tracked-note-${run}` };
    const at = '2024-01-05T09:00:00.000Z';
    const options = await openOptions(context, extensionId);
    const file: NotebookExport = {
      format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: at,
      notes: [{ id: `tracked-note-${run}`, entityId: tracked.id, pageUrl: 'https://example.com/earlier', pageTitle: 'Earlier', quote: '', text: tracked.note, tags: [], createdAt: at, updatedAt: at }],
      customEntities: [{ id: tracked.id, name: tracked.name, aliases: [], description: tracked.description, createdAt: at, updatedAt: at }],
      siteSettings: [], settings: [], sightings: [],
    };
    await options.getByLabel('Import a Backstory export (JSON)')
      .setInputFiles({ name: 'tracked.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.locator('.import').getByRole('status').filter({ hasText: 'Imported 2 records' }).waitFor();
    await options.close();

    const page = await openHostile();
    await expect.poll(async () => (await highlightedTexts(page))['backstory-custom'] ?? []).toEqual([tracked.name]);
    const card = await hoverName(page, extensionId, tracked.name, 0, 'article');
    const dialog = card.getByRole('dialog', { name: tracked.name });
    await expect.poll(() => dialog.textContent()).toContain(tracked.note);
    expect(await dialog.textContent()).toContain(tracked.description);
    await page.mouse.move(1, 1);
    await waitForCard(page, false);
    await page.waitForTimeout(500); // the spy samples every 200 ms
    const record = await hostile(page, 'dump');
    // By design the page can see which words are marked as a tracked name (README), and nothing else.
    expect(linesWith(record, `highlight backstory-custom ${tracked.name}`).length).toBeGreaterThan(0);
    for (const secret of [tracked.description, tracked.note, tracked.id]) expect(linesWith(record, secret)).toEqual([]);
    await page.close();
    expect(suite.pageErrors).toEqual([]);
  });

  test('forged messages, events, frames and restarts save, delete, export and show nothing', async () => {
    const before = await readDatabase(suite.browser.context, suite.browser.extensionId);
    expect(before.notes!.length).toBeGreaterThanOrEqual(NOTES.length);
    const downloads: string[] = [];
    suite.browser.context.on('page', (p) => p.on('download', (d) => downloads.push(d.url())));
    const page = await openHostile();
    page.on('download', (d) => downloads.push(d.url()));
    const { extensionId } = suite.browser;
    const hostVisible = () => page.evaluate(() => (document.querySelector('backstory-ui') as HTMLElement).style.visibility === 'visible');
    /** Every card frame in the page, Backstory's and the page's fakes, and the text each shows. */
    const cardTexts = async () => Promise.all(page.frames().filter((f) => f.url().startsWith(`chrome-extension://${extensionId}/`))
      .map(async (f) => ({ url: f.url(), text: (await f.locator('body').textContent()) ?? '' })));

    await hostile(page, 'forgeMessages', { extensionId, marker: MARKER });
    await page.waitForTimeout(1_000);
    expect(await hostVisible()).toBe(false);

    const { x, y } = await pointOfText(page, 'Rapidus', 0, 'article');
    await hostile(page, 'forgeEvents', { x, y });
    await page.waitForTimeout(1_000); // the open delay is 250 ms
    expect(await hostVisible()).toBe(false);

    await hostile(page, 'forgeFrames', { extensionId });
    const fakes = () => page.frames().filter((f) => /card\.html#forged/.test(f.url()));
    await expect.poll(() => fakes().length).toBe(2);
    for (const fake of fakes()) await fake.getByRole('dialog', { includeHidden: true }).waitFor({ state: 'attached' });
    await hostile(page, 'forgeMessages', { extensionId, marker: MARKER }); // again, now that fake frames listen
    await page.waitForTimeout(1_000);
    for (const fake of fakes()) expect(await fake.getByRole('dialog', { includeHidden: true }).isHidden()).toBe(true);
    // The other pages are not web-accessible: the browser refuses to frame them.
    expect(page.frames().map((f) => f.url())).not.toContainEqual(expect.stringMatching(/(options|popup)\.html/));

    // WXT no longer posts "content script started" (with our id) to the page; the page forges it blind.
    expect(linesWith(await hostile(page, 'dump'), 'content-script-started')).toEqual([]);
    await hostile(page, 'forgeRestart', { extensionId });
    await page.waitForTimeout(500);
    // Backstory still reads the page, and a real hover opens the real card, in Backstory's frame only.
    expect(Object.values(await highlightedTexts(page)).flat()).toContain('Rapidus');
    const card = await hoverName(page, extensionId, 'Rapidus', 0, 'article');
    await expect.poll(() => card.getByRole('dialog', { name: 'Rapidus' }).textContent()).toContain(SECRET.text);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-forged.png'), caret: 'initial' });
    for (const fake of fakes()) expect(await fake.getByRole('dialog', { includeHidden: true }).isHidden()).toBe(true);
    for (const { url, text } of await cardTexts()) expect(text, url).not.toContain(MARKER);

    expect(await readDatabase(suite.browser.context, extensionId)).toEqual(before);
    expect(downloads).toEqual([]);
    const record = await hostile(page, 'dump');
    expect(linesWith(record, 'forge runtime message refused').length).toBeGreaterThan(0); // a page has no runtime messaging to us
    expect(linesWith(record, SECRET.text)).toEqual([]);
    await page.close();
    expect(suite.pageErrors).toEqual([]);
  });
});
