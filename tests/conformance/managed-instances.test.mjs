// Managed instances and groups through Oracle's oci-osmanagement client, with pages of 3: the SDK's own paging
// helpers must return every item, and every parsed field must match the emulator's ground truth (GET /_emulator/fleet).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { collect, isOciTime, sdkClients, startEmulator } from './support/emulator.mjs';

const pageSize = 3;
let emulator;
let sdk;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=16,compartments=4,depth=2,groups=4,windows=0.25', seed: 31, pageSize });
  sdk = sdkClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  sdk?.close();
  await emulator?.stop();
});

const sorted = values => [...values].sort();
const activeCompartments = () => truth.compartments.filter(c => c.lifecycleState === 'ACTIVE');

test('listManagedInstances through the SDK\'s iterators returns every instance of every compartment', async () => {
  let multiPage = 0;
  for (const compartment of activeCompartments()) {
    const expected = truth.instances.filter(i => i.compartmentId === compartment.id);
    const pages = await collect(sdk.osm.listManagedInstancesResponseIterator({ compartmentId: compartment.id }));
    const records = await collect(sdk.osm.listManagedInstancesRecordIterator({ compartmentId: compartment.id }));
    for (const page of pages) assert.ok(page.items.length <= pageSize);
    if (pages.length > 1) multiPage++;
    assert.deepEqual(sorted(records.map(i => i.id)), sorted(expected.map(i => i.id)), compartment.name);
    assert.deepEqual(sorted(pages.flatMap(p => p.items).map(i => i.id)), sorted(expected.map(i => i.id)), compartment.name);
  }
  assert.ok(multiPage >= 2, `expected at least two compartments to need several pages, got ${multiPage}`);
});

test('ManagedInstanceSummary fields match the fleet', async () => {
  const all = [];
  for (const compartment of activeCompartments()) {
    all.push(...await collect(sdk.osm.listManagedInstancesRecordIterator({ compartmentId: compartment.id })));
  }
  assert.equal(all.length, truth.instances.length);
  for (const summary of all) {
    const instance = truth.instances.find(i => i.id === summary.id);
    assert.equal(summary.displayName, instance.displayName);
    assert.equal(summary.compartmentId, instance.compartmentId);
    assert.equal(summary.osFamily, instance.osFamily);
    assert.equal(summary.status, instance.status);
    assert.equal(summary.updatesAvailable, instance.updates.length, summary.displayName);
    assert.equal(typeof summary.isRebootRequired, 'boolean');
  }
  assert.ok(all.some(s => s.status === 'UNREACHABLE'));
});

test('listManagedInstances sorts by DISPLAYNAME and filters by osFamily', async () => {
  const compartment = activeCompartments()
    .map(c => ({ c, n: truth.instances.filter(i => i.compartmentId === c.id).length }))
    .sort((a, b) => b.n - a.n)[0].c;
  const byName = await collect(sdk.osm.listManagedInstancesRecordIterator({
    compartmentId: compartment.id, sortBy: 'DISPLAYNAME', sortOrder: 'DESC',
  }));
  const names = byName.map(i => i.displayName);
  assert.deepEqual(names, [...names].sort().reverse());

  const windows = await collect(sdk.osm.listManagedInstancesRecordIterator({ compartmentId: compartment.id, osFamily: 'WINDOWS' }));
  assert.deepEqual(sorted(windows.map(i => i.id)),
    sorted(truth.instances.filter(i => i.compartmentId === compartment.id && i.osFamily === 'WINDOWS').map(i => i.id)));
});

test('getManagedInstance parses into a ManagedInstance that matches the fleet, with an etag', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'LINUX' && i.groupIds.length > 0 && i.updates.length > 0);
  const response = await sdk.osm.getManagedInstance({ managedInstanceId: instance.id });
  const full = response.managedInstance;
  assert.equal(full.id, instance.id);
  assert.equal(full.displayName, instance.displayName);
  assert.equal(full.compartmentId, instance.compartmentId);
  assert.equal(full.osFamily, 'LINUX');
  assert.equal(full.osName, instance.osName);
  assert.equal(full.osVersion, instance.osVersion);
  assert.equal(full.status, instance.status);
  assert.equal(typeof full.osKernelVersion, 'string');
  assert.equal(full.updatesAvailable, instance.updates.length);
  const count = type => instance.updates.filter(u => u.updateType === type).length;
  assert.equal(full.securityUpdatesAvailable, count('SECURITY'));
  assert.equal(full.bugUpdatesAvailable, count('BUG'));
  assert.equal(full.enhancementUpdatesAvailable, count('ENHANCEMENT'));
  assert.deepEqual(sorted(full.managedInstanceGroups.map(g => g.id)), sorted(instance.groupIds));
  assert.equal(typeof response.etag, 'string');
  assert.ok(response.etag.length > 0);
});

