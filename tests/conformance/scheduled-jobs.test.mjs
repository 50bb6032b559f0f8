// Scheduled jobs through Oracle's oci-osmanagement client: create (one-time and recurring), get, list over pages,
// update with an etag, runNow, skipNextExecution, upcoming schedules, retry tokens, delete; 400, 404, 409 and 412.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, collect, isOciTime, ociError, sdkClients, startEmulator } from './support/emulator.mjs';

const hour = 3_600_000;
const day = 24 * hour;
let emulator;
let sdk;
let target;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=12,compartments=4,depth=2,groups=3', seed: 23, pageSize: 3 });
  sdk = sdkClients(emulator);
  const truth = await emulator.fleet();
  target = truth.instances.find(i => i.osFamily === 'LINUX' && i.hubStatus === 'NORMAL' && !i.failsUpdates && !i.isPaas);
});

after(async () => {
  sdk?.close();
  await emulator?.stop();
});

/** The emulator's virtual now, in milliseconds: job times are checked against it, and tests move it on. */
async function virtualNow() {
  return Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
}

async function createJob(overrides = {}, requestExtras = {}) {
  const details = {
    compartmentId: target.compartmentId,
    displayName: 'conformance-job',
    scheduleType: 'ONETIME',
    timeNextExecution: new Date((await virtualNow()) + 6 * hour),
    operationType: 'UPDATEALL',
    updateType: 'SECURITY',
    managedInstances: [{ id: target.id, displayName: target.displayName }],
    ...overrides,
  };
  const response = await sdk.osm.createScheduledJob({ createScheduledJobDetails: details, ...requestExtras });
  return { details, response, job: response.scheduledJob };
}

test('createScheduledJob (one-time) parses into a ScheduledJob with what was sent, an etag and a location', async () => {
  const { details, response, job } = await createJob({ displayName: 'one-time security', description: 'made by the conformance test' });
  assert.match(job.id, /^ocid1\.scheduledjob\./);
  assert.equal(job.compartmentId, target.compartmentId);
  assert.equal(job.displayName, 'one-time security');
  assert.equal(job.description, 'made by the conformance test');
  assert.equal(job.scheduleType, 'ONETIME');
  assert.equal(job.operationType, 'UPDATEALL');
  assert.equal(job.updateType, 'SECURITY');
  assert.equal(job.osFamily, 'LINUX');
  assert.equal(job.lifecycleState, 'ACTIVE');
  // The SDK types time fields as Date but hands back the wire's RFC 3339 text; it must be the instant that was sent.
  assert.ok(isOciTime(job.timeNextExecution), `timeNextExecution ${job.timeNextExecution}`);
  assert.equal(job.timeNextExecution, details.timeNextExecution.toISOString());
  assert.equal(new Date(job.timeNextExecution).getTime(), details.timeNextExecution.getTime());
  assert.equal(job.intervalType, undefined);
  assert.equal(job.managedInstances.length, 1);
  assert.equal(job.managedInstances[0].id, target.id);
  assert.equal(job.managedInstances[0].displayName, target.displayName);
  assert.equal(typeof response.etag, 'string');
  assert.ok(response.etag.length > 0);
  assert.equal(response.location, `${emulator.endpoint}/20190801/scheduledJobs/${job.id}`);
  assert.equal(typeof response.opcRequestId, 'string');
});

test('createScheduledJob (recurring) keeps the interval, and getScheduledJob returns the same job and etag', async () => {
  const { details, response, job } = await createJob({
    displayName: 'fortnightly', scheduleType: 'RECURRING', intervalType: 'WEEK', intervalValue: '2', updateType: 'ALL',
  });
  assert.equal(job.scheduleType, 'RECURRING');
  assert.equal(job.intervalType, 'WEEK');
  assert.equal(job.intervalValue, '2');
  assert.equal(job.updateType, 'ALL');

  const got = await sdk.osm.getScheduledJob({ scheduledJobId: job.id });
  assert.equal(got.etag, response.etag);
  assert.equal(got.scheduledJob.id, job.id);
  assert.equal(got.scheduledJob.intervalType, 'WEEK');
  assert.equal(new Date(got.scheduledJob.timeNextExecution).getTime(), details.timeNextExecution.getTime());
  assert.equal(got.scheduledJob.managedInstances[0].id, target.id);
  assert.deepEqual(got.scheduledJob.workRequests ?? [], []);
});

