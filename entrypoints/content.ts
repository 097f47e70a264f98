import '../page/highlights.css';
import { shouldRead } from '../reader/frameGate';
import { startReader } from '../reader/startReader';
import { remoteSpotter } from '../spotter/remoteSpotter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles are sometimes framed (embeds, AMP viewers); each frame reads its own text.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (shouldRead(window)) startReader(document, remoteSpotter, ctx.signal);
  },
});
