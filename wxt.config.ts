import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHROME_PUBLIC_KEY, GECKO_ID } from './src/extension-ids';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // SL_OUT_DIR lets several builds (and the e2e runs that load them) live
  // side by side; the default is WXT's own .output.
  outDir: process.env.SL_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Second Look',
    description: "Checks a teacher's posts and messages against the district's social-media policy, on the device.",
    // storage only: settings, the teacher's district, the local audit log.
    // Host access comes from the four sites' content-script matches alone.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          // A fixed add-on id: Firefox keys managed storage (policies.json
          // 3rdparty.Extensions.<id>) and storage.sync on it.
          browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } },
        }
      : {
          // A fixed id (src/extension-ids.ts): Chrome keys managed policy
          // (3rdparty.extensions.<id>) and force-install lists on it.
          key: CHROME_PUBLIC_KEY,
          // Chrome checks managed-policy values against this schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  zip: {
    // Private signing keys never go into the sources zip.
    excludeSources: ['**/*.pem', 'keys/**'],
  },
});
