using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// Whether the corpus fits the target's literals. With UTF-8 literals (C# 11 and a runtime that reads
/// them) everything fits. Below, the payloads are string literals, which share the metadata string heap:
/// past its limit DD0201 says what to set instead of broken code (CS8103). Each record's size is measured
/// in the per-file step (<see cref="Measure"/>), so the corpus-wide check only adds numbers.
/// </summary>
internal static class StoragePlan
{
    /// <summary>
    /// String literals share one metadata heap of 2^24 bytes (CS8103); UTF-16 text takes two bytes
    /// a character. Past this many characters, plain-string storage would not compile.
    /// </summary>
    public const int MaxStringLiteralChars = 7_000_000;

    /// <summary>
    /// What one article adds to Meetings.g.cs's payloads at most, about: a meeting of its own (marker, its index,
    /// kind, edition, a date and a place with their runs) is ~50 characters; grouping only shares them.
    /// </summary>
    public const int MeetingCharsPerArticle = 64;

    /// <summary>
    /// With UTF-8 literals, the most characters a block's three chunks may take to be string literals
    /// (<see cref="ChunksAsStrings"/>): about 120 KB deflated, a block of 128 real articles or more.
    /// </summary>
    public const int MaxBlockStringChars = 65_536;

    /// <summary>
    /// Whether block <paramref name="number"/>'s chunks, <paramref name="chars"/> characters as string
    /// literals, are written as strings rather than <c>u8</c> literals (which the compiler lowers to one
    /// bound node per byte). The first <paramref name="budget"/> / <see cref="MaxBlockStringChars"/> blocks
    /// may be, each at most <see cref="MaxBlockStringChars"/>: the strings never take more than the budget,
    /// and each block decides alone, so an edit still re-formats only its block.
    /// </summary>
    public static bool ChunksAsStrings(int number, long chars, int budget)
        => number < budget / MaxBlockStringChars && chars <= MaxBlockStringChars;

    /// <summary>Whether the target stores payloads as string literals, so their size must be checked.</summary>
    public static bool NeedsCheck(EmitTarget target) => target.HasRuntime && !target.UsesUtf8Literals;

    /// <summary>
    /// The per-file step's record with its size when <paramref name="measure"/> (the target needs the
    /// check): the record's payload with its person links written as null and its text apart, plus its text and evidence payloads.
    /// </summary>
    public static ExtractedArticle Measure(string path, ExtractionResult result, bool measure)
        => new(path, result, measure && result.Dialogue is { } d
            ? RecordPayloads.Dialogue(d, EquatableArray<int>.Empty, textApart: true).Length + RecordPayloads.Text(d).Length + RecordPayloads.Evidence(d.Evidence).Length
            : 0);

    /// <summary>
    /// The characters every payload takes: the measured sizes, plus what each participant's person link
    /// (a corpus-wide index, known only after linking) adds to the null it was measured as, plus the
    /// article's share of the meetings' payloads (<see cref="MeetingCharsPerArticle"/>). 0 when not measured.
    /// </summary>
    public static long LiteralChars(CorpusModel corpus, CorpusIndexModel index)
    {
        long chars = 0;
        for (var i = 0; i < corpus.LiteralChars.Count; i++)
        {
            if (corpus.LiteralChars[i] == 0)
            {
                continue;
            }

            chars += corpus.LiteralChars[i] + MeetingCharsPerArticle;
            var links = index.ParticipantPeople[i];
            for (var p = 0; p < corpus.Dialogues[i].Participants.Count; p++)
            {
                if (RecordPayloads.PersonOf(links, p) is { } person)
                {
                    // "i<digits>;" instead of "~".
                    chars += Digits(person) + 1;
                }
            }
        }

        return chars;
    }

    /// <summary>The verdict for <paramref name="chars"/> characters of payloads on <paramref name="target"/>.</summary>
    public static StorageCheck Check(long chars, EmitTarget target)
        => NeedsCheck(target) ? new StorageCheck(chars <= MaxStringLiteralChars, chars) : new StorageCheck(true, 0);

    /// <summary>The decimal digits of <paramref name="n"/> (≥ 0).</summary>
    internal static int Digits(int n)
    {
        var digits = 1;
        for (; n >= 10; n /= 10)
        {
            digits++;
        }

        return digits;
    }
}
