/** Entry point of the bundled Action (dist/index.js): the runner's I/O through @actions/core. */
import * as core from '@actions/core';
import { run } from './action.js';

await run({
  getInput: (name) => core.getInput(name),
  annotate: ({ level, message, ...properties }) => {
    const { file, startLine, endLine, startColumn, endColumn, title } = properties;
    core[level](message, { file, startLine, endLine, title, ...(startColumn !== undefined ? { startColumn, endColumn } : {}) });
  },
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
  info: (message) => core.info(message),
  setFailed: (message) => core.setFailed(message),
  workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
});
