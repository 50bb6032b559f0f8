using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>User-facing messages, kept together.</summary>
internal static partial class Messages
{
    public const string NotConnectedHint = "Run Connect-Osm (or pass -Context) to choose a config file, profile and region.";

    public static string InvalidOcid(string name, string kind, string value) =>
        $"'{value}' is not a valid {name} OCID. {Capitalized(name)} OCIDs look like {OcidExample(kind)}; copy one from the console or from Get-Osm* output.";

    public static string WrongKindOcid(string name, string kind, string value, string givenName, string hint) =>
        $"'{value}' is a {givenName} OCID, not a {name} OCID ({OcidExample(kind)}). {hint}";

    public static string OcidGoesTo(string givenName, string parameter) => $"A {givenName} OCID goes to -{parameter}.";

    public static string OcidIsReadBy(string givenName, string reader, string value) => $"To start from that {givenName}, use {reader} '{value}'.";

    // Compartments and tenancies are realm-wide (no region part); the resources OS Management manages are regional.
    private static string OcidExample(string kind) =>
        kind is "compartment" or "tenancy" ? $"ocid1.{kind}.oc1..<unique id>" : $"ocid1.{kind}.oc1.<region>.<unique id>";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    // The time as the schedule reads it, in its zone: a time read in UTC shown with this computer's offset would say
    // another hour than the one found past.
    private static string TimeInPast(string parameter, DateTime value, TimeZoneInfo zone, DateTimeOffset now)
    {
        var wall = value.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(value, zone) : value;
        var there = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return $"-{parameter} {Wall(wall)} ({zone.Id}) is in the past: it is {Wall(there)} there now. Give a future time (read in -TimeZone, " +
            "by default this computer's zone, or UTC for a UTC DateTime), or use Invoke-OsmJobNow to run a job now.";
    }

    // Scheduled jobs: what keeps a new job from being created.

    public static string ForNewJob(JobProblem problem, ServiceDefinition current) => problem.Kind switch
    {
        JobProblemKind.NamesNotTaken when problem.Operation == JobOperation.UpdateAll =>
            "-Operation UpdateAll installs every update of -UpdateType; it takes no -PackageName or -WindowsUpdateName. Use -Operation Install or Update for named packages.",
        JobProblemKind.NamesNotTaken =>
            $"-Operation {problem.Operation} takes no -PackageName or -WindowsUpdateName.",
        JobProblemKind.NamesRequired =>
            $"-Operation {problem.Operation} needs the packages to act on: give -PackageName (Linux) or -WindowsUpdateName (Windows), or use -Operation UpdateAll -UpdateType Security.",
        JobProblemKind.UpdateKindNotTaken => problem.Operation!.Value.TakesNames()
            ? $"-UpdateType applies to -Operation UpdateAll only; -Operation {problem.Operation} acts on the named packages."
            : $"-UpdateType applies to -Operation UpdateAll only; -Operation {problem.Operation} takes no update type.",
        JobProblemKind.WindowsUpdatesOnlyInstalled => "Windows updates can only be installed: use -Operation Install with -WindowsUpdateName.",
        JobProblemKind.SeveralUpdateKindsWithAll =>
            $"-UpdateType {Kinds(problem)}: All already installs every kind of update. Give All alone, or the kinds you want without All (-UpdateType Security,Bugfix).",
        JobProblemKind.NoTargets =>
            $"The job has no targets: give -ManagedInstanceId, -ManagedInstanceGroupId or ({Offering(ServiceFeature.CompartmentTargets)}) -ManagedCompartmentId, or pipe in Get-OsmManagedInstance or Get-OsmManagedInstanceGroup output.",
        JobProblemKind.MixedTargets when problem.TargetCounts.Compartments == 0 =>
            $"A scheduled job targets instances or groups, not both ({problem.TargetCounts.Instances} instance(s) and {problem.TargetCounts.Groups} group(s) were given). Create one job for the instances and another for the groups.",
        JobProblemKind.MixedTargets when problem.UnitTargetCounts is (0, 0) =>
            $"A scheduled job targets one kind of target: instances, groups or compartments ({problem.TargetCounts.Instances} instance(s), {problem.TargetCounts.Groups} group(s) and {problem.TargetCounts.Compartments} compartment(s) were given). Create one job per kind.",
        JobProblemKind.MixedTargets =>
            $"A scheduled job targets one kind of target: instances, groups, compartments, lifecycle stages or dynamic sets ({problem.TargetCounts.Instances} instance(s), {problem.TargetCounts.Groups} group(s), {problem.TargetCounts.Compartments} compartment(s), {problem.UnitTargetCounts.Stages} stage(s) and {problem.UnitTargetCounts.Sets} set(s) were given). Create one job per kind.",
        JobProblemKind.PromoteNeedsStages =>
            "-Operation Promote promotes content into lifecycle stages: give -LifecycleStageId, or pipe in Get-OsmLifecycleStage output.",
        JobProblemKind.MixedOsFamilies => problem.TargetsAreGroups
            ? $"The targets are Linux and Windows groups; a job acts on one OS family. Create one job per family (pick the groups by their OsFamily: Get-OsmManagedInstanceGroup | Where-Object OsFamily -eq '{OutputText.Upper(OsFamily.Linux)}')."
            : "The targets are Linux and Windows instances; a job acts on one OS family. Create one job per family (filter with Get-OsmManagedInstance -OsFamily).",
        _ => Common(problem, current, family => $"the targets are {family} {(problem.TargetsAreGroups ? "groups" : "instances")}"),
    };

