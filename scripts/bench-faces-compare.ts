// Companion of `npm run bench:faces`: the alternatives we weighed
// against BlazeFace, on the same labelled photos, in the same Chromium, on
// the same WASM backend: @vladmandic/face-api's Tiny Face Detector and
// SSD-MobileNet v1 (weights shipped in its npm package). face-api bundles
// its own TensorFlow.js 4.22, so it runs in a page of its own, its files
// served from node_modules to a local-only origin. Prints accuracy, median
// time per picture (wall and CPU) and model size.
//
//   node scripts/run-ts.mjs scripts/bench-faces-compare.ts

import { chromium } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { CROWD, NO_PEOPLE, PEOPLE, collage, downscale, loadPhoto, NODE_MODULES } from '../tests/unit/faces/photos';

const CHROMIUM = process.env.SL_CHROMIUM ?? '/usr/lib/chromium/chromium';
const ORIGIN = 'http://bench.invalid';

const dataUrl = (p: { data: Uint8Array | Uint8ClampedArray; width: number; height: number }) =>
  `data:image/jpeg;base64,${Buffer.from(jpeg.encode({ data: Buffer.from(p.data), width: p.width, height: p.height }, 90).data).toString('base64')}`;

const photos = [
  ...PEOPLE.map((p) => ({ people: true, label: p.faces, note: p.note, url: dataUrl(loadPhoto(p)) })),
  ...NO_PEOPLE.map((p) => ({ people: false, label: 0, note: p.note, url: dataUrl(loadPhoto(p)) })),
  { people: true, label: CROWD.faces, note: 'crowd collage', url: dataUrl(downscale(collage(CROWD.files, CROWD.columns), 640)) },
];

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const size = (files: string[]) => files.reduce((a, f) => a + statSync(join(NODE_MODULES, '@vladmandic/face-api/model', f)).size, 0);

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>compare</title>' });
    const file = path.startsWith('/wasm/') ? join(NODE_MODULES, '@tensorflow/tfjs-backend-wasm/dist', path.slice(6)) : join(NODE_MODULES, '@vladmandic/face-api', path);
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return route.fulfill({ body: readFileSync(file), contentType: type });
  });
  // Anything else (there should be nothing) is refused.
  await page.route(/^(?!http:\/\/bench\.invalid)https?:/, (route) => route.abort());
  await page.goto(`${ORIGIN}/`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000;
  await page.evaluate(async (origin) => {
    const faceapi = await import(`${origin}/dist/face-api.esm.js`);
    (window as unknown as { faceapi: unknown }).faceapi = faceapi;
    faceapi.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    faceapi.tf.setWasmPaths(`${origin}/wasm/`);
    await faceapi.tf.setBackend('wasm');
    await faceapi.tf.ready();
    await faceapi.nets.tinyFaceDetector.loadFromUri(`${origin}/model`);
    await faceapi.nets.ssdMobilenetv1.loadFromUri(`${origin}/model`);
  }, ORIGIN);

  const detectors = [
    { name: 'face-api Tiny Face Detector (416, score 0.5)', js: 'new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 })', model: ['tiny_face_detector_model.bin', 'tiny_face_detector_model-weights_manifest.json'] },
    { name: 'face-api SSD-MobileNet v1 (score 0.5)', js: 'new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 100 })', model: ['ssd_mobilenetv1_model.bin', 'ssd_mobilenetv1_model-weights_manifest.json'] },
  ];
  console.log(`alternatives on the labelled set (${photos.length} photos, longest side <= 640), Chromium headless, WASM backend; load average ${loadavg()[0].toFixed(1)}`);
  for (const d of detectors) {
    const wall: number[] = [];
    const cpus: number[] = [];
    const got: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const [i, p] of photos.entries()) {
        const c0 = await cpu();
        const r = await page.evaluate(
          async ({ url, js }) => {
            const w = window as unknown as { faceapi: { detectAllFaces(i: unknown, o: unknown): Promise<unknown[]> } };
            const img = new Image();
            img.src = url;
            await img.decode();
            const t0 = performance.now();
            const faces = await w.faceapi.detectAllFaces(img, new Function('faceapi', `return ${js}`)(w.faceapi));
            return { n: faces.length, ms: performance.now() - t0 };
          },
          { url: p.url, js: d.js },
        );
        if (round === 1) {
          wall.push(r.ms);
          cpus.push((await cpu()) - c0);
          got[i] = r.n;
        }
      }
    }
    const people = photos.filter((p) => p.people);
    const close = people.filter((p) => Math.abs(got[photos.indexOf(p)] - p.label) <= 1).length;
    const clean = photos.filter((p) => !p.people && got[photos.indexOf(p)] === 0).length;
    const crowd = got[photos.length - 1];
    console.log(`  ${d.name}: people within +-1 ${close}/${people.length}, no people -> 0 ${clean}/${photos.length - people.length}, crowd ${crowd}/22; median ${median(wall).toFixed(1)} ms wall, ${median(cpus).toFixed(1)} ms CPU; model ${(size(d.model) / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
}
