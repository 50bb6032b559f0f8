// Scheduled jobs through Oracle's oci-osmanagementhub client: create with an RRULE (and the 400s a bad rule gets), get,
// list with its filters over pages, update with if-match (412 when stale), runNow (recurring only), delete, runs at the
// rule's times on the virtual clock, work requests found through the job, retry intervals that WAIT, retry tokens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, isOciTime, listAll, ociError, pollUntil, startEmulator } from './support/hub.mjs';

const hour = 3_600_000;
let emulator;
let hub;
let truth;
let target;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=16,compartments=3,depth=2,groups=2,vulnerable=0.75,windows=0.25', seed: 53, pageSize: 3 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
  target = truth.instances.find(i => i.osFamily === 'LINUX' && i.hubStatus === 'NORMAL' && !i.failsUpdates && !i.isPaas);
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

async function virtualNow() {
  return Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
}

/** The next Sunday 03:00 UTC strictly after `ms`. */
function nextSunday3(ms) {
  const d = new Date(ms);
  const t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((7 - d.getUTCDay()) % 7), 3, 0, 0);
  return t > ms ? t : t + 7 * 24 * hour;
}

async function createJob(overrides = {}, extras = {}) {
  const details = {
    compartmentId: target.compartmentId,
    displayName: 'hub-conformance',
    scheduleType: 'ONETIME',
    timeNextExecution: new Date((await virtualNow()) + 6 * hour),
    operations: [{ operationType: 'UPDATE_SECURITY' }],
    managedInstanceIds: [target.id],
    ...overrides,
  };
  const response = await hub.jobs.createScheduledJob({ createScheduledJobDetails: details, ...extras });
  return { details, response, job: response.scheduledJob };
}

