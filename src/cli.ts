/**
 * The `kmslint` command line: parses arguments, runs a command, writes its output, returns the exit code.
 * All I/O goes through `CliIo`, so tests run the real CLI in-process.
 */
import { parseArgs } from 'node:util';
import { analyzeCommand } from './commands/analyze.js';
import { UsageError, type CliIo, type Command } from './commands/command.js';
import { lintCommand } from './commands/lint.js';
import { parseCommand } from './commands/parse.js';
import { explainCommand, rulesCommand } from './commands/rules.js';
import { testCommand } from './commands/test.js';
import { VERSION } from './version.js';

export type { CliIo } from './commands/command.js';

const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  analyze: analyzeCommand,
  test: testCommand,
  rules: rulesCommand,
  explain: explainCommand,
  parse: parseCommand,
};

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
  // `kmslint lint | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    io.stderr(`kmslint: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 2;
  }
}
