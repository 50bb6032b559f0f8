using System.Text.Json;

namespace OsManagement.Emulator.Platform.Strictness;

/// <summary>
/// Refuses a request that is not what Oracle's SDK declares for its operation, before the endpoint sees it, as the
/// service does: a required query parameter, header or body field missing (400 <c>MissingParameter</c>), a value not of
/// its type or not one of its enum's words, or a body field the model does not have (400 <c>InvalidParameter</c>); each
/// message names the field (as a path into the body: <c>operations[0].operationType</c>) and what it must be.
/// Fair to what the SDKs send: a body may be absent where its fields are all optional (oci-common sends none for <c>{}</c>),
/// a null field counts as left out, and query parameters the operation does not declare are ignored.
/// </summary>
internal static class RequestChecker
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Throws the service's 400 for the first thing wrong with the request; does nothing when it is right.</summary>
    public static void Check(OperationRule rule, IQueryCollection query, IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        foreach (var (name, field) in rule.Query)
        {
            var values = query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            if (values.Count == 0)
            {
                if (field.Required)
                {
                    throw OciException.Missing(name);
                }
                continue;
            }
            var item = field.Type is WireArray array ? array.Item : field.Type;
            foreach (var value in values)
            {
                CheckText(name, value, item);
            }
        }
        foreach (var (name, field) in rule.Headers.Where(h => h.Value.Required))
        {
            if (string.IsNullOrEmpty(headers[name].ToString()))
            {
                throw OciException.Missing(name);
            }
        }
        if (rule.Body is { } expected)
        {
            CheckBody(expected, body);
        }
    }

    private static void CheckBody(BodyRule rule, ReadOnlySpan<byte> body)
    {
        if (IsBlank(body))
        {
            // oci-common sends no body for details that serialise to {}: the same request as an empty object.
            CheckJson("", EmptyObject, rule.Type, rule.Name);
            return;
        }
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException error)
        {
            throw OciException.Invalid($"The request body ({rule.Name}) is not valid JSON: {error.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            CheckJson("", root.ValueKind == JsonValueKind.Null ? EmptyObject : root, rule.Type, rule.Name);
        }
    }

    /// <summary>A query parameter's value (each value of a repeated one) against its type.</summary>
    private static void CheckText(string name, string value, WireType type)
    {
        var ok = type switch
        {
            WireEnum words => words.Allows(value),
            WireScalar s when s == WireScalar.Boolean => value is "true" or "false",
            WireScalar s when s == WireScalar.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            WireScalar s when s == WireScalar.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n),
            WireScalar s when s == WireScalar.DateTime => RequestReader.ParseTime(value) is not null,
            _ => true,
        };
        if (!ok)
        {
            throw Mistaken(name, value, type);
        }
    }

    /// <param name="path">Where the value is in the body ("" for the body itself).</param>
    /// <param name="value">The value, never JSON null (a null field is left out).</param>
    /// <param name="type">What the SDK declares it to be.</param>
    /// <param name="bodyName">The request field that holds the body, to name the body itself in a message.</param>
    private static void CheckJson(string path, JsonElement value, WireType type, string bodyName)
    {
        var name = path.Length == 0 ? bodyName : path;
        switch (type)
        {
            case WireModel model:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw Mistaken(name, value, type);
                }
                foreach (var property in value.EnumerateObject())
                {
                    if (!model.Fields.TryGetValue(property.Name, out var field))
                    {
                        throw Unknown(path, property.Name, model, bodyName);
                    }
                    if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        CheckJson(Join(path, property.Name), property.Value, field.Type, bodyName);
                    }
                }
                foreach (var (field, rule) in model.Fields.Where(f => f.Value.Required))
                {
                    if (!value.TryGetProperty(field, out var given) || given.ValueKind == JsonValueKind.Null)
                    {
                        throw OciException.Missing(Join(path, field));
                    }
                }
                return;
            case WireArray array:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw Mistaken(name, value, type);
                }
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        throw OciException.Invalid($"{at} is null; a list holds values.");
                    }
                    CheckJson(at, item, array.Item, bodyName);
                }
                return;
            case WireMap map:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw Mistaken(name, value, type);
                }
                foreach (var entry in value.EnumerateObject().Where(e => e.Value.ValueKind != JsonValueKind.Null))
                {
                    CheckJson(Join(name, entry.Name), entry.Value, map.Value, bodyName);
                }
                return;
            case WireEnum words:
                if (value.ValueKind != JsonValueKind.String || !words.Allows(value.GetString()!))
                {
                    throw Mistaken(name, value, type);
                }
                return;
            default:
                var ok = (WireScalar)type switch
                {
                    var s when s == WireScalar.String => value.ValueKind == JsonValueKind.String,
                    var s when s == WireScalar.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                    var s when s == WireScalar.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
                    var s when s == WireScalar.Number => value.ValueKind == JsonValueKind.Number,
                    var s when s == WireScalar.DateTime => value.ValueKind == JsonValueKind.String && RequestReader.ParseTime(value.GetString()!) is not null,
                    _ => true,
                };
                if (!ok)
                {
                    throw Mistaken(name, value, type);
                }
                return;
        }
    }

    private static OciException Mistaken(string name, string value, WireType type) => type is WireEnum
        ? OciException.Invalid($"{name} value '{value}' is not one of {string.Join(", ", ((WireEnum)type).Values)}.")
        : OciException.Invalid($"{name} must be {type.Expected}; '{value}' is not.");

    private static OciException Mistaken(string name, JsonElement value, WireType type) =>
        type is WireEnum && value.ValueKind == JsonValueKind.String
            ? Mistaken(name, value.GetString()!, type)
            : OciException.Invalid($"{name} must be {type.Expected}; {Describe(value)} is not.");

    private static OciException Unknown(string path, string property, WireModel model, string bodyName)
    {
        var known = model.Fields.Keys.ToList();
        var nearest = NearestNames.To(property, known, 1);
        var where = path.Length == 0 ? bodyName : path;
        var hint = nearest.Count > 0 ? $" Did you mean '{nearest[0]}'?" : "";
        return OciException.Invalid($"Invalid property name '{property}' in {where} ({model.Name}).{hint} Available property names are {string.Join(", ", known)}.");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string '{value.GetString()}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.GetRawText(),
    };

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }
}
