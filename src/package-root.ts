/** Where kmslint's own files (built-in rules, schemas) live, whether run from src/, lib/ or a bundle. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    // lib/ holds a copy of package.json (the version comes from it), so the root is the folder with rules/ too.
    if (existsSync(manifest) && existsSync(path.join(dir, 'rules')) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kmslint') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('kmslint cannot find its own package.json; is the installation complete?');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot();
export const BUILTIN_RULES_DIR = path.join(PACKAGE_ROOT, 'rules');
