// The one esbuild configuration for every bundle kmslint ships (the CLI, its loader thread, the Action).
export function nodeBundle(entry, outfile, extra = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (ajv, fast-glob) call require() for Node's built-ins; ESM has none of its own.
    banner: { js: "import { createRequire as __kmslintCreateRequire } from 'node:module';\nconst require = __kmslintCreateRequire(import.meta.url);" },
    ...extra,
  };
}
