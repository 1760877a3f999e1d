/**
 * Zod without its JIT in the browser: zod 4 compiles fast object parsers with `new Function`,
 * and first probes whether it may by calling it. The app's Content-Security-Policy allows no
 * eval (src/compiler/prerender.ts), so even the probe is a policy violation. Every schema module
 * imports this before zod, so it runs before any schema is built (schemas read it when created).
 * On Node (the content compiler, tests) the JIT stays on.
 */
import { config } from 'zod';

if (!('process' in globalThis)) config({ jitless: true });
