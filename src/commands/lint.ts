/** `kmslint lint`: evaluate the rules on key policies and report findings in one or more formats. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findConfig, loadConfig } from '../config-loader.js';
import { FAIL_ON_LEVELS, exitCode, lint, writeBaseline, type LintResult, type Progress } from '../lint.js';
import { INPUT_KINDS } from '../loaders/file.js';
import { formatFindingsJson, formatFindingsText } from '../report/findings.js';
import { annotationsFor, formatGithubCommands } from '../report/github.js';
import { formatJunit } from '../report/junit.js';
import { formatDiagnostic } from '../report/location.js';
import { formatProgress } from '../report/progress.js';
import { formatSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { LIMIT_HELP, LIMIT_OPTIONS, TRUST_HELP, TRUST_OPTIONS, UsageError, limitOptions, oneOf, trustOptions, useColor, type CliIo, type Command } from './command.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];

export const lintCommand: Command = {
  summary: 'check key policies against the rules (default: the current directory)',
  help: `Usage: kmslint lint [options] [paths...]

Evaluates every rule on every key policy found in the paths: files, directories or globs (default ".").
Each file is recognised by its content: a bare key policy (JSON/YAML, or "aws kms get-key-policy" output),
a CloudFormation template (YAML/JSON, CDK synth output, SAM; cdk.out manifests are followed), a Terraform
plan or state from "terraform show -json", or CloudTrail events in any container (S3 log files, also
.json.gz; NDJSON; EventBridge; lookup-events; CloudWatch Logs subscriptions; OCSF from Security Lake).
Directories are searched for *.json, *.yaml, *.yml, *.template, *.ndjson, *.jsonl, *.log (and .gz);
node_modules, .git and CloudTrail digest files are skipped, as are files that are none of the above.

Output:
  --format FORMAT[:FILE]   text (default), json, sarif, github (workflow-command annotations) or junit;
                           repeat it for several formats, each to stdout or to FILE:
                           --format text --format sarif:kmslint.sarif
  --output FILE            write the (single) format to FILE instead of stdout
  --show-suppressed        list suppressed findings in text output (they are always counted)
  --progress               show progress on stderr even when it is not a terminal

Failing:
  --fail-on SEVERITY       lowest severity that fails the run: critical, high, medium, low (default: low,
                           or failOn in .kmslint.yaml; info findings never fail)
  --soft-fail              exit 0 even with findings or unreadable inputs (broken rules still exit 2)
  --baseline FILE          report only findings that are not in this baseline
  --baseline-write FILE    record the current findings as the baseline (by fingerprint, not line)

Rules and configuration:
  --config FILE            the configuration file (default: .kmslint.yaml in this directory or above)
  --rules DIR              add a directory of your own rules to the built-in ones (repeatable)
  --exclude GLOB           skip files matching this glob (repeatable)
  --input KIND             auto (default), policy, cloudformation, terraform-plan, cloudtrail
${LIMIT_HELP}
${TRUST_HELP}
  --if-exists-always-present
                           count ...IfExists conditions on keys present in every KMS call
                           (kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalArn, aws:userid) as
                           restricting
  --attempts report|ignore what a failed CloudTrail call that set a flagged policy becomes (default: report,
                           as a low "attempt" finding)
  -h, --help               show this help

Exit codes: 0 no violation or unknown finding at or above --fail-on; 1 there are; 2 the command line,
the configuration, a rule file or an input could not be read.

Examples:
  kmslint lint
  kmslint lint --owner-account 111122223333 --trusted-org o-a1b2c3d4e5 policies/
  kmslint lint --fail-on high --format text --format sarif:kmslint.sarif infra/
  kmslint lint --baseline-write .kmslint-baseline.json && kmslint lint --baseline .kmslint-baseline.json
  terraform show -json plan.out > plan.json && kmslint lint plan.json
  kmslint lint --attempts ignore cloudtrail-logs/AWSLogs/
`,
  options: {
    format: { type: 'string', multiple: true },
    output: { type: 'string' },
    'show-suppressed': { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false },
    'fail-on': { type: 'string' },
    'soft-fail': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'baseline-write': { type: 'string' },
    config: { type: 'string' },
    rules: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'if-exists-always-present': { type: 'boolean', default: false },
    attempts: { type: 'string' },
    input: { type: 'string', default: 'auto' },
    ...LIMIT_OPTIONS,
    ...TRUST_OPTIONS,
  },
  async run(values, positionals, io) {
    const outputs = parseFormats((values.format as string[] | undefined) ?? ['text'], values.output as string | undefined);
    const input = oneOf('input', values.input, INPUT_KINDS);
    const limits = limitOptions(values);
    const attempts = values.attempts === undefined ? undefined : oneOf('attempts', values.attempts, ['report', 'ignore'] as const);

    const configFile = (values.config as string | undefined) ?? findConfig(io.cwd);
    const loaded = configFile ? await loadConfig(configFile, io.cwd) : null;
    for (const diagnostic of loaded?.diagnostics ?? []) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (loaded?.diagnostics.some((d) => d.severity === 'error')) return 2;
    const failOn = oneOf('fail-on', values['fail-on'] ?? loaded?.config.failOn ?? 'low', FAIL_ON_LEVELS);

    const progressOn = Boolean(values.progress) || io.stderrIsTTY;
    const started = Date.now();
    let lastDraw = 0;
    const onProgress = progressOn ? (progress: Progress): void => {
      const now = Date.now();
      if (now - lastDraw < 100 && progress.done < progress.total) return;
      lastDraw = now;
      io.stderr(`\r${formatProgress(progress, now - started)}\u001b[K`);
    } : undefined;

    const result = await lint({
      paths: positionals.length > 0 ? positionals : ['.'],
      cwd: io.cwd,
      rulesDirs: (values.rules as string[] | undefined) ?? [],
      exclude: (values.exclude as string[] | undefined) ?? [],
      input,
      ...limits,
      ...(loaded ? { config: loaded.config, configRuleIds: loaded.ruleIdLocations } : {}),
      ...(values.baseline ? { baseline: values.baseline as string } : {}),
      engine: { ...trustOptions(values), ...(attempts ? { attempts } : {}), ...(values['if-exists-always-present'] ? { ifExistsAlwaysPresent: true } : {}) },
      ...(onProgress ? { onProgress } : {}),
    });
    if (onProgress) io.stderr('\r\u001b[K');
    for (const diagnostic of [...result.ruleDiagnostics, ...result.diagnostics]) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (result.ruleDiagnostics.some((d) => d.severity === 'error')) return 2;

    for (const { format, file } of outputs) {
      const text = await render(format, result, io, { toTerminal: file === null, showSuppressed: Boolean(values['show-suppressed']) });
      if (file === null) io.stdout(text);
      else {
        try {
          await mkdir(path.dirname(path.resolve(io.cwd, file)), { recursive: true });
          await writeFile(path.resolve(io.cwd, file), text);
        } catch (error) {
          io.stderr(`kmslint: cannot write the ${format} report to ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
          return 2;
        }
      }
    }
    if (values['baseline-write']) {
      const count = await writeBaseline(values['baseline-write'] as string, io.cwd, result.findings);
      io.stderr(`kmslint: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${values['baseline-write'] as string}\n`);
    }
    return exitCode(result, failOn, Boolean(values['soft-fail']));
  },
};

function parseFormats(specs: string[], output: string | undefined): { format: Format; file: string | null }[] {
  const outputs = specs.map((spec) => {
    const colon = spec.indexOf(':');
    const format = oneOf('format', colon < 0 ? spec : spec.slice(0, colon), FORMATS);
    const file = colon < 0 ? null : spec.slice(colon + 1);
    if (file === '') throw new UsageError(`--format ${format}: needs a file name after the colon`);
    return { format, file };
  });
  if (output !== undefined) {
    if (outputs.length !== 1 || outputs[0]!.file !== null) throw new UsageError('--output goes with a single --format; for several, write --format FORMAT:FILE');
    outputs[0]!.file = output;
  }
  if (outputs.filter((o) => o.file === null).length > 1) throw new UsageError('only one format can go to stdout; send the others to files with --format FORMAT:FILE');
  return outputs;
}

async function render(format: Format, result: LintResult, io: CliIo, options: { toTerminal: boolean; showSuppressed: boolean }): Promise<string> {
  switch (format) {
    case 'json':
      return formatFindingsJson(result, VERSION);
    case 'sarif':
      return formatSarif(result, {
        toolVersion: VERSION,
        srcRootUri: `file://${io.cwd.split(path.sep).join('/').replace(/\/?$/, '/')}`,
        relativeToRoot: (file) => file,
      });
    case 'github':
      return formatGithubCommands(annotationsFor(result));
    case 'junit':
      return formatJunit(result);
    case 'text': {
      const sources = new Map<string, string>();
      for (const file of new Set(result.findings.filter((f) => f.source === 'cloudformation' || f.source === 'policy').map((f) => f.loc.file))) {
        const text = await readFile(path.resolve(io.cwd, file), 'utf8').catch(() => null);
        if (text !== null && text.length < 5_000_000) sources.set(file, text);
      }
      return formatFindingsText(result, { color: options.toTerminal && useColor(io), sources, showSuppressed: options.showSuppressed });
    }
  }
}
