// Test-only probe (tests/e2e/harness.spec.ts). Marks the page so the test
// knows the content script ran, and makes requests on demand.
const api = globalThis.browser ?? globalThis.chrome;
document.documentElement.setAttribute('data-probe-content-script', window === top ? 'top' : 'frame');
window.addEventListener('probe:content-fetch', () => {
  fetch('https://probe.invalid/content-script').catch(() => {});
});
window.addEventListener('probe:background-fetch', () => {
  api.runtime.sendMessage('probe-fetch').then(
    (r) => document.documentElement.setAttribute('data-probe-background-reply', String(r)),
    (e) => document.documentElement.setAttribute('data-probe-background-reply', `error: ${e && e.message}`),
  );
});
