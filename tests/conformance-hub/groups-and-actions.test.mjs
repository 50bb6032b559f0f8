// Groups and the immediate actions through Oracle's oci-osmanagementhub client: groups by OS family with their members,
// instance, group and compartment actions answering opc-work-request-id, Hub's work request tree (a child per instance,
// a child per update type for "all"), real effects on the instance, logs, errors, rerun, retry tokens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, listAll, ociError, pollUntil, startEmulator, standalone } from './support/hub.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=30,compartments=4,depth=2,groups=3,vulnerable=0.8,windows=0.3', seed: 47, pageSize: 5 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

// Stand-alone ones: a member of a group or lifecycle stage has its content changed through it (the service refuses it directly).
const healthyLinux = () => truth.instances.filter(i => i.osFamily === 'LINUX' && i.hubStatus === 'NORMAL' && !i.failsUpdates && !i.isPaas && standalone(i));
const workRequest = async id => (await hub.workRequests.getWorkRequest({ workRequestId: id })).workRequest;
const children = async parentId => (await listAll(r => hub.workRequests.listWorkRequests(r), { parentId }, 'workRequestSummaryCollection')).items;

/** Moves the virtual clock on until the work request is finished, and returns it. */
async function finish(id) {
  return pollUntil(async () => {
    await emulator.advance('PT5S');
    const wr = await workRequest(id);
    return ['SUCCEEDED', 'FAILED'].includes(wr.status) ? wr : undefined;
  }, `work request ${id} to finish`);
}

test('Hub groups have one detailed OS family each, every member has it, and an instance is in one group at most', async () => {
  const { items } = await listAll(r => hub.groups.listManagedInstanceGroups(r), {}, 'managedInstanceGroupCollection');
  assert.deepEqual(items.map(g => g.id).sort(), truth.hubGroups.map(g => g.id).sort());
  const seen = new Set();
  for (const summary of items) {
    assert.match(summary.id, /^ocid1\.osmhmanagedinstancegroup\./);
    const { managedInstanceGroup: group, etag } = await hub.groups.getManagedInstanceGroup({ managedInstanceGroupId: summary.id });
    assert.ok(etag);
    assert.equal(group.managedInstanceCount, group.managedInstanceIds.length);
    const members = await listAll(r => hub.groups.listManagedInstanceGroupManagedInstances(r), { managedInstanceGroupId: group.id }, 'managedInstanceCollection');
    assert.deepEqual(members.items.map(m => m.id).sort(), [...group.managedInstanceIds].sort());
    for (const member of members.items) {
      assert.equal(member.osFamily, group.osFamily);
      assert.equal(member.managedInstanceGroup.id, group.id);
      assert.ok(!seen.has(member.id), `${member.displayName} is in two groups`);
      seen.add(member.id);
    }
  }
  assert.ok(items.some(g => g.osFamily.startsWith('WINDOWS_SERVER_')) && items.some(g => g.osFamily.startsWith('ORACLE_LINUX_')));
  const byFamily = await hub.groups.listManagedInstanceGroups({ osFamily: items[0].osFamily, limit: 50 });
  assert.ok(byFamily.managedInstanceGroupCollection.items.every(g => g.osFamily === items[0].osFamily));
});

test('updatePackages by type runs a work request that really installs the security updates', async () => {
  const target = healthyLinux().find(i => i.updates.some(u => u.classificationType === 'SECURITY'));
  const response = await hub.instances.updatePackagesOnManagedInstance({
    managedInstanceId: target.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['SECURITY'] },
  });
  assert.match(response.opcWorkRequestId, /^ocid1\.osmhworkrequest\./);
  const accepted = await workRequest(response.opcWorkRequestId);
  assert.equal(accepted.operationType, 'UPDATE_SECURITY');
  assert.equal(accepted.status, 'ACCEPTED');
  assert.equal(accepted.resources[0].entityType, 'INSTANCE');
  assert.equal(accepted.resources[0].identifier, target.id);
  assert.equal(accepted.compartmentId, target.compartmentId);
  const done = await finish(response.opcWorkRequestId);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.percentComplete, 100);
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: target.id });
  assert.equal(managedInstance.securityUpdatesAvailable, 0);
  assert.equal(managedInstance.updatesAvailable, target.updates.filter(u => u.classificationType !== 'SECURITY').length);
  const logs = await listAll(r => hub.workRequests.listWorkRequestLogs(r), { workRequestId: done.id }, 'workRequestLogEntryCollection');
  assert.ok(logs.items.some(l => l.message.includes('Installing')), 'the log tells what was installed');
});

test('updating ALL on an instance is a parent with a child per update type', async () => {
  const target = healthyLinux().find(i => i.updates.length > 0);
  const { opcWorkRequestId } = await hub.instances.updatePackagesOnManagedInstance({
    managedInstanceId: target.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['ALL'] },
  });
  const parent = await finish(opcWorkRequestId);
  assert.equal(parent.operationType, 'UPDATE_ALL_PACKAGES');
  assert.equal(parent.childrenId.length, 4);
  const kids = await children(parent.id);
  assert.deepEqual(kids.map(k => k.operationType).sort(), ['UPDATE_BUGFIX', 'UPDATE_ENHANCEMENT', 'UPDATE_OTHER', 'UPDATE_SECURITY']);
  assert.ok(kids.every(k => k.parentId === parent.id && k.status === 'SUCCEEDED'));
  assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: target.id })).managedInstance.updatesAvailable, 0);
});

