// The units a fleet is patched by, through Oracle's oci-osmanagementhub clients: groups one creates, changes and fills
// (one OS version, architecture and location each), lifecycle environments and stages (promotion in order, members that
// then miss what it brought, a job on a stage that installs it), dynamic sets and their members, reboots of a stage or a
// set, and the service's membership rules (a member's content changes through its group or stage; a compartment job
// reaches group members, its immediate action stand-alone instances only).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertOciError, hubClients, listAll, ociError, pollUntil, standalone, startEmulator } from './support/hub.mjs';
import { checkShape } from './support/models.mjs';

let emulator;
let hub;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=40,compartments=4,depth=2,groups=3,vulnerable=0.8,windows=0.2', seed: 21, pageSize: 5 });
  hub = hubClients(emulator);
  truth = await emulator.fleet();
});

after(async () => {
  hub?.close();
  await emulator?.stop();
});

const instance = id => truth.instances.find(i => i.id === id);
const workRequest = async id => (await hub.workRequests.getWorkRequest({ workRequestId: id })).workRequest;

async function finish(id) {
  return pollUntil(async () => {
    await emulator.advance('PT5S');
    const wr = await workRequest(id);
    return ['SUCCEEDED', 'FAILED'].includes(wr.status) ? wr : undefined;
  }, `work request ${id} to finish`);
}

test('a generated fleet has a lifecycle environment of three stages with members, two dynamic sets and an empty group to manage', async () => {
  const { items } = await listAll(r => hub.lifecycle.listLifecycleEnvironments(r), {}, 'lifecycleEnvironmentCollection');
  assert.equal(items.length, 1);
  assert.deepEqual(items[0].stages.map(s => [s.displayName, s.rank]), [['dev', 1], ['test', 2], ['prod', 3]]);
  checkShape('LifecycleEnvironmentSummary', items[0]);
  const { lifecycleEnvironment: env, etag } = await hub.lifecycle.getLifecycleEnvironment({ lifecycleEnvironmentId: items[0].id });
  assert.ok(etag);
  checkShape('LifecycleEnvironment', env);
  const truthEnv = truth.lifecycleEnvironments[0];
  for (const stage of env.stages) {
    checkShape('LifecycleStage', stage);
    const expected = truthEnv.stages.find(s => s.id === stage.id);
    assert.deepEqual(stage.managedInstanceIds.map(m => m.id).sort(), [...expected.instanceIds].sort());
    assert.equal(stage.softwareSourceId.id, expected.softwareSourceId);
    for (const member of stage.managedInstanceIds) {
      assert.equal(instance(member.id).hubOsFamily, env.osFamily);
      assert.equal(instance(member.id).hubGroupId, null);
      const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: member.id });
      assert.deepEqual([managedInstance.lifecycleStage.id, managedInstance.lifecycleEnvironment.id], [stage.id, env.id]);
    }
  }
  // Dev holds this week's content, test and prod last week's.
  assert.equal(env.stages[1].softwareSourceId.id, env.stages[2].softwareSourceId.id);
  assert.notEqual(env.stages[0].softwareSourceId.id, env.stages[1].softwareSourceId.id);
  const stages = await listAll(r => hub.lifecycle.listLifecycleStages(r), { compartmentId: env.compartmentId }, 'lifecycleStageCollection');
  for (const summary of stages.items) checkShape('LifecycleStageSummary', summary);
  assert.deepEqual(stages.items.map(s => s.id).sort(), env.stages.map(s => s.id).sort());
  const byStage = await listAll(r => hub.instances.listManagedInstances(r), { lifecycleStage: env.stages[2].id }, 'managedInstanceCollection');
  assert.deepEqual(byStage.items.map(i => i.id).sort(), env.stages[2].managedInstanceIds.map(m => m.id).sort());

  const sets = await listAll(r => hub.sets.listDynamicSets(r), {}, 'dynamicSetCollection');
  assert.deepEqual(sets.items.map(s => s.displayName).sort(), truth.dynamicSets.map(s => s.displayName).sort());
  const group = truth.hubGroups.find(g => g.displayName.endsWith('-maintenance-window'));
  assert.deepEqual(group.instanceIds, []);
});