    // Scheduled jobs: what keeps a change from being sent, given the job as read.

    public static string ForChange(JobProblem problem, ScheduledJobRecord? job, ServiceDefinition current)
    {
        var name = job?.DisplayName ?? "";
        var operation = job is null ? "" : OutputText.Of(job.Operation);
        return problem.Kind switch
        {
            JobProblemKind.OnceAndRecurring => "-Once and -RepeatEvery (or -RecurrenceRule) contradict each other: give one of them.",
            JobProblemKind.NamesNotTaken when problem.Operation == JobOperation.UpdateAll =>
                $"Job '{name}' is an UpdateAll job: it installs every update of its update type and takes no -PackageName or -WindowsUpdateName. Change its -UpdateType instead, or create a job for the named packages with New-OsmScheduledJob -Operation Install.",
            JobProblemKind.NamesNotTaken =>
                $"Job '{name}' is a {problem.Operation} job: it takes no -PackageName or -WindowsUpdateName.",
            JobProblemKind.UpdateKindNotTaken =>
                $"-UpdateType applies to UpdateAll jobs only, and the operation of job '{name}' is {operation} (of named packages or updates). Change its names with -PackageName or -WindowsUpdateName instead, or create an UpdateAll job with New-OsmScheduledJob -UpdateType {Kinds(problem)}.",
            JobProblemKind.SeveralUpdateKindsWithAll =>
                $"-UpdateType {Kinds(problem)}: All already installs every kind of update. Give All alone, or the kinds job '{name}' should install without All (-UpdateType Security,Bugfix).",
            JobProblemKind.WindowsUpdatesOnlyInstalled =>
                $"Windows updates can only be installed, and the operation of job '{name}' is {operation}: create an Install job with New-OsmScheduledJob -Operation Install -WindowsUpdateName.",
            _ => Common(problem, current, family => $"job '{name}' is a {family} job"),
        };
    }

    // What new jobs and changes say alike. targetsAre says, for a family, what is of it.
    private static string Common(JobProblem problem, ServiceDefinition current, Func<string, string> targetsAre) => problem.Kind switch
    {
        JobProblemKind.RuleAndInterval =>
            "-RepeatEvery and -RecurrenceRule both say how the job recurs: give one of them (a rule such as 'FREQ=DAILY;INTERVAL=2' says an interval too).",
        JobProblemKind.InvalidRecurrenceRule =>
            $"-RecurrenceRule '{problem.Rule}' is not a rule {Offering(ServiceFeature.RecurrenceRules)} takes: {problem.Detail} Examples: 'FREQ=WEEKLY;BYDAY=SU' (every Sunday), 'FREQ=MONTHLY;BYDAY=1SU' (the first Sunday of each month), 'FREQ=DAILY;INTERVAL=2'.",
        JobProblemKind.IntervalWithoutUnit =>
            $"-Interval {problem.Interval} needs -RepeatEvery: say what the interval counts, e.g. -RepeatEvery Week -Interval {problem.Interval}. For a one-time job, leave out -Interval.",
        JobProblemKind.PackagesAndWindowsUpdates =>
            "A job acts on Linux packages or on Windows updates, not both: create one job with -PackageName and another with -WindowsUpdateName.",
        JobProblemKind.TimeInPast => TimeInPast("At", problem.Time!.Value, problem.Zone!, problem.Now!.Value),
        JobProblemKind.PackagesForWindows =>
            $"-PackageName names Linux packages, but {targetsAre(nameof(OsFamily.Windows))}. Give Windows updates with -WindowsUpdateName instead, or schedule the packages in a job for Linux instances.",
        JobProblemKind.WindowsUpdatesForLinux =>
            $"-WindowsUpdateName names Windows updates, but {targetsAre(nameof(OsFamily.Linux))}. Give Linux packages with -PackageName instead, or schedule the updates in a job for Windows instances.",
        JobProblemKind.KspliceForWindows =>
            $"-UpdateType Ksplice (live kernel patching) is for Oracle Linux only, but {targetsAre(nameof(OsFamily.Windows))}. Choose another update type (All, Security, Bugfix, Enhancement, Other), or schedule Ksplice updates in a job for Linux instances.",
        JobProblemKind.SeveralUpdateKindsForWindows =>
            $"-UpdateType {Kinds(problem)} makes one job of several operations, and {targetsAre(nameof(OsFamily.Windows))}: {ServiceRegistry.Hub.Title} combines operations in one job only when they update Linux packages, so a Windows job installs one kind of Windows update. Create one job per kind, or one with -UpdateType All.",
        JobProblemKind.FeatureNotSupported => NeedsFeature(problem.Feature!.Value, current),
        JobProblemKind.NoRunFromTime =>
            $"-RecurrenceRule '{problem.Rule}' never runs at or after {Wall(problem.Time!.Value)} ({problem.Zone!.Id}) within ten years. Check its BYMONTH and BYMONTHDAY (February has no 30th), or give another rule.",
        JobProblemKind.RuleNotInUtc => RuleNotInUtc(problem),
        _ => problem.ToString(),
    };

