// summarizeManagedInstanceAnalytics against the instance APIs, listWorkRequests' filters, and the error paths:
// 401 for a foreign key, 404 for unknown ids, 400 for bad parameters.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, listAll, ociError, pollUntil, startEmulator, writeForeignConfig, standalone } from './support/hub.mjs';

let emulator;
let hub;
let truth;
const opened = [];

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=36,compartments=5,depth=3,groups=3,vulnerable=0.5,windows=0.25,stale=2', seed: 61, pageSize: 6 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  for (const clients of opened) clients.close();
  hub?.close();
  await emulator?.stop();
});

const metricNames = ['TOTAL_INSTANCE_COUNT', 'INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT', 'INSTANCE_SECURITY_UPDATES_COUNT',
  'INSTANCE_SECURITY_ADVISORY_COUNT', 'NEEDS_REBOOTING_INSTANCE_COUNT', 'UNREACHABLE_INSTANCE_COUNT', 'NORMAL_INSTANCE_COUNT',
  'INSTANCE_WITH_AVAILABLE_BUGFIX_UPDATES_COUNT', 'INSTANCE_BUGFIX_UPDATES_COUNT'];

async function metrics(request) {
  const { items } = await listAll(r => hub.reporting.summarizeManagedInstanceAnalytics(r), { metricNames, ...request }, 'managedInstanceAnalyticCollection');
  return Object.fromEntries(items.map(m => [m.name, m.count]));
}

/** The same numbers, counted from the instance APIs only (list, get, errata). */
async function countedFromInstanceApis(listRequest) {
  const { items } = await listAll(r => hub.instances.listManagedInstances(r), listRequest, 'managedInstanceCollection');
  const counts = Object.fromEntries(metricNames.map(m => [m, 0]));
  for (const summary of items) {
    const { managedInstance: mi } = await hub.instances.getManagedInstance({ managedInstanceId: summary.id });
    const errata = await listAll(r => hub.instances.listManagedInstanceErrata(r), { managedInstanceId: summary.id, classificationType: ['SECURITY'] }, 'managedInstanceErratumSummaryCollection');
    counts.TOTAL_INSTANCE_COUNT++;
    counts.INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT += mi.securityUpdatesAvailable > 0 ? 1 : 0;
    counts.INSTANCE_SECURITY_UPDATES_COUNT += mi.securityUpdatesAvailable;
    counts.INSTANCE_SECURITY_ADVISORY_COUNT += errata.items.length;
    counts.NEEDS_REBOOTING_INSTANCE_COUNT += mi.isRebootRequired ? 1 : 0;
    counts.UNREACHABLE_INSTANCE_COUNT += mi.status === 'UNREACHABLE' ? 1 : 0;
    counts.NORMAL_INSTANCE_COUNT += mi.status === 'NORMAL' ? 1 : 0;
    counts.INSTANCE_WITH_AVAILABLE_BUGFIX_UPDATES_COUNT += mi.bugUpdatesAvailable > 0 ? 1 : 0;
    counts.INSTANCE_BUGFIX_UPDATES_COUNT += mi.bugUpdatesAvailable;
  }
  return counts;
}

test('analytics over the tenancy, a compartment, a group and an OS family agree with the instance APIs', async () => {
  const compartment = truth.instances[0].compartmentId;
  const group = truth.hubGroups[0];
  assert.deepEqual(await metrics({ compartmentId: emulator.tenancyId, compartmentIdInSubtree: true }), await countedFromInstanceApis({}));
  assert.deepEqual(await metrics({ compartmentId: compartment }), await countedFromInstanceApis({ compartmentId: compartment }));
  assert.deepEqual(await metrics({ managedInstanceGroupId: group.id }), await countedFromInstanceApis({ group: group.id }));
  assert.deepEqual(await metrics({ osFamily: ['ORACLE_LINUX_8'], status: ['NORMAL'] }), await countedFromInstanceApis({ osFamily: ['ORACLE_LINUX_8'], status: ['NORMAL'] }));
  const tenancy = await metrics({});
  assert.equal(tenancy.TOTAL_INSTANCE_COUNT, truth.instances.length);
  assert.equal(tenancy.INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT, truth.instances.filter(i => i.updates.some(u => u.classificationType === 'SECURITY')).length);
  assert.ok(tenancy.UNREACHABLE_INSTANCE_COUNT > 0 && tenancy.NEEDS_REBOOTING_INSTANCE_COUNT > 0);
});

test('analytics follow a patch run, and need metricNames', async () => {
  const target = truth.instances.find(i => i.osFamily === 'LINUX' && i.hubStatus === 'NORMAL' && !i.failsUpdates && standalone(i) && i.updates.some(u => u.classificationType === 'SECURITY'));
  const before = await metrics({ compartmentId: target.compartmentId });
  const { opcWorkRequestId } = await hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: target.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['SECURITY'] } });
  await pollUntil(async () => {
    await emulator.advance('PT5S');
    return (await hub.workRequests.getWorkRequest({ workRequestId: opcWorkRequestId })).workRequest.status === 'SUCCEEDED' ? true : undefined;
  }, 'the patch run');
  const after = await metrics({ compartmentId: target.compartmentId });
  assert.equal(after.INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT, before.INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT - 1);
  assert.equal(after.INSTANCE_SECURITY_UPDATES_COUNT, before.INSTANCE_SECURITY_UPDATES_COUNT - target.updates.filter(u => u.classificationType === 'SECURITY').length);
  assertOciError(await ociError(() => hub.reporting.summarizeManagedInstanceAnalytics({ metricNames: [] })), 400, 'MissingParameter');
  assertOciError(await ociError(() => hub.reporting.summarizeManagedInstanceAnalytics({ metricNames: ['EVERYTHING'] })), 400, 'InvalidParameter');
});

