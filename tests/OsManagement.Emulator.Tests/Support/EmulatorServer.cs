using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Tests.Support;

/// <summary>A real emulator on 127.0.0.1:0 in this process, with a signed and an unsigned client.</summary>
internal sealed class EmulatorServer : IAsyncDisposable
{
    private EmulatorServer(RunningEmulator running, string stateDir)
    {
        Running = running;
        StateDir = stateDir;
        Signer = new TestSigner($"{running.Credentials.TenancyId}/{running.Credentials.UserId}/{running.Credentials.Fingerprint}", running.Credentials.Key);
        Client = new HttpClient(Signer) { BaseAddress = new Uri(running.Endpoint) };
        Unsigned = new HttpClient { BaseAddress = new Uri(running.Endpoint) };
    }

    public RunningEmulator Running { get; }
    public string StateDir { get; }
    public TestSigner Signer { get; }
    public HttpClient Client { get; }
    public HttpClient Unsigned { get; }
    public string TenancyId => Running.Credentials.TenancyId;

    public static async Task<EmulatorServer> StartAsync(params string[] extraArgs)
    {
        var dir = Path.Combine(Path.GetTempPath(), "osm-emu-test-" + Guid.NewGuid().ToString("N"));
        var args = new[] { "--port", "0", "--state-dir", dir };
        var options = EmulatorOptions.Parse([.. args, .. extraArgs]);
        return new EmulatorServer(await EmulatorHost.StartAsync(options), dir);
    }

    /// <summary>A client that signs with some other key but claims the trusted keyId.</summary>
    public HttpClient ClientWithWrongKey()
    {
        var other = RSA.Create(2048);
        var signer = new TestSigner($"{TenancyId}/{Running.Credentials.UserId}/{Running.Credentials.Fingerprint}", other);
        return new HttpClient(signer) { BaseAddress = new Uri(Running.Endpoint) };
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> AdminAsync(HttpMethod method, string path)
    {
        using var response = await Unsigned.SendAsync(new HttpRequestMessage(method, path));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Unsigned.Dispose();
        await Running.DisposeAsync();
        try
        {
            Directory.Delete(StateDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
