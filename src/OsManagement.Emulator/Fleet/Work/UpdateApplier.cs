namespace OsManagement.Emulator.Fleet.Work;

/// <summary>What happened when a work request ran on an instance.</summary>
internal sealed record WorkOutcome(bool Succeeded, List<string> Logs, string? ErrorCode, string? ErrorMessage, WorkEffect Effect);

/// <summary>
/// Carries out a <see cref="WorkPlan"/> on an instance: installs, updates or removes for real, so the
/// instance's update lists and counts change. Ones marked <see cref="InstanceRecord.FailsUpdates"/> always fail; work for
/// an agent that is not checking in never gets here (<see cref="WorkRequestEngine"/>).
/// </summary>
internal static class UpdateApplier
{
    public static WorkOutcome Apply(InstanceRecord instance, WorkPlan plan, DateTimeOffset at)
    {
        if (plan.Kind == WorkKind.Reboot)
        {
            return Reboot(instance, at);
        }
        if (instance.FailsUpdates)
        {
            return instance.IsWindows
                ? Fail("WindowsUpdateFailed", $"Windows Update on {instance.DisplayName} failed with error 0x80070643 (fatal error during installation).")
                : Fail("PackageTransactionFailed", $"The package transaction on {instance.DisplayName} failed: error: rpmdb: BDB0113 Thread/process failed: Thread died in Berkeley DB library.");
        }
        return plan.Kind switch
        {
            WorkKind.UpdateAll => instance.IsWindows
                ? InstallWindows(instance, instance.WindowsUpdates.Where(u => Matches(plan, u.Classification)).ToList(), at)
                : UpdatePackages(instance, instance.PackageUpdates.Where(u => Matches(plan, u.Classification)).ToList(), at),
            WorkKind.UpdateKernels => instance.IsWindows
                ? InstallWindows(instance, new List<WindowsUpdateRecord>(), at)
                : UpdatePackages(instance, instance.PackageUpdates.Where(u => u.PackageName.StartsWith("kernel", StringComparison.Ordinal)).ToList(), at),
            WorkKind.UpdatePackages => UpdateNamed(instance, plan.Names, at),
            WorkKind.InstallPackages => InstallNamed(instance, plan.Names, at),
            WorkKind.RemovePackages => RemoveNamed(instance, plan.Names),
            WorkKind.InstallWindowsUpdates => InstallWindowsNamed(instance, plan.Names, at),
            WorkKind.KspliceKernel => KspliceKernel(instance),
            WorkKind.KspliceUserspace => new WorkOutcome(true, new List<string> { $"No Ksplice user-space updates apply to {instance.DisplayName}." }, null, null, WorkEffect.Updated),
            _ => new WorkOutcome(true, new List<string> { "The operation completed." }, null, null, WorkEffect.Updated),
        };
    }

    private static bool Matches(WorkPlan plan, Classification classification) => plan.Classification is null || plan.Classification == classification;

