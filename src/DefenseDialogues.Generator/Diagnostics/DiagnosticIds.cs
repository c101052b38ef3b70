namespace DefenseDialogues.Generator.Diagnostics;

/// <summary>
/// The stable IDs of every diagnostic, as plain constants so that extraction (which has no
/// Roslyn types) can name them in a <c>DiagnosticInfo</c>: each is written here only, and its
/// descriptor in <see cref="DiagnosticDescriptors"/> takes it from here.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>The file is empty or holds only white space.</summary>
    public const string EmptyArticle = "DD0001";

    /// <summary>The file is not readable text (NUL bytes, invalid UTF-8, another encoding).</summary>
    public const string UnreadableArticle = "DD0002";

    /// <summary>Two seed files give the same record id.</summary>
    public const string DuplicateId = "DD0003";

    /// <summary>The file has a header but no story.</summary>
    public const string NoStory = "DD0004";

    /// <summary>The file was decoded from an encoding other than UTF-8 (UTF-16, Latin-1…).</summary>
    public const string NotUtf8 = "DD0005";

    /// <summary>The text holds replacement characters: bytes that could not be decoded.</summary>
    public const string UndecodableBytes = "DD0006";

    /// <summary>No partner was found in the story.</summary>
    public const string NoPartner = "DD0101";

    /// <summary>No meeting date was found in the story.</summary>
    public const string NoDate = "DD0102";

    /// <summary>No participant was found in the story.</summary>
    public const string NoParticipant = "DD0103";

    /// <summary>A weekday given with the date does not match the resolved date.</summary>
    public const string WeekdayMismatch = "DD0104";

    /// <summary>The meeting date written does not exist (29 février 2023); HeldOn is left out.</summary>
    public const string ImpossibleDate = "DD0105";

    /// <summary>The text reports no defense meeting (an off-topic page); it is skipped.</summary>
    public const string NotAMeetingReport = "DD0106";

    /// <summary>The corpus is too large for string literals at this language version.</summary>
    public const string CorpusNeedsNewerLanguage = "DD0201";

    /// <summary>The DefenseDialogues runtime library is not referenced.</summary>
    public const string RuntimeNotReferenced = "DD0202";

    /// <summary>An MSBuild option has a value the generator does not understand.</summary>
    public const string InvalidOption = "DD0203";

    /// <summary>An extracted value, reported at its span when <c>DialogueEvidenceDiagnostics</c> is on.</summary>
    public const string ExtractedValue = "DD0301";

    /// <summary>Two articles about one meeting give it different dates; both are kept, the date marked disputed.</summary>
    public const string DisputedDate = "DD0401";

    /// <summary>Two articles about one meeting give it different places; both are kept, the place marked disputed.</summary>
    public const string DisputedPlace = "DD0402";

    /// <summary>One edition of a dialogue series is reported as two meetings (other dates or people).</summary>
    public const string EditionTwice = "DD0403";

    /// <summary>An edition number of a dialogue series goes backwards in time.</summary>
    public const string EditionBackwards = "DD0404";

    /// <summary>The generator hit an unexpected error on one article and skipped it.</summary>
    public const string InternalError = "DD0900";
}
