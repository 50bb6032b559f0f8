using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Strictness;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

/// <summary>
/// Walks every operation's request rules (the tables made from Oracle's SDK declarations; a conformance test proves them
/// equal to the declarations) and proves the emulator holds requests to them: the request the SDK declares passes, each
/// required query parameter or body field left out is 400 MissingParameter naming it, each enum given a word it lacks and
/// each value of another type is 400 InvalidParameter naming it, a field the model lacks is refused, and details whose
/// fields are all optional may come as no body.
/// </summary>
public sealed class RequestStrictnessTests : IClassFixture<RequestStrictnessTests.Server>
{
    private const string Id = "ocid1.test.oc1..strict";
    private readonly Server _server;

    public RequestStrictnessTests(Server server) => _server = server;

    public static IEnumerable<object[]> Operations => Rules.Keys.Order(StringComparer.Ordinal).Select(o => new object[] { o });

    public static IEnumerable<object[]> OperationsWithBodies =>
        Rules.Values.Where(r => r.Body is not null).Select(r => r.Operation).Order(StringComparer.Ordinal).Select(o => new object[] { o });

    private static IReadOnlyDictionary<string, OperationRule> Rules => RequestRules.Embedded.Operations;

    [Fact]
    public void Every_endpoint_the_emulator_serves_has_the_rules_of_its_SDK_operation_at_the_same_method_and_path()
    {
        Assert.NotEmpty(_server.Routes);
        foreach (var (name, (method, pattern)) in _server.Routes)
        {
            var rule = RequestRules.Embedded.For(name);
            Assert.True(rule is not null, $"{name} ({method} {pattern}) has no request rules: run node tests/conformance-hub/tools/request-rules.mjs");
            Assert.Equal(rule.Method, method);
            Assert.Matches(@"^/20(220901|190801|160918)" + System.Text.RegularExpressions.Regex.Escape(rule.Path) + "$", pattern);
        }
        Assert.Equal(_server.Routes.Keys.Order(StringComparer.Ordinal), Rules.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_request_the_SDK_declares_is_not_refused(string operation)
    {
        var rule = Rules[operation];
        var refused = await _server.RefusalsAsync();
        using var response = await _server.SendAsync(rule, Query(rule), rule.Body is null ? null : ValueOf(rule.Body.Type));
        Assert.Equal(refused, await _server.RefusalsAsync());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_required_parameter_or_field_left_out_is_MissingParameter_naming_it(string operation)
    {
        var rule = Rules[operation];
        foreach (var name in rule.Query.Where(q => q.Value.Required).Select(q => q.Key))
        {
            var query = Query(rule);
            query.Remove(name);
            await _server.ExpectRefusedAsync(rule, query, rule.Body is null ? null : ValueOf(rule.Body.Type), "MissingParameter", $"'{name}'");
        }
        if (rule.Body is { Type: WireModel model })
        {
            foreach (var path in RequiredPaths(model, ""))
            {
                var body = ValueOf(model);
                Remove(body, path);
                await _server.ExpectRefusedAsync(rule, Query(rule), body, "MissingParameter", $"'{path}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_enum_given_a_word_it_lacks_is_InvalidParameter_naming_the_field_and_its_words(string operation)
    {
        var rule = Rules[operation];
        foreach (var (name, field) in rule.Query.Where(q => Enum(q.Value.Type) is not null))
        {
            var query = Query(rule);
            query[name] = "NOT_A_WORD";
            await _server.ExpectRefusedAsync(rule, query, rule.Body is null ? null : ValueOf(rule.Body.Type),
                "InvalidParameter", name, "'NOT_A_WORD'", string.Join(", ", Enum(field.Type)!.Values));
        }
        if (rule.Body is { Type: WireModel model })
        {
            foreach (var (path, type) in Leaves(model, "").Where(l => l.Type is WireEnum))
            {
                await _server.ExpectRefusedAsync(rule, Query(rule), With(model, path, "NOT_A_WORD"),
                    "InvalidParameter", path, "'NOT_A_WORD'", string.Join(", ", ((WireEnum)type).Values));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_value_of_another_type_is_InvalidParameter_naming_it(string operation)
    {
        var rule = Rules[operation];
        foreach (var (name, field) in rule.Query.Where(q => WrongText(q.Value.Type) is not null))
        {
            var query = Query(rule);
            query[name] = WrongText(field.Type)!;
            await _server.ExpectRefusedAsync(rule, query, rule.Body is null ? null : ValueOf(rule.Body.Type), "InvalidParameter", name);
        }
        if (rule.Body is { Type: WireModel model })
        {
            foreach (var (path, type) in Leaves(model, "").Where(l => WrongJson(l.Type) is not null))
            {
                await _server.ExpectRefusedAsync(rule, Query(rule), With(model, path, WrongJson(type)!), "InvalidParameter", path);
            }
        }
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public async Task A_body_field_the_model_lacks_is_InvalidParameter_naming_it_and_the_fields_it_has(string operation)
    {
        var rule = Rules[operation];
        var model = (WireModel)rule.Body!.Type;
        var body = ValueOf(model).AsObject();
        body["notAField"] = 1;
        await _server.ExpectRefusedAsync(rule, Query(rule), body, "InvalidParameter", "'notAField'", string.Join(", ", model.Fields.Keys));
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public async Task Details_whose_fields_are_all_optional_may_come_as_no_body_as_oci_common_sends_them(string operation)
    {
        var rule = Rules[operation];
        var model = (WireModel)rule.Body!.Type;
        var refused = await _server.RefusalsAsync();
        using var response = await _server.SendAsync(rule, Query(rule), null);
        if (model.Fields.Values.Any(f => f.Required))
        {
            Assert.Equal(refused + 1, await _server.RefusalsAsync());
            Assert.Contains("MissingParameter", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(refused, await _server.RefusalsAsync());
        }
    }

    /// <summary>The query the SDK would send with only its required parameters.</summary>
    private static Dictionary<string, string> Query(OperationRule rule) =>
        rule.Query.Where(q => q.Value.Required).ToDictionary(q => q.Key, q => TextOf(q.Value.Type is WireArray a ? a.Item : q.Value.Type));

    private static WireEnum? Enum(WireType type) => (type is WireArray a ? a.Item : type) as WireEnum;

    private static string TextOf(WireType type) => type switch
    {
        WireEnum e => e.Values[0],
        WireScalar s when s == WireScalar.Integer || s == WireScalar.Number => "1",
        WireScalar s when s == WireScalar.Boolean => "true",
        WireScalar s when s == WireScalar.DateTime => "2030-01-01T00:00:00.000Z",
        _ => "x",
    };

    private static string? WrongText(WireType type) => (type is WireArray a ? a.Item : type) switch
    {
        WireScalar s when s == WireScalar.Integer || s == WireScalar.Number => "many",
        WireScalar s when s == WireScalar.Boolean => "yes",
        WireScalar s when s == WireScalar.DateTime => "yesterday",
        _ => null,
    };

    private static JsonNode? WrongJson(WireType type) => type switch
    {
        WireScalar s when s == WireScalar.Any => null,
        WireScalar s when s == WireScalar.String || s == WireScalar.DateTime => JsonValue.Create(5),
        WireScalar => JsonValue.Create("five"),
        WireEnum => JsonValue.Create(5),
        WireArray or WireMap or WireModel => JsonValue.Create("x"),
        _ => null,
    };

    /// <summary>A valid value: a model with its required fields, a list or map of one.</summary>
    private static JsonNode ValueOf(WireType type) => type switch
    {
        WireModel m => new JsonObject(m.Fields.Where(f => f.Value.Required).Select(f => KeyValuePair.Create(f.Key, (JsonNode?)ValueOf(f.Value.Type)))),
        WireArray a => new JsonArray(ValueOf(a.Item)),
        WireMap m => new JsonObject { ["key"] = ValueOf(m.Value) },
        WireEnum e => JsonValue.Create(e.Values[0]),
        WireScalar s when s == WireScalar.Integer || s == WireScalar.Number => JsonValue.Create(1),
        WireScalar s when s == WireScalar.Boolean => JsonValue.Create(true),
        WireScalar s when s == WireScalar.DateTime => JsonValue.Create("2030-01-01T00:00:00.000Z"),
        _ => JsonValue.Create("x"),
    };

    /// <summary>The path of every required field, and of the required fields of required models within it.</summary>
    private static IEnumerable<string> RequiredPaths(WireModel model, string prefix)
    {
        foreach (var (name, field) in model.Fields.Where(f => f.Value.Required))
        {
            var path = prefix + name;
            yield return path;
            var nested = field.Type switch { WireModel m => (m, path + "."), WireArray { Item: WireModel m } => (m, path + "[0]."), _ => default };
            if (nested.m is not null)
            {
                foreach (var inner in RequiredPaths(nested.m, nested.Item2))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Every value a body may hold that is not itself a model (through models and lists of them, three deep), with its path.</summary>
    private static IEnumerable<(string Path, WireType Type)> Leaves(WireModel model, string prefix, int depth = 0)
    {
        foreach (var (name, field) in model.Fields)
        {
            var path = prefix + name;
            switch (field.Type)
            {
                case WireModel m when depth < 3:
                    foreach (var leaf in Leaves(m, path + ".", depth + 1))
                    {
                        yield return leaf;
                    }
                    break;
                case WireArray { Item: WireModel m } when depth < 3:
                    foreach (var leaf in Leaves(m, path + "[0].", depth + 1))
                    {
                        yield return leaf;
                    }
                    break;
                case WireArray { Item: WireEnum or WireScalar } array:
                    yield return (path + "[0]", array.Item);
                    yield return (path, field.Type);
                    break;
                default:
                    yield return (path, field.Type);
                    break;
            }
        }
    }

    /// <summary>A valid body with the value at <paramref name="path"/> (a.b[0].c) replaced, the objects on the way made valid.</summary>
    private static JsonNode With(WireModel model, string path, JsonNode value)
    {
        var body = ValueOf(model);
        JsonNode node = body;
        WireType type = model;
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (parts[i] == "[0]")
            {
                var array = node.AsArray();
                type = ((WireArray)type).Item;
                if (last)
                {
                    array[0] = value;
                }
                node = array[0]!;
                continue;
            }
            var obj = node.AsObject();
            type = ((WireModel)type).Fields[parts[i]].Type;
            if (last)
            {
                obj[parts[i]] = value;
                break;
            }
            obj[parts[i]] ??= ValueOf(type);
            node = obj[parts[i]]!;
        }
        return body;
    }

    private static void Remove(JsonNode body, string path)
    {
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = part == "[0]" ? node.AsArray()[0]! : node.AsObject()[part]!;
        }
        node.AsObject().Remove(parts[^1]);
    }

    /// <summary>One emulator for the whole walk, and the method and route of every operation it serves.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private EmulatorServer? _server;

        public Dictionary<string, (string Method, string Pattern)> Routes { get; } = new(StringComparer.Ordinal);

        public async Task InitializeAsync()
        {
            _server = await EmulatorServer.StartAsync("--fleet", "instances=2,compartments=1,depth=1,groups=1");
            var endpoints = _server.Running.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
            foreach (var endpoint in endpoints)
            {
                var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
                var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
                if (name is not null && methods is { Count: 1 })
                {
                    Routes[name] = (methods[0], "/" + endpoint.RoutePattern.RawText!.Trim('/'));
                }
            }
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }

        public async Task<long> RefusalsAsync() => (await _server!.AdminAsync(HttpMethod.Get, "/_emulator/refusals")).GetProperty("total").GetInt64();

        internal async Task<HttpResponseMessage> SendAsync(OperationRule rule, Dictionary<string, string> query, JsonNode? body)
        {
            var (method, pattern) = Routes[rule.Operation];
            var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\w+\}", Id);
            var target = query.Count == 0 ? path : path + "?" + string.Join("&", query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
            var request = new HttpRequestMessage(new HttpMethod(method), target);
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8, "application/json");
            }
            foreach (var header in rule.Headers.Where(h => h.Value.Required))
            {
                request.Headers.TryAddWithoutValidation(header.Key, "x");
            }
            return await _server!.Client.SendAsync(request);
        }

        /// <summary>Sends the request and asserts it is the 400 of <paramref name="code"/> whose message says each of <paramref name="says"/>.</summary>
        internal async Task ExpectRefusedAsync(OperationRule rule, Dictionary<string, string> query, JsonNode? body, string code, params string[] says)
        {
            using var response = await SendAsync(rule, query, body);
            var text = await response.Content.ReadAsStringAsync();
            var what = $"{rule.Operation} with {body?.ToJsonString()} ?{string.Join("&", query.Select(q => q.Key + "=" + q.Value))}";
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {text}");
            var error = JsonDocument.Parse(text).RootElement;
            Assert.True(error.GetProperty("code").GetString() == code, $"{what}: {text}");
            foreach (var said in says)
            {
                Assert.True(error.GetProperty("message").GetString()!.Contains(said, StringComparison.Ordinal), $"{what}: '{said}' not in {text}");
            }
        }
    }
}
