using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A service's way to say which instances of a compartment miss an advisory of the kinds asked, for instances of one
/// OS family (or of every family), in fewer requests than reading each instance (<see cref="IOsmService.FindAffectedInstancesAsync"/>,
/// <see cref="IOsmService.FindExposedInstancesAsync"/>). The compliance scan lists no updates for an instance of that
/// family the finder does not name.
/// </summary>
public sealed class AffectedInstanceFinder
{
    private readonly Func<string, CancellationToken, Task<IReadOnlyCollection<string>>> _inCompartment;

    /// <summary>A finder for instances of <paramref name="family"/> (null: of every family), asking <paramref name="inCompartment"/> per compartment.</summary>
    public AffectedInstanceFinder(OsFamily? family, Func<string, CancellationToken, Task<IReadOnlyCollection<string>>> inCompartment)
    {
        Family = family;
        _inCompartment = inCompartment;
    }

    /// <summary>The OS family it answers for (null: every family); instances of other families are read one by one.</summary>
    public OsFamily? Family { get; }

    /// <summary>Whether it answers for an instance of <paramref name="family"/>.</summary>
    public bool AnswersFor(Reported<OsFamily> family) => Family is not { } mine || family.Is(mine);

    /// <summary>The OCIDs of the instances of the compartment (itself only) that miss an advisory of the kinds asked.</summary>
    public Task<IReadOnlyCollection<string>> InCompartmentAsync(string compartmentId, CancellationToken cancellationToken) =>
        _inCompartment(compartmentId, cancellationToken);
}