test('promotion goes in order: the first stage takes a software source, a later one its previous stage\'s content, and its members then miss what it brought', async () => {
  const env = (await hub.lifecycle.getLifecycleEnvironment({ lifecycleEnvironmentId: truth.lifecycleEnvironments[0].id })).lifecycleEnvironment;
  const [dev, test, prod] = env.stages;
  const first = await ociError(() => hub.lifecycle.promoteSoftwareSourceToLifecycleStage({ lifecycleStageId: dev.id, promoteSoftwareSourceToLifecycleStageDetails: {} }));
  assertOciError(first, 400, 'InvalidParameter');
  assert.match(first.message, /first stage/);
  const wrong = await ociError(() => hub.lifecycle.promoteSoftwareSourceToLifecycleStage({ lifecycleStageId: test.id, softwareSourceId: prod.softwareSourceId.id,
    promoteSoftwareSourceToLifecycleStageDetails: {} }));
  assertOciError(wrong, 400, 'InvalidParameter');

  const testMember = test.managedInstanceIds[0].id;
  const withheld = instance(testMember).withheldUpdates;
  assert.ok(withheld.length > 0, 'a test member misses nothing dev has');
  const before = (await hub.instances.getManagedInstance({ managedInstanceId: testMember })).managedInstance.updatesAvailable;
  const promoted = await hub.lifecycle.promoteSoftwareSourceToLifecycleStage({ lifecycleStageId: test.id, promoteSoftwareSourceToLifecycleStageDetails: {} });
  const wr = await finish(promoted.opcWorkRequestId);
  assert.equal(wr.status, 'SUCCEEDED');
  assert.equal(wr.operationType, 'LIFECYCLE_PROMOTION');
  assert.equal(wr.resources[0].entityType, 'LIFECYCLE_STAGE');
  assert.equal((await hub.lifecycle.getLifecycleStage({ lifecycleStageId: test.id })).lifecycleStage.softwareSourceId.id, dev.softwareSourceId.id);
  const after = (await hub.instances.getManagedInstance({ managedInstanceId: testMember })).managedInstance.updatesAvailable;
  assert.equal(after, before + withheld.length);
  const packages = await listAll(r => hub.instances.listManagedInstanceUpdatablePackages(r), { managedInstanceId: testMember }, 'updatablePackageCollection');
  for (const name of withheld) assert.ok(packages.items.some(p => p.name === name), `${name} is not available after the promotion`);
});

test('a member\'s content changes through its stage or group: direct changes are 409, a job on the stage installs what was promoted', async () => {
  const env = (await hub.lifecycle.getLifecycleEnvironment({ lifecycleEnvironmentId: truth.lifecycleEnvironments[0].id })).lifecycleEnvironment;
  const test = env.stages[1];
  const member = test.managedInstanceIds[0].id;
  const direct = await ociError(() => hub.instances.updatePackagesOnManagedInstance({ managedInstanceId: member, updatePackagesOnManagedInstanceDetails: { updateTypes: ['ALL'] } }));
  assertOciError(direct, 409, 'Conflict');
  assert.match(direct.message, new RegExp(`lifecycle stage ${test.displayName}`));
  const grouped = truth.instances.find(i => i.hubGroupId && i.osFamily === 'LINUX');
  const viaGroup = await ociError(() => hub.instances.installPackagesOnManagedInstance({ managedInstanceId: grouped.id, installPackagesOnManagedInstanceDetails: { packageNames: ['tmux'] } }));
  assertOciError(viaGroup, 409, 'Conflict');
  assert.match(viaGroup.message, /group/);
  // A reboot is no content change.
  await hub.instances.rebootManagedInstance({ managedInstanceId: member, rebootManagedInstanceDetails: {} });

  const now = Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
  const job = (await hub.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId: env.compartmentId, displayName: 'patch test', scheduleType: 'ONETIME', timeNextExecution: new Date(now + 60_000),
    operations: [{ operationType: 'UPDATE_ALL' }], lifecycleStageIds: [test.id],
  } })).scheduledJob;
  assert.deepEqual(job.lifecycleStageIds, [test.id]);
  checkShape('ScheduledJob', job);
  await emulator.advance('PT2M');
  const run = (await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds[0];
  const done = await finish(run);
  assert.equal(done.resources[0].entityType, 'LIFECYCLE_STAGE');
  assert.equal(done.childrenId.length, test.managedInstanceIds.length);
  const { managedInstance } = await hub.instances.getManagedInstance({ managedInstanceId: member });
  assert.equal(managedInstance.updatesAvailable, 0);

  const promote = await ociError(() => hub.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId: env.compartmentId, scheduleType: 'ONETIME', timeNextExecution: new Date(now + 60_000), operations: [{ operationType: 'PROMOTE_LIFECYCLE' }],
    lifecycleStageIds: [env.stages[0].id] } }));
  assertOciError(promote, 400, 'InvalidParameter');
  const prod = env.stages[2];
  const promotion = (await hub.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId: env.compartmentId, scheduleType: 'ONETIME', timeNextExecution: new Date(now + 600_000), operations: [{ operationType: 'PROMOTE_LIFECYCLE' }],
    lifecycleStageIds: [prod.id] } })).scheduledJob;
  await emulator.advance('PT15M');
  const promoted = (await hub.jobs.getScheduledJob({ scheduledJobId: promotion.id })).scheduledJob.workRequestIds[0];
  assert.equal((await finish(promoted)).operationType, 'LIFECYCLE_PROMOTION');
  assert.equal((await hub.lifecycle.getLifecycleStage({ lifecycleStageId: prod.id })).lifecycleStage.softwareSourceId.id, env.stages[0].softwareSourceId.id);
});

