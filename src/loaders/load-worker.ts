/** A loader thread: files in, documents out (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../files.js';
import { loadFile, type LoadOptions } from './file.js';

parentPort!.on('message', (message: { id: number; file: DiscoveredFile; options: LoadOptions }) => {
  loadFile(message.file, message.options).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
