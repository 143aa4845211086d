/** `kmslint lint`: evaluate the rules on key policies and report findings. */
import { FAIL_ON_LEVELS, exitCode, lint } from '../lint.js';
import { INPUT_KINDS } from '../loaders/file.js';
import { formatFindingsJson, formatFindingsText } from '../report/findings.js';
import { formatDiagnostic } from '../report/location.js';
import { VERSION } from '../version.js';
import { TRUST_HELP, TRUST_OPTIONS, oneOf, trustOptions, type Command } from './command.js';

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

Options:
  --format text|json       output format (default: text); json is the versioned output contract
  --fail-on SEVERITY       lowest severity that fails the run: critical, high, medium, low (default: low;
                           info findings never fail)
  --soft-fail              exit 0 even with findings or unreadable inputs (broken rules still exit 2)
  --rules DIR              add a directory of your own rules to the built-in ones (repeatable)
  --exclude GLOB           skip files matching this glob (repeatable)
  --input KIND             auto (default), policy, cloudformation, terraform-plan, cloudtrail
${TRUST_HELP}
  --if-exists-always-present
                           count ...IfExists conditions on keys present in every KMS call
                           (kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalArn, aws:userid) as
                           restricting
  --attempts report|ignore what a failed CloudTrail call that set a flagged policy becomes (default: report,
                           as a low "attempt" finding)
  -h, --help               show this help

Exit codes: 0 no violation or unknown finding at or above --fail-on; 1 there are; 2 the command line, a
rule file or an input could not be read.

Examples:
  kmslint lint
  kmslint lint --owner-account 111122223333 --trusted-org o-a1b2c3d4e5 policies/
  kmslint lint --fail-on high --format json 'keys/**/*.json' > kmslint.json
  kmslint lint --rules ./my-rules policies/
  terraform show -json plan.out > plan.json && kmslint lint plan.json
  kmslint lint --attempts ignore cloudtrail-logs/AWSLogs/
`,
  options: {
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: 'low' },
    'soft-fail': { type: 'boolean', default: false },
    rules: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'if-exists-always-present': { type: 'boolean', default: false },
    attempts: { type: 'string', default: 'report' },
    input: { type: 'string', default: 'auto' },
    ...TRUST_OPTIONS,
  },
  async run(values, positionals, io) {
    const format = oneOf('format', values.format, ['text', 'json'] as const);
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON_LEVELS);
    const attempts = oneOf('attempts', values.attempts, ['report', 'ignore'] as const);
    const input = oneOf('input', values.input, INPUT_KINDS);
    const result = await lint({
      paths: positionals.length > 0 ? positionals : ['.'],
      cwd: io.cwd,
      rulesDirs: (values.rules as string[] | undefined) ?? [],
      exclude: (values.exclude as string[] | undefined) ?? [],
      input,
      engine: { ...trustOptions(values), attempts, ...(values['if-exists-always-present'] ? { ifExistsAlwaysPresent: true } : {}) },
    });
    for (const diagnostic of [...result.ruleDiagnostics, ...result.diagnostics]) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (!result.ruleDiagnostics.some((d) => d.severity === 'error')) {
      io.stdout(format === 'json' ? formatFindingsJson(result, VERSION) : formatFindingsText(result));
    }
    return exitCode(result, failOn, Boolean(values['soft-fail']));
  },
};
