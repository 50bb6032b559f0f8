// A realistic OS Management Hub session, as a user of the TypeScript SDK would run it against a fleet of a few hundred
// instances: list everything, report what is missing (analytics, then each vulnerable instance's security updates and
// advisories), schedule a weekly job by RRULE for a group, run it now, follow its work requests down the tree, read
// the logs and errors of what failed, rerun it, and see the job run again on Sunday at 03:00.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hubClients, listAll, pollUntil, startEmulator } from './support/hub.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=300,compartments=12,depth=3,groups=6,vulnerable=0.4,windows=0.2', seed: 2026, pageSize: 50 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

test('a session: list, report, schedule weekly by RRULE, run now, follow the work requests, read logs and errors, rerun', async () => {
  // List: every instance of the tenancy, page by page.
  const { items: instances, pages } = await listAll(r => hub.instances.listManagedInstances(r), { limit: 50 }, 'managedInstanceCollection');
  assert.equal(instances.length, truth.instances.length);
  assert.ok(pages >= 6);

  // Where they are: the compartment tree from Identity (the same endpoint), every instance in an ACTIVE compartment.
  const { items: compartments } = await listAll(r => hub.identity.listCompartments(r),
    { compartmentId: emulator.tenancyId, compartmentIdInSubtree: true, lifecycleState: 'ACTIVE' }, 'items');
  const active = new Set([emulator.tenancyId, ...compartments.map(c => c.id)]);
  assert.ok(instances.every(i => active.has(i.compartmentId)));

  // Report: the counts in one request, then the details of each vulnerable instance.
  const { managedInstanceAnalyticCollection: analytics } = await hub.reporting.summarizeManagedInstanceAnalytics({
    metricNames: ['TOTAL_INSTANCE_COUNT', 'INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT', 'UNREACHABLE_INSTANCE_COUNT', 'NEEDS_REBOOTING_INSTANCE_COUNT'],
    compartmentId: emulator.tenancyId, compartmentIdInSubtree: true,
  });
  const count = name => analytics.items.find(m => m.name === name).count;
  assert.equal(count('TOTAL_INSTANCE_COUNT'), instances.length);
  const vulnerable = [];
  for (const summary of instances) {
    const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: summary.id });
    if (managedInstance.securityUpdatesAvailable > 0) vulnerable.push(managedInstance);
  }
  assert.equal(vulnerable.length, count('INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT'));
  assert.equal(vulnerable.length, truth.instances.filter(i => i.updates.some(u => u.classificationType === 'SECURITY')).length);
  const severities = new Set();
  for (const mi of vulnerable.filter(v => v.osFamily.startsWith('ORACLE_LINUX_'))) {
    const { items } = await listAll(r => hub.instances.listManagedInstanceUpdatablePackages(r), { managedInstanceId: mi.id, classificationType: ['SECURITY'] }, 'updatablePackageCollection');
    assert.equal(items.length, mi.securityUpdatesAvailable);
    for (const pkg of items) {
      severities.add(pkg.advisorySeverity);
      assert.ok(pkg.errata.length === 1 && pkg.relatedCves.length > 0, pkg.name);
    }
  }
  assert.deepEqual([...severities].sort(), ['CRITICAL', 'IMPORTANT', 'LOW', 'MODERATE']);

  // Schedule: every Sunday at 03:00 UTC, security updates, for the largest Linux group.
  const group = truth.hubGroups.filter(g => g.hubOsFamily.startsWith('ORACLE_LINUX_')).sort((a, b) => b.instanceIds.length - a.instanceIds.length)[0];
  const now = Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
  const d = new Date(now);
  let sunday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((7 - d.getUTCDay()) % 7), 3);
  if (sunday <= now) sunday += 7 * 86_400_000;
  const { scheduledJob: job } = await hub.jobs.createScheduledJob({
    createScheduledJobDetails: {
      compartmentId: group.compartmentId, displayName: 'weekly security, Sunday 03:00', scheduleType: 'RECURRING',
      recurringRule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0', timeNextExecution: new Date(sunday),
      operations: [{ operationType: 'UPDATE_SECURITY' }], managedInstanceGroupIds: [group.id],
    },
  });
  const listed = await hub.jobs.listScheduledJobs({ compartmentId: group.compartmentId, managedInstanceGroupId: group.id });
  assert.deepEqual(listed.scheduledJobCollection.items.map(j => j.id), [job.id]);

  // Run it now; the service gives no id, so follow the run through the job.
  await hub.jobs.runScheduledJobNow({ scheduledJobId: job.id });
  const [runId] = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds;
  const run = await pollUntil(async () => {
    await emulator.advance('PT5S');
    const wr = (await hub.workRequests.getWorkRequest({ workRequestId: runId })).workRequest;
    return ['SUCCEEDED', 'FAILED'].includes(wr.status) ? wr : undefined;
  }, 'the run to finish');
  assert.equal(run.initiatorId, job.id);
  assert.equal(run.childrenId.length, group.instanceIds.length, 'a child per member');
  const children = (await listAll(r => hub.workRequests.listWorkRequests(r), { parentId: run.id }, 'workRequestSummaryCollection')).items;
  const failed = children.filter(c => c.status === 'FAILED');
  const expectedFailures = group.instanceIds.filter(id => { const i = truth.instances.find(x => x.id === id); return i.failsUpdates || i.hubStatus !== 'NORMAL'; });
  assert.equal(failed.length, expectedFailures.length);
  assert.equal(run.status, failed.length ? 'FAILED' : 'SUCCEEDED');
  for (const child of children) {
    const logs = await listAll(r => hub.workRequests.listWorkRequestLogs(r), { workRequestId: child.id }, 'workRequestLogEntryCollection');
    assert.ok(logs.items.length >= 3, 'accepted, dispatched, outcome');
    if (child.status === 'FAILED') {
      const errors = await listAll(r => hub.workRequests.listWorkRequestErrors(r), { workRequestId: child.id }, 'workRequestErrorCollection');
      assert.ok(errors.items.length === 1 && errors.items[0].message.length > 0);
    }
  }
  if (failed.length) {
    const { opcWorkRequestId } = await hub.workRequests.rerunWorkRequest({ workRequestId: run.id, rerunWorkRequestDetails: {} });
    assert.equal((await hub.workRequests.getWorkRequest({ workRequestId: opcWorkRequestId })).workRequest.childrenId.length, failed.length);
  }
  const patched = truth.instances.filter(i => group.instanceIds.includes(i.id) && !expectedFailures.includes(i.id));
  for (const instance of patched) {
    assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: instance.id })).managedInstance.securityUpdatesAvailable, 0);
  }

  // Sunday comes: the job runs by its rule, and moves on to the next Sunday.
  await emulator.advance(`PT${Math.ceil((sunday - now) / 60_000) + 10}M`);
  const after = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob;
  assert.equal(after.workRequestIds.length, 2, "run now, then Sunday (a rerun belongs to no job)");
  assert.equal(Date.parse(after.timeLastExecution), sunday);
  assert.equal(Date.parse(after.timeNextExecution), sunday + 7 * 86_400_000);
});