test('a compartment job reaches group members but not stage members; the immediate compartment action reaches stand-alone instances only', async () => {
  const env = truth.lifecycleEnvironments[0];
  const compartmentId = env.compartmentId;
  const inCompartment = truth.instances.filter(i => i.compartmentId === compartmentId && i.osFamily === 'LINUX');
  assert.ok(inCompartment.some(i => i.hubGroupId) || inCompartment.some(i => i.lifecycleStageId));
  const now = Date.parse((await emulator.admin('GET', '/_emulator/clock')).now);
  const job = (await hub.jobs.createScheduledJob({ createScheduledJobDetails: {
    compartmentId, scheduleType: 'ONETIME', timeNextExecution: new Date(now + 60_000), operations: [{ operationType: 'UPDATE_OTHER' }],
    managedCompartmentIds: [compartmentId] } })).scheduledJob;
  await emulator.advance('PT2M');
  const jobRun = await workRequest((await hub.jobs.getScheduledJob({ scheduledJobId: job.id })).scheduledJob.workRequestIds[0]);
  const reached = await Promise.all(jobRun.childrenId.map(async id => (await workRequest(id)).resources[0].identifier));
  assert.deepEqual(reached.sort(), inCompartment.filter(i => !i.lifecycleStageId).map(i => i.id).sort());

  const action = await hub.instances.updateAllPackagesOnManagedInstancesInCompartment({
    updateAllPackagesOnManagedInstancesInCompartmentDetails: { compartmentId, updateTypes: ['OTHER'] } });
  const now2 = await workRequest(action.opcWorkRequestId);
  const reachedNow = await Promise.all(now2.childrenId.map(async id => (await workRequest(id)).resources[0].identifier));
  assert.deepEqual(reachedNow.sort(), inCompartment.filter(standalone).map(i => i.id).sort());
});

