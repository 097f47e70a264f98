import { cardFrame } from '../../harness/reader';
import { openOptions } from '../support/notebook';
import { ARTICLE, page as htmlPage } from '../support/dynamicPages';
import { useExtensionBrowser } from '../support/suite';

const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none';";

interface ManifestChrome { runtime: { getManifest(): Record<string, unknown> } }

describe('Backstory makes no network request of its own', () => {
  const suite = useExtensionBrowser();
  beforeAll(() => {
    suite.server.route('/probe', { body: 'probe' });
    suite.server.route('/article.html', { body: htmlPage(ARTICLE) });
  });

  test('the browser refuses our contexts’ fetches; the recorder counts an extension page’s and the content script’s, and not the page’s own', async () => {
    const { context, extensionId, serviceWorker } = suite.browser;
    const probe = (who: string) => `${suite.server.origin}/probe?from=${who}`;
    const fetchIt = (url: string) => fetch(url).then((r) => r.status, (e: Error) => e.message);
    expect(suite.network.requests).toEqual([]);

    // The extension's CSP (connect-src 'none') makes the browser refuse any fetch of ours outright.
    expect(await serviceWorker.evaluate(fetchIt, probe('worker'))).toBe('Failed to fetch');
    const options = await openOptions(context, extensionId);
    expect(await options.evaluate(fetchIt, probe('options'))).toBe('Failed to fetch');
    // With the CSP lifted (DevTools can), the recorder sees an extension page's request.
    const optionsCdp = await context.newCDPSession(options);
    await optionsCdp.send('Page.setBypassCSP', { enabled: true });
    await options.reload();
    expect(await options.evaluate(fetchIt, probe('options'))).toBe(200);
    await optionsCdp.detach();
    await options.close();
    const page = await suite.open('/article.html');
    const card = await cardFrame(page, extensionId);
    expect(await card.evaluate(fetchIt, probe('card'))).toBe('Failed to fetch');
    expect(await page.evaluate(fetchIt, probe('page'))).toBe(200); // the page's own: not ours

    // The content script's world, reached through the DevTools protocol. The code names the content
    // script's file as its source, as every frame of the real content script's stack does.
    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.name === 'Backstory' && w.auxData?.type === 'isolated');
    expect(world, 'the content script’s isolated world').toBeDefined();
    const reply = await cdp.send('Runtime.evaluate', {
      contextId: world!.id, awaitPromise: true,
      expression: `fetch(${JSON.stringify(probe('content-script'))}).then((r) => r.status)\n//# sourceURL=chrome-extension://${extensionId}/content-scripts/content.js`,
    });
    expect(reply.result.value).toBe(200);
    await cdp.detach();

    await expect.poll(() => suite.network.requests.length).toBe(2);
    const seen = suite.network.take().map((r) => `${new URL(r.url).searchParams.get('from')} <- ${r.by.replace(/ (chrome-extension|http):\/\/\S+/, '')}`);
    expect(seen.sort()).toEqual(['content-script <- content script in', 'options <- extension page']);
    await page.close();
  });

  test('the manifest asks only for contextMenus, frames only the card, and its CSP is strict and enforced', async () => {
    const { context, extensionId, serviceWorker } = suite.browser;
    const manifest = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ManifestChrome }).chrome.runtime.getManifest());
    expect(manifest.permissions ?? []).toEqual(['contextMenus']); // "Track this name" (see README)
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }]);
    expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });

    // The browser enforces it: an inline script in an extension page is refused and reported.
    // (Eval is not tried: code run through the DevTools protocol, as this test's is, may always eval.)
    const options = await openOptions(context, extensionId);
    const enforced = await options.evaluate(async () => {
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return { directive: await violation, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(enforced).toEqual({ directive: 'script-src-elem', inlineRan: false });
    await options.close();
  });
});
