using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Gazetteers;

/// <summary>
/// A quick, exact rejection test for a set of folded keys: a one-hash Bloom filter over each key's
/// length and first, second and last characters. A key it rejects is not in the set; one it accepts may be.
/// </summary>
internal sealed class KeyFilter
{
    private const int Bits = 1 << 13;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public void Add(string key)
    {
        var h = Hash(key);
        _bits[h >> 6] |= 1UL << (h & 63);
    }

    public bool MayContain(string key)
    {
        var h = Hash(key);
        return (_bits[h >> 6] & (1UL << (h & 63))) != 0;
    }

    private static int Hash(string key)
    {
        var n = key.Length;
        var h = n == 0 ? 0 : (key[0] * 7919) ^ (key[n - 1] * 131) ^ (n > 1 ? key[1] * 31 : 0);
        return (h ^ (n * 1543)) & (Bits - 1);
    }
}