test('listWorkRequests filters by status[], operationType[], resourceId, compartment and creation time', async () => {
  const linux = truth.instances.filter(i => i.osFamily === 'LINUX' && i.hubStatus === 'NORMAL' && !i.isPaas && standalone(i));
  const clock = async () => Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
  const t0 = await clock();
  const a = (await hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: linux[0].id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['OTHER'] } })).opcWorkRequestId;
  await emulator.advance('PT1H');
  const t1 = await clock();
  const b = (await hub.instances.rebootManagedInstance({ managedInstanceId: linux[1].id, rebootManagedInstanceDetails: {} })).opcWorkRequestId;
  const list = async request => (await listAll(r => hub.workRequests.listWorkRequests(r), request, 'workRequestSummaryCollection')).items.map(w => w.id);
  assert.deepEqual(await list({ operationType: ['REBOOT'] }), [b]);
  assert.ok((await list({ operationType: ['UPDATE_OTHER', 'REBOOT'] })).includes(a));
  assert.deepEqual(await list({ status: ['ACCEPTED'], operationType: ['REBOOT', 'UPDATE_OTHER'] }), [b]);
  assert.ok((await list({ status: ['SUCCEEDED'] })).includes(a));
  const byResource = await list({ resourceId: linux[1].id });
  assert.ok(byResource.includes(b) && !byResource.includes(a));
  assert.deepEqual(await list({ timeCreatedGreaterThanOrEqualTo: new Date(t1), operationType: ['REBOOT', 'UPDATE_OTHER'] }), [b]);
  assert.ok((await list({ timeCreatedLessThan: new Date(t1) })).includes(a));
  assert.ok(!(await list({ timeCreatedLessThan: new Date(t0) })).includes(a));
  const inCompartment = await list({ compartmentId: linux[1].compartmentId });
  assert.ok(inCompartment.includes(b));
  assertOciError(await ociError(() => hub.workRequests.listWorkRequests({ status: ['CANCELLING'] })), 400, 'InvalidParameter');
});

test('a request signed with another key is 401 NotAuthenticated on every Hub client', async () => {
  const stranger = hubClients(emulator, writeForeignConfig(emulator));
  opened.push(stranger);
  assertOciError(await ociError(() => stranger.instances.listManagedInstances({})), 401, 'NotAuthenticated');
  assertOciError(await ociError(() => stranger.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId: emulator.tenancyId, scheduleType: 'ONETIME', timeNextExecution: new Date(Date.now() + 3_600_000),
    operations: [{ operationType: 'REBOOT' }], managedInstanceIds: [truth.instances[0].id] } })), 401, 'NotAuthenticated');
  assertOciError(await ociError(() => stranger.reporting.summarizeManagedInstanceAnalytics({ metricNames: ['TOTAL_INSTANCE_COUNT'] })), 401, 'NotAuthenticated');
  const jobs = await hub.jobs.listScheduledJobs({});
  assert.deepEqual(jobs.scheduledJobCollection.items, [], 'the refused create changed nothing');
});

test('unknown ids are 404 NotAuthorizedOrNotFound on every get', async () => {
  const calls = {
    getManagedInstanceGroup: () => hub.groups.getManagedInstanceGroup({ managedInstanceGroupId: 'ocid1.osmhmanagedinstancegroup.oc1..unknown' }),
    listManagedInstanceGroupManagedInstances: () => hub.groups.listManagedInstanceGroupManagedInstances({ managedInstanceGroupId: 'ocid1.osmhmanagedinstancegroup.oc1..unknown' }),
    getScheduledJob: () => hub.jobs.getScheduledJob({ scheduledJobId: 'ocid1.osmhscheduledjob.oc1..unknown' }),
    getWorkRequest: () => hub.workRequests.getWorkRequest({ workRequestId: 'ocid1.osmhworkrequest.oc1..unknown' }),
    listWorkRequestLogs: () => hub.workRequests.listWorkRequestLogs({ workRequestId: 'ocid1.osmhworkrequest.oc1..unknown' }),
    rerunWorkRequest: () => hub.workRequests.rerunWorkRequest({ workRequestId: 'ocid1.osmhworkrequest.oc1..unknown', rerunWorkRequestDetails: {} }),
    listManagedInstanceUpdatablePackages: () => hub.instances.listManagedInstanceUpdatablePackages({ managedInstanceId: 'ocid1.instance.oc1..unknown' }),
    summarizeManagedInstanceAnalytics: () => hub.reporting.summarizeManagedInstanceAnalytics({ metricNames: ['TOTAL_INSTANCE_COUNT'], compartmentId: 'ocid1.compartment.oc1..unknown' }),
  };
  for (const [name, call] of Object.entries(calls)) {
    const error = await ociError(call);
    assert.equal(error.statusCode, 404, name);
    assert.equal(error.serviceCode, 'NotAuthorizedOrNotFound', name);
  }
});
