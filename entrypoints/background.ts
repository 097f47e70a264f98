import { browser } from 'wxt/browser';
import { handleMessages, isOwnContentScript } from '../messaging/rpc';
import { spotShared } from '../spotter/sharedIndex';

export default defineBackground(() => {
  handleMessages(
    {
      // The badge shows how many known entities the tab's page names.
      'page/annotated': async ({ entities }, sender) => {
        await browser.action.setBadgeText({ tabId: sender.tab!.id!, text: entities ? String(entities) : '' });
        return null;
      },
      'spot/match': ({ texts }) => spotShared(texts),
    },
    (sender) => isOwnContentScript(sender),
  );
});
