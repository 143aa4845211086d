/** `kmslint parse`: the loaders' view of a file — the normalized key policies, before any rule runs. */
import { DEFAULT_LOAD_OPTIONS, INPUT_KINDS, loadFile } from '../loaders/file.js';
import { discoverFiles } from '../files.js';
import { INPUT_FILE_PATTERNS, SKIPPED_PATTERNS } from '../lint.js';
import { formatDiagnostic } from '../report/location.js';
import type { KeyPolicyDocument } from '../types.js';
import { LIMIT_HELP, LIMIT_OPTIONS, UsageError, limitOptions, oneOf, type Command } from './command.js';

export const parseCommand: Command = {
  summary: 'print the normalized key policies found in files (the loaders\' view, for debugging)',
  help: `Usage: kmslint parse [options] <paths...>

Prints, as JSON, every key policy kmslint finds in the files: where it is (file, line, column, JSON
pointer), its resource (CloudFormation logical id, Terraform address, key ARN), the facts read beside it
(owner account, key usage, lockout bypass, the CloudTrail event), and the normalized policy with a
location on every value; unresolved values (CloudFormation intrinsics, Terraform values known only after
apply) are marked "unresolved". Attach it to bug reports about a verdict.

Options:
  --input KIND             auto (default), policy, cloudformation, terraform-plan, cloudtrail
${LIMIT_HELP}
  -h, --help               show this help

Exit codes: 0 parsed; 2 a file could not be read.

Example:
  kmslint parse template.yaml | jq '.[0].policy.statements[0].principal'
`,
  options: { input: { type: 'string', default: 'auto' }, ...LIMIT_OPTIONS },
  async run(values, positionals, io) {
    const input = oneOf('input', values.input, INPUT_KINDS);
    const limits = limitOptions(values);
    if (positionals.length === 0) throw new UsageError('name at least one file, e.g. kmslint parse template.yaml');
    const discovered = await discoverFiles(positionals, { cwd: io.cwd, include: INPUT_FILE_PATTERNS, exclude: SKIPPED_PATTERNS });
    const diagnostics = [...discovered.diagnostics];
    const documents: KeyPolicyDocument[] = [];
    for (const file of discovered.files) {
      const loaded = await loadFile(file, { ...DEFAULT_LOAD_OPTIONS, ...limits, input });
      documents.push(...loaded.documents);
      diagnostics.push(...loaded.diagnostics);
    }
    for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    io.stdout(`${JSON.stringify(documents.map(serializeDocument), null, 2)}\n`);
    return diagnostics.some((d) => d.severity === 'error') ? 2 : 0;
  },
};

function serializeDocument(document: KeyPolicyDocument): Record<string, unknown> {
  const { event, ...facts } = document.facts;
  const { record: _record, ...eventFields } = event ?? { record: null };
  return {
    source: document.source,
    resource: document.resource,
    ...(document.cdkPath ? { cdkPath: document.cdkPath } : {}),
    location: document.loc,
    embedded: document.embedded,
    facts: { ...facts, ...(event ? { event: eventFields } : {}) },
    ...(document.unknown ? { unknown: document.unknown } : {}),
    policy: document.policy,
  };
}
