import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentRuntime } from '../src/content/runtime';
import { facebookAdapter } from '../src/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  // document_start: our capture listeners must be registered before the
  // site's own (React delegates at its root, which comes later).
  runAt: 'document_start',
  main(ctx) {
    startContentRuntime(ctx, facebookAdapter);
  },
});
