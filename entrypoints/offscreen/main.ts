import { startFaceCounterPage } from '../../src/faces/page';

// The face counter's page: Chrome opens it as an offscreen document, the
// Firefox background page as a hidden frame (src/faces/host.ts).
startFaceCounterPage();
