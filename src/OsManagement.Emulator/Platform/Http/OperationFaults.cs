namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// Faults switched on at run time for named operations (<c>POST /_emulator/faults</c>): every call, a fraction of
/// calls (drawn from the seed, so the n-th call always gets the same verdict) or the next N calls. When several rules
/// name an operation, the first one added that fires wins. A rule of N calls goes once it has failed N calls.
/// </summary>
internal sealed class OperationFaults
{
    private readonly Lock _gate = new();
    private readonly Random _random;
    private readonly List<Rule> _rules = new();
    private int _lastId;

    public OperationFaults(int seed) => _random = new Random(unchecked(seed * 7919 + 23));

    /// <summary>Adds a rule; null <paramref name="rate"/> and <paramref name="count"/> fail every call until cleared.</summary>
    public void Add(IReadOnlyList<string> operations, InjectedFault fault, double? rate, int? count)
    {
        lock (_gate)
        {
            _rules.Add(new Rule(++_lastId, operations.ToArray(), fault, rate) { Remaining = count });
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The fault for this call of <paramref name="operation"/>, if a rule fires; the call counts against its rule.</summary>
    public InjectedFault? Next(string? operation)
    {
        if (operation is null)
        {
            return null;
        }
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (Array.IndexOf(rule.Operations, operation) < 0 || (rule.Rate is { } rate && _random.NextDouble() >= rate))
                {
                    continue;
                }
                rule.Hits++;
                if (rule.Remaining is { } remaining)
                {
                    rule.Remaining = remaining - 1;
                    if (rule.Remaining == 0)
                    {
                        _rules.Remove(rule);
                    }
                }
                return rule.Fault;
            }
            return null;
        }
    }

    /// <summary>The rules in force, as <c>GET /_emulator/faults</c> shows them.</summary>
    public IReadOnlyList<FaultRuleView> Snapshot()
    {
        lock (_gate)
        {
            return _rules.Select(r => new FaultRuleView(r.Id, r.Operations, r.Fault.Key, r.Fault.IsReset ? null : r.Fault.Code,
                r.Fault.IsReset ? null : r.Fault.Message, r.Rate, r.Remaining, r.Hits)).ToList();
        }
    }

    private sealed class Rule(int id, string[] operations, InjectedFault fault, double? rate)
    {
        public int Id { get; } = id;
        public string[] Operations { get; } = operations;
        public InjectedFault Fault { get; } = fault;
        public double? Rate { get; } = rate;
        public int? Remaining { get; set; }
        public long Hits { get; set; }
    }
}

/// <summary>
/// One rule: its operations, <c>status</c> ("503", "404", "reset"), the error code and message, <c>rate</c> (null: every
/// call), <c>remaining</c> calls (null: until cleared) and <c>hits</c> (calls it failed so far).
/// </summary>
internal sealed record FaultRuleView(int Id, IReadOnlyList<string> Operations, string Status, string? Code, string? Message, double? Rate,
    int? Remaining, long Hits);
