// Immediate actions and work requests through Oracle's oci-osmanagement client: opc-work-request-id, the
// ACCEPTED -> IN_PROGRESS -> SUCCEEDED/FAILED life cycle (moved on with the emulator's virtual clock), logs, errors
// (an UNREACHABLE instance and one whose updates always fail), group parents and children, and lists over pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, collect, isOciTime, ociError, sdkClients, startEmulator } from './support/emulator.mjs';

const pageSize = 3;
let emulator;
let sdk;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=20,compartments=4,depth=2,groups=3,unreachable=1,failing=2', seed: 47, pageSize });
  sdk = sdkClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  sdk?.close();
  await emulator?.stop();
});

const sorted = values => [...values].sort();
const healthy = i => i.hubStatus === 'NORMAL' && !i.failsUpdates && !i.isPaas;
/** Work requests finish after 2.5 s of virtual time; moving the clock on finishes every one started so far. */
const finishAll = () => emulator.advance('PT10S');
const getWorkRequest = async id => (await sdk.osm.getWorkRequest({ workRequestId: id })).workRequest;

test('installAllPackageUpdatesOnManagedInstance returns opc-work-request-id; the work request succeeds and updates the instance', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'LINUX' && healthy(i) && i.updates.length > 0);
  const action = await sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: instance.id, updateType: 'ALL' });
  assert.match(action.opcWorkRequestId, /^ocid1\.osmsworkrequest\./);
  assert.equal(typeof action.opcRequestId, 'string');

  const started = await sdk.osm.getWorkRequest({ workRequestId: action.opcWorkRequestId });
  const pending = started.workRequest;
  assert.equal(pending.id, action.opcWorkRequestId);
  assert.equal(pending.status, 'ACCEPTED');
  assert.equal(pending.percentComplete, 0);
  assert.equal(pending.operationType, 'UPDATEALL');
  assert.equal(pending.compartmentId, instance.compartmentId);
  assert.equal(pending.managedInstanceId.id, instance.id);
  assert.equal(pending.osFamily, 'LINUX');
  assert.ok(isOciTime(pending.timeAccepted));
  assert.equal(pending.timeFinished, undefined);
  assert.equal(typeof started.etag, 'string');

  await emulator.advance('PT1S');
  const running = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(running.status, 'IN_PROGRESS');
  assert.equal(typeof running.percentComplete, 'number');
  assert.ok(running.percentComplete > 0 && running.percentComplete < 100, `percentComplete ${running.percentComplete}`);
  assert.ok(isOciTime(running.timeStarted));
  assert.equal(running.timeFinished, undefined);

  await finishAll();
  const done = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.percentComplete, 100);
  assert.ok(isOciTime(done.timeStarted) && isOciTime(done.timeFinished));
  assert.ok(Date.parse(done.timeAccepted) <= Date.parse(done.timeStarted));
  assert.ok(Date.parse(done.timeStarted) <= Date.parse(done.timeFinished));

  const logs = await collect(sdk.osm.listWorkRequestLogsRecordIterator({ workRequestId: done.id }));
  assert.ok(logs.length > 0);
  for (const entry of logs) {
    assert.equal(typeof entry.message, 'string');
    assert.ok(isOciTime(entry.timestamp), `timestamp ${entry.timestamp}`);
  }
  assert.deepEqual(await collect(sdk.osm.listWorkRequestErrorsRecordIterator({ workRequestId: done.id })), []);

  const { managedInstance } = await sdk.osm.getManagedInstance({ managedInstanceId: instance.id });
  assert.equal(managedInstance.updatesAvailable, 0);
  assert.deepEqual(await collect(sdk.osm.listAvailableUpdatesForManagedInstanceRecordIterator({ managedInstanceId: instance.id })), []);
});

