// Deterministic fuzz cases for kmslint's loaders and engine, shared by test/fuzz.test.ts (a few thousand,
// fixed seed) and scripts/fuzz.mjs (100,000+). Needs the build (lib/).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

function seedsFrom(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) seedsFrom(full, out);
    else if (/\.(json|ya?ml|ndjson)$/.test(entry.name) && !entry.name.includes('oversized')) out.push({ name: entry.name, text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** The seed inputs: every example and fixture kmslint ships, of every kind. */
export function seedCorpus() {
  return [...seedsFrom(path.join(root, 'examples'), []), ...seedsFrom(path.join(root, 'test/fixtures'), [])].filter((s) => s.text.length < 200_000);
}

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const SPICE = ['{', '}', '[', ']', '"', '\\', ':', ',', '!Ref ', '!GetAtt a.b', '*', '?', '\\u0000', '\u0000', '\uffff', '&a', '*a', '<<: *a', '---\n', '\t', '\r\n', 'null', '1e309', '-0', '"Statement"', '"Principal": "*"', '"kms:*"', '${AWS::AccountId}', '${aws:PrincipalAccount}', '"Effect": "Allow"'];

/** One case: a name whose extension steers the loader, and text or gzip bytes. */
export function makeCase(random, corpus) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const seed = pick(corpus);
  let text = seed.text;
  const mutations = 1 + Math.floor(random() * 4);
  for (let i = 0; i < mutations; i++) {
    const at = Math.floor(random() * (text.length + 1));
    switch (Math.floor(random() * 8)) {
      case 0: text = text.slice(0, at); break;
      case 1: text = text.slice(0, at) + pick(SPICE) + text.slice(at); break;
      case 2: text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40)); break;
      case 3: { const from = Math.floor(random() * text.length); text = text.slice(0, at) + text.slice(from, from + Math.floor(random() * 200)) + text.slice(at); break; }
      case 4: text = text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + text.slice(at + 1); break;
      case 5: { const depth = 50 + Math.floor(random() * 400); text = text.slice(0, at) + '['.repeat(depth) + ']'.repeat(random() < 0.5 ? depth : 0) + text.slice(at); break; }
      case 6: text = 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n' + text; break;
      default: text = text.replace(/"(Allow|Deny|\*|kms:\*)"/, (m) => pick(['"allow"', '""', '[]', '{}', '1', 'null', '"**"', m]));
    }
  }
  const gz = random() < 0.1;
  const name = gz ? `${seed.name}.gz` : random() < 0.2 ? pick(['x.json', 'x.yaml', 'x.ndjson', 'x.template', 'x.log']) : seed.name;
  if (!gz) return { name, text, bytes: null };
  let bytes = gzipSync(text);
  if (random() < 0.5) bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
  return { name, text: null, bytes };
}

/** Writes gzip cases to a fresh temporary directory, for loadFile. */
export function tempWriter() {
  const temp = mkdtempSync(path.join(tmpdir(), 'kmslint-fuzz-'));
  return (name, bytes) => {
    const file = path.join(temp, name);
    writeFileSync(file, bytes);
    return file;
  };
}

/** Loads and lints one case exactly as a file would be; throws only on a kmslint bug. */
export async function runCase(fuzzCase, tools) {
  const { loadText, loadFile, evaluateDocuments, rules, writeTemp } = tools;
  const file = { display: fuzzCase.name, absolute: fuzzCase.name, explicit: true };
  const loaded = fuzzCase.bytes
    ? await loadFile({ ...file, absolute: writeTemp(fuzzCase.name, fuzzCase.bytes) }, { input: 'auto', maxDecompressedBytes: 4 * 1024 * 1024, maxFileBytes: 4 * 1024 * 1024 })
    : loadText(fuzzCase.text, file, { input: 'auto' });
  for (const d of loaded.diagnostics) {
    if (!(d.loc.line >= 1 && d.loc.column >= 1 && typeof d.message === 'string' && d.message.length > 0)) throw new Error(`unlocated diagnostic ${JSON.stringify(d)}`);
  }
  if (loaded.documents.length === 0 && loaded.diagnostics.filter((d) => d.severity === 'error').length === 0 && loaded.kind !== 'cloudtrail' && loaded.kind !== 'terraform-plan' && loaded.kind !== 'cloudformation' && loaded.kind !== 'digest' && loaded.kind !== 'cdk-manifest') {
    throw new Error(`an explicit file gave neither a policy nor an error (kind ${loaded.kind})`);
  }
  evaluateDocuments(loaded.documents, rules, { ownerAccount: '111122223333' });
  return loaded;
}