test('a weekly RRULE job parses into a ScheduledJob with its rule, operations, target, etag and location', async () => {
  const start = nextSunday3(await virtualNow());
  const { response, job } = await createJob({
    displayName: 'weekly sunday 03:00', scheduleType: 'RECURRING', recurringRule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0',
    timeNextExecution: new Date(start), operations: [{ operationType: 'UPDATE_SECURITY' }, { operationType: 'UPDATE_BUGFIX' }],
    retryIntervals: [5, 15], freeformTags: { team: 'ops' },
  });
  assert.match(job.id, /^ocid1\.osmhscheduledjob\./);
  assert.equal(job.scheduleType, 'RECURRING');
  assert.equal(job.recurringRule, 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0');
  assert.equal(job.timeNextExecution, new Date(start).toISOString());
  assert.deepEqual(job.operations.map(o => o.operationType), ['UPDATE_SECURITY', 'UPDATE_BUGFIX']);
  assert.deepEqual(job.managedInstanceIds, [target.id]);
  assert.deepEqual(job.retryIntervals, [5, 15]);
  assert.deepEqual(job.workRequestIds, []);
  assert.deepEqual(job.freeformTags, { team: 'ops' });
  assert.equal(job.lifecycleState, 'ACTIVE');
  assert.ok(isOciTime(job.timeCreated) && isOciTime(job.timeUpdated));
  assert.ok(response.etag.length > 0);
  const got = await hub.jobs.getScheduledJob({ scheduledJobId: job.id });
  assert.equal(got.etag, response.etag);
  assert.deepEqual(got.scheduledJob, job);
});

test('a bad recurringRule is a 400 that says what is wrong', async () => {
  const cases = {
    'FREQ=WEEKLY;BYDAY=XX': /BYDAY value 'XX'/,
    'FREQ=MINUTELY': /FREQ=MINUTELY is not supported/,
    'BYDAY=SU': /has no FREQ/,
    'RRULE:FREQ=DAILY': /starts with 'RRULE:'/,
    'FREQ=DAILY;COUNT=3': /COUNT is not supported/,
    'FREQ=DAILY;BYHOUR=24': /BYHOUR=24 is out of range/,
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30': /has no occurrence/,
    'FREQ=DAILY;INTERVAL=0': /INTERVAL=0 is out of range/,
  };
  for (const [rule, message] of Object.entries(cases)) {
    const error = await ociError(() => createJob({ scheduleType: 'RECURRING', recurringRule: rule }));
    assertOciError(error, 400, 'InvalidParameter');
    assert.match(error.message, message, rule);
  }
  const missing = await ociError(() => createJob({ scheduleType: 'RECURRING' }));
  assertOciError(missing, 400, 'InvalidParameter');
  assert.match(missing.message, /needs a recurringRule/);
});

test('other bad jobs are 400s and unknown targets 404', async () => {
  const now = await virtualNow();
  const windows = truth.instances.find(i => i.osFamily === 'WINDOWS');
  const expect400 = async (overrides, pattern) => {
    const error = await ociError(() => createJob(overrides));
    assertOciError(error, 400, 'InvalidParameter');
    assert.match(error.message, pattern);
  };
  await expect400({ timeNextExecution: new Date(now - 2 * hour) }, /in the past/);
  await expect400({ managedInstanceIds: [target.id], managedInstanceGroupIds: [truth.hubGroups[0].id] }, /one kind of target/);
  await expect400({ managedInstanceIds: [] }, /needs a target/);
  await expect400({ operations: [{ operationType: 'UPDATE_SECURITY' }, { operationType: 'REBOOT' }] }, /unless all of them update packages/);
  await expect400({ operations: [{ operationType: 'INSTALL_PACKAGES' }] }, /needs packageNames/);
  await expect400({ managedInstanceIds: [windows.id] }, /runs Windows/);
  await expect400({ recurringRule: 'FREQ=DAILY' }, /only to a RECURRING job/);
  assertOciError(await ociError(() => createJob({ operations: [] })), 400, 'MissingParameter');
  assertOciError(await ociError(() => createJob({ managedInstanceIds: ['ocid1.instance.oc1..unknown'] })), 404, 'NotAuthorizedOrNotFound');
});

test('listScheduledJobs pages and filters by instance, group, compartment target, operation, schedule type and time window', async () => {
  const group = truth.hubGroups.find(g => g.hubOsFamily.startsWith('ORACLE_LINUX_'));
  const now = await virtualNow();
  const byGroup = (await createJob({ displayName: 'group job', managedInstanceIds: undefined, managedInstanceGroupIds: [group.id], operations: [{ operationType: 'UPDATE_ALL' }] })).job;
  const byCompartment = (await createJob({
    displayName: 'compartment job', managedInstanceIds: undefined, managedCompartmentIds: [emulator.tenancyId], isSubcompartmentIncluded: true,
    operations: [{ operationType: 'REBOOT', rebootTimeoutInMins: 30 }], timeNextExecution: new Date(now + 30 * hour),
  })).job;
  const all = (await listAll(r => hub.jobs.listScheduledJobs(r), { compartmentId: target.compartmentId }, 'scheduledJobCollection')).items;
  assert.ok(all.length >= 3);
  const ids = async request => (await listAll(r => hub.jobs.listScheduledJobs(r), { compartmentId: target.compartmentId, ...request }, 'scheduledJobCollection')).items.map(j => j.id);
  assert.deepEqual(await ids({ managedInstanceGroupId: group.id }), [byGroup.id]);
  assert.deepEqual(await ids({ managedCompartmentId: emulator.tenancyId }), [byCompartment.id]);
  assert.deepEqual(await ids({ operationType: 'REBOOT' }), [byCompartment.id]);
  assert.ok((await ids({ managedInstanceId: target.id })).includes(byCompartment.id) === !target.hubGroupId);
  assert.ok((await ids({ scheduleType: 'RECURRING' })).every(id => all.find(j => j.id === id).scheduleType === 'RECURRING'));
  assert.deepEqual(await ids({ timeStart: new Date(now + 24 * hour), timeEnd: new Date(now + 48 * hour) }), [byCompartment.id]);
  assert.deepEqual(await ids({ displayNameContains: 'COMPARTMENT' }), [byCompartment.id]);
});

test('updateScheduledJob with the etag changes the job; a stale etag is 412 and changes nothing', async () => {
  const { response, job } = await createJob({ displayName: 'to change', scheduleType: 'RECURRING', recurringRule: 'FREQ=DAILY' });
  const updated = await hub.jobs.updateScheduledJob({
    scheduledJobId: job.id, ifMatch: response.etag,
    updateScheduledJobDetails: { displayName: 'changed', recurringRule: 'FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1;BYHOUR=3;BYMINUTE=0' },
  });
  assert.equal(updated.scheduledJob.displayName, 'changed');
  assert.equal(updated.scheduledJob.recurringRule, 'FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1;BYHOUR=3;BYMINUTE=0');
  assert.notEqual(updated.etag, response.etag);
  const stale = await ociError(() => hub.jobs.updateScheduledJob({ scheduledJobId: job.id, ifMatch: response.etag, updateScheduledJobDetails: { displayName: 'lost' } }));
  assertOciError(stale, 412, 'PreconditionFailed');
  assert.equal((await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.displayName, 'changed');
  const badRule = await ociError(() => hub.jobs.updateScheduledJob({ scheduledJobId: job.id, ifMatch: updated.etag, updateScheduledJobDetails: { recurringRule: 'FREQ=FORTNIGHTLY' } }));
  assertOciError(badRule, 400, 'InvalidParameter');
  assertOciError(await ociError(() => hub.jobs.deleteScheduledJob({ scheduledJobId: job.id, ifMatch: response.etag })), 412, 'PreconditionFailed');
  await hub.jobs.deleteScheduledJob({ scheduledJobId: job.id, ifMatch: updated.etag });
  assertOciError(await ociError(() => hub.jobs.getScheduledJob({ scheduledJobId: job.id })), 404, 'NotAuthorizedOrNotFound');
});

test('runNow is for recurring jobs: a one-time job is 409; a recurring one runs at once, found through the job and initiatorId', async () => {
  const once = (await createJob({ displayName: 'once' })).job;
  const refused = await ociError(() => hub.jobs.runScheduledJobNow({ scheduledJobId: once.id }));
  assertOciError(refused, 409, 'Conflict');
  assert.match(refused.message, /recurring/);

  const { job } = await createJob({ displayName: 'run me now', scheduleType: 'RECURRING', recurringRule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0' });
  const ran = await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id, opcRetryToken: 'run-now-1' });
  assert.equal(ran.opcWorkRequestId, undefined, 'runNow returns no work request id');
  await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id, opcRetryToken: 'run-now-1' });
  const after = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob;
  assert.equal(after.workRequestIds.length, 1, 'the retried runNow with the same token ran once');
  assert.equal(after.timeNextExecution, job.timeNextExecution, 'run now leaves the schedule alone');
  const byInitiator = await hub.workRequests.listWorkRequests({ initiatorId: job.id });
  assert.deepEqual(byInitiator.workRequestSummaryCollection.items.map(w => w.id), after.workRequestIds);
  const wr = (await hub.workRequests.getWorkRequest({ workRequestId: after.workRequestIds[0] })).workRequest;
  assert.equal(wr.initiatorId, job.id);
  assert.equal(wr.operationType, 'UPDATE_SECURITY');
});

