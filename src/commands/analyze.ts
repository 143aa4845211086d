/** `kmslint analyze`: the per-statement analysis of bare key-policy documents, for debugging policies. */
import { analyzePolicy, type AnalysisOptions } from '../policy/analyze.js';
import { discoverFiles, readTextFile } from '../files.js';
import { loadPolicyDocument } from '../loaders/policy.js';
import type { AnalyzedFile } from '../report/analysis.js';
import { ISSUE_LEVEL, type Diagnostic } from '../types.js';

export const POLICY_FILE_PATTERNS = ['**/*.json', '**/*.yaml', '**/*.yml'];

export interface AnalyzeRun {
  files: AnalyzedFile[];
  /** Diagnostics that belong to no file (a path that does not exist). */
  diagnostics: Diagnostic[];
}

export async function analyzePaths(paths: readonly string[], cwd: string, options: AnalysisOptions): Promise<AnalyzeRun> {
  const discovered = await discoverFiles(paths, { cwd, include: POLICY_FILE_PATTERNS });
  const files: AnalyzedFile[] = [];
  for (const file of discovered.files) {
    const read = await readTextFile(file);
    if (read.text === null) {
      files.push({ file: file.display, documents: [], diagnostics: read.diagnostics });
      continue;
    }
    const loaded = loadPolicyDocument(read.text, file.display, { explicit: file.explicit });
    if (loaded.skipped) continue;
    files.push({
      file: file.display,
      documents: loaded.documents.map((document) => ({
        document,
        analysis: document.policy ? analyzePolicy(document.policy, { ...options, facts: { ...document.facts, ...options.facts } }) : null,
      })),
      diagnostics: loaded.diagnostics,
    });
  }
  return { files, diagnostics: discovered.diagnostics };
}

/** 2 when an input could not be read, 1 when a policy breaks the grammar, else 0. */
export function analyzeExitCode(run: AnalyzeRun): number {
  const diagnostics = [...run.diagnostics, ...run.files.flatMap((f) => f.diagnostics)];
  if (diagnostics.some((d) => d.severity === 'error')) return 2;
  const malformed = run.files.some((f) => f.documents.some((d) => d.analysis?.issues.some((issue) => ISSUE_LEVEL[issue.code] === 'error')));
  return malformed ? 1 : 0;
}
