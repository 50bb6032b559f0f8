namespace OsManagement.Emulator.Fleet;

/// <summary>
/// What an API keeps beside the fleet (its scheduled jobs, its way of making work), made afresh by the store on every
/// load of the fleet. The store and its scheduler know APIs only through this.
/// </summary>
internal interface IApiState
{
    /// <summary>The API's earliest job due by <paramref name="now"/>, and how to run it then; null when none is due.</summary>
    DueJob? NextDue(DateTimeOffset now);
}

/// <summary>A job that came due at <see cref="At"/>; <see cref="Run"/> makes its work and moves it on to its next time.</summary>
internal sealed record DueJob(DateTimeOffset At, Action<DateTimeOffset> Run);