    // The update kinds a problem is about, as -UpdateType takes them (Security,Bugfix).
    private static string Kinds(JobProblem problem) =>
        string.Join(",", problem.UpdateKinds.Count > 0 ? problem.UpdateKinds : problem.UpdateKind is { } kind ? new[] { kind } : Array.Empty<UpdateKind>());

    /// <summary>A package action on a Windows instance.</summary>
    public static string PackagesOnWindows(string instance, string command) =>
        $"{instance} is a Windows instance, and {command} acts on Linux packages. " +
        "For Windows updates use Install-OsmUpdate (-Name with the names Get-OsmAvailableUpdate shows); to act on Linux instances only, filter with Get-OsmManagedInstance -OsFamily Linux.";

    /// <summary>What the connection's service cannot do, named as the feature of the service that can (the registry's first that has it).</summary>
    public static string NeedsFeature(ServiceFeature feature, ServiceDefinition current)
    {
        var offering = ServiceRegistry.Offering(feature);
        return offering is null
            ? $"{Feature(feature)} is something no service the module knows can do."
            : $"{Feature(feature)} is {Article(offering.Title)} {offering.Title} feature. This connection uses {current.Description}, which cannot do it: " +
              $"connect to {offering.Title} with Connect-Osm -Service {offering.Name}.";
    }

    // The title of the service that has a feature (OS Management Hub), as messages name it.
    private static string Offering(ServiceFeature feature) => ServiceRegistry.Offering(feature)?.Title ?? "no service";

    private static string Article(string word) => "AEIOU".IndexOf(char.ToUpperInvariant(word[0])) >= 0 ? "an" : "a";

    internal static string AdvisoryDetailsOffering => Offering(ServiceFeature.AdvisoryDetails);

    private static string Feature(ServiceFeature feature) => feature switch
    {
        ServiceFeature.RecurrenceRules => "A recurrence rule an interval cannot say (-RecurrenceRule with a day of the week or of the month)",
        ServiceFeature.CompartmentTargets => "A compartment as a job's target (-ManagedCompartmentId)",
        ServiceFeature.Reboot => "The Reboot operation (-Operation Reboot)",
        ServiceFeature.RetryIntervals => "Retrying failed runs (-RetryInterval)",
        ServiceFeature.WorkRequestTrees => "Finding work requests by job or parent (-ScheduledJobId, -ParentId)",
        ServiceFeature.Rerun => "Re-running a work request (Restart-OsmWorkRequest)",
        ServiceFeature.AdvisoryDetails => "Advisory severity and issue dates",
        ServiceFeature.SeveralUpdateKinds => "Several update types in one job (-UpdateType Security,Bugfix)",
        ServiceFeature.GroupManagement => "Creating and changing groups and their members (New-, Set-, Remove-OsmManagedInstanceGroup, Add-, Remove-OsmManagedInstanceGroupMember)",
        ServiceFeature.LifecycleEnvironments => "Lifecycle environments and stages (Get-OsmLifecycleEnvironment, Get-OsmLifecycleStage, Invoke-OsmLifecyclePromotion, -LifecycleStageId, -Operation Promote)",
        ServiceFeature.DynamicSets => "Dynamic sets (Get-OsmDynamicSet, -DynamicSetId)",
        _ => feature.ToString(),
    };

    public static string ScheduledJobChanged(string name, string id, string cause) =>
        $"Scheduled job {name} was changed by someone else since it was read, so this change was not applied (nothing was overwritten). Read it again with Get-OsmScheduledJob -Id {id}, check the change, and set it again. [{cause}]";

    public static string SkipOneTimeJob(string name) =>
        $"Scheduled job {name} runs once; only a recurring job has a next run to skip. To cancel it, use Remove-OsmScheduledJob; to move it, Set-OsmScheduledJob -At.";

    public static string RunNotFound(string name, string id, int seconds) =>
        $"Scheduled job {name} was asked to run now, but its run's work requests did not appear within {seconds} seconds, so there is nothing to wait for yet. " +
        $"The run may still come: look for it later with Get-OsmWorkRequest -ScheduledJobId {id}.";

    public static string RunOneTimeJobNow(string name, string id, ServiceDefinition current) =>
        $"Scheduled job {name} runs once, and {current.Title} runs only recurring jobs now. To run it now, move its run to a minute from now: Set-OsmScheduledJob -Id {id} -At (Get-Date).AddMinutes(1).";

