// The service's rules issue 20 items 3 to 5 rest on, through Oracle's oci-osmanagementhub client: an instance's status
// from its check-ins (WARNING after 30 minutes, UNREACHABLE after 24 hours: "Viewing Reports for a Group", the oci_osmh
// metrics reference) in get, list, filter and analytics alike, work for a silent agent never dispatched; a job of several
// UPDATE_* operations (CreateScheduledJobDetails.operations) created, read, run one child per operation and changed; a run
// now found by listWorkRequests?initiatorId= while the job's own list is late (/_emulator/lag).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, listAll, ociError, startEmulator } from './support/hub.mjs';

const hour = 3_600_000;
let emulator;
let hub;
let truth;

const fleet = {
  compartments: [{ name: 'prod' }],
  instances: [
    { name: 'active-01', compartment: 'prod', osFamily: 'ORACLE_LINUX_9',
      updates: [{ name: 'openssl-libs', advisory: 'ELSA-2026-0101' }, { name: 'bash', classification: 'BUGFIX', advisory: 'ELBA-2026-0102' },
        { name: 'tzdata', classification: 'ENHANCEMENT', advisory: 'ELEA-2026-0103' }] },
    { name: 'quiet-01', compartment: 'prod', osFamily: 'ORACLE_LINUX_9', lastCheckin: '45 minutes ago', updates: [{ name: 'openssl-libs', advisory: 'ELSA-2026-0101' }] },
    { name: 'gone-01', compartment: 'prod', osFamily: 'ORACLE_LINUX_9', lastCheckin: '2 days ago', updates: [{ name: 'openssl-libs', advisory: 'ELSA-2026-0101' }] },
    { name: 'win-01', compartment: 'prod', osFamily: 'WINDOWS_SERVER_2022', updates: [{ name: '2026-11 Cumulative Update for Windows Server 2022 (KB5046616)' }] },
  ],
};

before(async () => {
  emulator = await startEmulator();
  hub = hubClients(emulator);
  const response = await fetch(`${emulator.endpoint}/_emulator/fleet?source=service-rules`, { method: 'POST', body: JSON.stringify(fleet) });
  assert.equal(response.status, 200, await response.text());
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

const byName = name => truth.instances.find(i => i.displayName === name);

async function virtualNow() {
  return Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
}

async function workRequest(id) {
  return (await hub.workRequests.getWorkRequest({ workRequestId: id })).workRequest;
}

test('an instance silent for 45 minutes is WARNING, one silent for 2 days UNREACHABLE, in get, list, filter and analytics alike', async () => {
  const status = async name => (await hub.instances.getManagedInstance({ managedInstanceId: byName(name).id })).managedInstance.status;
  assert.deepEqual([await status('active-01'), await status('quiet-01'), await status('gone-01')], ['NORMAL', 'WARNING', 'UNREACHABLE']);
  const { items } = await listAll(r => hub.instances.listManagedInstances(r), { limit: 2 }, 'managedInstanceCollection');
  assert.equal(items.find(i => i.displayName === 'quiet-01').status, 'WARNING');
  const warning = await listAll(r => hub.instances.listManagedInstances(r), { status: ['WARNING'] }, 'managedInstanceCollection');
  assert.deepEqual(warning.items.map(i => i.displayName), ['quiet-01']);
  const metrics = await hub.reporting.summarizeManagedInstanceAnalytics({
    metricNames: ['WARNING_INSTANCE_COUNT', 'UNREACHABLE_INSTANCE_COUNT', 'NORMAL_INSTANCE_COUNT'], compartmentId: truth.tenancyId, compartmentIdInSubtree: true,
  });
  const count = name => metrics.managedInstanceAnalyticCollection.items.find(m => m.name === name).count;
  assert.deepEqual([count('WARNING_INSTANCE_COUNT'), count('UNREACHABLE_INSTANCE_COUNT'), count('NORMAL_INSTANCE_COUNT')], [1, 1, 2]);
  assert.deepEqual(['quiet-01', 'gone-01'].map(n => byName(n).hubStatus), ['WARNING', 'UNREACHABLE'], 'the fleet truth tells the same');
  assert.deepEqual(['quiet-01', 'gone-01'].map(n => byName(n).status), ['NORMAL', 'NORMAL'], 'the retired API keeps the fleet\'s status');
});

test('work for an Offline instance is never dispatched and fails with AgentUnreachable; its updates stay', async () => {
  const gone = byName('gone-01');
  const { opcWorkRequestId } = await hub.instances.updatePackagesOnManagedInstance({
    managedInstanceId: gone.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['SECURITY'] },
  });
  await emulator.advance('PT1S');
  const waiting = await workRequest(opcWorkRequestId);
  assert.equal(waiting.status, 'ACCEPTED', 'an agent that does not check in does not pick the work up');
  assert.equal(waiting.timeStarted, undefined);
  await emulator.advance('PT5S');
  const failed = await workRequest(opcWorkRequestId);
  assert.equal(failed.status, 'FAILED');
  assert.equal(failed.timeStarted, undefined);
  const { workRequestErrorCollection } = await hub.workRequests.listWorkRequestErrors({ workRequestId: opcWorkRequestId });
  assert.equal(workRequestErrorCollection.items[0].code, 'AgentUnreachable');
  assert.match(workRequestErrorCollection.items[0].message, /has not checked in since/);
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: gone.id });
  assert.equal(managedInstance.securityUpdatesAvailable, 1);
});