test('listScheduledJobs pages through every job of the compartment with the SDK\'s iterators', async () => {
  const created = [];
  for (let n = 0; n < 5; n++) created.push((await createJob({ displayName: `paged-${n}` })).job.id);
  const request = () => ({ compartmentId: target.compartmentId });
  const pages = await collect(sdk.osm.listScheduledJobsResponseIterator(request()));
  const records = await collect(sdk.osm.listScheduledJobsRecordIterator(request()));
  assert.ok(pages.length >= 2, `expected several pages, got ${pages.length}`);
  for (const page of pages) assert.ok(page.items.length <= 3);
  const ids = records.map(j => j.id);
  assert.equal(new Set(ids).size, ids.length, 'no job is listed twice');
  for (const id of created) assert.ok(ids.includes(id), `${id} is listed`);
  const summary = records.find(j => j.id === created[0]);
  assert.equal(summary.displayName, 'paged-0');
  assert.equal(summary.scheduleType, 'ONETIME');
  assert.ok(isOciTime(summary.timeNextExecution));
  assert.equal(summary.managedInstances[0].id, target.id);

  const filtered = await collect(sdk.osm.listScheduledJobsRecordIterator({ compartmentId: target.compartmentId, displayName: 'paged-3' }));
  assert.deepEqual(filtered.map(j => j.id), [created[3]]);
});

