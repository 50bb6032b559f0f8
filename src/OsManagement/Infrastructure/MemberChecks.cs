using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>
/// Reads the instances a unit command acts on and judges each by a unit rule before anything is sent: one error for
/// each instance that cannot be read or is refused (a verbose line for one already where it should be), the others go on.
/// </summary>
internal static class MemberChecks
{
    public static async Task<List<ManagedInstanceRecord>> PassingAsync(IOsmService service, IEnumerable<string> ids, Func<ManagedInstanceRecord, UnitProblem?> rule,
        ServiceDefinition definition, PipelineQueue queue, CancellationToken token, string? groupCommand = null, string? stageCommand = null)
    {
        var passing = new List<ManagedInstanceRecord>();
        await foreach (var read in new FanOut(FanOut.DefaultThrottleLimit).ReadEach(ids.Distinct(StringComparer.Ordinal), service.GetManagedInstanceAsync, token)
            .ConfigureAwait(false))
        {
            if (!read.Succeeded)
            {
                queue.WriteError(ErrorRecords.FromException(read.Error!, read.Target));
                continue;
            }
            switch (rule(read.Value))
            {
                case null:
                    passing.Add(read.Value);
                    break;
                case { Kind: UnitProblemKind.AlreadyMember } already:
                    queue.WriteVerbose(Messages.ForUnit(already, definition));
                    break;
                case { } problem:
                    queue.WriteError(UnitProblemRecords.Record(problem, definition, read.Target, groupCommand, stageCommand));
                    break;
            }
        }
        return passing;
    }

    /// <summary>"web-01, web-02 and 3 more", for -WhatIf and -Confirm.</summary>
    public static string Names(IReadOnlyCollection<ManagedInstanceRecord> instances) =>
        instances.Count <= 3 ? string.Join(", ", instances.Select(i => i.DisplayName))
            : $"{string.Join(", ", instances.Take(3).Select(i => i.DisplayName))} and {instances.Count - 3} more";
}
