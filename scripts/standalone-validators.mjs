// Standalone ajv validators for the three schemas, each tagged with the hash of the schema it was built
// from (validation.ts uses one only while its schema hashes the same). The source loads ajv's runtime
// helpers with require(): the build gives it a require of its own (lib/), the bundle inlines them (dist/).
export async function standaloneValidators(root) {
  const { SCHEMAS, createAjv, schemaHash } = await import(`${root}lib/src/validation.js`);
  const { default: standaloneModule } = await import('ajv/dist/standalone/index.js');
  const standaloneCode = standaloneModule.default ?? standaloneModule;
  const ajv = await createAjv({ source: true });
  const entries = Object.entries(SCHEMAS).map(([name, schema]) => {
    ajv.addSchema(schema);
    return { name, id: schema.$id, hash: schemaHash(schema) };
  });
  const code = standaloneCode(ajv, Object.fromEntries(entries.map((e) => [e.name, e.id])));
  const registry = `export const validators = {${entries.map((e) => `${e.name}: {hash: ${JSON.stringify(e.hash)}, validate: ${e.name}}`).join(', ')}};\n`;
  return `${code.replace(/^"use strict";/, '')}\n${registry}`;
}