test('a group update has a child per member in the member\'s compartment; a failing member fails the parent, with errors', async () => {
  const group = truth.hubGroups.find(g => g.hubOsFamily.startsWith('ORACLE_LINUX_') && g.instanceIds.some(id => truth.instances.find(i => i.id === id).failsUpdates || truth.instances.find(i => i.id === id).hubStatus !== 'NORMAL'))
    ?? truth.hubGroups.find(g => g.hubOsFamily.startsWith('ORACLE_LINUX_'));
  const { opcWorkRequestId } = await hub.groups.updateAllPackagesOnManagedInstanceGroup({
    managedInstanceGroupId: group.id, updateAllPackagesOnManagedInstanceGroupDetails: { updateTypes: ['SECURITY'] },
  });
  const parent = await finish(opcWorkRequestId);
  assert.equal(parent.resources[0].entityType, 'GROUP');
  assert.equal(parent.resources[0].identifier, group.id);
  const kids = await children(parent.id);
  assert.deepEqual(kids.map(k => k.id).sort(), [...parent.childrenId].sort());
  assert.equal(kids.length, group.instanceIds.length);
  for (const kid of kids) {
    const full = await workRequest(kid.id);
    const member = truth.instances.find(i => i.id === full.resources[0].identifier);
    assert.ok(group.instanceIds.includes(member.id));
    assert.equal(full.compartmentId, member.compartmentId);
    assert.equal(full.status, member.failsUpdates || member.hubStatus !== 'NORMAL' ? 'FAILED' : 'SUCCEEDED');
  }
  const failing = kids.filter(k => k.status === 'FAILED');
  assert.equal(parent.status, failing.length > 0 ? 'FAILED' : 'SUCCEEDED');
  if (failing.length > 0) {
    const errors = await listAll(r => hub.workRequests.listWorkRequestErrors(r), { workRequestId: failing[0].id }, 'workRequestErrorCollection');
    assert.ok(['AgentUnreachable', 'PackageTransactionFailed'].includes(errors.items[0].code));
    assert.ok(errors.items[0].message.length > 0);
    const parentErrors = await listAll(r => hub.workRequests.listWorkRequestErrors(r), { workRequestId: parent.id }, 'workRequestErrorCollection');
    assert.equal(parentErrors.items.length, failing.length);
  }
});

test('rerun of a failed group update runs again on its failed members only; rerun of a success without instances is 409', async () => {
  const group = truth.hubGroups.find(g => g.instanceIds.some(id => truth.instances.find(i => i.id === id).failsUpdates));
  assert.ok(group, 'the fleet has a group with a failing member');
  const { opcWorkRequestId } = await hub.groups.updateAllPackagesOnManagedInstanceGroup({
    managedInstanceGroupId: group.id, updateAllPackagesOnManagedInstanceGroupDetails: { updateTypes: ['BUGFIX'] },
  });
  const failed = await finish(opcWorkRequestId);
  assert.equal(failed.status, 'FAILED');
  const failedMembers = (await children(failed.id)).filter(k => k.status === 'FAILED').length;
  const rerun = await hub.workRequests.rerunWorkRequest({ workRequestId: failed.id, rerunWorkRequestDetails: {} });
  const again = await workRequest(rerun.opcWorkRequestId);
  assert.equal(again.rerunOfId, failed.id);
  assert.equal(again.childrenId.length, failedMembers);
  const byRerun = await hub.workRequests.listWorkRequests({ rerunOfId: failed.id });
  assert.deepEqual(byRerun.workRequestSummaryCollection.items.map(w => w.id), [again.id]);

  const target = healthyLinux()[0];
  const ok = await hub.instances.rebootManagedInstance({ managedInstanceId: target.id, rebootManagedInstanceDetails: {} });
  await finish(ok.opcWorkRequestId);
  assertOciError(await ociError(() => hub.workRequests.rerunWorkRequest({ workRequestId: ok.opcWorkRequestId, rerunWorkRequestDetails: {} })), 409, 'Conflict');
  const named = await hub.workRequests.rerunWorkRequest({ workRequestId: ok.opcWorkRequestId, rerunWorkRequestDetails: { managedInstances: [target.id] } });
  assert.equal((await workRequest(named.opcWorkRequestId)).operationType, 'REBOOT');
});

test('reboot clears isRebootRequired and moves the last boot; the instance is REBOOTING meanwhile', async () => {
  const target = truth.instances.find(i => i.isRebootRequired && i.hubStatus === 'NORMAL');
  const { opcWorkRequestId } = await hub.instances.rebootManagedInstance({ managedInstanceId: target.id, rebootManagedInstanceDetails: { rebootTimeoutInMins: 15 } });
  await pollUntil(async () => {
    await emulator.advance('PT0.3S');
    return (await workRequest(opcWorkRequestId)).status === 'IN_PROGRESS' ? true : undefined;
  }, 'the reboot to start');
  assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: target.id })).managedInstance.status, 'REBOOTING');
  const done = await finish(opcWorkRequestId);
  assert.equal(done.rebootTimeoutInMins, 15);
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: target.id });
  assert.equal(managedInstance.isRebootRequired, false);
  assert.equal(managedInstance.status, 'NORMAL');
  assert.equal(managedInstance.timeLastBoot, done.timeFinished);
});