test('installPackageUpdateOnManagedInstance installs exactly the named update', async () => {
  const current = await emulator.fleet();
  const instance = current.instances.find(i => i.osFamily === 'LINUX' && healthy(i) && i.updates.length >= 2);
  const before = await collect(sdk.osm.listAvailableUpdatesForManagedInstanceRecordIterator({ managedInstanceId: instance.id }));
  const chosen = before[0];
  const action = await sdk.osm.installPackageUpdateOnManagedInstance({ managedInstanceId: instance.id, softwarePackageName: chosen.name });
  assert.equal(typeof action.opcWorkRequestId, 'string');
  await finishAll();
  const done = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.operationType, 'UPDATE');
  const afterwards = await collect(sdk.osm.listAvailableUpdatesForManagedInstanceRecordIterator({ managedInstanceId: instance.id }));
  assert.deepEqual(sorted(afterwards.map(u => u.name)), sorted(before.slice(1).map(u => u.name)));
});

test('installAllWindowsUpdatesOnManagedInstance returns opc-work-request-id and succeeds', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'WINDOWS' && healthy(i) && i.updates.length > 0);
  const action = await sdk.osm.installAllWindowsUpdatesOnManagedInstance({ managedInstanceId: instance.id });
  await finishAll();
  const done = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.osFamily, 'WINDOWS');
  assert.equal(done.managedInstanceId.id, instance.id);
  const { managedInstance } = await sdk.osm.getManagedInstance({ managedInstanceId: instance.id });
  assert.equal(managedInstance.updatesAvailable, 0);
});

test('work on an UNREACHABLE instance FAILS with an AgentUnreachable error and logs saying so', async () => {
  const instance = truth.instances.find(i => i.status === 'UNREACHABLE' && i.osFamily === 'LINUX')
    ?? truth.instances.find(i => i.status === 'UNREACHABLE');
  const call = instance.osFamily === 'WINDOWS'
    ? sdk.osm.installAllWindowsUpdatesOnManagedInstance({ managedInstanceId: instance.id })
    : sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: instance.id });
  const action = await call;
  await finishAll();
  const failed = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(failed.status, 'FAILED');
  assert.equal(typeof failed.percentComplete, 'number');
  assert.ok(isOciTime(failed.timeFinished));

  const errors = await collect(sdk.osm.listWorkRequestErrorsRecordIterator({ workRequestId: failed.id }));
  assert.ok(errors.length > 0);
  assert.equal(errors[0].code, 'AgentUnreachable');
  assert.equal(typeof errors[0].message, 'string');
  assert.ok(errors[0].message.length > 0);
  assert.ok(isOciTime(errors[0].timestamp));
  const logs = await collect(sdk.osm.listWorkRequestLogsRecordIterator({ workRequestId: failed.id }));
  assert.ok(logs.length > 0);

  const { managedInstance } = await sdk.osm.getManagedInstance({ managedInstanceId: instance.id });
  assert.equal(managedInstance.updatesAvailable, instance.updates.length, 'nothing was installed');
});

test('work on an instance whose updates always fail FAILS with the package manager\'s error code', async () => {
  const instance = truth.instances.find(i => i.failsUpdates && i.hubStatus === 'NORMAL');
  const action = instance.osFamily === 'WINDOWS'
    ? await sdk.osm.installAllWindowsUpdatesOnManagedInstance({ managedInstanceId: instance.id })
    : await sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: instance.id });
  await finishAll();
  assert.equal((await getWorkRequest(action.opcWorkRequestId)).status, 'FAILED');
  const errors = await collect(sdk.osm.listWorkRequestErrorsRecordIterator({ workRequestId: action.opcWorkRequestId }));
  assert.equal(errors[0].code, instance.osFamily === 'WINDOWS' ? 'WindowsUpdateFailed' : 'PackageTransactionFailed');
});

