// A generated tenancy's errata catalog, through Oracle's oci-osmanagementhub client: as a real tenancy's, thousands of
// Oracle Linux 7, 8 and 9 advisories issued over the years (ELSA/ELBA/ELEA-<year>-<number>, security ones with a
// severity and CVEs), of which each instance misses a handful. listErrata's filters narrow it as the SDK documents them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hubClients, listAll, startEmulator } from './support/hub.mjs';

let emulator;
let hub;
let truth;
let catalog;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=40,compartments=4,depth=2,groups=3,vulnerable=0.6,windows=0.2', seed: 71, pageSize: 1000 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
  catalog = (await listAll(r => hub.sources.listErrata(r), { compartmentId: emulator.tenancyId, limit: 1000 }, 'erratumCollection')).items;
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

const year = date => new Date(date).getUTCFullYear();

test('the tenancy sees over a thousand security advisories, for Oracle Linux 7, 8 and 9, issued over years', () => {
  const security = catalog.filter(e => e.classificationType === 'SECURITY');
  assert.ok(security.length >= 1000, `${security.length} security advisories`);
  assert.deepEqual([...new Set(catalog.flatMap(e => e.osFamilies))].sort(), ['ORACLE_LINUX_7', 'ORACLE_LINUX_8', 'ORACLE_LINUX_9']);
  assert.deepEqual([...new Set(security.map(e => e.advisorySeverity))].sort(), ['CRITICAL', 'IMPORTANT', 'LOW', 'MODERATE']);
  assert.ok(new Set(catalog.map(e => year(e.timeIssued))).size >= 10, 'issued over at least ten years');
  assert.equal(new Set(catalog.map(e => e.name)).size, catalog.length, 'names are unique');
  for (const erratum of catalog) {
    const [, prefix, named] = erratum.name.match(/^(EL[SBE]A)-(\d{4})-\d{4,5}$/) ?? [];
    assert.equal(prefix, { SECURITY: 'ELSA', BUGFIX: 'ELBA', ENHANCEMENT: 'ELEA' }[erratum.classificationType], erratum.name);
    assert.equal(Number(named), year(erratum.timeIssued), `${erratum.name} issued ${erratum.timeIssued}`);
    assert.equal(erratum.relatedCves.length > 0, erratum.classificationType === 'SECURITY', erratum.name);
  }
});

test('each instance misses a handful of them, the recent ones', () => {
  const linux = truth.instances.filter(i => i.osFamily === 'LINUX');
  const missed = new Set(linux.flatMap(i => i.advisories.map(a => a.name)));
  assert.ok(linux.every(i => i.advisories.length <= 12));
  assert.ok(linux.some(i => i.advisories.some(a => a.classificationType === 'SECURITY')));
  assert.ok(missed.size * 20 < catalog.length, `${missed.size} of ${catalog.length} advisories missed anywhere`);
  const names = new Set(catalog.map(e => e.name));
  assert.ok([...missed].every(name => names.has(name)), 'every advisory an instance misses is in the catalog');
});

test('listErrata narrows the catalog by OS family, advisory type, severity and issue date', async () => {
  const list = async request => (await listAll(r => hub.sources.listErrata(r), { compartmentId: emulator.tenancyId, limit: 1000, ...request }, 'erratumCollection')).items;
  const ol9 = await list({ osFamily: 'ORACLE_LINUX_9' });
  assert.deepEqual(ol9.map(e => e.name).sort(), catalog.filter(e => e.osFamilies.includes('ORACLE_LINUX_9')).map(e => e.name).sort());
  const bugfix = await list({ advisoryType: ['BUGFIX'] });
  assert.deepEqual(bugfix.map(e => e.name).sort(), catalog.filter(e => e.classificationType === 'BUGFIX').map(e => e.name).sort());
  const critical = await list({ classificationType: ['SECURITY'], advisorySeverity: ['CRITICAL'] });
  assert.deepEqual(critical.map(e => e.name).sort(), catalog.filter(e => e.advisorySeverity === 'CRITICAL').map(e => e.name).sort());
  const from = new Date(Date.UTC(2023, 0, 1));
  const to = new Date(Date.UTC(2024, 0, 1));
  const of2023 = await list({ timeIssueDateStart: from, timeIssueDateEnd: to });
  assert.deepEqual(of2023.map(e => e.name).sort(), catalog.filter(e => year(e.timeIssued) === 2023).map(e => e.name).sort());
  assert.ok(of2023.length > 100);
});
