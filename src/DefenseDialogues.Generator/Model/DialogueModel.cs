namespace DefenseDialogues.Generator.Model;

/// <summary>
/// One article's extracted record: plain data with value equality, the unit the
/// per-file pipeline step caches. Mirrors the fields of the runtime's <c>Dialogue</c>.
/// </summary>
internal sealed record DialogueModel(
    string Id,
    string SourceFile,
    YearMonthModel? Published,
    DateModel? HeldOn,
    string? Headline,
    EquatableArray<string> Captions,
    string? Location,
    EquatableArray<PartnerModel> Partners,
    DialogueKind Kind,
    int? Edition,
    EquatableArray<ParticipantModel> Participants,
    EquatableArray<Topic> Topics,
    EquatableArray<LegalReference> LegalReferences,
    EquatableArray<AnniversaryModel> Anniversaries,
    PartnershipLevel? Partnership,
    string? Source,
    EquatableArray<string> Paragraphs)
{
    /// <summary>Where each value was read (see <see cref="EvidenceModel"/>), in field order.</summary>
    public EquatableArray<EvidenceModel> Evidence { get; init; } = EquatableArray<EvidenceModel>.Empty;

    /// <summary>The primary counterpart: the first partner met, in text order.</summary>
    public PartnerModel? Partner => Partners.IsEmpty ? null : Partners[0];

    /// <summary>The date as <c>PartialDate.ToString()</c> prints it (<c>2024-02-27</c>, <c>--12-05</c>), or what is known instead.</summary>
    public string DateText()
        => HeldOn is { } date ? date.ToText()
            : Published is { } p ? "date unknown (published " + p.ToText() + ")" : "date unknown";
}

/// <summary>A publication month from the header (<c> date YYYY-MM</c>).</summary>
internal sealed record YearMonthModel(int Year, int Month)
{
    /// <summary>As the runtime's <c>YearMonth</c> prints it: <c>2024-02</c>.</summary>
    public string ToText() => new DateModel(Year, Month, null).ToText();
}

/// <summary>A partial date: any part may be unknown.</summary>
internal sealed record DateModel(int? Year, int? Month, int? Day)
{
    /// <summary>As the runtime's <c>PartialDate</c> prints it: <c>2024-02-27</c>, <c>--12-05</c>, <c>2024</c>.</summary>
    public string ToText()
    {
        var text = Year is { } y ? y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : "-";
        if (Month is { } m)
        {
            text += "-" + m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            if (Day is { } d)
            {
                text += "-" + d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return text;
    }
}

/// <summary>
/// A counterpart: ISO 3166-1 alpha-2 code for a country, or <c>EU</c>, <c>ASEAN</c>,
/// <c>NATO</c>, <c>UN</c> for an organization, with its names from the gazetteer.
/// </summary>
internal sealed record PartnerModel(string Code, string FrenchName, string EnglishName, bool IsOrganization);

/// <summary>A person named in the story.</summary>
/// <param name="Name">As written, most complete form seen in the article.</param>
/// <param name="Side">Code of the country or organization represented (<c>VN</c> for Vietnam), or null when unknown.</param>
/// <param name="Rank">Military rank as written, or null.</param>
/// <param name="Titles">Functions, without the country adjective.</param>
/// <param name="NameTokens">The name's identity across articles (<see cref="Extraction.Fields.People.NameIdentity"/>), computed with the article.</param>
internal sealed record ParticipantModel(string Name, string? Side, string? Rank, EquatableArray<string> Titles, EquatableArray<string> NameTokens);

/// <summary>An anniversary: <c>50e anniversaire de …</c>, <c>10 ans de …</c>.</summary>
internal sealed record AnniversaryModel(int Years, string Subject, int? Since);
