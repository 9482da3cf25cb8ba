import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Second Look',
    description: "Checks a teacher's posts and messages against the district's social-media policy, on the device.",
    permissions: ['storage'],
  },
});