test('groups one manages: created for one OS version, architecture and location, filled, renamed with the etag, emptied and deleted', async () => {
  const compartmentId = truth.compartments[0].id;
  const free = truth.instances.filter(i => i.osFamily === 'LINUX' && standalone(i) && !i.isPaas);
  const first = free[0];
  const same = free.filter(i => i.hubOsFamily === first.hubOsFamily && i.location === first.location && i.id !== first.id);
  const other = free.find(i => i.hubOsFamily !== first.hubOsFamily);
  const { managedInstanceGroup: group, etag } = await hub.groups.createManagedInstanceGroup({ createManagedInstanceGroupDetails: {
    compartmentId, displayName: 'wave-x', osFamily: first.hubOsFamily, archType: 'X86_64', vendorName: 'ORACLE', location: first.location,
    managedInstanceIds: [first.id] } });
  checkShape('ManagedInstanceGroup', group);
  assert.deepEqual(group.managedInstanceIds, [first.id]);
  assert.ok(etag);
  const mixed = await ociError(() => hub.groups.attachManagedInstancesToManagedInstanceGroup({ managedInstanceGroupId: group.id,
    attachManagedInstancesToManagedInstanceGroupDetails: { managedInstances: [other.id] } }));
  assertOciError(mixed, 400, 'InvalidParameter');
  assert.match(mixed.message, new RegExp(other.displayName));
  const grouped = truth.instances.find(i => i.hubGroupId && i.hubOsFamily === first.hubOsFamily && i.location === first.location);
  assert.ok(grouped && same.length > 0, 'the fleet has a grouped and a second free instance like the first');
  assertOciError(await ociError(() => hub.groups.attachManagedInstancesToManagedInstanceGroup({ managedInstanceGroupId: group.id,
    attachManagedInstancesToManagedInstanceGroupDetails: { managedInstances: [grouped.id] } })), 409, 'Conflict');
  const attached = await hub.groups.attachManagedInstancesToManagedInstanceGroup({ managedInstanceGroupId: group.id,
    attachManagedInstancesToManagedInstanceGroupDetails: { managedInstances: [same[0].id] } });
  assert.equal((await finish(attached.opcWorkRequestId)).status, 'SUCCEEDED');
  const read = await hub.groups.getManagedInstanceGroup({ managedInstanceGroupId: group.id });
  assert.equal(read.managedInstanceGroup.managedInstanceCount, 2);
  assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: same[0].id })).managedInstance.managedInstanceGroup.id, group.id);
  const renamed = await hub.groups.updateManagedInstanceGroup({ managedInstanceGroupId: group.id, ifMatch: read.etag,
    updateManagedInstanceGroupDetails: { displayName: 'wave-y' } });
  assert.equal(renamed.managedInstanceGroup.displayName, 'wave-y');
  assertOciError(await ociError(() => hub.groups.updateManagedInstanceGroup({ managedInstanceGroupId: group.id, ifMatch: read.etag,
    updateManagedInstanceGroupDetails: { displayName: 'stale' } })), 412, 'PreconditionFailed');
  assertOciError(await ociError(() => hub.groups.deleteManagedInstanceGroup({ managedInstanceGroupId: group.id })), 409, 'Conflict');
  await hub.groups.detachManagedInstancesFromManagedInstanceGroup({ managedInstanceGroupId: group.id,
    detachManagedInstancesFromManagedInstanceGroupDetails: { managedInstances: read.managedInstanceGroup.managedInstanceIds } });
  await hub.groups.deleteManagedInstanceGroup({ managedInstanceGroupId: group.id });
  assertOciError(await ociError(() => hub.groups.getManagedInstanceGroup({ managedInstanceGroupId: group.id })), 404, 'NotAuthorizedOrNotFound');
});

test('lifecycle stage members: attach checks the environment\'s OS and one unit at a time; detach takes the instance out', async () => {
  const env = (await hub.lifecycle.getLifecycleEnvironment({ lifecycleEnvironmentId: truth.lifecycleEnvironments[0].id })).lifecycleEnvironment;
  const prod = env.stages[2];
  const candidate = truth.instances.find(i => standalone(i) && i.hubOsFamily === env.osFamily && i.location === env.location && !i.isPaas);
  const wrongOs = truth.instances.find(i => standalone(i) && i.hubOsFamily !== env.osFamily && !i.isPaas);
  assertOciError(await ociError(() => hub.lifecycle.attachManagedInstancesToLifecycleStage({ lifecycleStageId: prod.id,
    attachManagedInstancesToLifecycleStageDetails: { managedInstanceDetails: { managedInstances: [wrongOs.id] } } })), 400, 'InvalidParameter');
  assert.ok(candidate, 'the fleet has a stand-alone instance of the environment\'s OS and location');
  {
    const attached = await hub.lifecycle.attachManagedInstancesToLifecycleStage({ lifecycleStageId: prod.id,
      attachManagedInstancesToLifecycleStageDetails: { managedInstanceDetails: { managedInstances: [candidate.id] } } });
    assert.equal((await finish(attached.opcWorkRequestId)).status, 'SUCCEEDED');
    assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: candidate.id })).managedInstance.lifecycleStage.id, prod.id);
    const detached = await hub.lifecycle.detachManagedInstancesFromLifecycleStage({ lifecycleStageId: prod.id,
      detachManagedInstancesFromLifecycleStageDetails: { managedInstanceDetails: { managedInstances: [candidate.id] } } });
    assert.equal((await finish(detached.opcWorkRequestId)).status, 'SUCCEEDED');
    assert.equal((await hub.instances.getManagedInstance({ managedInstanceId: candidate.id })).managedInstance.lifecycleStage, undefined);
  }
  assertOciError(await ociError(() => hub.lifecycle.detachManagedInstancesFromLifecycleStage({ lifecycleStageId: prod.id,
    detachManagedInstancesFromLifecycleStageDetails: { managedInstanceDetails: { managedInstances: [wrongOs.id] } } })), 400, 'InvalidParameter');
});

