import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightedTexts, hoverName, withWholePage } from '../../harness/reader';
import { hasSeeds, renderSeed, SEEDS, SEEDS_DIR } from '../support/seeds';
import { countBy, differences, pageSummary, score } from '../support/summary';
import { ARTIFACTS, ROOT, bodyUnchanged, useExtensionBrowser } from '../support/suite';

/** Hand-made gold: every named-entity mention in a seed, in order (names only, no article text). */
interface SeedGold {
  mentions: { text: string; entity: string }[];
  missing: { text: string }[];
}
const seedGold = (file: string) =>
  JSON.parse(readFileSync(join(ROOT, 'tests/gold/seeds', file.replace(/\.txt$/, '.gold.json')), 'utf8')) as SeedGold;

if (!hasSeeds) console.log(`seed articles not found at ${SEEDS_DIR}: skipping the seed-article tests`);

describe.runIf(hasSeeds)('seed articles rendered as news pages', () => {
  const suite = useExtensionBrowser();
  beforeAll(() => {
    for (const [id, info] of Object.entries(SEEDS)) suite.server.route(`/seed/${id}.html`, { body: renderSeed(info) });
  });

  test.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s: mention precision ≥ 0.98 and recall ≥ 0.95 against the hand-made gold', async (id) => {
    const page = await suite.open(`/seed/${id}.html`);
    const summary = await pageSummary(suite.browser.serviceWorker, page);
    const gold = seedGold(SEEDS[id].file);
    const found = countBy(summary.entities, (e) => e.entityId, (e) => e.count);
    const expected = countBy(gold.mentions, (g) => g.entity);
    const { precision, recall } = score(found, expected);
    const all = score(found, countBy([...gold.mentions, ...gold.missing.map(() => ({ entity: '(not in the fact base)' }))], (g) => g.entity));
    console.log(`seed ${id}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
      `(${gold.mentions.length} gold mentions; recall ${all.recall.toFixed(3)} counting ${gold.missing.length} names the fact base lacks); ` +
      `off the gold: ${differences(found, expected).join(', ') || 'none'}`);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });

  test('seed 000: Rapidus, IBM and Gina Raimondo are marked, each opens its card, and the DOM is untouched', async () => {
    const page = await suite.open('/seed/000.html');
    const marked = await highlightedTexts(page);
    expect(marked['backstory-company']).toEqual(expect.arrayContaining(['Rapidus', 'IBM', 'Micron Technology']));
    expect(marked['backstory-person']).toEqual(expect.arrayContaining(['Gina Raimondo', 'Yasutoshi Nishimura']));
    for (const [text, name] of [['Rapidus', 'Rapidus'], ['IBM', 'IBM'], ['Gina Raimondo', 'Gina Raimondo']] as const) {
      const card = await hoverName(page, suite.browser.extensionId, text, 0, 'article');
      await expect.poll(() => card.getByRole('dialog', { name }).count()).toBe(1);
      if (text === 'Rapidus') await page.screenshot({ path: join(ARTIFACTS, 'seed-000-rapidus-card.png'), caret: 'initial' });
    }
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.close();
  });

  test('seed 001: the card shows the facts as of the article’s dateline', async () => {
    const page = await suite.open('/seed/001.html');
    const card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Yasutoshi Nishimura' });
    await expect.poll(() => dialog.textContent()).toContain('At the time (6 Jan 2023)');
    const text = await dialog.textContent();
    expect(text).toContain('Minister of Economy, Trade and Industry');
    expect(text).toContain('Left office');
    expect(text).toContain('14 Dec 2023');
    await page.screenshot({ path: join(ARTIFACTS, 'seed-001-nishimura-card.png'), caret: 'initial' });
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.close();
  });

  test('every seed: marks start and end on word boundaries, "us" is never the US, nothing in the comment box', async () => {
    for (const id of Object.keys(SEEDS)) {
      const page = await suite.open(`/seed/${id}.html`);
      const report = await withWholePage(page, () => page.evaluate(() => {
        const bad: string[] = [];
        const texts: string[] = [];
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Iterable<Range>) {
            const text = r.toString();
            texts.push(text);
            const before = r.startContainer.textContent?.charAt(r.startOffset - 1) ?? '';
            const after = r.endContainer.textContent?.charAt(r.endOffset) ?? '';
            if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) bad.push(`${before}[${text}]${after}`);
            if (r.startContainer.parentElement?.closest('form, textarea')) bad.push(`in a form: ${text}`);
          }
        });
        return { bad, texts };
      }));
      expect(report.bad, `seed ${id}`).toEqual([]);
      expect(report.texts).not.toContain('us');
      // "Super Micro" is its own company, never a cut-down "Micron".
      expect(report.texts.filter((t) => t === 'Micro' || t === 'Super Micr')).toEqual([]);
      if (id === '000') expect(report.texts).toContain('Super Micro');
      expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
      await page.close();
    }
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
