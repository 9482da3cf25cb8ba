import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentRuntime } from '../src/content/runtime';
import { xAdapter } from '../src/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startContentRuntime(ctx, xAdapter);
  },
});
