import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The card page is framed inside news pages, so it must be web-accessible; nothing else is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Background on the names in the news, as they stood on the article’s date.',
    // No permissions yet: the content script, popup and card need none (see README).
    permissions: [],
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none';",
    },
    ...(browser === 'firefox' && {
      // Backstory collects nothing; Firefox asks extensions to say so.
      browser_specific_settings: { gecko: { id: 'backstory@backstory.invalid', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
    build: { chunkSizeWarningLimit: 2048 },
  }),
});
