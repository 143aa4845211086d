/** Where kmslint's own files (built-in rules, schemas) live, whether run from src/, lib/ or a bundle. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): { dir: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    // Run from src/, lib/src/ or the dist/ bundle: the root is the folder with kmslint's package.json and rules/.
    if (existsSync(manifest) && existsSync(path.join(dir, 'rules'))) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (name === 'kmslint') return { dir, version: version ?? '0.0.0' };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('kmslint cannot find its own package.json; is the installation complete?');
    dir = parent;
  }
}

const root = findRoot();
export const PACKAGE_ROOT = root.dir;
export const PACKAGE_VERSION = root.version;
export const BUILTIN_RULES_DIR = path.join(PACKAGE_ROOT, 'rules');

/**
 * A file the build makes (precompiled validators, the rules cache): beside the running bundle — lib/ for
 * the CLI, dist/ for the Action, whose checkout has no lib/ — else in lib/ (running from lib/src or src).
 */
export function builtFile(name: string): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, 'lib', name);
}