    public static string WorkRequestTimedOut(string id, TimeSpan? timeout) =>
        $"Work request {id} did not finish within {timeout}. It goes on in the service; wait again with Wait-OsmWorkRequest -Id {id}.";

    // The emulator.

    public static string InvalidFaultKind(string kind, string[] kinds) =>
        $"-Fault has '{kind}', which the emulator cannot inject. Use the kinds {string.Join(", ", kinds)}, e.g. -Fault @{{ 429 = 0.1; reset = 0.01 }}.";

    public static string InvalidFaultRate(string kind, object? rate) =>
        $"-Fault {kind} = '{rate}' is not a fraction of requests. Give a number from 0 to 1, e.g. {kind} = 0.05 for one request in twenty.";

    public static string FleetFileRejected(string emulatorOutput) =>
        $"The emulator did not start: the fleet file has mistakes. Correct them and start it again.{System.Environment.NewLine}{emulatorOutput}";

    public static string FleetFileNotAFile(string path, string provider, int matches) => matches > 1
        ? $"-FleetFile '{path}' matches {matches} files. Give the path of one fleet file (wildcards are expanded)."
        : $"-FleetFile '{path}' is not a file on the file system ({provider}). Give the path of a JSON fleet file, e.g. -FleetFile ./fleet.json.";

    public static string EmulatorWith(string parameter) =>
        $"-Emulator brings its own config file and endpoint, so {parameter} cannot be given with it. Use -Emulator alone (with -Profile or -AuthType if needed), or {parameter} without -Emulator.";

    public static string EmulatorNotInstalled(string notInstalled, string? built) => built is null
        ? $"{notInstalled} A build of this module also leaves it as out/emulator/OsManagement.Emulator.dll: Start-OsmEmulator -Path ./out/emulator/OsManagement.Emulator.dll."
        : $"{notInstalled} The build this module came from left one at {built}: Start-OsmEmulator -Path '{built}'.";

    public static string EmulatorStopped(string endpoint) =>
        $"The emulator at {endpoint} has stopped. Start another with Start-OsmEmulator and connect to that one.";

    // The compliance report.

    /// <summary>Two scope parameters of Get-OsmComplianceReport given together.</summary>
    public static string ComplianceScopeConflict(string given, string other) =>
        $"-{given} cannot be used with -{other}: a report covers a compartment (-CompartmentId, with -Recurse for its subtree) or the members of one group (-ManagedInstanceGroupId). Give one or the other.";

    public static string SlaUnknownSeverity(string key) =>
        $"-SlaDays has the key '{key}', which is not a severity. Use Critical, Important, Moderate, Low or Unrated (updates no advisory rates), " +
            $"e.g. -SlaDays @{{ Critical = 7; Important = 21 }}; the severities you leave out keep their defaults ({SlaPolicy.Default}).";

    public static string SlaNotDays(string severity, object? value) =>
        $"-SlaDays {severity} = '{value}' is not a number of days. Give a whole number from 0 to {SlaPolicy.MaxDays}, e.g. -SlaDays @{{ " +
            $"{severity} = {(Vocabulary.TryParse<AdvisorySeverity>(severity) is { } rated ? SlaPolicy.DefaultDays[rated] : 30)} }}.";

    public static string CveNotACve(string pattern) =>
        $"-Cve '{pattern}' is not a CVE id. Give CVE-YEAR-NUMBER, e.g. -Cve CVE-2026-1234, or with wildcards -Cve 'CVE-2026-*'; for an advisory (ELSA-2026-1234) use -AdvisoryName.";

    public static string ExposureNoAdvisory(string pattern, bool isCve, ServiceDefinition current) =>
        $"{(isCve ? "-Cve" : "-AdvisoryName")} {pattern} matches no advisory {current.DisplayName} knows, so no instance is reported for it. Check the {(isCve ? "CVE id" : "name")}; Windows updates carry no advisory or CVE there.";

    public static string ExposureNoInstance(string pattern, bool isCve) =>
        $"{(isCve ? "-Cve" : "-AdvisoryName")} {pattern}: no instance in scope misses an update for it, so none is reported for it.";

    public static string MinimumSeverityNotGiven(ServiceDefinition current) =>
        $"-MinimumSeverity filters by advisory severity, which {Offering(ServiceFeature.AdvisoryDetails)} gives and this connection's service, {current.DisplayName}, does not. Leave out -MinimumSeverity: every missing update then counts.";

    public static string SeverityNotKnown(ServiceDefinition current) =>
        $"Severity, advisory age and SLA are left empty: this connection's service, {current.DisplayName}, gives no advisory severity or issue dates ({Offering(ServiceFeature.AdvisoryDetails)} does). Everything else in the report is complete.";

    public const string HistoryNeedsUnratedSla =
        "-History dates the updates no advisory rates (Windows updates) for their SLA, and no SLA was given them: add -SlaDays @{ Unrated = 30 } " +
            "(any number of days), or leave -History out.";

