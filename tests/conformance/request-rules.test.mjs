// The retired API's request rules (src/OsManagement.Emulator/Apis/Classic/ClassicRequestRules.json), made again from
// oci-osmanagement 2.112.0 and the emulator's route table, must equal the committed ones (see
// ../conformance-hub/request-rules.test.mjs, which checks Hub's and Identity's).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { served, tableFile, tableText } from '../conformance-hub/tools/request-rules.mjs';

for (const api of served.filter(a => a.suite === 'conformance')) {
  test(`the ${api.api} request rules are those ${api.sdk} declares for every operation the emulator serves`, () => {
    const committed = readFileSync(tableFile(api.api), 'utf8');
    assert.equal(committed, tableText(api),
      `${tableFile(api.api)} is out of step with ${api.sdk} or with the emulator's routes: run 'node tests/conformance-hub/tools/request-rules.mjs' and commit it.`);
  });
}
