import '../page/highlights.css';
import { startReader } from '../reader/startReader';
import { remoteSpotter } from '../spotter/remoteSpotter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startReader(document, remoteSpotter, ctx.signal);
  },
});
