using System.Security.Cryptography;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>Opaque etags: a hash of the resource id and its version.</summary>
internal static class ETags
{
    public static string For(string id, int version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}#{version}")).AsSpan(0, 16));
}
