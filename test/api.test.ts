import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzePolicyText } from '../src/index.js';

const api = suite('public API');
api('analyzePolicyText: from text to per-statement analysis', () => {
  const { analysis, diagnostics } = analyzePolicyText('Version: "2012-10-17"\nStatement:\n  Effect: Allow\n  Principal: "*"\n  Action: kms:Enc*\n  Resource: "*"\n', 'key.yaml', { ownerAccount: '111122223333' });
  assert.equal(diagnostics, []);
  assert.equal([analysis!.statements[0]!.exposure, analysis!.statements[0]!.capabilities.encrypt], ['public', ['kms:Encrypt']]);
});
api('analyzePolicyText: unreadable text gives diagnostics and no analysis', () => {
  const { analysis, diagnostics } = analyzePolicyText('{"Statement": [', 'key.json');
  assert.is(analysis, null);
  assert.equal(diagnostics.map((d) => [d.code, d.loc.line]), [['parse-error', 1]]);
});
api.run();
