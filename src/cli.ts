/**
 * The `kmslint` command line: parses arguments, runs a command, writes its output, returns the exit code.
 * All I/O goes through `CliIo`, so tests run the real CLI in-process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { analyzeExitCode, analyzePaths } from './commands/analyze.js';
import { formatAnalysisJson, formatAnalysisText } from './report/analysis.js';
import { formatDiagnostic } from './report/location.js';

export const VERSION: string = packageJson.version;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** A mistake in how kmslint was called: reported with a hint, exit code 2. */
export class UsageError extends Error {}

interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], io: CliIo): Promise<number>;
}

const TRUST_OPTIONS = {
  'owner-account': { type: 'string' },
  'trusted-account': { type: 'string', multiple: true },
  'trusted-org': { type: 'string', multiple: true },
  'key-usage': { type: 'string' },
  'key-spec': { type: 'string' },
} as const;

const TRUST_HELP = `  --owner-account ID       the account that owns the key (12 digits); its principals are "account"
  --trusted-account ID     another account inside your zone of trust (repeatable)
  --trusted-org ID         an AWS Organizations id (o-…) inside your zone of trust (repeatable)
  --key-usage USAGE        ENCRYPT_DECRYPT (default), SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT
  --key-spec SPEC          SYMMETRIC_DEFAULT (default), RSA_2048, ECC_NIST_P256, …`;

const COMMANDS: Record<string, Command> = {
  analyze: {
    summary: 'show who each statement of a key policy lets in, and what it grants',
    help: `Usage: kmslint analyze [options] <policy.json|policy.yaml|directory>...

Prints, for every statement of each bare key-policy document: the principals and their classes, the
actions granted per capability (encrypt, decrypt, admin, escalation, read-only), the exposure (public,
network, cross-account, account, unknown) with the condition that decided it, and any Deny statement
that neutralises it. Directories are searched for *.json, *.yaml and *.yml files that hold a policy.

Options:
  --format text|json       output format (default: text)
${TRUST_HELP}
  -h, --help               show this help

Exit codes: 0 analysed; 1 a policy breaks the key-policy grammar; 2 an input could not be read or the
command line is wrong.

Examples:
  kmslint analyze examples/policies
  kmslint analyze --owner-account 111122223333 --trusted-org o-a1b2c3d4e5 key-policy.json
  kmslint analyze --format json policy.yaml | jq '.files[].policies[].statements[].exposure'
`,
    options: { format: { type: 'string', default: 'text' }, ...TRUST_OPTIONS },
    async run(values, positionals, io) {
      const format = String(values.format);
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
      if (positionals.length === 0) throw new UsageError('name at least one policy file or directory, e.g. kmslint analyze examples/policies');
      const run = await analyzePaths(positionals, io.cwd, trustOptions(values));
      for (const diagnostic of run.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
      io.stdout(format === 'json' ? formatAnalysisJson(run.files, VERSION) : formatAnalysisText(run.files));
      return analyzeExitCode(run);
    },
  },
};

function trustOptions(values: Record<string, unknown>): {
  ownerAccount?: string; trustedAccounts: string[]; trustedOrgs: string[]; facts: { keyUsage?: string; keySpec?: string };
} {
  const owner = values['owner-account'] as string | undefined;
  const trustedAccounts = (values['trusted-account'] as string[] | undefined) ?? [];
  const trustedOrgs = (values['trusted-org'] as string[] | undefined) ?? [];
  for (const account of [...(owner ? [owner] : []), ...trustedAccounts]) {
    if (!/^\d{12}$/.test(account)) throw new UsageError(`an AWS account id has exactly 12 digits (got "${account}")`);
  }
  for (const org of trustedOrgs) {
    if (!/^o-[a-z0-9]{10,32}$/.test(org)) throw new UsageError(`an AWS Organizations id looks like o-a1b2c3d4e5 (got "${org}")`);
  }
  const facts: { keyUsage?: string; keySpec?: string } = {};
  if (values['key-usage']) facts.keyUsage = String(values['key-usage']).toUpperCase();
  if (values['key-spec']) facts.keySpec = String(values['key-spec']).toUpperCase();
  return { ...(owner ? { ownerAccount: owner } : {}), trustedAccounts, trustedOrgs, facts };
}

const MAIN_HELP = `kmslint ${VERSION} — a linter for AWS KMS key policies

Usage: kmslint <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`).join('\n')}

Options:
  -h, --help     show help (also: kmslint <command> --help)
  --version      print the version

Run "kmslint <command> --help" for the options and examples of each command.
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kmslint: ${error.message}\nRun "kmslint ${command ? `${name} ` : ''}--help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

/** Entry point for bin/kmslint.js: process I/O, and a crash is exit 2 with a message, never a silent pass. */
export async function main(): Promise<void> {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    io.stderr(`kmslint: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 2;
  }
}
