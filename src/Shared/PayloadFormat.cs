// The payload format, as one source file compiled into the generator (which writes payloads) and the
// runtime (which reads them): markers, tags and tuple arities are declared here once. The generator's
// PayloadWriter writes them, the runtime's PayloadReader reads them.

namespace DefenseDialogues.Storage;

/// <summary>
/// The compact text form of a stored record, its evidence and a person. A payload is a version marker,
/// then values: <c>~</c> null, <c>i&lt;digits&gt;;</c> integer (optional leading <c>-</c>),
/// <c>s&lt;length&gt;:&lt;text&gt;</c> string (length in UTF-8 bytes, so a reader slices the bytes without
/// decoding them) and <c>l&lt;count&gt;:</c> followed by that many values (a list, or a tuple of fixed arity).
/// </summary>
internal static class PayloadFormat
{
    /// <summary>A dialogue: its values in <c>Dialogue</c> constructor order; each participant ends with its person's index.</summary>
    public const string DialogueMarker = "D2";

    /// <summary>A dialogue's evidence: a list of <see cref="EvidenceItemArity"/>-tuples.</summary>
    public const string EvidenceMarker = "E2";

    /// <summary>A person: key, name, side, ranks, titles, spellings, then the indexes of the person's dialogues.</summary>
    public const string PersonMarker = "P1";

    /// <summary>A null value.</summary>
    public const char NullTag = '~';

    /// <summary>Starts an integer.</summary>
    public const char IntTag = 'i';

    /// <summary>Ends an integer.</summary>
    public const char IntEnd = ';';

    /// <summary>Starts a string.</summary>
    public const char StringTag = 's';

    /// <summary>Starts a list.</summary>
    public const char ListTag = 'l';

    /// <summary>Ends the length of a string or the count of a list.</summary>
    public const char CountEnd = ':';

    /// <summary>A publication month: year, month.</summary>
    public const int YearMonthArity = 2;

    /// <summary>A partial date: year, month, day, each nullable.</summary>
    public const int PartialDateArity = 3;

    /// <summary>A partner: code, French name, English name, organization (0 or 1).</summary>
    public const int PartnerArity = 4;

    /// <summary>A participant: name, side, rank, titles, person index (or null).</summary>
    public const int ParticipantArity = 5;

    /// <summary>An anniversary: years, subject, since (or null).</summary>
    public const int AnniversaryArity = 3;

    /// <summary>An evidence item: field, index, item, value, note, span (or null).</summary>
    public const int EvidenceItemArity = 6;

    /// <summary>
    /// An evidence span: part, part index, quote start, quote length, sentence start, sentence length,
    /// part text (or null), start line, start column, end line, end column (zero-based).
    /// </summary>
    public const int EvidenceSpanArity = 11;
}