test('updateScheduledJob with the current etag changes the job and its etag; the old etag is then 412', async () => {
  const { response: created, job } = await createJob({ scheduleType: 'RECURRING', intervalType: 'DAY', intervalValue: '1' });
  const newTime = new Date((await virtualNow()) + 2 * day);
  const updated = await sdk.osm.updateScheduledJob({
    scheduledJobId: job.id,
    ifMatch: created.etag,
    updateScheduledJobDetails: { displayName: 'renamed', timeNextExecution: newTime, intervalType: 'HOUR', intervalValue: '6' },
  });
  assert.equal(updated.scheduledJob.displayName, 'renamed');
  assert.equal(updated.scheduledJob.intervalType, 'HOUR');
  assert.equal(updated.scheduledJob.intervalValue, '6');
  assert.equal(updated.scheduledJob.timeNextExecution, newTime.toISOString());
  assert.notEqual(updated.etag, created.etag);

  const stale = await ociError(() => sdk.osm.updateScheduledJob({
    scheduledJobId: job.id, ifMatch: created.etag, updateScheduledJobDetails: { displayName: 'lost update' },
  }));
  assertOciError(stale, 412, 'PreconditionFailed');
  assert.equal((await sdk.osm.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.displayName, 'renamed');
});

test('runScheduledJobNow starts a work request without moving the schedule', async () => {
  const { job } = await createJob({ scheduleType: 'RECURRING', intervalType: 'DAY', intervalValue: '1' });
  const run = await sdk.osm.runScheduledJobNow({ scheduledJobId: job.id });
  assert.equal(typeof run.etag, 'string');
  assert.equal(typeof run.opcRequestId, 'string');

  const { scheduledJob } = await sdk.osm.getScheduledJob({ scheduledJobId: job.id });
  assert.equal(scheduledJob.timeNextExecution, job.timeNextExecution);
  assert.equal(scheduledJob.workRequests.length, 1);
  const { workRequest } = await sdk.osm.getWorkRequest({ workRequestId: scheduledJob.workRequests[0].id });
  assert.equal(workRequest.status, 'ACCEPTED');
  assert.equal(workRequest.percentComplete, 0);
  assert.equal(workRequest.managedInstanceId.id, target.id);
  assert.equal(workRequest.compartmentId, target.compartmentId);
});

test('skipNextScheduledJobExecution moves a recurring job on one interval; a one-time job is 409', async () => {
  const { job } = await createJob({ scheduleType: 'RECURRING', intervalType: 'DAY', intervalValue: '3' });
  const skipped = await sdk.osm.skipNextScheduledJobExecution({ scheduledJobId: job.id });
  assert.equal(typeof skipped.etag, 'string');
  const { scheduledJob } = await sdk.osm.getScheduledJob({ scheduledJobId: job.id });
  assert.equal(new Date(scheduledJob.timeNextExecution).getTime(), new Date(job.timeNextExecution).getTime() + 3 * day);

  const { job: once } = await createJob();
  assertOciError(await ociError(() => sdk.osm.skipNextScheduledJobExecution({ scheduledJobId: once.id })), 409, 'Conflict');
});

test('a one-time job runs once when it comes due, then has no next execution', async () => {
  const { job } = await createJob({ timeNextExecution: new Date((await virtualNow()) + hour) });
  await emulator.advance('PT2H');
  const { scheduledJob } = await sdk.osm.getScheduledJob({ scheduledJobId: job.id });
  assert.equal(scheduledJob.timeNextExecution, undefined);
  assert.equal(scheduledJob.timeLastExecution, job.timeNextExecution);
  assert.equal(scheduledJob.workRequests.length, 1);
  const { workRequest } = await sdk.osm.getWorkRequest({ workRequestId: scheduledJob.workRequests[0].id });
  assert.equal(workRequest.status, 'SUCCEEDED');
  assert.equal(workRequest.percentComplete, 100);
});

test('listUpcomingScheduledJobs returns the jobs due before timeEnd', async () => {
  const now = await virtualNow();
  const { job: soon } = await createJob({ displayName: 'soon', timeNextExecution: new Date(now + 2 * hour) });
  const { job: later } = await createJob({ displayName: 'later', timeNextExecution: new Date(now + 10 * day) });
  const upcoming = await collect(sdk.osm.listUpcomingScheduledJobsRecordIterator({
    compartmentId: target.compartmentId, timeEnd: new Date(now + 3 * hour),
  }));
  const ids = upcoming.map(j => j.id);
  assert.ok(ids.includes(soon.id));
  assert.ok(!ids.includes(later.id));
  for (const j of upcoming) assert.ok(new Date(j.timeNextExecution).getTime() <= now + 3 * hour);
});

test('listUpcomingScheduledJobs takes timeEnd as oci-common writes it, an hour of one digit', async () => {
  // oci-common formats query times from the local clock without padding the hour ('T5:00:00Z'); a timeEnd at 05:00
  // makes it send one digit whatever the hour of the run (the test suite runs with TZ=UTC, so local time is UTC).
  const now = await virtualNow();
  const { job: soon } = await createJob({ displayName: 'soon-5am', timeNextExecution: new Date(now + 2 * hour) });
  const { job: later } = await createJob({ displayName: 'later-5am', timeNextExecution: new Date(now + 10 * day) });
  const timeEnd = new Date(now + day);
  timeEnd.setHours(5, 0, 0, 0);
  if (timeEnd.getTime() <= now + day) timeEnd.setDate(timeEnd.getDate() + 1);
  const upcoming = await collect(sdk.osm.listUpcomingScheduledJobsRecordIterator({ compartmentId: target.compartmentId, timeEnd }));
  const ids = upcoming.map(j => j.id);
  assert.ok(ids.includes(soon.id), 'the job due in 2 hours is upcoming');
  assert.ok(!ids.includes(later.id), 'the job due in 10 days is not');
});

test('an opc-retry-token returns the first job again; reused for another operation it is 409', async () => {
  const token = `conformance-${process.pid}-${Date.now()}`;
  const first = await createJob({ displayName: 'retried' }, { opcRetryToken: token });
  const again = await sdk.osm.createScheduledJob({ createScheduledJobDetails: first.details, opcRetryToken: token });
  assert.equal(again.scheduledJob.id, first.job.id);
  assert.equal(again.etag, first.response.etag);

  const reused = await ociError(() => sdk.osm.runScheduledJobNow({ scheduledJobId: first.job.id, opcRetryToken: token }));
  assertOciError(reused, 409, 'Conflict');
});

test('deleteScheduledJob with a stale etag is 412; then deleted, the job is 404 and gone from lists', async () => {
  const { response, job } = await createJob({ displayName: 'to-delete' });
  const { etag } = await sdk.osm.updateScheduledJob({
    scheduledJobId: job.id, ifMatch: response.etag, updateScheduledJobDetails: { description: 'changed' },
  });
  assertOciError(await ociError(() => sdk.osm.deleteScheduledJob({ scheduledJobId: job.id, ifMatch: response.etag })), 412, 'PreconditionFailed');

  const deleted = await sdk.osm.deleteScheduledJob({ scheduledJobId: job.id, ifMatch: etag });
  assert.equal(typeof deleted.opcRequestId, 'string');
  assertOciError(await ociError(() => sdk.osm.getScheduledJob({ scheduledJobId: job.id })), 404, 'NotAuthorizedOrNotFound');
  const listed = await collect(sdk.osm.listScheduledJobsRecordIterator({ compartmentId: target.compartmentId }));
  assert.ok(!listed.some(j => j.id === job.id));
  assertOciError(await ociError(() => sdk.osm.deleteScheduledJob({ scheduledJobId: job.id })), 404, 'NotAuthorizedOrNotFound');
});

test('createScheduledJob without targets is 400 InvalidParameter; in an unknown compartment it is 404', async () => {
  assertOciError(await ociError(() => createJob({ managedInstances: [] })), 400, 'InvalidParameter');
  assertOciError(await ociError(() => createJob({ compartmentId: 'ocid1.compartment.oc1..unknown' })), 404, 'NotAuthorizedOrNotFound');
});

test('a job in the past is refused with 400', async () => {
  const yesterday = new Date((await virtualNow()) - day);
  const error = await ociError(() => createJob({ timeNextExecution: yesterday }));
  assert.equal(error.statusCode, 400);
});
