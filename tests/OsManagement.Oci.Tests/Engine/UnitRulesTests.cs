using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// OS Management Hub's rules for groups, lifecycle stages and their members, judged before any request: one OS
/// version, architecture and location to a group or environment; one group or stage at a time; a member's content
/// changed through its unit only; promotion in stage order; a group deleted empty; the updates of named advisories.
/// </summary>
public sealed class UnitRulesTests
{
    private static readonly ServiceCapabilities Hub = ServiceRegistry.Hub.Capabilities;
    private static readonly ServiceCapabilities Classic = ServiceRegistry.Classic.Capabilities;

    private static ManagedInstanceRecord Instance(string name, string os = "ORACLE_LINUX_9", string arch = "X86_64", string location = "OCI_COMPUTE",
        ContentUnit? unit = null) => new()
    {
        Id = $"ocid1.instance.oc1.iad.{name}",
        DisplayName = name,
        OsFamilyDetail = os,
        Architecture = arch,
        Location = location,
        ChangedThrough = unit,
        Groups = unit?.Kind == UnitKind.Group ? new[] { unit.Unit } : Array.Empty<ResourceRef>(),
        LifecycleStage = unit?.Kind == UnitKind.LifecycleStage ? unit.Unit : null,
    };

    private static readonly InstanceGroupRecord Group = new()
    {
        Id = "ocid1.osmhmanagedinstancegroup.oc1.iad.g", DisplayName = "wave-1", OsFamilyDetail = "ORACLE_LINUX_9", Architecture = "X86_64", Location = "OCI_COMPUTE",
    };

    private static ContentUnit InGroup(string name = "other") => new(UnitKind.Group, new ResourceRef($"ocid1.osmhmanagedinstancegroup.oc1.iad.{name}", name));

    private static ContentUnit InStage(string name = "test") => new(UnitKind.LifecycleStage, new ResourceRef($"ocid1.osmhlifecyclestage.oc1.iad.{name}", name),
        new ResourceRef("ocid1.osmhlifecycleenvironment.oc1.iad.e", "ol9-app"));

    [Fact]
    public void An_instance_of_the_groups_os_architecture_and_location_in_no_unit_may_join() =>
        Assert.Null(UnitRules.JoiningGroup(Instance("web-01"), Group));

    [Theory]
    [InlineData("ORACLE_LINUX_8", "X86_64", "OCI_COMPUTE", UnitProblemKind.OtherOsVersion, "ORACLE_LINUX_9", "ORACLE_LINUX_8")]
    [InlineData("ORACLE_LINUX_9", "AARCH64", "OCI_COMPUTE", UnitProblemKind.OtherArchitecture, "X86_64", "AARCH64")]
    [InlineData("ORACLE_LINUX_9", "X86_64", "ON_PREMISE", UnitProblemKind.OtherLocation, "OCI_COMPUTE", "ON_PREMISE")]
    public void A_group_keeps_one_os_version_architecture_and_location(string os, string arch, string location, UnitProblemKind kind, string expected,
        string actual)
    {
        var problem = UnitRules.JoiningGroup(Instance("db-01", os, arch, location), Group)!;
        Assert.Equal((kind, expected, actual), (problem.Kind, problem.Expected, problem.Actual));
        Assert.Equal("db-01", problem.Instance!.DisplayName);
        Assert.True(problem.IsAboutOneInstance);
    }

    [Fact]
    public void An_instance_is_in_one_group_or_stage_at_a_time_and_one_already_in_this_group_is_a_no_op()
    {
        Assert.Equal((UnitProblemKind.AlreadyInUnit, "other"), Kind(UnitRules.JoiningGroup(Instance("a", unit: InGroup()), Group)));
        Assert.Equal((UnitProblemKind.AlreadyInUnit, "test"), Kind(UnitRules.JoiningGroup(Instance("b", unit: InStage()), Group)));
        var member = Instance("c", unit: new ContentUnit(UnitKind.Group, new ResourceRef(Group.Id, "wave-1")));
        Assert.Equal((UnitProblemKind.AlreadyMember, "wave-1"), Kind(UnitRules.JoiningGroup(member, Group)));

        static (UnitProblemKind, string?) Kind(UnitProblem? p) => (p!.Kind, p.Holder!.Unit.DisplayName);
    }

    [Fact]
    public void A_stage_takes_instances_of_its_environments_shape()
    {
        var stage = new LifecycleStageRecord { Id = "ocid1.osmhlifecyclestage.oc1.iad.s", DisplayName = "prod", Rank = 3, OsFamilyDetail = "ORACLE_LINUX_9",
            Architecture = "X86_64", Location = "OCI_COMPUTE" };
        Assert.Null(UnitRules.JoiningStage(Instance("app-01"), stage));
        var otherOs = UnitRules.JoiningStage(Instance("app-02", os: "ORACLE_LINUX_8"), stage)!;
        Assert.Equal((UnitProblemKind.OtherOsVersion, UnitKind.LifecycleStage, "prod"), (otherOs.Kind, otherOs.Holder!.Kind, otherOs.Holder.Unit.DisplayName));
        Assert.Equal(UnitProblemKind.AlreadyInUnit, UnitRules.JoiningStage(Instance("app-03", unit: InGroup()), stage)!.Kind);
    }

