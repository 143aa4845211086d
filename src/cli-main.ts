/** Entry point of the bundled CLI (lib/kmslint.mjs): one file to load, for a fast start. */
import { main } from './cli.js';

await main();
