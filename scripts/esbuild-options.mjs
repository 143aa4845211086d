// The one esbuild configuration for every bundle kmslint ships (the CLI, its loader thread, the Action).
// `entry` is a file, or { contents, resolveDir } for source made by a script (the Action's validators).
export function nodeBundle(entry, outfile, extra = {}) {
  return {
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: entry }),
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
