import '../page/highlights.css';
import { browser } from 'wxt/browser';
import { shouldRead } from '../reader/frameGate';
import { pageProofSignal } from '../reader/pageProofSignal';
import { startReader } from '../reader/startReader';
import { remoteSpotter } from '../spotter/remoteSpotter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles are sometimes framed (embeds, AMP viewers); each frame reads its own text.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT would otherwise post "content script started" (with our extension id) to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (shouldRead(window)) startReader(document, remoteSpotter, pageProofSignal(ctx.signal, () => browser.runtime?.id !== undefined));
  },
});
