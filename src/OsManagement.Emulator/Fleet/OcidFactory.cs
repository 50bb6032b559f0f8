using System.Security.Cryptography;

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// Makes OCIDs that look like OCI's (<c>ocid1.&lt;type&gt;.oc1.&lt;region&gt;.&lt;60 base32 chars&gt;</c>),
/// derived from the seed and a counter so the same run produces the same ids.
/// </summary>
internal sealed class OcidFactory
{
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly int _seed;
    private long _counter;

    public OcidFactory(int seed, string salt)
    {
        _seed = seed;
        Salt = salt;
    }

    /// <summary>Distinguishes the generator's ids from the ones made at run time.</summary>
    public string Salt { get; }

    /// <summary>A regional resource id, e.g. <c>ocid1.instance.oc1.iad.anuwcljt...</c>.</summary>
    public string Regional(string type) => $"ocid1.{type}.oc1.iad.{Unique(type, "anuwclj")}";

    /// <summary>A global (realm-wide) resource id, e.g. <c>ocid1.compartment.oc1..aaaaaaaa...</c>.</summary>
    public string Global(string type) => $"ocid1.{type}.oc1..{Unique(type, "aaaaaaaa")}";

    private string Unique(string type, string prefix)
    {
        var n = System.Threading.Interlocked.Increment(ref _counter);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_seed}/{Salt}/{type}/{n}"));
        var chars = new StringBuilder(prefix, 60);
        var i = 0;
        while (chars.Length < 60)
        {
            chars.Append(Base32[hash[i % hash.Length] % 32]);
            if (++i % hash.Length == 0)
            {
                hash = SHA256.HashData(hash);
            }
        }
        return chars.ToString();
    }
}