test('install and remove packages, and Windows updates by id, change what the instance has', async () => {
  const linux = healthyLinux().at(-1);
  const install = await hub.instances.installPackagesOnManagedInstance({ managedInstanceId: linux.id, installPackagesOnManagedInstanceDetails: { packageNames: ['tmux'] } });
  assert.equal((await finish(install.opcWorkRequestId)).operationType, 'INSTALL_PACKAGES');
  const installed = await listAll(r => hub.instances.listManagedInstanceInstalledPackages(r), { managedInstanceId: linux.id, displayName: ['tmux'] }, 'installedPackageCollection');
  assert.equal(installed.items.length, 1);
  const remove = await hub.instances.removePackagesFromManagedInstance({ managedInstanceId: linux.id, removePackagesFromManagedInstanceDetails: { packageNames: ['tmux'] } });
  assert.equal((await finish(remove.opcWorkRequestId)).status, 'SUCCEEDED');

  const windows = truth.instances.find(i => i.osFamily === 'WINDOWS' && i.hubStatus === 'NORMAL' && !i.failsUpdates && standalone(i) && i.updates.length > 0);
  const update = windows.updates[0];
  const wr = await hub.instances.installWindowsUpdatesOnManagedInstance({ managedInstanceId: windows.id, installWindowsUpdatesOnManagedInstanceDetails: { windowsUpdateName: [update.name] } });
  const done = await finish(wr.opcWorkRequestId);
  assert.equal(done.operationType, 'INSTALL_WINDOWS_UPDATES');
  assert.deepEqual(done.windowsUpdateNames, [update.name]);
  const left = await listAll(r => hub.instances.listManagedInstanceAvailableWindowsUpdates(r), { managedInstanceId: windows.id }, 'availableWindowsUpdateCollection');
  assert.ok(!left.items.some(u => u.updateId === update.name));
});

test('a compartment action updates the standalone instances (in no group) of the compartment', async () => {
  const compartmentId = healthyLinux()[0].compartmentId;
  const { opcWorkRequestId } = await hub.instances.updateAllPackagesOnManagedInstancesInCompartment({
    updateAllPackagesOnManagedInstancesInCompartmentDetails: { compartmentId, updateTypes: ['ENHANCEMENT'] },
  });
  const parent = await finish(opcWorkRequestId);
  assert.equal(parent.resources[0].entityType, 'COMPARTMENT');
  const expected = truth.instances.filter(i => i.compartmentId === compartmentId && standalone(i) && i.osFamily === 'LINUX');
  const kids = await children(parent.id);
  const targets = await Promise.all(kids.map(async k => (await workRequest(k.id)).resources[0].identifier));
  assert.deepEqual(targets.sort(), expected.map(i => i.id).sort());
});

test('a retried action with the same opc-retry-token gets the same work request; Linux actions on Windows are 400', async () => {
  const target = healthyLinux()[1];
  const details = { updatePackagesOnManagedInstanceDetails: { updateTypes: ['OTHER'] }, managedInstanceId: target.id };
  const first = await hub.instances.updatePackagesOnManagedInstance({ ...details, opcRetryToken: 'hub-retry-token-1' });
  const second = await hub.instances.updatePackagesOnManagedInstance({ ...details, opcRetryToken: 'hub-retry-token-1' });
  assert.equal(second.opcWorkRequestId, first.opcWorkRequestId);
  const third = await hub.instances.updatePackagesOnManagedInstance({ ...details, opcRetryToken: 'hub-retry-token-2' });
  assert.notEqual(third.opcWorkRequestId, first.opcWorkRequestId);

  const windows = truth.instances.find(i => i.osFamily === 'WINDOWS');
  const error = await ociError(() => hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: windows.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['SECURITY'] } }));
  assertOciError(error, 400, 'InvalidParameter');
  assert.match(error.message, /runs Windows/);
  assertOciError(await ociError(() => hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: target.id, updatePackagesOnManagedInstanceDetails: {} })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: target.id, updatePackagesOnManagedInstanceDetails: { updateTypes: ['EVERYTHING'] } })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.groups.installWindowsUpdatesOnManagedInstanceGroup({ managedInstanceGroupId: truth.hubGroups[0].id, installWindowsUpdatesOnManagedInstanceGroupDetails: {} })), 400, 'MissingParameter');
  assertOciError(await ociError(() => hub.groups.updateAllPackagesOnManagedInstanceGroup({ managedInstanceGroupId: 'ocid1.osmhmanagedinstancegroup.oc1..unknown', updateAllPackagesOnManagedInstanceGroupDetails: {} })), 404, 'NotAuthorizedOrNotFound');
});
