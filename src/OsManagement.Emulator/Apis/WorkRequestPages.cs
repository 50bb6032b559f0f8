namespace OsManagement.Emulator.Apis;

/// <summary>A page of a work request's log or errors as both OS Management APIs list them: by time (or message), in written order on a tie.</summary>
internal static class WorkRequestPages
{
    public static Page<TOut> Logs<TOut>(ListQuery list, WorkRequestRecord request, Func<WorkLog, TOut> project) =>
        Entries(list, request.Logs, l => l.Timestamp, l => l.Message, project);

    public static Page<TOut> Errors<TOut>(ListQuery list, WorkRequestRecord request, Func<WorkError, TOut> project) =>
        Entries(list, request.Errors, e => e.Timestamp ?? default, e => e.Message ?? "", project);

    private static Page<TOut> Entries<T, TOut>(ListQuery list, List<T> entries, Func<T, DateTimeOffset> time, Func<T, string> text, Func<T, TOut> project) =>
        list.Apply(entries.Select((entry, index) => (entry, index)), e => time(e.entry), e => text(e.entry),
            e => e.index.ToString("D6", CultureInfo.InvariantCulture), e => project(e.entry));
}