test('listAvailableUpdatesForManagedInstance pages through every Linux update, with errata and CVEs', async () => {
  const instance = truth.instances
    .filter(i => i.osFamily === 'LINUX')
    .sort((a, b) => b.updates.length - a.updates.length)[0];
  assert.ok(instance.updates.length > pageSize, 'the fleet has a Linux instance with several pages of updates');
  const updates = await collect(sdk.osm.listAvailableUpdatesForManagedInstanceRecordIterator({ managedInstanceId: instance.id }));
  assert.deepEqual(sorted(updates.map(u => u.name)), sorted(instance.updates.map(u => u.name)));
  for (const update of updates) {
    const expected = instance.updates.find(u => u.name === update.name);
    assert.equal(update.updateType, expected.updateType);
    assert.equal(typeof update.installedVersion, 'string');
    assert.equal(typeof update.availableVersion, 'string');
    assert.equal(update.displayName, expected.displayName);
    assert.deepEqual(sorted(update.relatedCves ?? []), sorted(expected.relatedCves));
    assert.deepEqual(sorted((update.errata ?? []).map(e => e.displayName)), sorted(expected.errata));
  }
});

test('listAvailableWindowsUpdatesForManagedInstance returns every Windows update', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'WINDOWS' && i.updates.length > 0);
  const updates = await collect(sdk.osm.listAvailableWindowsUpdatesForManagedInstanceRecordIterator({ managedInstanceId: instance.id }));
  assert.deepEqual(sorted(updates.map(u => u.name)), sorted(instance.updates.map(u => u.name)));
  for (const update of updates) {
    assert.equal(update.updateType, instance.updates.find(u => u.name === update.name).updateType);
    assert.equal(typeof update.isRebootRequiredForInstallation, 'boolean');
  }
});

test('listManagedInstanceGroups and getManagedInstanceGroup match the fleet\'s groups and members', async () => {
  const listed = [];
  for (const compartment of activeCompartments()) {
    listed.push(...await collect(sdk.osm.listManagedInstanceGroupsRecordIterator({ compartmentId: compartment.id })));
  }
  assert.deepEqual(sorted(listed.map(g => g.id)), sorted(truth.groups.map(g => g.id)));
  for (const summary of listed) {
    const group = truth.groups.find(g => g.id === summary.id);
    assert.equal(summary.displayName, group.displayName);
    assert.equal(summary.compartmentId, group.compartmentId);
    assert.equal(summary.managedInstanceCount, group.instanceIds.length);
    assert.equal(summary.lifecycleState, 'ACTIVE');

    const { managedInstanceGroup, etag } = await sdk.osm.getManagedInstanceGroup({ managedInstanceGroupId: group.id });
    assert.equal(managedInstanceGroup.osFamily, group.osFamily);
    assert.deepEqual(sorted(managedInstanceGroup.managedInstances.map(m => m.id)), sorted(group.instanceIds));
    assert.equal(typeof etag, 'string');
  }
});

test('listPackagesInstalledOnManagedInstance with a limit of 2 pages through every package', async () => {
  const instance = truth.instances.find(i => i.osFamily === 'LINUX');
  const pages = await collect(sdk.osm.listPackagesInstalledOnManagedInstanceResponseIterator({ managedInstanceId: instance.id, limit: 2 }));
  const packages = pages.flatMap(p => p.items);
  assert.ok(pages.length > 1, 'more than one page of installed packages');
  for (const page of pages) assert.ok(page.items.length <= 2);
  assert.equal(new Set(packages.map(p => p.name)).size, packages.length, 'no package is listed twice');
  for (const installed of packages) {
    assert.equal(typeof installed.version, 'string');
    assert.ok(isOciTime(installed.installTime), `installTime ${installed.installTime}`);
  }
  const all = await collect(sdk.osm.listPackagesInstalledOnManagedInstanceRecordIterator({ managedInstanceId: instance.id }));
  assert.deepEqual(sorted(all.map(p => p.name)), sorted(packages.map(p => p.name)));
});
