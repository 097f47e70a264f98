import type { Page } from 'playwright-core';

/** Every row of every table of the notebook, read with plain IndexedDB inside an extension page. */
export function readNotebook(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(() => new Promise<Record<string, unknown[]>>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        const req = tx.objectStore(name).getAll();
        req.onsuccess = () => { out[name] = req.result as unknown[]; };
      }
      tx.oncomplete = () => { db.close(); resolve(out); };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Terminates the extension's service worker, as Chrome does when it idles out or is killed, by
 * closing its DevTools target from an extension page's session, and waits until it is gone.
 * (ServiceWorker.stopAllWorkers leaves a worker that DevTools is attached to running.)
 */
export async function stopServiceWorker(extensionPage: Page, extensionId: string): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const ours = async () => (await cdp.send('Target.getTargets')).targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  try {
    const closing = new Set((await ours()).map((t) => t.targetId));
    // Any event (a page's message) starts a new worker at once; only these have to be gone. A
    // worker that is still starting may refuse to close, so the request is repeated.
    for (let i = 0; i < 100; i++) {
      const left = (await ours()).filter((t) => closing.has(t.targetId));
      if (left.length === 0) return;
      if (i % 10 === 0) for (const t of left) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      await sleep(50);
    }
    throw new Error('the service worker did not stop');
  } finally {
    await cdp.detach();
  }
}
