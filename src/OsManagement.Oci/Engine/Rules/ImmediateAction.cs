using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>What an action run now acts on.</summary>
public enum ActionTargetKind
{
    /// <summary>One managed instance.</summary>
    Instance,

    /// <summary>Every member of a group.</summary>
    Group,

    /// <summary>The instances of a compartment (OS Management Hub).</summary>
    Compartment,

    /// <summary>Every member of a lifecycle stage (OS Management Hub).</summary>
    LifecycleStage,

    /// <summary>Every member of a dynamic set (OS Management Hub).</summary>
    DynamicSet,
}

/// <summary>An action to run now (not scheduled): each starts one or more work requests.</summary>
public sealed class ImmediateAction
{
    private ImmediateAction(ActionTargetKind targetKind, string targetId, OsFamily? osFamily, JobOperation operation,
        UpdateKind updateKind, IEnumerable<string>? names)
    {
        TargetKind = targetKind;
        TargetId = targetId;
        OsFamily = osFamily;
        Operation = operation;
        UpdateKind = updateKind;
        Names = JobRules.List(names);
    }

    /// <summary>Installs every available update of <paramref name="kind"/> on an instance.</summary>
    public static ImmediateAction UpdateAll(string instanceId, OsFamily osFamily, UpdateKind kind) =>
        new(ActionTargetKind.Instance, instanceId, osFamily, JobOperation.UpdateAll, kind, null);

    /// <summary>
    /// Installs every available update of <paramref name="kind"/> on every member of a group, whose OS family may be
    /// given (a service that needs it reads the group when it is not).
    /// </summary>
    public static ImmediateAction UpdateAllOnGroup(string groupId, UpdateKind kind, OsFamily? osFamily = null) =>
        new(ActionTargetKind.Group, groupId, osFamily, JobOperation.UpdateAll, kind, null);

    /// <summary>Installs every available update of <paramref name="kind"/> on the instances of a compartment (OS Management Hub).</summary>
    public static ImmediateAction UpdateAllInCompartment(string compartmentId, UpdateKind kind) =>
        new(ActionTargetKind.Compartment, compartmentId, null, JobOperation.UpdateAll, kind, null);

    /// <summary>Restarts an instance (OS Management Hub).</summary>
    public static ImmediateAction Reboot(string instanceId, OsFamily? osFamily) =>
        new(ActionTargetKind.Instance, instanceId, osFamily, JobOperation.Reboot, Engine.UpdateKind.All, null);

    /// <summary>Restarts every member of a group (OS Management Hub).</summary>
    public static ImmediateAction RebootGroup(string groupId) =>
        new(ActionTargetKind.Group, groupId, null, JobOperation.Reboot, Engine.UpdateKind.All, null);

    /// <summary>Installs the named updates (Linux package updates, or Windows updates) on an instance.</summary>
    public static ImmediateAction UpdateNamed(string instanceId, OsFamily osFamily, IEnumerable<string> names) =>
        new(ActionTargetKind.Instance, instanceId, osFamily, JobOperation.Update, Engine.UpdateKind.All, names);

    /// <summary>Installs Linux packages on an instance (its family null when unknown).</summary>
    public static ImmediateAction InstallPackages(string instanceId, OsFamily? osFamily, IEnumerable<string> names) =>
        new(ActionTargetKind.Instance, instanceId, osFamily, JobOperation.Install, Engine.UpdateKind.All, names);

    /// <summary>Removes Linux packages from an instance (its family null when unknown).</summary>
    public static ImmediateAction RemovePackages(string instanceId, OsFamily? osFamily, IEnumerable<string> names) =>
        new(ActionTargetKind.Instance, instanceId, osFamily, JobOperation.Remove, Engine.UpdateKind.All, names);

