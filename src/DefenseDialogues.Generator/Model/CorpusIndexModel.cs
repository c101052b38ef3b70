namespace DefenseDialogues.Generator.Model;

/// <summary>
/// What the corpus knows beyond single records, computed at build time: people resolved across
/// articles, the partners present, the lookups (by partner, year) as index lists, and each
/// dialogue's topics as a bit mask.
/// Every index list is in timeline order; indexes point into <see cref="CorpusModel.Dialogues"/>.
/// </summary>
internal sealed record CorpusIndexModel(
    EquatableArray<PersonModel> People,
    EquatableArray<EquatableArray<int>> ParticipantPeople,
    EquatableArray<PartnerModel> Partners,
    EquatableArray<KeyedIndex<string>> ByPartner,
    EquatableArray<KeyedIndex<int>> ByYear,
    EquatableArray<int> TopicMasks,
    EquatableArray<int> Timeline);

/// <summary>One person across the corpus.</summary>
/// <param name="Key">Folded name tokens, sorted: the identity key.</param>
/// <param name="Name">The most complete spelling seen.</param>
/// <param name="Side">The side most often given, or null.</param>
/// <param name="Ranks">Ranks as seen.</param>
/// <param name="Titles">Titles as seen.</param>
/// <param name="Spellings">Distinct spellings seen.</param>
/// <param name="Dialogues">Indexes of the dialogues the person appears in, in timeline order.</param>
internal sealed record PersonModel(
    string Key,
    string Name,
    string? Side,
    EquatableArray<string> Ranks,
    EquatableArray<string> Titles,
    EquatableArray<string> Spellings,
    EquatableArray<int> Dialogues);

/// <summary>The dialogues (indexes, timeline order) that share one key.</summary>
internal sealed record KeyedIndex<TKey>(TKey Key, EquatableArray<int> Dialogues);
