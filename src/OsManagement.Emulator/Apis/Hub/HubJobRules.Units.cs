using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>A job's lifecycle stage and dynamic set targets, and the promotion operation that only stages take.</summary>
internal sealed partial class HubJobRules
{
    private void CheckUnitTargets(List<string> stages, List<string> sets, List<ScheduledJobOperation> operations)
    {
        var promotes = operations.Any(o => o.OperationType == "PROMOTE_LIFECYCLE");
        if (promotes && stages.Count == 0)
        {
            throw OciException.Invalid("PROMOTE_LIFECYCLE promotes content into lifecycle stages: give lifecycleStageIds.");
        }
        foreach (var stage in stages.Select(id => HubUnits.Stage(_store, id)))
        {
            if (promotes && stage.Rank == 1)
            {
                throw OciException.Invalid(
                    $"Lifecycle stage {stage.DisplayName} is the first stage of its environment: its content comes from a versioned software source (promoteSoftwareSource with softwareSourceId), not from a previous stage.");
            }
            if (!promotes && operations.Any(o => HubVocabulary.ForWindows(o.OperationType ?? "") == true))
            {
                throw OciException.Invalid($"Lifecycle stage {stage.DisplayName} holds Oracle Linux instances; Windows update operations do not apply to it.");
            }
        }
        foreach (var id in sets)
        {
            HubUnits.Set(_store, id);
        }
    }
}