test('a job of several UPDATE_* operations is created, read and runs one child work request per operation', async () => {
  const active = byName('active-01');
  const { scheduledJob: job } = await hub.jobs.createScheduledJob({
    createScheduledJobDetails: {
      compartmentId: active.compartmentId, displayName: 'sec-and-bugs', scheduleType: 'RECURRING', recurringRule: 'FREQ=WEEKLY;BYDAY=SU',
      timeNextExecution: new Date((await virtualNow()) + 48 * hour), managedInstanceIds: [active.id],
      operations: [{ operationType: 'UPDATE_SECURITY' }, { operationType: 'UPDATE_BUGFIX' }],
    },
  });
  const read = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob;
  assert.deepEqual(read.operations.map(o => o.operationType), ['UPDATE_SECURITY', 'UPDATE_BUGFIX']);
  const listed = await listAll(r => hub.jobs.listScheduledJobs(r), { compartmentId: active.compartmentId, operationType: 'UPDATE_BUGFIX' }, 'scheduledJobCollection');
  assert.deepEqual(listed.items.map(j => j.id), [job.id]);

  await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id });
  const runs = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds;
  assert.equal(runs.length, 1);
  const parent = await workRequest(runs[0]);
  const children = await Promise.all(parent.childrenId.map(workRequest));
  assert.deepEqual(children.map(c => c.operationType), ['UPDATE_SECURITY', 'UPDATE_BUGFIX']);
  await emulator.advance('PT5S');
  assert.equal((await workRequest(parent.id)).status, 'SUCCEEDED');
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: active.id });
  assert.deepEqual([managedInstance.securityUpdatesAvailable, managedInstance.bugUpdatesAvailable, managedInstance.enhancementUpdatesAvailable], [0, 0, 1]);

  // An update without operations leaves them; one with operations replaces the list.
  const renamed = (await hub.jobs.updateScheduledJob({ scheduledJobId: job.id, updateScheduledJobDetails: { displayName: 'renamed' } })).scheduledJob;
  assert.deepEqual(renamed.operations.map(o => o.operationType), ['UPDATE_SECURITY', 'UPDATE_BUGFIX']);
  const changed = (await hub.jobs.updateScheduledJob({
    scheduledJobId: job.id,
    updateScheduledJobDetails: { operations: [{ operationType: 'UPDATE_PACKAGES', packageNames: ['tzdata'] }, { operationType: 'UPDATE_ENHANCEMENT' }] },
  })).scheduledJob;
  assert.deepEqual(changed.operations.map(o => [o.operationType, o.packageNames]), [['UPDATE_PACKAGES', ['tzdata']], ['UPDATE_ENHANCEMENT', undefined]]);
});

test('several operations that are not all updates, or Windows ones, are a 400', async () => {
  const windows = byName('win-01');
  const details = operations => ({
    compartmentId: windows.compartmentId, displayName: 'two', scheduleType: 'ONETIME', managedInstanceIds: [windows.id], operations,
  });
  const at = new Date((await virtualNow()) + 6 * hour);
  assertOciError(await ociError(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: { ...details(
    [{ operationType: 'INSTALL_SECURITY_WINDOWS_UPDATES' }, { operationType: 'INSTALL_BUGFIX_WINDOWS_UPDATES' }]), timeNextExecution: at } })), 400, 'InvalidParameter');
  const active = byName('active-01');
  assertOciError(await ociError(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: { ...details(
    [{ operationType: 'UPDATE_SECURITY' }, { operationType: 'REBOOT' }]), managedInstanceIds: [active.id], timeNextExecution: at } })), 400, 'InvalidParameter');
});

test('a run now whose job lists it late is found at once by listWorkRequests?initiatorId=', async () => {
  const active = byName('active-01');
  const { scheduledJob: job } = await hub.jobs.createScheduledJob({
    createScheduledJobDetails: {
      compartmentId: active.compartmentId, displayName: 'late-list', scheduleType: 'RECURRING', recurringRule: 'FREQ=DAILY',
      timeNextExecution: new Date((await virtualNow()) + 6 * hour), managedInstanceIds: [active.id], operations: [{ operationType: 'UPDATE_OTHER' }],
    },
  });
  assert.deepEqual(await emulator.admin('POST', '/_emulator/lag?jobWorkRequestIds=PT10M'), { jobWorkRequestIds: 'PT10M' });
  try {
    const response = await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id });
    assert.equal(response.opcWorkRequestId, undefined, 'runNow names no work request');
    assert.deepEqual((await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds, []);
    const { items } = await listAll(r => hub.workRequests.listWorkRequests(r),
      { compartmentId: truth.tenancyId, compartmentIdInSubtree: true, initiatorId: job.id }, 'workRequestSummaryCollection');
    assert.equal(items.length, 1);
    await emulator.advance('PT11M');
    assert.deepEqual((await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds, [items[0].id]);
  } finally {
    await emulator.admin('DELETE', '/_emulator/lag');
  }
});

test('an instance that stops checking in turns WARNING after 30 minutes and UNREACHABLE after a day as the clock moves', async () => {
  await emulator.advance('P1D');
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: byName('quiet-01').id });
  assert.equal(managedInstance.status, 'UNREACHABLE');
  const active = (await hub.instances.getManagedInstance({ managedInstanceId: byName('active-01').id })).managedInstance;
  assert.equal(active.status, 'NORMAL', 'an agent that still checks in stays NORMAL whatever the jump');
});