    [Fact]
    public void Only_a_member_leaves_a_unit_and_the_refusal_says_where_it_is()
    {
        var group = new ContentUnit(UnitKind.Group, new ResourceRef(Group.Id, "wave-1"));
        Assert.Null(UnitRules.Leaving(Instance("a", unit: group), group));
        var stranger = UnitRules.Leaving(Instance("b", unit: InStage("dev")), group)!;
        Assert.Equal(UnitProblemKind.NotAMember, stranger.Kind);
        Assert.Equal("lifecycle stage dev", stranger.Actual);
        Assert.Null(UnitRules.Leaving(Instance("c"), group)!.Actual);
    }

    [Fact]
    public void A_members_content_changes_through_its_group_or_stage_and_a_stand_alone_instance_directly()
    {
        var viaGroup = UnitRules.ChangingDirectly(Instance("a", unit: InGroup("wave-2")))!;
        Assert.Equal((UnitProblemKind.ChangeThroughUnit, UnitKind.Group, "wave-2"), (viaGroup.Kind, viaGroup.Holder!.Kind, viaGroup.Holder.Unit.DisplayName));
        var viaStage = UnitRules.ChangingDirectly(Instance("b", unit: InStage("test")))!;
        Assert.Equal((UnitKind.LifecycleStage, "ol9-app"), (viaStage.Holder!.Kind, viaStage.Holder.Environment!.DisplayName));
        Assert.Null(UnitRules.ChangingDirectly(Instance("c")));
        // The retired service's records never say so: it changes group members directly.
        Assert.Null(UnitRules.ChangingDirectly(new ManagedInstanceRecord { Id = "i", Groups = new[] { new ResourceRef("g") } }));
        Assert.True(UnitRules.ChangesGoThroughUnits(Hub));
        Assert.False(UnitRules.ChangesGoThroughUnits(Classic));
    }

    [Fact]
    public void A_new_group_takes_its_shape_from_its_first_member_and_refuses_each_member_that_does_not_fit()
    {
        var group = new NewInstanceGroup { DisplayName = "w", Members = new[] { Instance("a"), Instance("b", os: "ORACLE_LINUX_8"), Instance("c", unit: InStage()) } };
        var problems = group.Validate(Hub);
        Assert.Equal(("ORACLE_LINUX_9", "X86_64", "OCI_COMPUTE"), (group.EffectiveOsFamilyDetail, group.EffectiveArchitecture, group.EffectiveLocation));
        Assert.Equal(new[] { ("b", UnitProblemKind.OtherOsVersion), ("c", UnitProblemKind.AlreadyInUnit) },
            problems.Select(p => (p.Instance!.DisplayName!, p.Kind)));
    }

    [Fact]
    public void An_empty_group_needs_its_os_and_the_retired_service_has_no_groups_to_manage()
    {
        Assert.Equal(UnitProblemKind.NoOsForGroup, new NewInstanceGroup { DisplayName = "w" }.Validate(Hub).Single().Kind);
        Assert.Empty(new NewInstanceGroup { DisplayName = "w", OsFamilyDetail = "ORACLE_LINUX_9" }.Validate(Hub));
        var classic = new NewInstanceGroup { DisplayName = "w", OsFamilyDetail = "ORACLE_LINUX_9" }.Validate(Classic).Single();
        Assert.Equal((UnitProblemKind.FeatureNotSupported, ServiceFeature.GroupManagement), (classic.Kind, classic.Feature));
    }

    [Fact]
    public void A_group_with_members_is_not_deleted()
    {
        Assert.Equal(3, UnitRules.Deleting(new InstanceGroupRecord { Id = "g", DisplayName = "w", MemberCount = 3 })!.Count);
        Assert.Null(UnitRules.Deleting(new InstanceGroupRecord { Id = "g", DisplayName = "w", MemberCount = 0 }));
    }

    private static LifecycleEnvironmentRecord Environment(string? devSource, string? testSource) => new()
    {
        Id = "e", DisplayName = "ol9-app",
        Stages = new[]
        {
            new LifecycleStageRecord { Id = "dev", DisplayName = "dev", Rank = 1, SoftwareSource = devSource is null ? null : new ResourceRef(devSource, "v2") },
            new LifecycleStageRecord { Id = "test", DisplayName = "test", Rank = 2, SoftwareSource = testSource is null ? null : new ResourceRef(testSource, "v1") },
            new LifecycleStageRecord { Id = "prod", DisplayName = "prod", Rank = 3 },
        },
    };

