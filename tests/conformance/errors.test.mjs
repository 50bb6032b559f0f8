// The error paths as Oracle's SDK surfaces them: 401 NotAuthenticated for a key the emulator does not know or a
// signature that does not verify, 404 NotAuthorizedOrNotFound for unknown ids, 400 for bad or missing parameters.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, ociError, sdkClients, startEmulator, writeForeignConfig } from './support/emulator.mjs';

let emulator;
let sdk;
let truth;
const opened = [];

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=8,compartments=4,depth=1,groups=2', seed: 59, pageSize: 3 });
  sdk = sdkClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  for (const clients of opened) clients.close();
  sdk?.close();
  await emulator?.stop();
});

function clientsFor(configFile) {
  const clients = sdkClients(emulator, configFile);
  opened.push(clients);
  return clients;
}

const instanceCompartment = () => truth.instances[0].compartmentId;

test('a request signed with another private key is 401 NotAuthenticated, for both services', async () => {
  const stranger = clientsFor(writeForeignConfig(emulator));
  const osm = await ociError(() => stranger.osm.listManagedInstances({ compartmentId: instanceCompartment() }));
  assertOciError(osm, 401, 'NotAuthenticated');
  const identity = await ociError(() => stranger.identity.getCompartment({ compartmentId: truth.compartments[0].id }));
  assertOciError(identity, 401, 'NotAuthenticated');
  const write = await ociError(() => stranger.osm.installAllPackageUpdatesOnManagedInstance({
    managedInstanceId: truth.instances.find(i => i.osFamily === 'LINUX').id,
  }));
  assertOciError(write, 401, 'NotAuthenticated');
});

test('a key id with an unknown fingerprint is 401 NotAuthenticated', async () => {
  const unknown = clientsFor(writeForeignConfig(emulator, { fingerprint: '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff' }));
  const error = await ociError(() => unknown.identity.listCompartments({ compartmentId: emulator.tenancyId }));
  assertOciError(error, 401, 'NotAuthenticated');
  assert.ok(!error.message.includes('PRIVATE KEY'));
});

test('a refused request changes nothing', async () => {
  const stranger = clientsFor(writeForeignConfig(emulator));
  const error = await ociError(() => stranger.osm.createScheduledJob({
    createScheduledJobDetails: {
      compartmentId: instanceCompartment(), displayName: 'never', scheduleType: 'ONETIME', operationType: 'UPDATEALL',
      timeNextExecution: new Date(Date.now() + 3_600_000), managedInstances: [{ id: truth.instances[0].id }],
    },
  }));
  assertOciError(error, 401, 'NotAuthenticated');
  const { items } = await sdk.osm.listScheduledJobs({ compartmentId: instanceCompartment() });
  assert.deepEqual(items, []);
});

test('the emulator\'s own key is accepted (the 401s above are about the key, not the clients)', async () => {
  const { items } = await sdk.osm.listManagedInstances({ compartmentId: instanceCompartment() });
  assert.ok(items.length > 0);
});

test('unknown ids are 404 NotAuthorizedOrNotFound on every get', async () => {
  const calls = {
    getManagedInstance: () => sdk.osm.getManagedInstance({ managedInstanceId: 'ocid1.managedinstance.oc1..unknown' }),
    getManagedInstanceGroup: () => sdk.osm.getManagedInstanceGroup({ managedInstanceGroupId: 'ocid1.managedinstancegroup.oc1..unknown' }),
    getScheduledJob: () => sdk.osm.getScheduledJob({ scheduledJobId: 'ocid1.scheduledjob.oc1..unknown' }),
    getWorkRequest: () => sdk.osm.getWorkRequest({ workRequestId: 'ocid1.osmsworkrequest.oc1..unknown' }),
    listWorkRequestLogs: () => sdk.osm.listWorkRequestLogs({ workRequestId: 'ocid1.osmsworkrequest.oc1..unknown' }),
    listAvailableUpdates: () => sdk.osm.listAvailableUpdatesForManagedInstance({ managedInstanceId: 'ocid1.managedinstance.oc1..unknown' }),
    listManagedInstances: () => sdk.osm.listManagedInstances({ compartmentId: 'ocid1.compartment.oc1..unknown' }),
    getCompartment: () => sdk.identity.getCompartment({ compartmentId: 'ocid1.compartment.oc1..unknown' }),
    getTenancy: () => sdk.identity.getTenancy({ tenancyId: 'ocid1.tenancy.oc1..unknown' }),
  };
  for (const [name, call] of Object.entries(calls)) {
    const error = await ociError(call);
    assert.equal(error.statusCode, 404, name);
    assert.equal(error.serviceCode, 'NotAuthorizedOrNotFound', name);
    assert.equal(typeof error.opcRequestId, 'string', name);
  }
});

test('bad list parameters are 400 InvalidParameter', async () => {
  const compartmentId = instanceCompartment();
  assertOciError(await ociError(() => sdk.osm.listManagedInstances({ compartmentId, sortBy: 'SIZE' })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => sdk.osm.listManagedInstances({ compartmentId, sortOrder: 'UP' })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => sdk.osm.listManagedInstances({ compartmentId, limit: -1 })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => sdk.osm.listManagedInstances({ compartmentId, page: 'not-a-page-token' })), 400, 'InvalidParameter');
});

test('a missing required parameter is 400 MissingParameter', async () => {
  assertOciError(await ociError(() => sdk.osm.listManagedInstances({})), 400, 'MissingParameter');
  assertOciError(await ociError(() => sdk.osm.listUpcomingScheduledJobs({ compartmentId: instanceCompartment() })), 400, 'MissingParameter');
});
