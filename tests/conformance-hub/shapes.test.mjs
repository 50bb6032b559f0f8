// Every response body the emulator's Hub side sends, checked against the field declarations of Oracle's SDK models:
// nothing the SDK does not know, nothing it requires missing (support/models.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkShape, modelFields } from './support/models.mjs';
import { hubClients, pollUntil, startEmulator, standalone } from './support/hub.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=20,compartments=4,depth=2,groups=3,vulnerable=0.7,windows=0.3', seed: 71, pageSize: 50 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

test('the yardstick reads the SDK: required and optional fields, inherited ones too', () => {
  const updatable = modelFields('UpdatablePackageSummary');
  assert.deepEqual(updatable.get('updateType'), { required: true, type: 'model.ClassificationTypes' });
  assert.equal(updatable.get('name').required, true, 'inherited from PackageSummary');
  assert.equal(modelFields('WorkRequest').get('childrenId').required, false);
  const summary = { operationType: 'REBOOT', status: 'ACCEPTED', id: 'x', compartmentId: 'y', timeCreated: '2026-01-01T00:00:00.000Z' };
  assert.equal(checkShape('WorkRequestSummary', summary), summary);
  assert.throws(() => checkShape('WorkRequestSummary', { ...summary, childrenIds: [] }), /childrenIds is not a field/);
  assert.throws(() => checkShape('WorkRequestSummary', { ...summary, status: undefined }), /status is required/);
  assert.throws(() => checkShape('WorkRequest', { ...summary, percentComplete: 0, resources: [{ entityType: 'INSTANCE', actionType: 'UPDATED' }] }),
    /resources\[0\]\.identifier is required/);
});

test('instances, packages, errata, Windows updates, groups and analytics have the SDK\'s shapes', async () => {
  const linux = truth.instances.find(i => i.osFamily === 'LINUX' && i.advisories.length > 0);
  const windows = truth.instances.find(i => i.osFamily === 'WINDOWS' && i.updates.length > 0);
  for (const item of (await hub.instances.listManagedInstances({})).managedInstanceCollection.items) checkShape('ManagedInstanceSummary', item);
  for (const id of [linux.id, windows.id]) checkShape('ManagedInstance', (await hub.instances.getManagedInstance({ managedInstanceId: id })).managedInstance);
  for (const item of (await hub.instances.listManagedInstanceUpdatablePackages({ managedInstanceId: linux.id })).updatablePackageCollection.items) checkShape('UpdatablePackageSummary', item);
  for (const item of (await hub.instances.listManagedInstanceInstalledPackages({ managedInstanceId: linux.id })).installedPackageCollection.items) checkShape('InstalledPackageSummary', item);
  for (const item of (await hub.instances.listManagedInstanceErrata({ managedInstanceId: linux.id })).managedInstanceErratumSummaryCollection.items) checkShape('ManagedInstanceErratumSummary', item);
  for (const item of (await hub.instances.listManagedInstanceAvailableWindowsUpdates({ managedInstanceId: windows.id })).availableWindowsUpdateCollection.items) checkShape('AvailableWindowsUpdateSummary', item);
  checkShape('Erratum', (await hub.sources.getErratum({ name: linux.advisories[0].name, compartmentId: emulator.tenancyId })).erratum);
  for (const item of (await hub.groups.listManagedInstanceGroups({})).managedInstanceGroupCollection.items) checkShape('ManagedInstanceGroupSummary', item);
  checkShape('ManagedInstanceGroup', (await hub.groups.getManagedInstanceGroup({ managedInstanceGroupId: truth.hubGroups[0].id })).managedInstanceGroup);
  for (const item of (await hub.groups.listManagedInstanceGroupManagedInstances({ managedInstanceGroupId: truth.hubGroups[0].id })).managedInstanceCollection.items) checkShape('ManagedInstanceSummary', item);
  const metrics = await hub.reporting.summarizeManagedInstanceAnalytics({ metricNames: ['TOTAL_INSTANCE_COUNT', 'NEEDS_REBOOTING_INSTANCE_COUNT'] });
  for (const item of metrics.managedInstanceAnalyticCollection.items) checkShape('ManagedInstanceAnalyticSummary', item);
});

test('jobs and work request trees, with their logs and errors, have the SDK\'s shapes', async () => {
  // Its content changes through its group when it is in one.
  const failing = truth.instances.find(i => i.failsUpdates && i.osFamily === 'LINUX') ?? truth.instances.find(i => i.hubStatus === 'UNREACHABLE' && i.osFamily === 'LINUX');
  const group = truth.hubGroups.find(g => g.hubOsFamily.startsWith('ORACLE_LINUX_'));
  const now = Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
  const created = await hub.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId: group.compartmentId, displayName: 'shapes', scheduleType: 'RECURRING', recurringRule: 'FREQ=DAILY;BYHOUR=2',
    timeNextExecution: new Date(now + 3_600_000), operations: [{ operationType: 'UPDATE_ALL' }], managedInstanceGroupIds: [group.id], retryIntervals: [1],
  } });
  checkShape('ScheduledJob', created.scheduledJob);
  await hub.jobs.runScheduledJobNow({ scheduledJobId: created.scheduledJob.id });
  const direct = standalone(failing)
    ? await hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: failing.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['SECURITY'] } })
    : await hub.groups.updateAllPackagesOnManagedInstanceGroup({ managedInstanceGroupId: failing.hubGroupId,
      updateAllPackagesOnManagedInstanceGroupDetails: { updateTypes: ['SECURITY'] } });
  await pollUntil(async () => {
    await emulator.advance('PT5S');
    return (await hub.workRequests.getWorkRequest({ workRequestId: direct.opcWorkRequestId })).workRequest.status === 'FAILED' ? true : undefined;
  }, 'the failing update');
  checkShape('ScheduledJob', (await hub.jobs.getScheduledJob({ scheduledJobId: created.scheduledJob.id })).scheduledJob);
  for (const item of (await hub.jobs.listScheduledJobs({})).scheduledJobCollection.items) checkShape('ScheduledJobSummary', item);
  const all = (await hub.workRequests.listWorkRequests({})).workRequestSummaryCollection.items;
  assert.ok(all.some(w => w.childrenId) && all.some(w => w.parentId) && all.some(w => w.status === 'WAITING' || w.status === 'FAILED'));
  for (const item of all) {
    checkShape('WorkRequestSummary', item);
    checkShape('WorkRequest', (await hub.workRequests.getWorkRequest({ workRequestId: item.id })).workRequest);
  }
  for (const item of (await hub.workRequests.listWorkRequestLogs({ workRequestId: direct.opcWorkRequestId })).workRequestLogEntryCollection.items) checkShape('WorkRequestLogEntry', item);
  const errors = (await hub.workRequests.listWorkRequestErrors({ workRequestId: direct.opcWorkRequestId })).workRequestErrorCollection.items;
  assert.ok(errors.length > 0);
  for (const item of errors) checkShape('WorkRequestError', item);
});