    [Fact]
    public void Promotion_goes_in_order_the_first_stage_from_a_source_a_later_one_from_its_previous_stage()
    {
        var env = Environment("src-2", "src-1");
        Assert.Equal(UnitProblemKind.FirstStageNeedsSource, UnitRules.Promoting(env.Stages[0], env, null)!.Kind);
        Assert.Null(UnitRules.Promoting(env.Stages[0], env, "src-3"));
        Assert.Null(UnitRules.Promoting(env.Stages[1], env, null));
        Assert.Null(UnitRules.Promoting(env.Stages[1], env, "src-2"));
        var wrong = UnitRules.Promoting(env.Stages[1], env, "src-9")!;
        Assert.Equal((UnitProblemKind.NotPreviousStageSource, "v2", "src-9", "dev"), (wrong.Kind, wrong.Expected, wrong.Actual, wrong.Holder!.Unit.DisplayName));
        var empty = Environment("src-2", null);
        Assert.Equal((UnitProblemKind.PreviousStageEmpty, "test"), (UnitRules.Promoting(empty.Stages[2], empty, null)!.Kind,
            UnitRules.Promoting(empty.Stages[2], empty, null)!.Holder!.Unit.DisplayName));
    }

    [Fact]
    public void Installing_advisories_takes_the_updates_an_instance_misses_of_them_and_nothing_when_it_misses_none()
    {
        var available = new[]
        {
            new AvailableUpdate { Name = "openssl-libs-3.0.7-27.el9.x86_64", Errata = new[] { "ELSA-2026-1234" } },
            new AvailableUpdate { Name = "openssl-3.0.7-27.el9.x86_64", Errata = new[] { "ELSA-2026-1234" } },
            new AvailableUpdate { Name = "bash-5.1.8-9.el9.x86_64", Errata = new[] { "ELBA-2026-2000" } },
            new AvailableUpdate { Name = "tzdata-2026a-1.el9.noarch" },
        };
        var action = ImmediateAction.InstallAdvisories("i", OsFamily.Linux, available, new[] { "elsa-2026-1234" })!;
        Assert.Equal((JobOperation.Update, ActionTargetKind.Instance), (action.Operation, action.TargetKind));
        Assert.Equal(new[] { "openssl-libs-3.0.7-27.el9.x86_64", "openssl-3.0.7-27.el9.x86_64" }, action.Names);
        Assert.Null(ImmediateAction.InstallAdvisories("i", OsFamily.Linux, available, new[] { "ELSA-2026-9999" }));
    }

    [Fact]
    public void Stages_and_sets_as_targets_are_hub_features()
    {
        var stage = ImmediateAction.OnUnit(ActionTargetKind.LifecycleStage, "s", JobOperation.UpdateAll, UpdateKind.Security, null);
        Assert.Empty(stage.Validate(Hub));
        Assert.Equal(ServiceFeature.LifecycleEnvironments, stage.Validate(Classic).Single().Feature);
        var set = ImmediateAction.Restart(ActionTargetKind.DynamicSet, "d", 20);
        Assert.Equal(20, set.RebootTimeoutInMinutes);
        Assert.Empty(set.Validate(Hub));
        Assert.Equal(new ServiceFeature?[] { ServiceFeature.Reboot, ServiceFeature.DynamicSets }, set.Validate(Classic).Select(p => p.Feature));
        Assert.Throws<ArgumentException>(() => ImmediateAction.Restart(ActionTargetKind.Compartment, "c", null));
    }

    [Fact]
    public void A_job_targets_one_kind_and_a_promotion_job_targets_stages()
    {
        var job = new NewScheduledJob
        {
            CompartmentId = "c", DisplayName = "j", Operation = JobOperation.Promote,
            LifecycleStages = new[] { new ResourceRef("ocid1.osmhlifecyclestage.oc1.iad.s") },
            Schedule = ScheduleRequest.From(DateTime.UtcNow.AddHours(1), null, null, null),
        };
        Assert.Empty(job.Validate(Hub, DateTimeOffset.UtcNow));
        Assert.Contains(job.Validate(Classic, DateTimeOffset.UtcNow), p => p.Feature == ServiceFeature.LifecycleEnvironments);
        job.LifecycleStages = Array.Empty<ResourceRef>();
        job.DynamicSets = new[] { new ResourceRef("ocid1.osmhdynamicset.oc1.iad.d") };
        Assert.Equal(JobProblemKind.PromoteNeedsStages, job.Validate(Hub, DateTimeOffset.UtcNow).Single().Kind);
        job.Operation = JobOperation.UpdateAll;
        job.Instances = new[] { new ResourceRef("ocid1.instance.oc1.iad.i") };
        var mixed = job.Validate(Hub, DateTimeOffset.UtcNow).Single();
        Assert.Equal((JobProblemKind.MixedTargets, (0, 1)), (mixed.Kind, mixed.UnitTargetCounts));
    }
}
