import '../page/highlights.css';
import { bundledSpotterIndex } from '../spotter/bundledIndex';
import { startReader } from '../reader/startReader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startReader(document, bundledSpotterIndex, ctx.signal);
  },
});
