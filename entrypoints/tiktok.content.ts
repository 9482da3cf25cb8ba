import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentRuntime } from '../src/content/runtime';
import { tiktokAdapter } from '../src/sites/tiktok';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // The legacy /creator-center/upload page hosts the uploader in an iframe.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main(ctx) {
    startContentRuntime(ctx, tiktokAdapter);
  },
});
