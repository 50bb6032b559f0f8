using System.Reflection;
using System.Text.Json;

namespace OsManagement.Emulator.Platform.Strictness;

/// <summary>What one operation's request must be: its query parameters, headers and body, as the SDK declares them.</summary>
internal sealed record OperationRule(string Operation, string Method, string Path, IReadOnlyDictionary<string, FieldRule> Query,
    IReadOnlyDictionary<string, FieldRule> Headers, BodyRule? Body);

/// <summary>The body an operation takes: the request field that holds it, its model, and whether the request must have it.</summary>
internal sealed record BodyRule(string Name, WireType Type, bool Required);

/// <summary>
/// The request rules of every served operation, by the operation's endpoint name (<c>hub.listManagedInstances</c>):
/// each API's <c>Apis/&lt;Api&gt;/&lt;Api&gt;RequestRules.json</c>, embedded in the emulator and made from Oracle's SDK
/// declarations by <c>tests/conformance-hub/tools/request-rules.mjs</c> (a conformance test makes them again and fails
/// on any difference).
/// </summary>
internal sealed class RequestRules
{
    private const string ResourceSuffix = "RequestRules.json";

    private RequestRules(IReadOnlyDictionary<string, OperationRule> operations, IReadOnlyList<string> sources)
    {
        Operations = operations;
        Sources = sources;
    }

    /// <summary>Every operation's rule, by endpoint name.</summary>
    public IReadOnlyDictionary<string, OperationRule> Operations { get; }

    /// <summary>The SDK package each table was made from (its <c>source</c>).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The rules embedded in this assembly (read once).</summary>
    public static RequestRules Embedded { get; } = Load(typeof(RequestRules).Assembly);

    public OperationRule? For(string? operation) => operation is not null && Operations.TryGetValue(operation, out var rule) ? rule : null;

    private static RequestRules Load(Assembly assembly)
    {
        var operations = new Dictionary<string, OperationRule>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            sources.Add(document.RootElement.GetProperty("source").GetString()!);
            foreach (var rule in Read(document.RootElement))
            {
                operations.Add(rule.Operation, rule);
            }
        }
        return new RequestRules(operations, sources);
    }

    /// <summary>One API's table: enums first, then the models (two passes, as a model may name another), then the operations.</summary>
    internal static IEnumerable<OperationRule> Read(JsonElement table)
    {
        var enums = table.GetProperty("enums").EnumerateObject()
            .ToDictionary(e => e.Name, e => new WireEnum(e.Name, e.Value.EnumerateArray().Select(v => v.GetString()!).ToList()), StringComparer.Ordinal);
        var models = table.GetProperty("models").EnumerateObject().ToDictionary(m => m.Name, m => new WireModel(m.Name), StringComparer.Ordinal);
        foreach (var model in table.GetProperty("models").EnumerateObject())
        {
            foreach (var (field, rule) in Fields(model.Value, enums, models))
            {
                models[model.Name].Fields.Add(field, rule);
            }
        }
        foreach (var operation in table.GetProperty("operations").EnumerateObject())
        {
            var value = operation.Value;
            BodyRule? body = null;
            if (value.TryGetProperty("body", out var b))
            {
                body = new BodyRule(b.GetProperty("name").GetString()!, WireType.Parse(b.GetProperty("type").GetString()!, enums, models), IsRequired(b));
            }
            yield return new OperationRule(operation.Name, value.GetProperty("method").GetString()!, value.GetProperty("path").GetString()!,
                Fields(value.GetProperty("query"), enums, models), Fields(value.GetProperty("headers"), enums, models, StringComparer.OrdinalIgnoreCase), body);
        }
    }

    private static Dictionary<string, FieldRule> Fields(JsonElement fields, IReadOnlyDictionary<string, WireEnum> enums,
        IReadOnlyDictionary<string, WireModel> models, StringComparer? comparer = null) =>
        fields.EnumerateObject().ToDictionary(f => f.Name,
            f => new FieldRule(WireType.Parse(f.Value.GetProperty("type").GetString()!, enums, models), IsRequired(f.Value)),
            comparer ?? StringComparer.Ordinal);

    private static bool IsRequired(JsonElement rule) => rule.TryGetProperty("required", out var required) && required.GetBoolean();
}
