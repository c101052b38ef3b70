// DEFLATE's fixed tables (RFC 1951, 3.2.5 and 3.2.7), compiled into the generator (which deflates
// chunks) and the runtime (which inflates them): declared once.

namespace DefenseDialogues.Storage;

/// <summary>The length and distance codes' bases and extra bits, and the order of the code-length code's lengths.</summary>
internal static class DeflateTables
{
    /// <summary>The shortest length of each length code 257–285.</summary>
    public static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };

    /// <summary>The extra bits after each length code.</summary>
    public static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };

    /// <summary>The shortest distance of each distance code 0–29.</summary>
    public static readonly int[] DistanceBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };

    /// <summary>The extra bits after each distance code.</summary>
    public static readonly int[] DistanceExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

    /// <summary>The order in which a dynamic block writes the code-length code's lengths.</summary>
    public static readonly int[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
}
