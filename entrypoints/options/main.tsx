import { render } from 'preact';
import { z } from 'zod';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/page.css';

// zod 4 probes `new Function` for its JIT, which extension pages forbid.
z.config({ jitless: true });

render(<OptionsApp />, document.getElementById('app')!);
