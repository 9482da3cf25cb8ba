import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { FACE_ASSETS } from './src/faces/assets';
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
    // SL_NO_MINIFY=1: readable function names in npm run trace:e2e -- --profile.
    ...(process.env.SL_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: 'Second Look',
    description: "Checks a teacher's posts and messages against the district's social-media policy, on the device.",
    // storage only: settings, the teacher's district, the local audit log.
    // Host access comes from the four sites' content-script matches alone.
    // offscreen (Chrome): the face counter's page, opened when a picture is attached.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The face counter runs WebAssembly; nothing else is loosened.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          // A fixed add-on id: Firefox keys managed storage (policies.json
          // 3rdparty.Extensions.<id>) and storage.sync on it.
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the oldest ESR still supported (and the first with data_collection_permissions).
              strict_min_version: '140.0',
              // Nothing leaves the device (Firefox 140+ shows this at install).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // A fixed id (src/extension-ids.ts): Chrome keys managed policy
          // (3rdparty.extensions.<id>) and force-install lists on it.
          key: CHROME_PUBLIC_KEY,
          // Chrome checks managed-policy values against this schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  hooks: {
    // The face detector's model and WebAssembly kernels, from node_modules into the build.
    'build:publicAssets': (_wxt, files) => {
      for (const a of FACE_ASSETS) files.push({ absoluteSrc: resolve('node_modules', a.src), relativeDest: a.dest });
    },
  },
  zip: {
    // The sources zip (Firefox reviewers rebuild from it) holds what git
    // tracks. Private signing keys never go in (scripts/zip.mjs checks).
    excludeSources: [
      '**/*.pem',
      'keys/**',
      'dist/**',
      '.cache/**',
      'test-results*/**',
      'playwright-report/**',
      'tests/pages/dist/**',
      'tests/pages/dist.*/**',
      '.output*/**',
    ],
  },
});