    public static string UnratedSlaFromNow(int days) =>
        $"Without -History, this report is the first to see each unrated update, so their SLA of {days} days counts from now and none is past it yet. " +
        "Keep the report (Export-OsmComplianceReport -Path report.json) and give it as -History next time.";

    public static string SummaryFromAnalytics(int requests) =>
        $"The summary's counts come from OS Management Hub's analytics ({requests} request{(requests == 1 ? "" : "s")}). Severity, SLA, CVE and " +
            $"per-compartment figures need the full scan: -Summary -Detailed.";

    public static string SummaryByScan(AnalyticsRefusal why, ServiceDefinition current) =>
        "The summary scans every instance: " + why switch
        {
            AnalyticsRefusal.NotOffered => $"{current.DisplayName} keeps no analytics ({Offering(ServiceFeature.InstanceAnalytics)} does).",
            AnalyticsRefusal.UpdateTypes => "Hub's analytics count one update type at a time, and only Security, Bug or Other.",
            AnalyticsRefusal.MinimumSeverity => "Hub's analytics do not count by severity (-MinimumSeverity).",
            AnalyticsRefusal.Exposure => "Hub's analytics count the whole scope, not the instances exposed to some CVEs or advisories (-Cve, -AdvisoryName).",
            _ => "Hub's analytics know no advisory dates, and -SlaDays asks for the SLA.",
        };

    public static string ReportNoRecords(string path, int otherObjects) =>
        $"No compliance record or summary came through the pipeline{(otherObjects > 0 ? $" (only {otherObjects} other object{(otherObjects == 1 ? "" : "s")}, refused above)" : "")}, so nothing was written to '{path}'. " +
        "Pipe the output of Get-OsmComplianceReport; when no instance misses anything it writes no record, so add -IncludeCompliant for a page that lists every instance.";

    public static string ReportInputInvalid(string command, string? typeName) =>
        $"{command} takes the output of Get-OsmComplianceReport; got {typeName ?? "null"}.";

    public static string ReportPathBlocked(string path, string blocker) =>
        $"The folder for '{path}' cannot be created: '{blocker}' is a file, not a folder. Choose another -Path, or move or rename that file.";

    public static string ReportWriteFailed(string path, string reason) =>
        $"The report could not be written to '{path}': {reason} Nothing was changed there: any earlier file is as it was, and no partial file is left.";

    public static string ReportPathIsFolder(string path) =>
        $"'{path}' is a folder. Give a file name in it, e.g. -Path '{System.IO.Path.Combine(path, "compliance.html")}'.";

    public static string CompareNoRecords(string parameter) =>
        $"{parameter} has no compliance records, so there is nothing to compare. A report of a fleet where nothing is missing has no records unless it is made with -IncludeCompliant: use Get-OsmComplianceReport -IncludeCompliant, and Export-OsmComplianceReport -Path *.json to keep it.";

    public static string CompareFileUnreadable(string path, string reason) =>
        $"'{path}' is not a compliance report that Export-OsmComplianceReport wrote as JSON: {reason}. Write one with Get-OsmComplianceReport -IncludeCompliant | Export-OsmComplianceReport -Path report.json.";

    // Why a file is not a report Compare-OsmComplianceReport can read (the end of CompareFileUnreadable's sentence).
    public const string ReportFileEmpty = "it is empty";

    public const string ReportFileIsPage =
        "it is an HTML page, which Export-OsmComplianceReport writes for people to read; compare the JSON it writes (-Path report.json)";

    public const string ReportFileIsCsv =
        "it looks like CSV (Export-Csv of the records), which keeps no advisories per instance; compare the JSON Export-OsmComplianceReport " +
            "writes (-Path report.json)";

    public const string ReportFileNoInstances = "it is JSON, but has no \"instances\" list, so it is not such a report";

    public static string ReportFileCut(long bytes) =>
        $"it ends part-way through its JSON, after {bytes} bytes: the run that wrote it was stopped, or the copy did not finish. Use another " +
            $"copy, or export the report again";

    public static string ReportFileNotJson(long line, long column) => $"it is not valid JSON (line {line}, column {column})";

    public static string ReportFileNotAnObject(string what) =>
        $"it is JSON, but {what}, not a report object (ConvertTo-Json of the records is not a report file)";

    public static string ReportFileOtherFormat(string format) => $"its format is '{format}'";

    public static string ReportFileInstanceWithoutId(int index) => $"instance {index} has no \"id\"";

    public static string CompareScopesDiffer(string reference, string difference) =>
        $"The two reports cover different scopes ({reference}; {difference}): an instance in only one of them shows as new or resolved.";

    public static string CompareReversed(DateTime reference, DateTime difference) =>
        $"The reference report ({reference:yyyy-MM-dd HH:mm}) is newer than the difference report ({difference:yyyy-MM-dd HH:mm}): New and Resolved read the other way round. Give the earlier report as the reference.";

    // The units a fleet is patched by (groups one manages, lifecycle stages, dynamic sets).

