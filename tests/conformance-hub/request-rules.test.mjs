// The emulator refuses what Oracle's SDK declarations refuse (src/OsManagement.Emulator/Platform/Strictness), by tables
// made from those declarations (tools/request-rules.mjs). Made again here from oci-osmanagementhub and oci-identity
// 2.139.1 and the emulator's route tables, they must equal the committed ones: the rules cannot drift from the SDK or
// from the routes. (The retired API's table is checked by ../conformance/request-rules.test.mjs, against 2.112.0.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { served, tableFile, tableText } from './tools/request-rules.mjs';

for (const api of served.filter(a => a.suite === 'conformance-hub')) {
  test(`the ${api.api} request rules are those ${api.sdk} declares for every operation the emulator serves`, () => {
    const committed = readFileSync(tableFile(api.api), 'utf8');
    assert.equal(committed, tableText(api),
      `${tableFile(api.api)} is out of step with ${api.sdk} or with the emulator's routes: run 'node tests/conformance-hub/tools/request-rules.mjs' and commit it.`);
  });
}
