// Oracle's Hub SDK drives the emulator's strictness: a request that is not what the SDK declares is refused as the
// service refuses it (400 MissingParameter for a required field left out, 400 InvalidParameter for a word not of its
// enum, a value not of its type or a field the model lacks, each naming the field), and what the SDK itself sends is
// accepted, such as an action whose details are all optional, which oci-common sends with no body at all.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, ociError, startEmulator } from './support/hub.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=12,compartments=4,depth=2,groups=3,vulnerable=0.5,windows=0.25', seed: 61 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

const linux = () => truth.instances.find(i => i.osFamily === 'LINUX' && i.status === 'NORMAL' && !i.failsUpdates && !i.isPaas);
const inAnHour = () => new Date(Date.parse(truth.now) + 3_600_000);
const job = extra => ({
  compartmentId: emulator.tenancyId, displayName: 'strict', scheduleType: 'ONETIME', timeNextExecution: inAnHour(),
  managedInstanceIds: [linux().id], operations: [{ operationType: 'UPDATE_SECURITY' }], ...extra,
});
const refusals = () => emulator.admin('GET', '/_emulator/refusals');

/** The error the SDK call gets, asserted to be a 400 of `code` whose message holds each of `says`. */
async function refused(call, code, ...says) {
  const error = await ociError(call);
  assertOciError(error, 400, code);
  for (const text of says) assert.ok(error.message.includes(text), `'${error.message}' should say '${text}'`);
  return error;
}

test('a required body field left out is 400 MissingParameter naming it, also inside a list', async () => {
  const { operations, ...withoutOperations } = job();
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: withoutOperations }), 'MissingParameter', "'operations'");
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ operations: [{ packageNames: ['bash'] }] }) }),
    'MissingParameter', "'operations[0].operationType'");
  await refused(() => hub.instances.installPackagesOnManagedInstance({ managedInstanceId: linux().id, installPackagesOnManagedInstanceDetails: {} }),
    'MissingParameter', "'packageNames'");
});

test('a required query parameter left out is 400 MissingParameter naming it', async () => {
  await refused(() => hub.reporting.summarizeManagedInstanceAnalytics({ compartmentId: emulator.tenancyId }), 'MissingParameter', "'metricNames'");
  await refused(() => hub.sources.getErratum({ name: 'ELSA-2026-0001' }), 'MissingParameter', "'compartmentId'");
});

test('a word not of its enum is 400 InvalidParameter naming the field and the words it takes', async () => {
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ scheduleType: 'WEEKLY' }) }),
    'InvalidParameter', 'scheduleType', "'WEEKLY'", 'ONETIME, RECURRING');
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ operations: [{ operationType: 'PATCH_EVERYTHING' }] }) }),
    'InvalidParameter', 'operations[0].operationType', 'UPDATE_SECURITY');
  await refused(() => hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: linux().id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['CRITICAL'] } }),
    'InvalidParameter', 'updateTypes[0]', 'SECURITY, BUGFIX');
  await refused(() => hub.workRequests.listWorkRequests({ status: ['DONE'] }), 'InvalidParameter', 'status', 'SUCCEEDED');
  await refused(() => hub.jobs.listScheduledJobs({ sortBy: 'name' }), 'InvalidParameter', 'sortBy', 'timeCreated, displayName');
});

test('a value not of its type, or a field the model does not have, is 400 InvalidParameter naming it', async () => {
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ timeNextExecution: 'tomorrow' }) }),
    'InvalidParameter', 'timeNextExecution', 'RFC 3339');
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ managedInstanceIds: linux().id }) }),
    'InvalidParameter', 'managedInstanceIds', 'a list');
  await refused(() => hub.instances.rebootManagedInstance({ managedInstanceId: linux().id, rebootManagedInstanceDetails: { rebootTimeoutInMins: '15' } }),
    'InvalidParameter', 'rebootTimeoutInMins', 'a whole number');
  await refused(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: job({ operation: 'UPDATE_SECURITY' }) }),
    'InvalidParameter', "'operation'", "'operations'");
  await refused(() => hub.instances.listManagedInstances({ isRebootRequired: 'yes' }), 'InvalidParameter', 'isRebootRequired', 'true or false');
  await refused(() => hub.instances.listManagedInstances({ limit: 'ten' }), 'InvalidParameter', 'limit');
});

test('every refusal is counted in /_emulator/stats and kept in /_emulator/refusals with its message', async () => {
  await emulator.admin('DELETE', '/_emulator/refusals');
  await emulator.admin('POST', '/_emulator/stats/reset');
  await refused(() => hub.workRequests.listWorkRequests({ operationType: ['NAP'] }), 'InvalidParameter', 'operationType');
  const { total, recent } = await refusals();
  assert.equal(total, 1);
  assert.equal(recent[0].operation, 'hub.listWorkRequests');
  assert.match(recent[0].message, /operationType value 'NAP'/);
  const stats = await emulator.admin('GET', '/_emulator/stats');
  assert.equal(stats.refused['hub.listWorkRequests'], 1);
});

test('what the SDK sends is accepted: an action whose details are all optional goes with no body, and is carried out', async () => {
  const sent = [];
  const fetch = globalThis.fetch;
  globalThis.fetch = async (request, options) => {
    if (request instanceof Request && request.method === 'POST') sent.push({ url: request.url, body: await request.clone().text() });
    return fetch(request, options);
  };
  await emulator.admin('DELETE', '/_emulator/refusals');
  try {
    const target = linux();
    const reboot = await hub.instances.rebootManagedInstance({ managedInstanceId: target.id, rebootManagedInstanceDetails: {} });
    assert.match(reboot.opcWorkRequestId, /^ocid1\.osmhworkrequest\./);
    const group = truth.hubGroups.find(g => g.hubOsFamily.startsWith('ORACLE_LINUX_'));
    const update = await hub.groups.updateAllPackagesOnManagedInstanceGroup({ managedInstanceGroupId: group.id, updateAllPackagesOnManagedInstanceGroupDetails: {} });
    assert.match(update.opcWorkRequestId, /^ocid1\.osmhworkrequest\./);
  } finally {
    globalThis.fetch = fetch;
  }
  assert.equal(sent.length, 2, 'the SDK went through fetch');
  assert.deepEqual(sent.map(s => s.body), ['', ''], 'oci-common sends no body for details that serialise to {}');
  assert.equal((await refusals()).total, 0);
});
