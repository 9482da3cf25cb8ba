// The face detector's files, copied from node_modules into the extension at
// build time (wxt.config.ts) so the detector page loads them from the
// extension itself, never from a CDN. Paths under the extension root.

export const FACES_DIR = 'faces';

export const FACE_ASSETS = [
  // BlazeFace (MediaPipe's back-camera face detector) as a TensorFlow.js graph.
  { dest: 'faces/blazeface.json', src: '@vladmandic/human/models/blazeface.json' },
  { dest: 'faces/blazeface.bin', src: '@vladmandic/human/models/blazeface.bin' },
  // TensorFlow.js's WebAssembly kernels: SIMD, and plain for engines without SIMD.
  { dest: 'faces/tfjs-backend-wasm-simd.wasm', src: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm' },
  { dest: 'faces/tfjs-backend-wasm.wasm', src: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm' },
] as const;
