/** What every subcommand shares: its shape, usage errors, and the zone-of-trust options. */
import type { ParseArgsConfig } from 'node:util';
import { parseSize } from '../files.js';
import type { EngineOptions } from '../engine/evaluate.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR forces it (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}

/** A mistake in how kmslint was called: reported with a hint, exit code 2. */
export class UsageError extends Error {}

export interface Command {
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], io: CliIo): Promise<number>;
}

export const TRUST_OPTIONS = {
  'owner-account': { type: 'string' },
  'trusted-account': { type: 'string', multiple: true },
  'trusted-org': { type: 'string', multiple: true },
} as const;

export const TRUST_HELP = `  --owner-account ID       the account that owns the key (12 digits); its principals are "account"
  --trusted-account ID     another account inside your zone of trust (repeatable)
  --trusted-org ID         an AWS Organizations id (o-…) inside your zone of trust (repeatable)`;

export function trustOptions(values: Record<string, unknown>): Pick<EngineOptions, 'ownerAccount' | 'trustedAccounts' | 'trustedOrgs'> {
  const owner = values['owner-account'] as string | undefined;
  const trustedAccounts = (values['trusted-account'] as string[] | undefined) ?? [];
  const trustedOrgs = (values['trusted-org'] as string[] | undefined) ?? [];
  for (const account of [...(owner ? [owner] : []), ...trustedAccounts]) {
    if (!/^\d{12}$/.test(account)) throw new UsageError(`an AWS account id has exactly 12 digits (got "${account}")`);
  }
  for (const org of trustedOrgs) {
    if (!/^o-[a-z0-9]{10,32}$/.test(org)) throw new UsageError(`an AWS Organizations id looks like o-a1b2c3d4e5 (got "${org}")`);
  }
  return { ...(owner ? { ownerAccount: owner } : {}), trustedAccounts, trustedOrgs };
}

export const LIMIT_OPTIONS = {
  'max-file-size': { type: 'string' },
  'max-decompressed-size': { type: 'string' },
} as const;

export const LIMIT_HELP = `  --max-file-size SIZE     refuse files larger than SIZE, e.g. 2GB (default: 512MB; NDJSON logs are
                           streamed and not limited)
  --max-decompressed-size SIZE
                           stop a gzip file that inflates beyond SIZE (default: 1GB), against gzip bombs`;

/** The input size limits given on the command line, in bytes. */
export function limitOptions(values: Record<string, unknown>): { maxFileBytes?: number; maxDecompressedBytes?: number } {
  const size = (option: string): number | undefined => {
    const text = values[option] as string | undefined;
    if (text === undefined) return undefined;
    const parsed = parseSize(text);
    if (parsed === null) throw new UsageError(`--${option} takes a size such as 800MB, 2GB or 1048576 (got "${text}")`);
    return parsed;
  };
  const maxFileBytes = size('max-file-size');
  const maxDecompressedBytes = size('max-decompressed-size');
  return { ...(maxFileBytes ? { maxFileBytes } : {}), ...(maxDecompressedBytes ? { maxDecompressedBytes } : {}) };
}

export function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
  return value as T;
}
