namespace DefenseDialogues.Generator.Model;

/// <summary>
/// The corpus's articles grouped into meetings, the facts each meeting's articles state, and the
/// dialogue series: computed once per corpus, plain data, indexes into <see cref="CorpusModel.Dialogues"/>.
/// </summary>
/// <param name="Meetings">The meetings, ordered by their first article (so by id).</param>
/// <param name="MeetingOf">For each dialogue, the index of its meeting.</param>
/// <param name="Timeline">Meeting indexes in date order (as the dialogues' timeline orders dates).</param>
/// <param name="Series">The dialogue series, ordered by partner codes then kind.</param>
/// <param name="Diagnostics">Disputed facts (info) and series contradictions (warnings), located in the articles.</param>
internal sealed record MeetingsModel(
    EquatableArray<MeetingModel> Meetings,
    EquatableArray<int> MeetingOf,
    EquatableArray<int> Timeline,
    EquatableArray<SeriesModel> Series,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One meeting: the articles that report it and the facts they state about it.</summary>
/// <param name="Articles">Dialogue indexes, ascending (id order); never empty.</param>
/// <param name="Kind">The kind the articles agree on (a kind over <see cref="DialogueKind.Other"/>).</param>
/// <param name="Edition">The edition the articles give, or null.</param>
/// <param name="Dates">The dates stated, most stated first; more than one means disputed.</param>
/// <param name="Places">The places stated, most stated first; more than one means disputed.</param>
internal sealed record MeetingModel(
    EquatableArray<int> Articles,
    DialogueKind Kind,
    int? Edition,
    EquatableArray<FactModel<DateModel>> Dates,
    EquatableArray<FactModel<string>> Places)
{
    /// <summary>The merged date: the most stated (then most precise) one, or null.</summary>
    public DateModel? Date => Dates.IsEmpty ? null : Dates[0].Value;

    /// <summary>The merged place, or null.</summary>
    public string? Place => Places.IsEmpty ? null : Places[0].Value;
}

/// <summary>One value of a meeting's fact and the articles (dialogue indexes, ascending) that state it.</summary>
internal sealed record FactModel<T>(T Value, EquatableArray<int> Articles);

/// <summary>A dialogue series: one partner set and mechanism (kind), its meetings in date order.</summary>
internal sealed record SeriesModel(EquatableArray<string> Partners, DialogueKind Kind, EquatableArray<int> Meetings);
