using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// What a target problem says about the targets (groups or instances: the message names them), and which update kind
/// the family rules judge: edges mutation testing found unheld.
/// </summary>
public sealed class JobTargetRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly ResourceRef[] TwoInstances = { new("ocid1.instance.oc1.iad.l"), new("ocid1.instance.oc1.iad.w") };
    private static readonly ResourceRef[] TwoGroups = { new("ocid1.managedinstancegroup.oc1.iad.l"), new("ocid1.managedinstancegroup.oc1.iad.w") };

    private static NewScheduledJob Job(Action<NewScheduledJob> change)
    {
        var job = new NewScheduledJob
        {
            CompartmentId = "ocid1.tenancy.oc1..t",
            DisplayName = "weekly",
            Schedule = { At = Now.UtcDateTime.AddHours(1) },
        };
        change(job);
        return job;
    }

    private static JobProblem Single(NewScheduledJob job) => Assert.Single(job.Validate(ServiceRegistry.Hub.Capabilities, Now));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Targets_of_two_families_say_whether_they_are_groups_or_instances(bool groups)
    {
        var problem = Single(Job(j =>
        {
            j.Instances = groups ? Array.Empty<ResourceRef>() : TwoInstances;
            j.Groups = groups ? TwoGroups : Array.Empty<ResourceRef>();
            j.TargetOsFamilies = new[] { OsFamily.Linux, OsFamily.Windows };
        }));
        Assert.Equal((JobProblemKind.MixedOsFamilies, groups), (problem.Kind, problem.TargetsAreGroups));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Packages_for_Windows_targets_say_whether_they_are_groups_or_instances(bool groups)
    {
        var problem = Single(Job(j =>
        {
            j.Instances = groups ? Array.Empty<ResourceRef>() : TwoInstances;
            j.Groups = groups ? TwoGroups : Array.Empty<ResourceRef>();
            j.TargetOsFamilies = new[] { OsFamily.Windows };
            j.Operation = JobOperation.Install;
            j.PackageNames = new[] { "git" };
        }));
        Assert.Equal((JobProblemKind.PackagesForWindows, groups), (problem.Kind, problem.TargetsAreGroups));
    }

    [Fact]
    public void Mixed_targets_say_groups_only_when_groups_are_among_them()
    {
        var withGroups = Single(Job(j => { j.Instances = TwoInstances; j.Groups = TwoGroups; }));
        Assert.Equal((JobProblemKind.MixedTargets, true, (2, 2, 0)), (withGroups.Kind, withGroups.TargetsAreGroups, withGroups.TargetCounts));
        var withCompartments = Single(Job(j => { j.Instances = TwoInstances; j.Compartments = new[] { "ocid1.compartment.oc1..c" }; }));
        Assert.Equal((JobProblemKind.MixedTargets, false, (2, 0, 1)), (withCompartments.Kind, withCompartments.TargetsAreGroups, withCompartments.TargetCounts));
    }

    [Fact]
    public void Only_an_UpdateAll_jobs_update_kind_is_judged_against_the_targets_family()
    {
        // Ksplice given to an Install job is refused as a kind the operation does not take, not as Ksplice for Windows.
        var problem = Single(Job(j =>
        {
            j.Instances = TwoInstances;
            j.TargetOsFamilies = new[] { OsFamily.Windows };
            j.Operation = JobOperation.Install;
            j.WindowsUpdateNames = new[] { "KB5046616" };
            j.UpdateKinds = new[] { UpdateKind.Ksplice };
        }));
        Assert.Equal(JobProblemKind.UpdateKindNotTaken, problem.Kind);
    }
}
