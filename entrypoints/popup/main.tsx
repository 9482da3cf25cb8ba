import { render } from 'preact';
import { z } from 'zod';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/page.css';

// zod 4 probes `new Function` for its JIT, which extension pages forbid.
z.config({ jitless: true });

render(<PopupApp />, document.getElementById('app')!);
