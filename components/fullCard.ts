import { browser } from 'wxt/browser';
import type { FactLookup } from '../factbase/lookup';

/**
 * The full card is the popup page in a tab of its own, named by the entity's public id (nothing
 * of the reader's). With the article's tab id, it shows the facts as of that article's date.
 */
export function fullCardUrl(extensionRoot: string, entityId: string, tabId?: number): string {
  const query = tabId !== undefined && Number.isInteger(tabId) && tabId > 0 ? `?tab=${tabId}` : '';
  return `${extensionRoot}popup.html${query}#entity=${encodeURIComponent(entityId)}`;
}

/** The entity a popup page's hash names, if the fact base knows it; anything else opens the plain popup. */
export function entityFromHash(hash: string, lookup: FactLookup): string | null {
  const id = entityIdInHash(hash);
  return id && lookup.get(id) ? id : null;
}

/** The id an "Open card" address names, unchecked: the popup shows it once the fact base knows it. */
export function entityIdInHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('entity');
}

/** "Open card" in the hover card: a new tab beside the article. */
export async function openFullCard(entityId: string): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  await browser.tabs.create({
    url: fullCardUrl(browser.runtime.getURL('/'), entityId, tab?.id),
    ...(tab?.index !== undefined && { index: tab.index + 1 }),
  });
}
