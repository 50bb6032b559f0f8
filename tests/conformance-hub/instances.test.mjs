// Managed instances through Oracle's oci-osmanagementhub client: the list over pages with each filter, opc-total-items,
// get with the per-type counts, updatable packages with severity, errata with issue dates, getErratum, Windows updates.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, isOciTime, listAll, ociError, osmh, startEmulator } from './support/hub.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=40,compartments=5,depth=2,groups=3,vulnerable=0.6,windows=0.25,stale=3', seed: 31, pageSize: 4 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

const list = request => listAll(r => hub.instances.listManagedInstances(r), request, 'managedInstanceCollection');
const ids = items => items.map(i => i.id).sort();
const inCompartment = compartmentId => truth.instances.filter(i => i.compartmentId === compartmentId);
const busiest = () => {
  const counts = new Map();
  for (const i of truth.instances) counts.set(i.compartmentId, (counts.get(i.compartmentId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
};

test('listManagedInstances pages a compartment (opc-next-page) into summaries with Hub fields, and says the total', async () => {
  const compartmentId = busiest();
  const { items, pages } = await list({ compartmentId });
  assert.ok(pages > 1, 'the compartment spans several pages of 4');
  assert.deepEqual(ids(items), ids(inCompartment(compartmentId)));
  const first = await hub.instances.listManagedInstances({ compartmentId, limit: 2 });
  assert.equal(first.opcTotalItems, inCompartment(compartmentId).length);
  for (const summary of items) {
    const expected = truth.instances.find(i => i.id === summary.id);
    assert.equal(summary.tenancyId, emulator.tenancyId);
    assert.equal(summary.osFamily, expected.hubOsFamily);
    assert.ok(Object.values(osmh.models.OsFamily).includes(summary.osFamily), summary.osFamily);
    assert.ok(Object.values(osmh.models.ManagedInstanceStatus).includes(summary.status), summary.status);
    assert.equal(summary.status, expected.hubStatus);
    assert.equal(summary.updatesAvailable, expected.updates.length);
    assert.equal(summary.isRebootRequired, expected.isRebootRequired);
    assert.equal(summary.managedInstanceGroup?.id, expected.hubGroupId ?? undefined);
  }
});

test('without a compartment the list covers the tenancy; sorting by displayName ASC and timeCreated work', async () => {
  const { items } = await list({ sortBy: osmh.requests.ListManagedInstancesRequest.SortBy.DisplayName, sortOrder: osmh.models.SortOrder.Asc });
  assert.equal(items.length, truth.instances.length);
  const names = items.map(i => i.displayName);
  assert.deepEqual(names, [...names].sort());
});

test('the filters: status[], osFamily[], displayName[], displayNameContains, group, isRebootRequired, location[], advisoryName[]', async () => {
  const all = truth.instances;
  const check = async (request, expected, what) => assert.deepEqual(ids((await list(request)).items), ids(expected), what);
  await check({ status: ['UNREACHABLE'] }, all.filter(i => i.hubStatus === 'UNREACHABLE'), 'status');
  await check({ osFamily: ['ORACLE_LINUX_9', 'WINDOWS_SERVER_2022'] }, all.filter(i => ['ORACLE_LINUX_9', 'WINDOWS_SERVER_2022'].includes(i.hubOsFamily)), 'osFamily');
  await check({ displayName: [all[0].displayName, all[1].displayName] }, [all[0], all[1]], 'displayName');
  await check({ displayNameContains: 'WIN' }, all.filter(i => i.displayName.toLowerCase().includes('win')), 'displayNameContains');
  const group = truth.hubGroups[0];
  await check({ group: group.id }, all.filter(i => i.hubGroupId === group.id), 'group');
  await check({ isRebootRequired: true }, all.filter(i => i.isRebootRequired), 'isRebootRequired');
  await check({ location: ['ON_PREMISE'] }, all.filter(i => i.location === 'ON_PREMISE'), 'location');
  const advisory = all.flatMap(i => i.advisories)[0].name;
  await check({ advisoryName: [advisory] }, all.filter(i => i.advisories.some(a => a.name === advisory)), 'advisoryName');
  assert.ok(all.some(i => i.hubStatus === 'UNREACHABLE') && all.some(i => i.isRebootRequired) && all.some(i => i.location === 'ON_PREMISE'));
});

test('getManagedInstance has an etag and the counts per type that its updatable packages and Windows updates add up to', async () => {
  for (const expected of [truth.instances.find(i => i.osFamily === 'LINUX' && i.updates.length > 3), truth.instances.find(i => i.osFamily === 'WINDOWS')]) {
    const { managedInstance: mi, etag } = await hub.instances.getManagedInstance({ managedInstanceId: expected.id });
    assert.ok(etag.length > 0);
    assert.equal(mi.osFamily, expected.hubOsFamily);
    assert.ok(isOciTime(mi.timeLastCheckin) && isOciTime(mi.timeLastBoot));
    const count = type => expected.updates.filter(u => u.classificationType === type).length;
    assert.equal(mi.securityUpdatesAvailable, count('SECURITY'));
    assert.equal(mi.bugUpdatesAvailable, count('BUGFIX'));
    assert.equal(mi.enhancementUpdatesAvailable, count('ENHANCEMENT'));
    assert.equal(mi.otherUpdatesAvailable, count('OTHER'));
    assert.equal(mi.updatesAvailable, expected.updates.length);
    if (expected.osFamily === 'WINDOWS') {
      const { items } = await listAll(r => hub.instances.listManagedInstanceAvailableWindowsUpdates(r), { managedInstanceId: expected.id }, 'availableWindowsUpdateCollection');
      assert.deepEqual(items.map(u => u.updateId).sort(), expected.updates.map(u => u.name).sort());
      for (const update of items) {
        assert.match(update.updateId, /^[0-9a-f]{8}-[0-9a-f]{4}-/);
        assert.match(update.name, /KB\d+/);
        assert.equal(update.installable, 'INSTALLABLE');
        assert.equal(typeof update.isRebootRequiredForInstallation, 'boolean');
      }
    } else {
      const { items } = await listAll(r => hub.instances.listManagedInstanceUpdatablePackages(r), { managedInstanceId: expected.id }, 'updatablePackageCollection');
      assert.deepEqual(items.map(p => p.name).sort(), expected.updates.map(u => u.name).sort());
    }
  }
});

test('updatable packages carry errata, CVEs and severity, and filter by classification, severity and advisory', async () => {
  const expected = truth.instances.find(i => i.osFamily === 'LINUX' && i.updates.some(u => u.advisorySeverity));
  const { items } = await listAll(r => hub.instances.listManagedInstanceUpdatablePackages(r), { managedInstanceId: expected.id }, 'updatablePackageCollection');
  for (const pkg of items) {
    const update = expected.updates.find(u => u.name === pkg.name);
    assert.equal(pkg.packageClassification, 'UPDATABLE');
    assert.equal(pkg.updateType, update.classificationType);
    assert.deepEqual(pkg.errata, update.errata);
    assert.deepEqual(pkg.relatedCves, update.relatedCves);
    assert.equal(pkg.advisorySeverity, update.advisorySeverity ?? undefined);
    assert.ok(pkg.version && pkg.installedVersion && pkg.architecture);
  }
  const packages = request => listAll(r => hub.instances.listManagedInstanceUpdatablePackages(r), { managedInstanceId: expected.id, ...request }, 'updatablePackageCollection');
  const security = await packages({ classificationType: ['SECURITY'] });
  assert.deepEqual(security.items.map(p => p.name).sort(),
    expected.updates.filter(u => u.classificationType === 'SECURITY').map(u => u.name).sort());
  const severity = expected.updates.find(u => u.advisorySeverity).advisorySeverity;
  const bySeverity = await packages({ advisorySeverity: [severity] });
  assert.deepEqual(bySeverity.items.map(p => p.name).sort(), expected.updates.filter(u => u.advisorySeverity === severity).map(u => u.name).sort());
  const advisory = expected.advisories[0].name;
  const byAdvisory = await packages({ advisoryName: [advisory] });
  assert.deepEqual(byAdvisory.items.map(p => p.name).sort(), expected.updates.filter(u => u.errata.includes(advisory)).map(u => u.name).sort());
});

test('the fleet has advisories of every severity, some issued more than 90 days ago', async () => {
  const advisories = truth.instances.flatMap(i => i.advisories);
  const severities = new Set(advisories.filter(a => a.classificationType === 'SECURITY').map(a => a.advisorySeverity));
  assert.deepEqual([...severities].sort(), ['CRITICAL', 'IMPORTANT', 'LOW', 'MODERATE']);
  const now = Date.parse(truth.now);
  assert.ok(advisories.some(a => now - Date.parse(a.timeIssued) > 90 * 86_400_000), 'an advisory older than 90 days');
  assert.ok(advisories.some(a => now - Date.parse(a.timeIssued) < 30 * 86_400_000), 'a recent advisory');
});

test('an instance\'s errata have issue times, packages and CVEs; getErratum adds severity and solution', async () => {
  const expected = truth.instances.find(i => i.advisories.length > 2);
  const { items } = await listAll(r => hub.instances.listManagedInstanceErrata(r), { managedInstanceId: expected.id }, 'managedInstanceErratumSummaryCollection');
  assert.deepEqual(items.map(e => e.name).sort(), expected.advisories.map(a => a.name).sort());
  const times = items.map(e => Date.parse(e.timeIssued));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'timeIssued, newest first, by default');
  for (const erratum of items) {
    const advisory = expected.advisories.find(a => a.name === erratum.name);
    assert.equal(erratum.advisoryType, advisory.classificationType);
    assert.equal(erratum.timeIssued, advisory.timeIssued);
    assert.deepEqual(erratum.relatedCves, advisory.relatedCves);
    assert.ok(erratum.packages.length > 0 && erratum.packages.every(p => expected.updates.some(u => u.name === p.name)));
  }
  const security = expected.advisories.find(a => a.classificationType === 'SECURITY') ?? expected.advisories[0];
  const { erratum } = await hub.sources.getErratum({ name: security.name, compartmentId: emulator.tenancyId });
  assert.equal(erratum.name, security.name);
  assert.equal(erratum.advisorySeverity, security.advisorySeverity ?? undefined);
  assert.equal(erratum.timeIssued, security.timeIssued);
  assert.deepEqual(erratum.relatedCves, security.relatedCves);
  assert.ok(erratum.solution && erratum.packages.length > 0 && erratum.osFamilies[0].startsWith('ORACLE_LINUX_'));
  const filtered = await listAll(r => hub.instances.listManagedInstanceErrata(r), { managedInstanceId: expected.id, classificationType: ['SECURITY'] }, 'managedInstanceErratumSummaryCollection');
  assert.deepEqual(filtered.items.map(e => e.name).sort(), expected.advisories.filter(a => a.classificationType === 'SECURITY').map(a => a.name).sort());
});

test('listErrata gives the tenancy\'s advisories by classification and name; listManagedInstances by advisoryName finds the instances missing them', async () => {
  const known = new Map(truth.instances.flatMap(i => i.advisories).map(a => [a.name, a]));
  // (The whole catalog, thousands of advisories, is catalog.test.mjs's: this file pages by 3.)
  const missed = [...known.values()].filter(a => a.classificationType === 'SECURITY').map(a => a.name);
  const security = await listAll(r => hub.sources.listErrata(r), { compartmentId: emulator.tenancyId, classificationType: ['SECURITY'], name: missed }, 'erratumCollection');
  assert.ok(security.items.length > 0 && security.items.every(e => e.classificationType === 'SECURITY'));
  assert.deepEqual(security.items.map(e => e.name).sort(), [...missed].sort(), 'every security advisory an instance misses is listed');
  const [first, second] = missed;
  const named = await listAll(r => hub.sources.listErrata(r), { compartmentId: emulator.tenancyId, name: [first, second] }, 'erratumCollection');
  assert.deepEqual(named.items.map(e => e.name).sort(), [first, second].sort());
  for (const erratum of named.items) {
    const advisory = known.get(erratum.name);
    assert.equal(erratum.timeIssued, advisory.timeIssued);
    assert.equal(erratum.advisorySeverity, advisory.advisorySeverity ?? undefined);
    assert.deepEqual(erratum.relatedCves, advisory.relatedCves);
    assert.ok(erratum.osFamilies[0].startsWith('ORACLE_LINUX_'));
  }
  const compartmentId = busiest();
  const { items } = await list({ compartmentId, advisoryName: [first, second] });
  const expected = inCompartment(compartmentId).filter(i => i.advisories.some(a => a.name === first || a.name === second));
  assert.deepEqual(ids(items), ids(expected));
  assertOciError(await ociError(() => hub.sources.listErrata({ classificationType: ['SECURITY'] })), 400, 'MissingParameter');
});

test('stale and unreachable instances show in their last check-in; the rest checked in within minutes, even after the clock moves', async () => {
  await emulator.advance('P2D');
  const moved = await emulator.fleet();
  const stale = moved.instances.filter(i => i.isStale);
  assert.deepEqual(stale.map(i => i.id).sort(), truth.instances.filter(i => i.isStale).map(i => i.id).sort());
  // Hub shows an instance that has not checked in for 24 hours as UNREACHABLE ("Offline" in its console).
  assert.ok(stale.length > 0 && stale.every(i => i.hubStatus === 'UNREACHABLE'));
  assert.ok(stale.some(i => i.status === 'NORMAL'), 'an instance the retired API still calls NORMAL');
  for (const instance of [stale[0], moved.instances.find(i => !i.isStale)]) {
    const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: instance.id });
    const age = Date.parse(moved.now) - Date.parse(managedInstance.timeLastCheckin);
    assert.equal(age > 86_400_000, instance.isStale, `${instance.displayName}: last check-in ${managedInstance.timeLastCheckin}`);
  }
});

test('bad filters are 400 InvalidParameter; unknown ids 404; getErratum needs a compartmentId', async () => {
  assertOciError(await ociError(() => hub.instances.listManagedInstances({ status: ['ASLEEP'] })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.instances.listManagedInstances({ osFamily: ['LINUX'] })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.instances.listManagedInstances({ sortBy: 'TIMECREATED' })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.instances.listManagedInstances({ page: 'nope' })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.instances.getManagedInstance({ managedInstanceId: 'ocid1.instance.oc1..unknown' })), 404, 'NotAuthorizedOrNotFound');
  assertOciError(await ociError(() => hub.instances.listManagedInstances({ compartmentId: 'ocid1.compartment.oc1..unknown' })), 404, 'NotAuthorizedOrNotFound');
  assertOciError(await ociError(() => hub.sources.getErratum({ name: 'ELSA-1999-0001', compartmentId: emulator.tenancyId })), 404, 'NotAuthorizedOrNotFound');
  assertOciError(await ociError(() => hub.sources.getErratum({ name: truth.instances.flatMap(i => i.advisories)[0].name })), 400, 'MissingParameter');
});