test('dynamic sets: their rule, the instances it matches now, and a reboot wave on them and on a stage', async () => {
  const set = truth.dynamicSets.find(s => s.displayName === 'reboot-required');
  const { dynamicSet } = await hub.sets.getDynamicSet({ dynamicSetId: set.id });
  checkShape('DynamicSet', dynamicSet);
  assert.equal(dynamicSet.matchType, 'ALL');
  assert.equal(dynamicSet.matchingRule.isRebootRequired, true);
  const members = await listAll(r => hub.sets.listManagedInstancesInDynamicSet(r), { dynamicSetId: set.id }, 'managedInstanceCollection');
  const fleetNow = await emulator.fleet();
  assert.deepEqual(members.items.map(i => i.id).sort(), fleetNow.instances.filter(i => i.isRebootRequired).map(i => i.id).sort());
  assert.ok(members.items.length > 0);
  const wave = await hub.sets.rebootDynamicSet({ dynamicSetId: set.id, rebootDynamicSetDetails: { rebootTimeoutInMins: 20 } });
  const parent = await workRequest(wave.opcWorkRequestId);
  assert.equal(parent.resources[0].entityType, 'DYNAMIC_SET');
  assert.equal(parent.childrenId.length, members.items.length);
  await finish(wave.opcWorkRequestId);
  const emptied = await listAll(r => hub.sets.listManagedInstancesInDynamicSet(r), { dynamicSetId: set.id }, 'managedInstanceCollection');
  const stillFailing = (await emulator.fleet()).instances.filter(i => i.isRebootRequired).map(i => i.id).sort();
  assert.deepEqual(emptied.items.map(i => i.id).sort(), stillFailing);

  const stage = truth.lifecycleEnvironments[0].stages[0];
  const stageReboot = await hub.lifecycle.rebootLifecycleStage({ lifecycleStageId: stage.id, rebootLifecycleStageDetails: {} });
  assert.equal((await workRequest(stageReboot.opcWorkRequestId)).childrenId.length, stage.instanceIds.length);
  // Oracle's bounds for a reboot's timeout: 5 to 240 minutes (Rebooting Instances in a Lifecycle Environment).
  for (const minutes of [0, 4, 241]) {
    assertOciError(await ociError(() => hub.sets.rebootDynamicSet({ dynamicSetId: set.id, rebootDynamicSetDetails: { rebootTimeoutInMins: minutes } })), 400, 'InvalidParameter');
    assertOciError(await ociError(() => hub.lifecycle.rebootLifecycleStage({ lifecycleStageId: stage.id, rebootLifecycleStageDetails: { rebootTimeoutInMins: minutes } })), 400, 'InvalidParameter');
  }
  for (const minutes of [5, 240]) {
    const edge = await hub.lifecycle.rebootLifecycleStage({ lifecycleStageId: stage.id, rebootLifecycleStageDetails: { rebootTimeoutInMins: minutes } });
    assert.equal((await workRequest(edge.opcWorkRequestId)).rebootTimeoutInMins, minutes);
  }
  assertOciError(await ociError(() => hub.sets.getDynamicSet({ dynamicSetId: 'ocid1.osmhdynamicset.oc1.iad.unknown' })), 404, 'NotAuthorizedOrNotFound');
});
