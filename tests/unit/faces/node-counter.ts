import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFaceCounter, type FaceCounter } from '../../../src/faces/detector';
import { NODE_MODULES } from './photos';

// The extension's counter in Node: the same WASM backend and model files,
// read from node_modules instead of the extension's own folder.

let counter: Promise<FaceCounter> | undefined;

export function nodeFaceCounter(): Promise<FaceCounter> {
  counter ??= (async () => {
    setWasmPaths(join(NODE_MODULES, '@tensorflow/tfjs-backend-wasm/dist') + '/');
    await tf.setBackend('wasm');
    await tf.ready();
    const dir = join(NODE_MODULES, '@vladmandic/human/models');
    const bin = readFileSync(join(dir, 'blazeface.bin'));
    return loadFaceCounter({
      json: JSON.parse(readFileSync(join(dir, 'blazeface.json'), 'utf8')),
      weights: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    });
  })();
  return counter;
}
