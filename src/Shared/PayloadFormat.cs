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

    /// <summary>
    /// A dialogue's evidence: the record's distinct evidence strings (values, notes, part texts; a list of
    /// strings), then one integer run: the item count, then per item its <see cref="EvidenceFlags"/>,
    /// field, index, item and the optional values the flags announce, in the order they are declared there.
    /// </summary>
    public const string EvidenceMarker = "E3";

    /// <summary>A person: key, name, side, ranks, titles, spellings, then the indexes of the person's dialogues.</summary>
    public const string PersonMarker = "P1";

    /// <summary>A meeting: its articles (a run), kind, edition, then its dates and places, each with the run of articles stating it.</summary>
    public const string MeetingMarker = "M1";

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

    /// <summary>Starts a run of integers: <c>n&lt;count&gt;:</c>, then each as <c>&lt;digits&gt;,</c> (optional leading <c>-</c>).</summary>
    public const char IntRunTag = 'n';

    /// <summary>Ends each integer of a run.</summary>
    public const char IntRunEnd = ',';

    /// <summary>
    /// Starts a deflated chunk: <c>z&lt;inflated length&gt;:&lt;deflated length&gt;:</c>, then the chunk's
    /// DEFLATE (RFC 1951) stream in Z85, 4 bytes as 5 characters of <see cref="Z85Alphabet"/> (the last
    /// group zero-padded). A chunk of frames starts with a digit, so the first byte tells them apart.
    /// </summary>
    public const char DeflatedTag = 'z';

    /// <summary>
    /// The Z85 digits, most significant first: printable ASCII with no quote and no backslash, so the
    /// text goes into a C# literal as it is, 1.25 characters a byte.
    /// </summary>
    public const string Z85Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    /// <summary>
    /// Starts a deflated chunk stored in a string literal: <c>w&lt;inflated length&gt;:&lt;deflated length&gt;:</c>,
    /// then the DEFLATE stream <see cref="WideDigitBits"/> bits a character, most significant first, each
    /// character <see cref="WideDigitBase"/> plus its bits (the last one's unused low bits zero). A string
    /// literal costs two bytes of the metadata string heap a character whatever the character, so this
    /// takes 1.07 bytes of it per deflated byte where Z85 takes 2.5.
    /// </summary>
    public const char WideDeflatedTag = 'w';

    /// <summary>
    /// The first digit character of <see cref="WideDeflatedTag"/> chunks, U+3000: digits run to U+AFFF, with
    /// no quote, backslash, line break or surrogate among them, so they go into a C# literal as they are.
    /// </summary>
    public const int WideDigitBase = 0x3000;

    /// <summary>The bits a character of a <see cref="WideDeflatedTag"/> chunk carries.</summary>
    public const int WideDigitBits = 15;
}

/// <summary>
/// What an evidence item stores beyond its field, index and item. Optional values follow in this order:
/// value (a string index, or with <see cref="ValueIsName"/> the enum value), note (a string index), then, with a span: part, part index, quote start,
/// quote length, sentence start and length, part text (a string index), start line and column,
/// end line and column (zero-based). What a flag leaves out is derived the same way by writer and reader.
/// </summary>
[System.Flags]
internal enum EvidenceFlags
{
    /// <summary>No value, no note, no span.</summary>
    None = 0,

    /// <summary>The value is the quote's text (a name or a title as written).</summary>
    ValueIsQuote = 1,

    /// <summary>The value is a string of the table.</summary>
    ValueStored = 2,

    /// <summary>A note (a string of the table) follows.</summary>
    NoteStored = 4,

    /// <summary>The value was read somewhere: a span follows.</summary>
    Span = 8,

    /// <summary>The sentence is the previous span's (same part, same index): its start and length are not stored.</summary>
    SameSentence = 16,

    /// <summary>The part's text is a string of the table (header, dateline, trailer); otherwise it is the record's.</summary>
    PartTextStored = 32,

    /// <summary>The start is the last stored position of the same part shifted by the quote's start: line and column are not stored.</summary>
    PositionFromPart = 64,

    /// <summary>The end is on the start's line, the quote's length further: end line and column are not stored.</summary>
    EndOnStartLine = 128,

    /// <summary>The value is the name of a vocabulary value (a topic, a kind…): the integer follows (<see cref="EvidenceValueNames"/>).</summary>
    ValueIsName = 256,
}

/// <summary>
/// The evidence fields whose value is the name of a vocabulary value (<c>Training</c>, <c>PolicyDialogue</c>):
/// written as the integer, read back as the name; one rule for writer and reader.
/// </summary>
internal static class EvidenceValueNames
{
    /// <summary>The name of value <paramref name="number"/> of <paramref name="field"/>'s vocabulary, or null when the field has none or the value is not declared.</summary>
    public static string? Name(EvidenceField field, int number)
    {
        switch (field)
        {
            case EvidenceField.Kind: return (uint)number < DeclaredValues.DialogueKinds ? ((DialogueKind)number).ToString() : null;
            case EvidenceField.Topic: return (uint)number < DeclaredValues.Topics ? ((Topic)number).ToString() : null;
            case EvidenceField.LegalReference: return (uint)number < DeclaredValues.LegalReferences ? ((LegalReference)number).ToString() : null;
            case EvidenceField.Partnership: return (uint)number < DeclaredValues.PartnershipLevels ? ((PartnershipLevel)number).ToString() : null;
            default: return null;
        }
    }

    /// <summary>The value whose <see cref="Name"/> is <paramref name="value"/>, when there is one.</summary>
    public static bool TryNumber(EvidenceField field, string value, out int number)
    {
        for (number = 0; Name(field, number) is { } name; number++)
        {
            if (string.Equals(name, value, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
