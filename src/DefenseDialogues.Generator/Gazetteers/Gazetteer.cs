using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Gazetteers;

/// <summary>
/// The data tables (countries and organizations, cities, ranks, titles, institutions, partnership
/// wordings, Vietnamese family names), loaded once from the TSV files embedded beside this class.
/// Every lookup is by folded words (<see cref="TextFolding.Fold"/>), so diacritics, case,
/// apostrophes and spacing never matter.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>The code of Vietnam, the side of the Vietnamese participants.</summary>
    public const string VietnamCode = "VN";

    private const string ResourcePrefix = "DefenseDialogues.Gazetteers.";

    private static readonly Lazy<Gazetteer> LazyDefault = new(
        () => FromTables(name => ReadResource(name)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CountryEntry> _byCode = new(StringComparer.Ordinal);
    private readonly PhraseTable<CountryEntry> _countryNames = new();
    private readonly PhraseTable<CountryEntry> _countryAdjectives = new();
    private readonly PhraseTable<CityEntry> _cities = new();
    private readonly PhraseTable<RankEntry> _ranks = new();
    private readonly PhraseTable<TitleEntry> _titles = new();
    private readonly PhraseTable<InstitutionRole> _institutions = new();
    private readonly PhraseTable<PartnershipLevel> _partnerships = new();
    private readonly PhraseTable<Cue<Topic>> _topics = new();
    private readonly PhraseTable<Cue<DialogueKind>> _kinds = new();
    private readonly PhraseTable<Cue<LegalReference>> _legalReferences = new();
    private readonly HashSet<string> _familyNames = new(StringComparer.Ordinal);

    // The first words of titles, ranks, institutions, cities and country names: what a person's
    // mention can start with when it is not capitalized.
    private readonly KeyFilter _personCueStarts = new();

    private Gazetteer()
    {
    }

    /// <summary>The tables embedded in the generator, loaded on first use (thread-safe).</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Every country and organization, in table order.</summary>
    public IReadOnlyList<CountryEntry> Countries { get; private set; } = Array.Empty<CountryEntry>();

    /// <summary>Every city, in table order.</summary>
    public IReadOnlyList<CityEntry> Cities { get; private set; } = Array.Empty<CityEntry>();

    /// <summary>Every rank, in table order.</summary>
    public IReadOnlyList<RankEntry> Ranks { get; private set; } = Array.Empty<RankEntry>();

    /// <summary>Every title head, in table order.</summary>
    public IReadOnlyList<TitleEntry> Titles { get; private set; } = Array.Empty<TitleEntry>();

    /// <summary>
    /// Builds a gazetteer from table texts; <paramref name="readTable"/> returns the TSV text of a table
    /// by file name (<c>countries.tsv</c>). Throws <see cref="InvalidDataException"/> on a malformed
    /// row or on one folded name given to two different entries.
    /// </summary>
    public static Gazetteer FromTables(Func<string, string> readTable)
    {
        var g = new Gazetteer();
        g.LoadCountries(readTable("countries.tsv"));
        g.LoadCities(readTable("cities.tsv"));
        g.Ranks = LoadForms(readTable("ranks.tsv"), "ranks.tsv", 3, (forms, row) => new RankEntry(forms, row[1]), g._ranks);
        g.Titles = LoadForms(readTable("titles.tsv"), "titles.tsv", 2, (forms, row) => new TitleEntry(forms, row[1]), g._titles);
        LoadForms(readTable("institutions.tsv"), "institutions.tsv", 2, (_, row) => ParseRole(row[1]), g._institutions);
        LoadForms(readTable("partnerships.tsv"), "partnerships.tsv", 2, (_, row) => ParseLevel(row[0]), g._partnerships, formsColumn: 1);
        LoadForms(readTable("topics.tsv"), "topics.tsv", 2, (_, row) => Cue<Topic>.Parse(row[0], "topics.tsv"), g._topics, formsColumn: 1);
        LoadForms(readTable("kinds.tsv"), "kinds.tsv", 2, (_, row) => Cue<DialogueKind>.Parse(row[0], "kinds.tsv"), g._kinds, formsColumn: 1);
        LoadForms(readTable("legal-references.tsv"), "legal-references.tsv", 2, (_, row) => Cue<LegalReference>.Parse(row[0], "legal-references.tsv"), g._legalReferences, formsColumn: 1);
        g._titles.AddFirstWordsTo(g._personCueStarts);
        g._ranks.AddFirstWordsTo(g._personCueStarts);
        g._institutions.AddFirstWordsTo(g._personCueStarts);
        g._cities.AddFirstWordsTo(g._personCueStarts);
        g._countryNames.AddFirstWordsTo(g._personCueStarts);

        foreach (var (_, row) in TsvRows.Read(readTable("family-names.tsv"), "family-names.tsv", 1))
        {
            foreach (var form in Alternatives(row[0]))
            {
                g._familyNames.Add(TextFolding.Fold(form));
            }
        }

        return g;
    }

    /// <summary>The entry with this code, or null.</summary>
    public CountryEntry? CountryByCode(string code) => _byCode.TryGetValue(code, out var e) ? e : null;

    /// <summary>The country or organization named exactly <paramref name="name"/> (name, alias or acronym), or null.</summary>
    public CountryEntry? FindCountry(string name) => _countryNames.TryGet(name, out var e) ? e : null;

    /// <summary>The country or organization of the adjective <paramref name="adjective"/> (any form), or null.</summary>
    public CountryEntry? FindCountryByAdjective(string adjective) => _countryAdjectives.TryGet(adjective, out var e) ? e : null;

    /// <summary>The city spelled <paramref name="name"/>, or null.</summary>
    public CityEntry? FindCity(string name) => _cities.TryGet(name, out var e) ? e : null;

    /// <summary>Whether <paramref name="text"/> is a military rank.</summary>
    public bool IsRank(string text) => _ranks.TryGet(text, out _);

    /// <summary>Whether <paramref name="text"/> is a function (title head).</summary>
    public bool IsTitle(string text) => _titles.TryGet(text, out _);

    /// <summary>Whether the folded word <paramref name="foldedWord"/> is a Vietnamese family name.</summary>
    public bool IsVietnameseFamilyName(string foldedWord) => _familyNames.Contains(foldedWord);

    /// <summary>The longest country or organization name at <paramref name="start"/>.</summary>
    public bool MatchCountryName(IReadOnlyList<PhraseToken> tokens, int start, out CountryEntry entry, out int length)
        => _countryNames.TryMatch(tokens, start, out entry, out length);

    /// <summary>The longest country adjective at <paramref name="start"/>.</summary>
    public bool MatchCountryAdjective(IReadOnlyList<PhraseToken> tokens, int start, out CountryEntry entry, out int length)
        => _countryAdjectives.TryMatch(tokens, start, out entry, out length);

    /// <summary>The longest city name at <paramref name="start"/>.</summary>
    public bool MatchCity(IReadOnlyList<PhraseToken> tokens, int start, out CityEntry entry, out int length)
        => _cities.TryMatch(tokens, start, out entry, out length);

    /// <summary>The longest rank at <paramref name="start"/>.</summary>
    public bool MatchRank(IReadOnlyList<PhraseToken> tokens, int start, out RankEntry entry, out int length)
        => _ranks.TryMatch(tokens, start, out entry, out length);

    /// <summary>The longest title head at <paramref name="start"/>.</summary>
    public bool MatchTitle(IReadOnlyList<PhraseToken> tokens, int start, out TitleEntry entry, out int length)
        => _titles.TryMatch(tokens, start, out entry, out length);

    /// <summary>The longest institution word or phrase at <paramref name="start"/>.</summary>
    public bool MatchInstitution(IReadOnlyList<PhraseToken> tokens, int start, out InstitutionRole role, out int length)
        => _institutions.TryMatch(tokens, start, out role, out length);

    /// <summary>Whether the one word <paramref name="token"/> is an institution word or a country adjective (never a name's).</summary>
    public bool IsInstitutionOrAdjective(PhraseToken token) => _institutions.Contains(token) || _countryAdjectives.Contains(token);

    /// <summary>
    /// False when <paramref name="token"/> starts no title, rank, institution, city or country name (an
    /// exact rejection; true means it may). With a lower-case token, that rules out any mention of a person.
    /// </summary>
    public bool MayStartPersonCue(PhraseToken token) => token.IsWord && _personCueStarts.MayContain(token.Key);

    /// <summary>The longest partnership wording at <paramref name="start"/>.</summary>
    public bool MatchPartnership(IReadOnlyList<PhraseToken> tokens, int start, out PartnershipLevel level, out int length)
        => _partnerships.TryMatch(tokens, start, out level, out length);

    /// <summary>The longest topic wording at <paramref name="start"/> (topics.tsv).</summary>
    public bool MatchTopic(IReadOnlyList<PhraseToken> tokens, int start, out Cue<Topic> cue, out int length)
        => _topics.TryMatch(tokens, start, out cue, out length);

    /// <summary>The longest meeting-kind wording at <paramref name="start"/> (kinds.tsv).</summary>
    public bool MatchKind(IReadOnlyList<PhraseToken> tokens, int start, out Cue<DialogueKind> cue, out int length)
        => _kinds.TryMatch(tokens, start, out cue, out length);

    /// <summary>The longest legal-instrument wording at <paramref name="start"/> (legal-references.tsv).</summary>
    public bool MatchLegalReference(IReadOnlyList<PhraseToken> tokens, int start, out Cue<LegalReference> cue, out int length)
        => _legalReferences.TryMatch(tokens, start, out cue, out length);

    private void LoadCountries(string text)
    {
        var list = new List<CountryEntry>();
        foreach (var (_, row) in TsvRows.Read(text, "countries.tsv", 4))
        {
            var kind = row[1];
            if (kind != "country" && kind != "organization")
            {
                throw new InvalidDataException("countries.tsv: unknown kind '" + kind + "' for " + row[0]);
            }

            var entry = new CountryEntry(row[0], kind == "organization", row[2], Alternatives(row[3]), row.Length > 4 ? Alternatives(row[4]) : Array.Empty<string>());
            if (entry.FrenchNames.Count == 0)
            {
                throw new InvalidDataException("countries.tsv: no French name for " + entry.Code);
            }

            if (_byCode.ContainsKey(entry.Code))
            {
                throw new InvalidDataException("countries.tsv: duplicate code " + entry.Code);
            }

            _byCode.Add(entry.Code, entry);
            list.Add(entry);
            AddAll(_countryNames, entry.FrenchNames, entry, "countries.tsv", e => e.Code);
            AddAll(_countryAdjectives, entry.Adjectives, entry, "countries.tsv", e => e.Code);
        }

        Countries = list;
    }

    private void LoadCities(string text)
    {
        var list = new List<CityEntry>();
        foreach (var (_, row) in TsvRows.Read(text, "cities.tsv", 3))
        {
            var entry = new CityEntry(row[1], row[2], Alternatives(row[0]));
            list.Add(entry);
            AddAll(_cities, entry.FrenchNames, entry, "cities.tsv", e => e.EnglishName + "/" + e.CountryCode);
        }

        Cities = list;
    }

    private static IReadOnlyList<T> LoadForms<T>(
        string text, string table, int columns, Func<IReadOnlyList<string>, string[], T> create, PhraseTable<T> index, int formsColumn = 0)
    {
        var list = new List<T>();
        foreach (var (_, row) in TsvRows.Read(text, table, columns))
        {
            var forms = Alternatives(row[formsColumn]);
            var entry = create(forms, row);
            list.Add(entry);
            AddAll(index, forms, entry, table, e => e!.ToString()!);
        }

        return list;
    }

    // One folded phrase must name one thing: a second entry under the same key is a data error,
    // the same entry listed twice (`Laos` the name and `laos` the adjective live in two indexes) is not.
    private static void AddAll<T>(PhraseTable<T> index, IReadOnlyList<string> phrases, T entry, string table, Func<T, string> identity)
    {
        foreach (var phrase in phrases)
        {
            if (!index.TryAdd(phrase, entry, out var existing) && identity(existing) != identity(entry))
            {
                throw new InvalidDataException(table + ": '" + phrase + "' names both " + identity(existing) + " and " + identity(entry));
            }
        }
    }

    private static InstitutionRole ParseRole(string text) => text switch
    {
        "body" => InstitutionRole.Body,
        "word" => InstitutionRole.Word,
        "modifier" => InstitutionRole.Modifier,
        _ => throw new InvalidDataException("institutions.tsv: unknown role '" + text + "'"),
    };

    private static PartnershipLevel ParseLevel(string text)
        => EnumNames.TryParse<PartnershipLevel>(text, out var level)
            ? level
            : throw new InvalidDataException("partnerships.tsv: unknown level '" + text + "'");

    /// <summary>The <c>|</c>-separated alternatives of a cell, empty ones dropped.</summary>
    internal static IReadOnlyList<string> Alternatives(string cell)
    {
        var list = new List<string>();
        foreach (var part in cell.Split('|'))
        {
            var t = part.Trim();
            if (t.Length > 0)
            {
                list.Add(t);
            }
        }

        return list;
    }

    /// <summary>The text of an embedded table, by file name.</summary>
    internal static string ReadResource(string fileName)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidDataException("missing embedded gazetteer " + fileName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
