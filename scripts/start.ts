import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT, launchWithExtension } from '../harness/chromium';
import { hoverName, openPopup, tabIdOf, waitForAnnotation } from '../harness/reader';
import { serveStatic } from '../harness/server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const server = await serveStatic(join(root, 'demo/pages'));
const browser = await launchWithExtension({ extensionDir: join(root, '.output/chrome-mv3'), headless: !hasDisplay, executablePath });
const article = `${server.origin}/chips-alliance.html`;
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(article);
console.log(`Backstory is running on ${server.origin}/ (first article: ${article})`);

if (hasDisplay) {
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  // No display: take the tour headless and leave screenshots behind.
  const out = join(root, 'artifacts/screenshots');
  mkdirSync(out, { recursive: true });
  await waitForAnnotation(page);
  const shots = { article: join(out, 'article.png'), card: join(out, 'hover-card.png'), popup: join(out, 'popup.png') };
  await page.screenshot({ path: shots.article });
  await hoverName(page, browser.extensionId, 'Rapidus', 1, 'article');
  await page.waitForTimeout(200);
  await page.screenshot({ path: shots.card });
  const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
  await popup.getByRole('heading', { name: 'On this page' }).waitFor();
  await popup.locator('.on-this-page').waitFor();
  await popup.screenshot({ path: shots.popup, fullPage: true });
  for (const [what, path] of Object.entries(shots)) console.log(`${what}: ${path}`);
}
await browser.close();
await server.close();