    /// <summary>
    /// What keeps a unit change from being sent. <paramref name="groupCommand"/> and <paramref name="stageCommand"/> say what
    /// changes a member's content through its group or stage, for the command the user ran.
    /// </summary>
    public static string ForUnit(UnitProblem problem, ServiceDefinition current, string? groupCommand = null, string? stageCommand = null)
    {
        var instance = problem.Instance?.ToString();
        var holder = problem.Holder;
        return problem.Kind switch
        {
            UnitProblemKind.FeatureNotSupported => NeedsFeature(problem.Feature!.Value, current),
            UnitProblemKind.NoOsForGroup =>
                "A group is made for the OS its members run: give -OsFamilyDetail (e.g. ORACLE_LINUX_9, as Get-OsmManagedInstance shows in OsFamilyDetail), or give its first members with -ManagedInstanceId (or pipe them in).",
            UnitProblemKind.OtherOsVersion or UnitProblemKind.OtherArchitecture or UnitProblemKind.OtherLocation =>
                $"{instance} {ShapeWord(problem.Kind, problem.Actual)}, and {holder?.ToString() ?? "the group"} is for {ShapeWord(problem.Kind, problem.Expected, plural: true)}: OS Management Hub keeps one OS version, architecture and location to a group or lifecycle environment. Put it in one made for it (New-OsmManagedInstanceGroup -ManagedInstanceId {problem.Instance?.Id}).",
            UnitProblemKind.AlreadyInUnit =>
                $"{instance} is already in {holder}: an instance is in one group or lifecycle stage at a time. Take it out first with {(holder?.Kind == UnitKind.Group ? "Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId" : "Remove-OsmLifecycleStageMember -LifecycleStageId")} {holder?.Unit.Id} -ManagedInstanceId {problem.Instance?.Id}.",
            UnitProblemKind.AlreadyMember => $"{instance} is already in {holder}; nothing to do.",
            UnitProblemKind.NotAMember =>
                $"{instance} is not in {holder} ({(problem.Actual is null ? "it is a stand-alone instance" : "it is in " + problem.Actual)}), so it cannot be taken out of it.",
            UnitProblemKind.GroupHasMembers =>
                $"{Capitalized(holder?.ToString() ?? "The group")} has {problem.Count} member(s), and OS Management Hub deletes an empty group. Detach them first (Get-OsmManagedInstance -ManagedInstanceGroupId {holder?.Unit.Id} | Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId {holder?.Unit.Id}), or add -Force to detach them and delete the group.",
            UnitProblemKind.FirstStageNeedsSource =>
                $"{Capitalized(holder?.ToString() ?? "The stage")} is the first stage of its environment: its content comes from a versioned software source, not from a stage before it. Give the source to promote with -SoftwareSourceId (Get-OsmLifecycleStage shows each stage's SoftwareSourceId).",
            UnitProblemKind.PreviousStageEmpty =>
                $"The stage before it, {holder}, holds no content yet, so there is nothing to promote from it. Promote to {holder?.Unit} first (Invoke-OsmLifecyclePromotion -LifecycleStageId {holder?.Unit.Id}).",
            UnitProblemKind.NotPreviousStageSource =>
                $"-SoftwareSourceId {problem.Actual} is not what the stage before it, {holder}, holds ({problem.Expected}): content moves through the stages in order. Leave -SoftwareSourceId out to promote that.",
            UnitProblemKind.ChangeThroughUnit when holder?.Kind == UnitKind.LifecycleStage =>
                $"{instance} is attached to {holder}{(holder.Environment is { } environment ? $" of {environment}" : "")}: OS Management Hub changes its packages through the stage, not directly. Promote content to the stage (Invoke-OsmLifecyclePromotion -LifecycleStageId {holder.Unit.Id}), then install it there ({stageCommand ?? "Install-OsmUpdate"} -LifecycleStageId {holder.Unit.Id}).",
            UnitProblemKind.ChangeThroughUnit =>
                $"{instance} is a member of {holder}: OS Management Hub changes a member's packages through its group, not directly. Act on the group instead: {groupCommand ?? "Install-OsmUpdate"} -ManagedInstanceGroupId {holder?.Unit.Id}, or take the instance out of the group first (Remove-OsmManagedInstanceGroupMember).",
            _ => problem.ToString(),
        };
    }

    private static string ShapeWord(UnitProblemKind kind, string? value, bool plural = false) => kind switch
    {
        UnitProblemKind.OtherOsVersion => plural ? $"{value} instances" : $"runs {value}",
        UnitProblemKind.OtherArchitecture => plural ? $"{value} instances" : $"runs on {value}",
        _ => plural ? $"instances at {value}" : $"runs at {value}",
    };

    public static string GroupOsNotGiven(string os) =>
        $"-OsFamilyDetail '{os}' is not an OS family OS Management Hub names; use one as Get-OsmManagedInstance shows it in OsFamilyDetail, e.g. ORACLE_LINUX_9 or WINDOWS_SERVER_2022.";

    public const string GroupNothingToChange = "Give what to change: -DisplayName (a new name) or -Description. Members change with Add-OsmManagedInstanceGroupMember and Remove-OsmManagedInstanceGroupMember.";