    private static WorkOutcome UpdatePackages(InstanceRecord instance, List<PackageUpdate> updates, DateTimeOffset at)
    {
        if (updates.Count == 0)
        {
            return new WorkOutcome(true, new List<string> { $"No applicable updates were found on {instance.DisplayName}." }, null, null, WorkEffect.Updated);
        }
        var logs = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Installing {updates.Count} update(s) on {instance.DisplayName}: {string.Join(", ", updates.Select(u => u.Name))}"),
        };
        foreach (var update in updates)
        {
            instance.PackageUpdates.Remove(update);
            var installed = instance.InstalledPackages.FirstOrDefault(p => p.PackageName == update.PackageName);
            if (installed is not null)
            {
                installed.Version = update.AvailableVersion;
                installed.InstallTime = at;
            }
            if (update.PackageName.StartsWith("kernel", StringComparison.Ordinal))
            {
                instance.OsKernelVersion = $"{update.AvailableVersion}.{update.Architecture}";
                instance.IsRebootRequired = true;
                logs.Add("A new kernel was installed; a reboot is required to use it.");
            }
        }
        logs.Add("Complete!");
        return new WorkOutcome(true, logs, null, null, WorkEffect.Updated);
    }

    private static WorkOutcome UpdateNamed(InstanceRecord instance, IReadOnlyList<string> names, DateTimeOffset at)
    {
        var updates = new List<PackageUpdate>();
        foreach (var name in names)
        {
            var update = instance.PackageUpdates.FirstOrDefault(u => u.Name == name || u.PackageName == name);
            if (update is null)
            {
                return Fail("PackageNotFound", $"No update is available for package {name} on {instance.DisplayName}.");
            }
            updates.Add(update);
        }
        return UpdatePackages(instance, updates, at);
    }

    private static WorkOutcome InstallNamed(InstanceRecord instance, IReadOnlyList<string> names, DateTimeOffset at)
    {
        if (instance.IsWindows)
        {
            return InstallWindowsNamed(instance, names, at);
        }
        var logs = new List<string>();
        foreach (var name in names)
        {
            if (instance.InstalledPackages.Any(p => p.PackageName == name || p.Name == name))
            {
                logs.Add($"Package {name} is already installed.");
                continue;
            }
            var major = instance.OsVersion.Split('.')[0];
            instance.InstalledPackages.Add(new InstalledPackage
            {
                PackageName = name,
                Version = $"1.0-1.el{major}",
                Architecture = "x86_64",
                Type = "rpm",
                InstallTime = at,
            });
            logs.Add($"Installed package {name} on {instance.DisplayName}.");
        }
        return new WorkOutcome(true, logs, null, null, WorkEffect.Installed);
    }

    private static WorkOutcome RemoveNamed(InstanceRecord instance, IReadOnlyList<string> names)
    {
        var packages = new List<InstalledPackage>();
        foreach (var name in names)
        {
            var package = instance.InstalledPackages.FirstOrDefault(p => p.PackageName == name || p.Name == name);
            if (package is null)
            {
                return Fail("PackageNotInstalled", $"Package {name} is not installed on {instance.DisplayName}.");
            }
            packages.Add(package);
        }
        foreach (var package in packages)
        {
            instance.InstalledPackages.Remove(package);
            instance.PackageUpdates.RemoveAll(u => u.PackageName == package.PackageName);
        }
        return new WorkOutcome(true, packages.Select(p => $"Removed package {p.Name} from {instance.DisplayName}.").ToList(), null, null, WorkEffect.Removed);
    }

    private static WorkOutcome InstallWindowsNamed(InstanceRecord instance, IReadOnlyList<string> names, DateTimeOffset at)
    {
        var updates = new List<WindowsUpdateRecord>();
        foreach (var name in names)
        {
            var update = instance.WindowsUpdates.FirstOrDefault(u => u.Name == name || u.Kb == name || u.DisplayName == name);
            if (update is null)
            {
                return Fail("UpdateNotFound", $"Windows update {name} is not available on {instance.DisplayName}.");
            }
            updates.Add(update);
        }
        return InstallWindows(instance, updates, at);
    }

    private static WorkOutcome InstallWindows(InstanceRecord instance, List<WindowsUpdateRecord> updates, DateTimeOffset at)
    {
        if (updates.Count == 0)
        {
            return new WorkOutcome(true, new List<string> { $"No applicable updates were found on {instance.DisplayName}." }, null, null, WorkEffect.Updated);
        }
        var logs = new List<string>();
        foreach (var update in updates)
        {
            instance.WindowsUpdates.Remove(update);
            instance.InstalledPackages.Add(new InstalledPackage
            {
                PackageName = update.DisplayName,
                Version = update.Kb,
                Architecture = "",
                Type = "windows-update",
                InstallTime = at,
            });
            instance.IsRebootRequired |= update.IsRebootRequired;
            logs.Add($"Installed {update.DisplayName} on {instance.DisplayName}.");
        }
        return new WorkOutcome(true, logs, null, null, WorkEffect.Installed);
    }

    private static WorkOutcome Reboot(InstanceRecord instance, DateTimeOffset at)
    {
        instance.IsRebooting = false;
        instance.IsRebootRequired = false;
        instance.LastBoot = at;
        return new WorkOutcome(true, new List<string> { $"Rebooted {instance.DisplayName}.", $"{instance.DisplayName} is back; it runs kernel {instance.OsKernelVersion}." }, null, null, WorkEffect.Updated);
    }

    /// <summary>Ksplice patches the running kernel: the kernel updates are applied and no reboot is needed.</summary>
    private static WorkOutcome KspliceKernel(InstanceRecord instance)
    {
        var kernels = instance.PackageUpdates.Where(u => u.PackageName.StartsWith("kernel", StringComparison.Ordinal)).ToList();
        if (kernels.Count == 0)
        {
            return new WorkOutcome(true, new List<string> { $"The running kernel of {instance.DisplayName} is up to date." }, null, null, WorkEffect.Updated);
        }
        foreach (var update in kernels)
        {
            instance.PackageUpdates.Remove(update);
            instance.KspliceEffectiveKernelVersion = $"{update.AvailableVersion}.{update.Architecture}";
        }
        return new WorkOutcome(true, new List<string> { $"Ksplice patched the running kernel of {instance.DisplayName} to {instance.KspliceEffectiveKernelVersion}; no reboot is needed." }, null, null, WorkEffect.Updated);
    }

    private static WorkOutcome Fail(string code, string message) =>
        new(false, new List<string> { message }, code, message, WorkEffect.Failed);
}
