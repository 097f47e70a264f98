import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightedTexts, hoverName, waitForCard } from '../../harness/reader';
import { countBy, pageSummary, score } from '../support/summary';
import { ARTIFACTS, ROOT, bodyUnchanged, useExtensionBrowser } from '../support/suite';

const PAGES = ['chips-alliance', 'export-controls', 'investment-push'] as const;
const gold = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'demo/pages', `${name}.gold.json`), 'utf8')) as { text: string; entity: string }[];

describe('the bundled demo news pages', () => {
  const suite = useExtensionBrowser();

  test.each(PAGES)('%s: the names a reader meets are found and linked, and the page is untouched', async (name) => {
    const page = await suite.open(`/${name}.html`);
    const summary = await pageSummary(suite.browser.serviceWorker, page);
    const found = countBy(summary.entities, (e) => e.entityId, (e) => e.count);
    const { precision, recall } = score(found, countBy(gold(name), (g) => g.entity));
    const goldCounts = countBy(gold(name), (g) => g.entity);
    const extra = Object.entries(found).filter(([id, n]) => n > (goldCounts[id] ?? 0)).map(([id, n]) => `${id} +${n - (goldCounts[id] ?? 0)}`);
    console.log(`${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${extra.length ? `; not in the gold: ${extra.join(', ')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), caret: 'initial' });
    await page.close();
  });

  test('the traps: split names, tickers, possessives, all caps, and "us" and "Super Micro" left alone', async () => {
    const chips = await suite.open('/chips-alliance.html');
    const c = await highlightedTexts(chips);
    expect(c['backstory-person']).toContain('Gina Raimondo'); // <b>Gina</b> Raimondo
    expect(c['backstory-company']).toContain('RAPIDUS');
    const invest = await suite.open('/investment-push.html');
    const i = await highlightedTexts(invest);
    expect(i['backstory-company']).toEqual(expect.arrayContaining(['MU', 'INTC', 'MSFT']));
    expect(Object.values(i).flat()).not.toContain('us');
    expect(i['backstory-company']).toContain('Super Micro Computer'); // its own entity, never Micron
    expect(Object.values(i).flat().filter((t) => t === 'Micro')).toEqual([]);
    await chips.close();
    await invest.close();
  });

  test('hovering Nishimura shows his office on the article’s date, with what changed since', async () => {
    const page = await suite.open('/chips-alliance.html');
    const card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Yasutoshi Nishimura' });
    await expect.poll(() => dialog.textContent()).toContain('At the time (26 May 2023)');
    expect(await dialog.textContent()).toContain('Minister of Economy, Trade and Industry');
    await page.screenshot({ path: join(ARTIFACTS, 'chips-alliance-nishimura-card.png'), caret: 'initial' });
    await page.keyboard.press('Escape');
    await waitForCard(page, false); // Escape closed it
    await page.close();
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
