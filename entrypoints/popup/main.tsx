import '../../components/theme.css';
import { browser } from 'wxt/browser';
import { refreshPages } from '../../messaging/refreshPages';
import { sendToTab } from '../../messaging/rpc';
import { BackstoryDB } from '../../notebook/db';
import { loadBundledLookup } from '../../factbase/loadBundled';
import { mountPage } from '../../components/mount';
import { PopupApp } from '../../components/PopupApp';
import { entityIdInHash } from '../../components/fullCard';

// Opened as a page (tests, "open in tab") the popup is told its tab; as a popup it asks.
async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const loadSummary = async () => {
  const tab = await targetTab();
  return tab === undefined ? { ok: false as const, error: 'no tab' } : sendToTab(tab, 'page/summary', {});
};

// The fact base is its own chunk, loaded when PopupApp asks: the page's list and the latest notes
// need none of it; search and cards wait for it.
mountPage(document.getElementById('app')!, new BackstoryDB(),
  <PopupApp lookup={loadBundledLookup} loadSummary={loadSummary} now={Date.now} refreshPages={refreshPages}
    openNotebook={() => void browser.runtime.openOptionsPage()}
    initialEntity={entityIdInHash(location.hash)} />);
