/** `kmslint analyze`: the per-statement analysis of bare key-policy documents, for debugging policies. */
import { analyzePolicy, type AnalysisOptions } from '../policy/analyze.js';
import { discoverFiles, readTextFile } from '../files.js';
import { loadPolicyDocument } from '../loaders/policy.js';
import type { AnalyzedFile } from '../report/analysis.js';
import { formatAnalysisJson, formatAnalysisText } from '../report/analysis.js';
import { formatDiagnostic } from '../report/location.js';
import { ISSUE_LEVEL, type Diagnostic } from '../types.js';
import { VERSION } from '../version.js';
import { TRUST_HELP, TRUST_OPTIONS, UsageError, oneOf, trustOptions, type Command } from './command.js';

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

export const analyzeCommand: Command = {
  summary: 'show who each statement of a key policy lets in, and what it grants',
  help: `Usage: kmslint analyze [options] <policy.json|policy.yaml|directory>...

Prints, for every statement of each bare key-policy document: the principals and their classes, the
actions granted per capability (encrypt, decrypt, admin, escalation, read-only), the exposure (public,
network, cross-account, account, unknown) with the condition that decided it, and any Deny statement
that neutralises it. Directories are searched for *.json, *.yaml and *.yml files that hold a policy.

Options:
  --format text|json       output format (default: text)
${TRUST_HELP}
  --key-usage USAGE        ENCRYPT_DECRYPT (default), SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT
  --key-spec SPEC          SYMMETRIC_DEFAULT (default), RSA_2048, ECC_NIST_P256, …
  -h, --help               show this help

Exit codes: 0 analysed; 1 a policy breaks the key-policy grammar; 2 an input could not be read or the
command line is wrong.

Examples:
  kmslint analyze examples/policies
  kmslint analyze --owner-account 111122223333 --trusted-org o-a1b2c3d4e5 key-policy.json
  kmslint analyze --format json policy.yaml | jq '.files[].policies[].statements[].exposure'
`,
  options: { format: { type: 'string', default: 'text' }, ...TRUST_OPTIONS, 'key-usage': { type: 'string' }, 'key-spec': { type: 'string' } },
  async run(values, positionals, io) {
    const format = oneOf('format', values.format, ['text', 'json'] as const);
    if (positionals.length === 0) throw new UsageError('name at least one policy file or directory, e.g. kmslint analyze examples/policies');
    const facts: { keyUsage?: string; keySpec?: string } = {};
    if (values['key-usage']) facts.keyUsage = String(values['key-usage']).toUpperCase();
    if (values['key-spec']) facts.keySpec = String(values['key-spec']).toUpperCase();
    const run = await analyzePaths(positionals, io.cwd, { ...trustOptions(values), facts });
    for (const diagnostic of run.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    io.stdout(format === 'json' ? formatAnalysisJson(run.files, VERSION) : formatAnalysisText(run.files));
    return analyzeExitCode(run);
  },
};