    /// <summary>
    /// An action on every member of a lifecycle stage or dynamic set (OS Management Hub): every update of
    /// <paramref name="updateKind"/> (UpdateAll), named packages (Install, Remove), or a reboot.
    /// </summary>
    public static ImmediateAction OnUnit(ActionTargetKind kind, string unitId, JobOperation operation, UpdateKind updateKind, IEnumerable<string>? names) =>
        kind is ActionTargetKind.LifecycleStage or ActionTargetKind.DynamicSet
            ? new(kind, unitId, null, operation, updateKind, names)
            : throw new ArgumentException($"{kind} is not a lifecycle stage or dynamic set.", nameof(kind));

    /// <summary>
    /// Installs the updates of the named advisories that an instance misses (the emergency-CVE path): the available updates
    /// that ship in one of <paramref name="advisories"/> (any case), by name. Null when it misses none of them (a Windows
    /// instance's updates belong to no advisory).
    /// </summary>
    public static ImmediateAction? InstallAdvisories(string instanceId, OsFamily osFamily, IEnumerable<AvailableUpdate> available,
        IReadOnlyCollection<string> advisories)
    {
        var names = available.Where(u => u.Errata.Any(e => advisories.Contains(e, StringComparer.OrdinalIgnoreCase))).Select(u => u.Name)
            .Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : UpdateNamed(instanceId, osFamily, names);
    }

    /// <summary>Restarts an instance, or every member of a group, lifecycle stage or dynamic set, waiting up to <paramref name="rebootTimeoutInMinutes"/> for each.</summary>
    public static ImmediateAction Restart(ActionTargetKind kind, string targetId, int? rebootTimeoutInMinutes) =>
        kind == ActionTargetKind.Compartment
            ? throw new ArgumentException("A compartment cannot be restarted as one: restart its instances, groups, stages or sets.", nameof(kind))
            : new(kind, targetId, null, JobOperation.Reboot, Engine.UpdateKind.All, null) { RebootTimeoutInMinutes = rebootTimeoutInMinutes };

    /// <summary>
    /// The shortest reboot timeout OS Management Hub takes, in minutes (at least 5, at most 240, 20 by default: Rebooting
    /// Instances in a Lifecycle Environment).
    /// </summary>
    public const int MinRebootTimeoutMinutes = 5;

    /// <summary>The longest reboot timeout OS Management Hub takes, in minutes.</summary>
    public const int MaxRebootTimeoutMinutes = 240;

    /// <summary>For a reboot: minutes the service waits for each instance to come back before it calls the reboot failed; null: the service's default.</summary>
    public int? RebootTimeoutInMinutes { get; private set; }

    /// <summary>What it acts on.</summary>
    public ActionTargetKind TargetKind { get; }

    /// <summary>The instance, group or compartment OCID.</summary>
    public string TargetId { get; }

    /// <summary>The instance's OS family; null when not known.</summary>
    public OsFamily? OsFamily { get; }

    /// <summary>What it does.</summary>
    public JobOperation Operation { get; }

    /// <summary>For UpdateAll: which updates.</summary>
    public UpdateKind UpdateKind { get; }

    /// <summary>The packages or updates it acts on (Install, Update, Remove).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What keeps the action from being sent to a service with <paramref name="capabilities"/>.</summary>
    public IReadOnlyList<JobProblem> Validate(ServiceCapabilities capabilities)
    {
        var problems = new List<JobProblem>();
        JobRules.Features(problems, capabilities, null, null, Operation);
        if (TargetKind == ActionTargetKind.Compartment)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.CompartmentTargets, JobAspect.Targets);
        }
        if (TargetKind == ActionTargetKind.LifecycleStage)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.LifecycleEnvironments, JobAspect.Targets);
        }
        if (TargetKind == ActionTargetKind.DynamicSet)
        {
            JobRules.Lacks(problems, capabilities, ServiceFeature.DynamicSets, JobAspect.Targets);
        }
        if (Operation is JobOperation.Install or JobOperation.Remove)
        {
            JobRules.OsFamily(problems, OsFamily, Names, null, null, targetsAreGroups: false);
        }
        if (Operation.TakesNames() && Names.Count == 0)
        {
            problems.Add(new JobProblem(JobProblemKind.NamesRequired, JobAspect.Action) { Operation = Operation });
        }
        return problems;
    }
}
