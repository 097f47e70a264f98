import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// The benchmark builds a second copy with a synthetic 100k-name index in its own folder.
const benchIndex = process.env.BACKSTORY_SPOTTER_INDEX;

// The card page is framed inside news pages, so it must be web-accessible; nothing else is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(benchIndex && { outDir: '.output/bench' }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Background on the names in the news, as they stood on the article’s date.',
    // contextMenus: the "Track this name" entry on selected text (see README). Nothing else is needed.
    permissions: ['contextMenus'],
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    // The keyboard path to the cards (highlights are invisible to screen readers).
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Right' }, description: 'Open the card of the next marked name' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Left' }, description: 'Open the card of the previous marked name' },
    },
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none';",
    },
    ...(browser === 'firefox' && {
      // Backstory collects nothing; Firefox asks extensions to say so.
      browser_specific_settings: { gecko: { id: 'backstory@backstory.invalid', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
    build: { chunkSizeWarningLimit: 2048 },
    resolve: {
      alias: benchIndex ? [{ find: /^.*\/generated\/spotter-index\.json$/, replacement: resolve(benchIndex) }] : [],
    },
  }),
});