    public static string AdvisoryNotMissing(string instance, string advisories) =>
        $"{instance} misses none of {advisories}; nothing to install there.";

    // Schedules read in a time zone.

    /// <summary>A time on a zone's wall clock, as messages write it: "Sat 2030-01-05 22:00".</summary>
    public static string Wall(DateTime time) => time.ToString("ddd yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string RuleNotInUtc(JobProblem problem)
    {
        var zone = problem.Zone!.Id;
        var why = problem.Refusal!.Kind switch
        {
            ShiftRefusalKind.TimesOnDifferentDays => "its times of day fall on different days in UTC",
            ShiftRefusalKind.MonthDayAcrossMonths => "its day of the month falls in another month in UTC",
            _ => problem.Refusal.Run is { } run
                ? $"in UTC its runs follow another pattern (the run of {Wall(run)} {zone} would not be one)"
                : "in UTC its runs follow another pattern",
        };
        return $"-RecurrenceRule '{problem.Rule}' read in {zone} from {Wall(problem.Time!.Value)} cannot be sent: the service reads a job's rule in UTC, and {why}. " +
            "Split it into jobs whose times stay on one UTC day, or give the rule in UTC with -TimeZone UTC.";
    }

    public static string UnknownTimeZone(string given, System.Collections.Generic.IReadOnlyList<string> nearest) =>
        $"-TimeZone '{given}' is not a time zone this computer knows." + (nearest.Count > 0 ? $" Did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?" : "") +
        " Give an IANA id (America/New_York, Europe/Berlin), a Windows id (Eastern Standard Time), or UTC.";

    /// <summary>The first run is not the time asked: the rule runs first later.</summary>
    public static string FirstRunMoved(SchedulePlan plan) =>
        $"'{plan.Recurrence!.ToRule()}' does not run at {Wall(plan.AskedAt)} ({plan.Zone.Id}), so the first run is its first occurrence after that: {Wall(plan.FirstRunLocal)} ({plan.Zone.Id}).";

    /// <summary>The runs move by an hour on the wall clock where the zone changes its clocks, because the service reads the rule in UTC.</summary>
    public static string DaylightShifts(SchedulePlan plan, ServiceDefinition current)
    {
        var moves = plan.Shifts.Select(s => s.By == TimeSpan.Zero
            ? $"from {s.ClocksChangeLocal:yyyy-MM-dd} again at {s.Actual:HH:mm}"
            : $"from {s.ClocksChangeLocal:yyyy-MM-dd} an hour {(s.By > TimeSpan.Zero ? "later" : "earlier")} ({Wall(s.Actual)} instead of {Wall(s.Meant)})");
        return $"{current.Title} reads a job's schedule in UTC, so its runs do not follow the clock changes of {plan.Zone.Id}: they run {string.Join(", then ", moves)}. " +
            $"To keep {plan.FirstRunLocal:HH:mm} local time, move the job when the clocks change (Set-OsmScheduledJob -At), or schedule it in UTC with -TimeZone UTC.";
    }

    /// <summary>How -WhatIf and -Confirm say a schedule: "every FREQ=WEEKLY;BYDAY=SA in America/New_York (sent as FREQ=WEEKLY;BYDAY=SU in UTC) from Sat 2030-01-05 22:00".</summary>
    public static string ScheduleInWords(SchedulePlan plan)
    {
        if (plan.Recurrence is not { } recurrence)
        {
            return $"once at {Wall(plan.FirstRunLocal)} ({plan.Zone.Id})";
        }
        var said = recurrence.Unit is { } unit ? $"{recurrence.Interval} {unit}" : recurrence.ToRule();
        var sent = plan.WireRecurrence is { HasRule: true } wire && recurrence.HasRule && wire.ToRule() != recurrence.ToRule() ? $" (sent as {wire.ToRule()} in UTC)" : "";
        return $"every {said} in {plan.Zone.Id}{sent} from {Wall(plan.FirstRunLocal)}";
    }

    public const string UpdateTypeAndName =
        "-UpdateType installs every update of a type and -Name installs the updates named: give one of them (Install-OsmUpdate -Name openssl, or -UpdateType Security).";

    // Why a work request did not succeed, said once.

    public static string WorkRequestFailed(WorkRequestFailure failure, string status)
    {
        var request = failure.Request;
        var head = $"Work request {request.Id} ({WorkRequestWhat(request)}) {status}";
        if (failure.Reasons.Count == 0)
        {
            return $"{head}. See Get-OsmWorkRequestLog -Id {request.Id}.";
        }
        if (failure.ChildCount == 0)
        {
            return $"{head}: {string.Join("; ", failure.Reasons.Select(r => $"{r.Code}: {Sentence(r.Message)}"))}. See Get-OsmWorkRequestLog -Id {request.Id}.";
        }
        var failed = failure.FailedChildren.Count;
        var reasons = failure.Reasons.Select(r => $"{r.Code}: {Sentence(r.Message)} ({ChildList(request, r.Children)})");
        return $"{head}: {failed} of {failure.ChildCount} child work request{(failure.ChildCount == 1 ? "" : "s")} did not succeed. {string.Join("; ", reasons)}. " +
            $"See Get-OsmWorkRequest -ParentId {request.Id} and Get-OsmWorkRequestLog -Id {request.Id}.";
    }

    public static string WorkRequestFailedUnread(WorkRequestRecord request, string status, string why) =>
        $"Work request {request.Id} ({WorkRequestWhat(request)}) {status} (its errors could not be read: {why}). See Get-OsmWorkRequestLog -Id {request.Id}.";

    private static string WorkRequestWhat(WorkRequestRecord request) =>
        request.OperationType + (request.ManagedInstance?.DisplayName is { } name ? $" on {name}" : "");

    // The children a reason stopped: by instance when they act on other instances than their parent (a group's), else by
    // what each does (an "all" update's child per update type); at most ten named.
    private static string ChildList(WorkRequestRecord parent, System.Collections.Generic.IReadOnlyList<WorkRequestRecord> children)
    {
        const int Named = 10;
        var labels = children.Select(c => c.ManagedInstance?.DisplayName is { } name && name != parent.ManagedInstance?.DisplayName ? name : c.OperationType).ToList();
        var more = labels.Count > Named ? $" and {labels.Count - Named} more" : "";
        return string.Join(", ", labels.Take(Named)) + more;
    }

    private static string Sentence(string text) => text.Trim().TrimEnd('.');

    public static string GroupsBelow(string scope, System.Collections.Generic.IReadOnlyList<string> names) =>
        $"No group in {scope} itself matches, but {names.Count} in the compartments below it {(names.Count == 1 ? "does" : "do")} " +
        $"({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", ..." : "")}): add -Recurse to list them.";

    // Targets found by name.

    public static string NameMatchesNothing(string parameter, string pattern, string kind, string scope) =>
        $"No {kind} in {scope} or the compartments below it has a name that matches -{parameter} '{pattern}' (names match in any case; * and ? are wildcards). " +
        $"Check the name, or list the {kind}s with {(kind == "scheduled job" ? "Get-OsmScheduledJob -Recurse" : "Get-OsmManagedInstance -Recurse")}.";

    public static string NameMatchesSeveral(string command, string parameter, string pattern, string kind, System.Collections.Generic.IReadOnlyList<string> matches) =>
        $"-{parameter} '{pattern}' matches {matches.Count} {kind}s: {string.Join("; ", matches)}. {command} acts on several only with -Force: " +
        $"give a name that matches one (or its -Id), or add -Force to act on all {matches.Count}.";

    // Export-OsmFleet

    public static string FleetNotCarried(ServiceDefinition current, System.Collections.Generic.IEnumerable<Oci.Engine.Fleet.FleetGap> gaps) =>
        $"The fleet file leaves out what {current.DisplayName} cannot give it: {string.Join("; ", gaps.Select(FleetGapWords))}. " +
        $"Everything else (compartments, groups, instances, their status, check-ins and missing updates with CVEs) is in it; export from OS Management Hub for a complete copy.";

    private static string FleetGapWords(Oci.Engine.Fleet.FleetGap gap) => gap switch
    {
        Oci.Engine.Fleet.FleetGap.LifecycleEnvironments => "lifecycle environments and stages (the service has none)",
        Oci.Engine.Fleet.FleetGap.DynamicSets => "dynamic sets (the service has none)",
        Oci.Engine.Fleet.FleetGap.ScheduledJobs => "scheduled jobs (fleet files carry OS Management Hub's)",
        Oci.Engine.Fleet.FleetGap.AdvisoryDetails => "advisory severities and issue dates (the service gives none; the emulator assumes IMPORTANT, 30 days ago)",
        Oci.Engine.Fleet.FleetGap.OsReleases => "OS releases (the service names only LINUX or WINDOWS: each instance becomes its family's newest release)",
        Oci.Engine.Fleet.FleetGap.Locations => "instance locations (each becomes OCI_COMPUTE)",
        _ => "some scheduled jobs",
    };

    public static string FleetJobsLeftOut(System.Collections.Generic.IReadOnlyList<string> names) =>
        $"{names.Count} scheduled job(s) left out of the fleet file: {string.Join(", ", names.Take(10))}{(names.Count > 10 ? ", ..." : "")}. " +
        "Each runs an operation the emulator does not carry out, or has targets outside what was exported (export their compartments too, or the whole tenancy).";

    public static string FleetPathIsFolder(string path) =>
        $"'{path}' is a folder. Give a file name in it, e.g. -Path '{System.IO.Path.Combine(path, "fleet.json")}'.";

    public static string FleetFileExists(string path) => $"'{path}' exists. Use -Force to replace it (the new file replaces it whole, once written), or choose another -Path.";

    public static string FleetFolderMissing(string path, string folder) => $"The folder '{folder}' of -Path '{path}' does not exist. Create it first, or choose another -Path.";
}
