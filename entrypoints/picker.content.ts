import { defineContentScript } from 'wxt/utils/define-content-script';
import { announceFilePickers } from '../src/content/pickerBridge';

// The one script we run in the page's own (MAIN) world, kept tiny: it only
// announces file inputs the page opens a picker on without inserting them
// (see src/content/pickerBridge.ts). No extension API is used here.
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  world: 'MAIN',
  allFrames: true,
  runAt: 'document_start',
  main() {
    announceFilePickers(window);
  },
});
