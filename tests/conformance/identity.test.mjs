// Identity (20160918) through Oracle's oci-identity client: compartment lists page by page, the subtree,
// getCompartment and getTenancy, compared with the emulator's ground truth.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, collect, isOciTime, ociError, sdkClients, startEmulator } from './support/emulator.mjs';

const pageSize = 3;
let emulator;
let sdk;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=12,compartments=5,depth=2,groups=2', seed: 11, pageSize });
  sdk = sdkClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  sdk?.close();
  await emulator?.stop();
});

const ids = items => items.map(item => item.id).sort();

test('listCompartments with compartmentIdInSubtree returns the whole tree, every lifecycle state, over several pages', async () => {
  // A fresh request each time: the SDK's iterators write the next page token into the request they are given.
  const request = () => ({ compartmentId: emulator.tenancyId, compartmentIdInSubtree: true, accessLevel: 'ANY' });
  const pages = await collect(sdk.identity.listCompartmentsResponseIterator(request()));
  const records = await collect(sdk.identity.listCompartmentsRecordIterator(request()));

  assert.ok(pages.length >= 3, `expected at least 3 pages of ${pageSize}, got ${pages.length}`);
  for (const page of pages.slice(0, -1)) {
    assert.equal(page.items.length, pageSize);
    assert.equal(typeof page.opcNextPage, 'string');
  }
  assert.equal(pages.at(-1).opcNextPage, undefined);
  assert.deepEqual(ids(records), ids(truth.compartments));
  assert.deepEqual(ids(pages.flatMap(page => page.items)), ids(truth.compartments));
  assert.deepEqual(new Set(records.map(c => c.lifecycleState)), new Set(['ACTIVE', 'INACTIVE', 'DELETED']));
});

test('listCompartments without the subtree returns only the tenancy\'s children', async () => {
  const records = await collect(sdk.identity.listCompartmentsRecordIterator({ compartmentId: emulator.tenancyId }));
  assert.deepEqual(ids(records), ids(truth.compartments.filter(c => c.parentId === truth.tenancyId)));
  for (const compartment of records) assert.equal(compartment.compartmentId, emulator.tenancyId);
});

test('listCompartments filters by lifecycleState and sorts by NAME', async () => {
  const records = await collect(sdk.identity.listCompartmentsRecordIterator({
    compartmentId: emulator.tenancyId, compartmentIdInSubtree: true, lifecycleState: 'ACTIVE', sortBy: 'NAME', sortOrder: 'ASC',
  }));
  const active = truth.compartments.filter(c => c.lifecycleState === 'ACTIVE');
  assert.deepEqual(ids(records), ids(active));
  const names = records.map(c => c.name);
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('listCompartments with a limit below the page size honours the limit', async () => {
  const first = await sdk.identity.listCompartments({ compartmentId: emulator.tenancyId, compartmentIdInSubtree: true, limit: 2 });
  assert.equal(first.items.length, 2);
  assert.equal(typeof first.opcNextPage, 'string');
  const second = await sdk.identity.listCompartments({
    compartmentId: emulator.tenancyId, compartmentIdInSubtree: true, limit: 2, page: first.opcNextPage,
  });
  assert.equal(second.items.length, 2);
  assert.equal(new Set([...ids(first.items), ...ids(second.items)]).size, 4);
});

test('getCompartment parses into a Compartment whose fields match the tree', async () => {
  const nested = truth.compartments.find(c => c.parentId !== truth.tenancyId && c.lifecycleState === 'ACTIVE');
  const response = await sdk.identity.getCompartment({ compartmentId: nested.id });
  const compartment = response.compartment;
  assert.equal(compartment.id, nested.id);
  assert.equal(compartment.name, nested.name);
  assert.equal(compartment.compartmentId, nested.parentId);
  assert.equal(compartment.lifecycleState, 'ACTIVE');
  assert.equal(typeof compartment.description, 'string');
  assert.ok(isOciTime(compartment.timeCreated), `timeCreated ${compartment.timeCreated}`);
  assert.equal(typeof response.opcRequestId, 'string');
  assert.equal(typeof response.etag, 'string');
});

test('getCompartment for an unknown id is the SDK\'s 404 NotAuthorizedOrNotFound', async () => {
  const error = await ociError(() => sdk.identity.getCompartment({ compartmentId: 'ocid1.compartment.oc1..unknown' }));
  assertOciError(error, 404, 'NotAuthorizedOrNotFound');
});

test('listCompartments with the subtree below the tenancy is refused with 400', async () => {
  const child = truth.compartments.find(c => c.parentId === truth.tenancyId && c.lifecycleState === 'ACTIVE');
  const error = await ociError(() => sdk.identity.listCompartments({ compartmentId: child.id, compartmentIdInSubtree: true }));
  assert.equal(error.statusCode, 400);
});

test('getTenancy parses into a Tenancy', async () => {
  const { tenancy } = await sdk.identity.getTenancy({ tenancyId: emulator.tenancyId });
  assert.equal(tenancy.id, emulator.tenancyId);
  assert.equal(typeof tenancy.name, 'string');
  assert.ok(tenancy.name.length > 0);
});
