import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentRuntime } from '../src/content/runtime';
import { instagramAdapter } from '../src/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startContentRuntime(ctx, instagramAdapter);
  },
});