test('installAllUpdatesOnManagedInstanceGroup makes a parent work request with one child per member', async () => {
  const group = truth.groups.find(g => g.osFamily === 'LINUX' && g.instanceIds.length >= 2);
  const action = await sdk.osm.installAllUpdatesOnManagedInstanceGroup({ managedInstanceGroupId: group.id, updateType: 'SECURITY' });
  await finishAll();
  const parent = await getWorkRequest(action.opcWorkRequestId);
  assert.equal(parent.managedInstanceId, undefined);
  assert.equal(parent.compartmentId, group.compartmentId);
  assert.equal(parent.childrenIds.length, group.instanceIds.length);

  const children = await Promise.all(parent.childrenIds.map(getWorkRequest));
  assert.deepEqual(sorted(children.map(c => c.managedInstanceId.id)), sorted(group.instanceIds));
  for (const child of children) {
    assert.equal(child.parentId, parent.id);
    assert.ok(['SUCCEEDED', 'FAILED'].includes(child.status), child.status);
  }
  const anyFails = group.instanceIds.some(id => !healthy(truth.instances.find(i => i.id === id)));
  assert.equal(parent.status, anyFails ? 'FAILED' : 'SUCCEEDED');
  assert.equal(children.some(c => c.status === 'FAILED'), anyFails);
});

test('listWorkRequests pages through every work request of a compartment, and filters by instance', async () => {
  const compartmentId = truth.instances.find(i => i.osFamily === 'LINUX' && healthy(i)).compartmentId;
  const members = truth.instances.filter(i => i.compartmentId === compartmentId && i.osFamily === 'LINUX');
  const started = [];
  for (const instance of members) {
    for (const updateType of ['SECURITY', 'BUGFIX']) {
      started.push((await sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: instance.id, updateType })).opcWorkRequestId);
    }
  }
  assert.ok(started.length > pageSize);
  const pages = await collect(sdk.osm.listWorkRequestsResponseIterator({ compartmentId }));
  assert.ok(pages.length > 1);
  for (const page of pages) assert.ok(page.items.length <= pageSize);
  const listed = pages.flatMap(p => p.items);
  assert.equal(new Set(listed.map(w => w.id)).size, listed.length, 'no work request is listed twice');
  for (const id of started) assert.ok(listed.some(w => w.id === id), `${id} is listed`);
  for (const summary of listed) {
    assert.equal(summary.compartmentId, compartmentId);
    assert.equal(typeof summary.percentComplete, 'number');
    assert.ok(['ACCEPTED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED'].includes(summary.status), summary.status);
    assert.ok(isOciTime(summary.timeAccepted));
    assert.equal(typeof summary.operationType, 'string');
  }

  const one = members[0];
  const forOne = await collect(sdk.osm.listWorkRequestsRecordIterator({ compartmentId, managedInstanceId: one.id }));
  assert.ok(forOne.length >= 2);
  for (const summary of forOne) {
    assert.equal((await getWorkRequest(summary.id)).managedInstanceId.id, one.id);
  }
  await finishAll();
});

test('work request logs page with the SDK\'s iterators and sort by timestamp', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'LINUX' && healthy(i));
  const action = await sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: instance.id });
  await finishAll();
  const pages = await collect(sdk.osm.listWorkRequestLogsResponseIterator({ workRequestId: action.opcWorkRequestId, limit: 1 }));
  const logs = pages.flatMap(p => p.items);
  assert.equal(pages.length, logs.length, 'one entry a page');
  assert.ok(logs.length >= 2, 'the work request logged its steps');
  const ascending = await collect(sdk.osm.listWorkRequestLogsRecordIterator({
    workRequestId: action.opcWorkRequestId, sortBy: 'TIMECREATED', sortOrder: 'ASC',
  }));
  const times = ascending.map(l => Date.parse(l.timestamp));
  assert.deepEqual(times, [...times].sort((a, b) => a - b));
  assert.deepEqual(sorted(ascending.map(l => l.message)), sorted(logs.map(l => l.message)));
});

test('an immediate action on an unknown instance is 404, and a Linux action on Windows is 400', async () => {
  assertOciError(await ociError(() => sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: 'ocid1.managedinstance.oc1..unknown' })),
    404, 'NotAuthorizedOrNotFound');
  const windows = truth.instances.find(i => i.osFamily === 'WINDOWS');
  assertOciError(await ociError(() => sdk.osm.installAllPackageUpdatesOnManagedInstance({ managedInstanceId: windows.id })),
    400, 'InvalidParameter');
  assertOciError(await ociError(() => sdk.osm.getWorkRequest({ workRequestId: 'ocid1.osmsworkrequest.oc1..unknown' })),
    404, 'NotAuthorizedOrNotFound');
});
