using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using OsManagement.Emulator.Platform.Auth;
using OsManagement.Emulator.Platform.Startup;
using OsManagement.Emulator.Tests.Support;

namespace OsManagement.Emulator.Tests;

public sealed class StartupContractTests
{
    [Fact]
    public async Task WritesTheDescriptorConfigAndKey()
    {
        var server = await EmulatorServer.StartAsync();
        string descriptorPath;
        await using (server)
        {
            descriptorPath = Path.Combine(server.StateDir, "emulator.json");
            var descriptor = JsonDocument.Parse(await File.ReadAllTextAsync(descriptorPath)).RootElement;
            Assert.Equal(server.Running.Endpoint, descriptor.GetProperty("endpoint").GetString());
            Assert.Matches(@"^http://127\.0\.0\.1:\d+$", descriptor.GetProperty("endpoint").GetString());
            Assert.Equal(Path.Combine(server.StateDir, "config"), descriptor.GetProperty("configFile").GetString());
            Assert.Equal("DEFAULT", descriptor.GetProperty("profile").GetString());
            Assert.Equal(server.TenancyId, descriptor.GetProperty("tenancyId").GetString());
            Assert.Equal("us-ashburn-1", descriptor.GetProperty("region").GetString());
            Assert.Equal(Environment.ProcessId, descriptor.GetProperty("pid").GetInt32());

            var config = (await File.ReadAllLinesAsync(Path.Combine(server.StateDir, "config")))
                .Where(l => l.Contains('=', StringComparison.Ordinal)).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
            Assert.Contains("[DEFAULT]", await File.ReadAllTextAsync(Path.Combine(server.StateDir, "config")));
            Assert.Equal(server.TenancyId, config["tenancy"]);
            Assert.Equal("us-ashburn-1", config["region"]);
            Assert.StartsWith("ocid1.user.oc1..", config["user"], StringComparison.Ordinal);
            var keyFile = config["key_file"];
            Assert.Equal(server.StateDir, Path.GetDirectoryName(keyFile));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
            using var key = RSA.Create();
            key.ImportFromPem(await File.ReadAllTextAsync(keyFile));
            Assert.Equal(2048, key.KeySize);
            Assert.Equal(ApiKeyResolver.Fingerprint(key), config["fingerprint"]);
        }
        Assert.False(File.Exists(descriptorPath), "emulator.json should go when the emulator stops");
    }

    [Fact]
    public async Task TheBuiltProgramListensAndExitsWhenItsParentDies()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OsManagement.Emulator.dll");
        var dir = Path.Combine(Path.GetTempPath(), "osm-emu-proc-" + Guid.NewGuid().ToString("N"));
        using var parent = Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false })!;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--port", "0", "--state-dir", dir, "--parent-pid", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fleet", "instances=3,compartments=1,depth=1,groups=1" })
        {
            start.ArgumentList.Add(arg);
        }
        using var emulator = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        emulator.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        emulator.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        emulator.BeginOutputReadLine();
        emulator.BeginErrorReadLine();
        string Output() { lock (output) { return output.ToString(); } }
        try
        {
            var descriptorPath = Path.Combine(dir, "emulator.json");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(descriptorPath))
            {
                Assert.True(DateTime.UtcNow < deadline, "the emulator did not write emulator.json in time: " + Output());
                Assert.False(emulator.HasExited, "the emulator exited early: " + Output());
                await Task.Delay(100);
            }
            var descriptor = JsonDocument.Parse(await File.ReadAllTextAsync(descriptorPath)).RootElement;
            Assert.Equal(emulator.Id, descriptor.GetProperty("pid").GetInt32());
            using var http = new HttpClient();
            var clock = await http.GetStringAsync(descriptor.GetProperty("endpoint").GetString() + "/_emulator/clock");
            Assert.Contains("\"now\"", clock);

            parent.Kill();
            Assert.True(emulator.WaitForExit(20_000), "the emulator should exit once its parent is gone: " + Output());
            Assert.Equal(0, emulator.ExitCode);
            Assert.False(File.Exists(descriptorPath));
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill();
            }
            if (!parent.HasExited)
            {
                parent.Kill();
            }
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("--port", "0")]
    [InlineData("--state-dir", "x", "--port", "70000")]
    [InlineData("--state-dir", "x", "--clock-speed", "0")]
    [InlineData("--state-dir", "x", "--bogus")]
    [InlineData("--state-dir", "x", "--fleet", "instances=3", "--fleet-file", "fleet.json")]
    public void BadArgumentsAreRejected(params string[] args) =>
        Assert.Throws<FormatException>(() => EmulatorOptions.Parse(args));
}