test('a weekly job runs on each Sunday at 03:00 as the clock passes them, and a one-time job runs once and goes INACTIVE', async () => {
  const start = nextSunday3(await virtualNow());
  const weekly = (await createJob({ displayName: 'weekly runs', scheduleType: 'RECURRING', recurringRule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0', timeNextExecution: new Date(start) })).job;
  const once = (await createJob({ displayName: 'once runs', timeNextExecution: new Date(start + hour) })).job;
  await emulator.advance('P15D');
  const ran = (await hub.jobs.getScheduledJob({ scheduledJobId: weekly.id })).scheduledJob;
  const runs = await listAll(r => hub.workRequests.listWorkRequests(r), { initiatorId: weekly.id, sortOrder: 'ASC' }, 'workRequestSummaryCollection');
  assert.ok(runs.items.length >= 2 && runs.items.length <= 3);
  for (const run of runs.items) {
    const at = new Date(run.timeCreated);
    assert.equal(at.getUTCDay(), 0, run.timeCreated);
    assert.equal(at.getUTCHours(), 3, run.timeCreated);
  }
  assert.ok(Date.parse(ran.timeNextExecution) > Date.parse(ran.timeLastExecution));
  assert.equal(new Date(ran.timeNextExecution).getUTCDay(), 0);
  const done = (await hub.jobs.getScheduledJob({ scheduledJobId: once.id })).scheduledJob;
  assert.equal(done.lifecycleState, 'INACTIVE');
  assert.equal(done.workRequestIds.length, 1);
});

test('a failed run is retried after each retry interval: the retry WAITS with timeScheduled, then runs', async () => {
  const failing = truth.instances.find(i => i.failsUpdates && i.osFamily === 'LINUX');
  const { job } = await createJob({
    compartmentId: failing.compartmentId, displayName: 'retrying', scheduleType: 'RECURRING', recurringRule: 'FREQ=DAILY',
    managedInstanceIds: [failing.id], retryIntervals: [10, 30],
  });
  await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id });
  const first = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds[0];
  const retry = await pollUntil(async () => {
    await emulator.advance('PT2S');
    const list = await hub.workRequests.listWorkRequests({ retryOfId: first });
    return list.workRequestSummaryCollection.items[0];
  }, 'the first retry');
  assert.equal(retry.status, 'WAITING');
  const full = (await hub.workRequests.getWorkRequest({ workRequestId: retry.id })).workRequest;
  assert.equal(full.retryOfId, first);
  const failedAt = Date.parse((await hub.workRequests.getWorkRequest({ workRequestId: first })).workRequest.timeFinished);
  assert.equal(Date.parse(full.timeScheduled), failedAt + 10 * 60_000);
  const waiting = await hub.workRequests.listWorkRequests({ initiatorId: job.id, status: ['WAITING'] });
  assert.deepEqual(waiting.workRequestSummaryCollection.items.map(w => w.id), [retry.id]);
  await emulator.advance('PT11M');
  assert.equal((await hub.workRequests.getWorkRequest({ workRequestId: retry.id })).workRequest.status, 'FAILED');
  assert.ok((await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds.includes(retry.id));
  await emulator.advance('PT31M');
  const second = await hub.workRequests.listWorkRequests({ retryOfId: retry.id });
  assert.equal(second.workRequestSummaryCollection.items.length, 1);
  await emulator.advance('PT1H');
  const third = await hub.workRequests.listWorkRequests({ retryOfId: second.workRequestSummaryCollection.items[0].id });
  assert.equal(third.workRequestSummaryCollection.items.length, 0, 'two intervals, two retries');
});
