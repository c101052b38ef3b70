extern alias runtime;

using System.Reflection;
using System.Text.Json;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Dialogue = runtime::DefenseDialogues.Dialogue;
using DialogueSeries = runtime::DefenseDialogues.DialogueSeries;
using Meeting = runtime::DefenseDialogues.Meeting;
using Partner = runtime::DefenseDialogues.Partner;
using Person = runtime::DefenseDialogues.Person;

namespace DefenseDialogues.Tests.Meetings;

/// <summary>
/// The meetings corpus (Meetings/*.txt, written for grouping: groups of two or three articles about one
/// meeting and near-misses that must stay apart) against its gold groups, merged facts and series; and the
/// generated lookups against brute force over <c>Meetings.All</c>.
/// </summary>
public class MeetingsTests
{
    private static readonly Lazy<Generated> Corpus = new(() => Generated.From(Path.Combine(AppContext.BaseDirectory, "Meetings")));

    private static readonly Lazy<Generated> Seeds = new(() => Generated.From(GeneratorHarness.SeedsDirectory));

    private static JsonElement Gold => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Meetings", "groups.json"))).RootElement;

    [Fact]
    public void Pair_precision_and_recall_are_one_on_the_meetings_corpus()
    {
        var gold = Pairs(Gold.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToArray()));
        var found = Pairs(Corpus.Value.Meetings.Select(m => m.Articles.Select(a => a.Id).ToArray()));
        var truePairs = found.Intersect(gold).Count();
        Assert.True(gold.Count > 0);
        Assert.Equal(1.0, (double)truePairs / found.Count);
        Assert.Equal(1.0, (double)truePairs / gold.Count);
    }

    [Fact]
    public void Groups_equal_the_gold_groups_and_every_article_is_in_one()
    {
        var gold = Gold.GetProperty("meetings").EnumerateArray()
            .Select(m => string.Join(" ", m.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        var found = Corpus.Value.Meetings.Select(m => string.Join(" ", m.Articles.Select(a => a.Id))).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(gold, found);
        Assert.Equal(Corpus.Value.Dialogues.Count, Corpus.Value.Meetings.Sum(m => m.Articles.Count));
    }

    [Fact]
    public void Merged_facts_equal_what_the_gold_says_the_articles_state()
    {
        foreach (var gold in Gold.GetProperty("meetings").EnumerateArray())
        {
            var name = gold.GetProperty("name").GetString();
            var meeting = Corpus.Value.MeetingOf(gold.GetProperty("articles")[0].GetString()!);
            var dates = gold.TryGetProperty("dates", out var many) ? many.EnumerateArray().Select(d => d.GetString()!).ToArray() : [gold.GetProperty("date").GetString()!];
            var places = gold.TryGetProperty("places", out var several) ? several.EnumerateArray().Select(p => p.GetString()!).ToArray() : [gold.GetProperty("place").GetString()!];
            var disputed = gold.GetProperty("disputed").EnumerateArray().Select(d => d.GetString()).ToArray();
            Assert.True(dates.Order().SequenceEqual(meeting.Dates.Select(d => d.Value.ToString()).Order()), $"{name}: dates {string.Join(", ", meeting.Dates)}");
            Assert.True(places.Order().SequenceEqual(meeting.Locations.Select(p => p.Value).Order()), $"{name}: places {string.Join(", ", meeting.Locations)}");
            Assert.Equal(disputed.Contains("date"), meeting.IsDateDisputed);
            Assert.Equal(disputed.Contains("place"), meeting.IsLocationDisputed);
            Assert.Equal(gold.GetProperty("kind").GetString(), meeting.Kind.ToString());
            Assert.Equal(gold.GetProperty("edition").ValueKind == JsonValueKind.Null ? null : gold.GetProperty("edition").GetInt32(), meeting.Edition);
            Assert.Equal(gold.GetProperty("partners").EnumerateArray().Select(p => p.GetString()), meeting.Partners.Select(p => p.Code));
        }
    }

    [Fact]
    public void Every_fact_names_the_articles_that_state_it_and_where()
    {
        foreach (var meeting in Corpus.Value.Meetings)
        {
            // Dates and places: each article stating one is in exactly one fact, its evidence in its own file.
            foreach (var article in meeting.Articles.Where(a => a.HeldOn is not null))
            {
                var fact = Assert.Single(meeting.Dates, f => f.StatedBy.Contains(article));
                Assert.True(Agrees(fact.Value, article.HeldOn!.Value), $"{article.Id}: {article.HeldOn} under {fact.Value}");
            }

            foreach (var article in meeting.Articles.Where(a => a.Location is not null))
            {
                Assert.Equal(article.Location, Assert.Single(meeting.Locations, f => f.StatedBy.Contains(article)).Value);
            }

            foreach (var fact in meeting.Dates.Cast<object>().Concat(meeting.Locations))
            {
                var statedBy = (IReadOnlyList<Dialogue>)fact.GetType().GetProperty("StatedBy")!.GetValue(fact)!;
                var evidence = (IReadOnlyList<runtime::DefenseDialogues.Evidence>)fact.GetType().GetProperty("Evidence")!.GetValue(fact)!;
                Assert.Equal(statedBy.Count, evidence.Count);
                for (var i = 0; i < statedBy.Count; i++)
                {
                    Assert.True(evidence[i].IsLocated, $"{meeting}: {statedBy[i].Id}");
                    Assert.Equal(statedBy[i].SourceFile, Path.GetFileName(evidence[i].Span!.Value.File));
                }
            }

            // People: the union of the articles' participants, each person once.
            var people = meeting.Articles.SelectMany(a => a.Participants).Select(p => p.Person!).Distinct().ToArray();
            Assert.Equal(people.Length, meeting.People.Count);
            Assert.Equal(people.ToHashSet(), meeting.People.Select(p => p.Value).ToHashSet());
            foreach (var person in meeting.People)
            {
                Assert.Equal(meeting.Articles.Where(a => a.Participants.Any(p => p.Person == person.Value)), person.StatedBy);
                Assert.All(person.Evidence, e => Assert.True(e.IsLocated));
            }

            // Topics and references: the union, each with who mentions it.
            Assert.Equal(meeting.Articles.SelectMany(a => a.Topics).Distinct().Order(), meeting.Topics.Select(t => t.Value).Order());
            foreach (var topic in meeting.Topics)
            {
                Assert.Equal(meeting.Articles.Where(a => a.Topics.Contains(topic.Value)), topic.StatedBy);
            }

            Assert.Equal(meeting.Articles.SelectMany(a => a.LegalReferences).Distinct().Order(), meeting.LegalReferences.Select(t => t.Value).Order());
        }
    }

    [Fact]
    public void The_japanese_meeting_merges_three_wordings_with_one_person_per_head_of_delegation()
    {
        var meeting = Corpus.Value.MeetingOf("301_japon-10e-tokyo");
        Assert.Equal(["301_japon-10e-tokyo", "302_japon-10e-sans-annee", "303_japon-dixieme-mercredi"], meeting.Articles.Select(a => a.Id));
        Assert.Equal("2025-03-12 Japan PolicyDialogue #10 in Tokyo, 3 articles", meeting.ToString());
        Assert.Equal(3, Assert.Single(meeting.Dates).StatedBy.Count);
        var chien = Assert.Single(meeting.People, p => p.Value.Side == "VN");
        Assert.Equal("Hoàng Xuân Chiên", chien.Value.Name);
        Assert.Equal(3, chien.StatedBy.Count);
        Assert.Equal(2, meeting.People.Count);
    }

    [Fact]
    public void Disputed_facts_are_reported_at_both_articles()
    {
        var result = Corpus.Value.Result;
        var dates = result.Diagnostics.Where(d => d.Id == "DD0401").ToArray();
        Assert.Equal(["305_inde-entretiens-27-fevrier.txt", "306_inde-entretiens-28-fevrier.txt"], dates.Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).Order(StringComparer.Ordinal));
        Assert.All(dates, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        var on27 = dates.Single(d => d.Location.GetLineSpan().Path.EndsWith("305_inde-entretiens-27-fevrier.txt", StringComparison.Ordinal));
        Assert.Contains("2025-02-27", on27.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("306_inde-entretiens-28-fevrier", on27.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("2025-02-28", on27.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // Each points at the words that state the date, as the article's HeldOn evidence does.
        var india = Corpus.Value.MeetingOf("305_inde-entretiens-27-fevrier");
        foreach (var fact in india.Dates)
        {
            var span = fact.Evidence.Single().Span!.Value;
            var diagnostic = dates.Single(d => Path.GetFileName(d.Location.GetLineSpan().Path) == Path.GetFileName(span.File));
            Assert.Equal(span.StartLine - 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        }

        var places = result.Diagnostics.Where(d => d.Id == "DD0402").ToArray();
        Assert.Equal(["308_laos-reception-hanoi.txt", "309_laos-reception-hcm.txt"], places.Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).Order(StringComparer.Ordinal));
        Assert.Contains(places, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Ho Chi Minh City", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "DD0403" or "DD0404");
    }

    [Fact]
    public void Every_dialogue_links_to_its_meeting_and_a_single_report_is_a_meeting_too()
    {
        var g = Corpus.Value;
        foreach (var dialogue in g.Dialogues)
        {
            var meeting = dialogue.Meeting;
            Assert.NotNull(meeting);
            Assert.Contains(dialogue, meeting!.Articles);
            Assert.Same(meeting, g.Call<Meeting>("Of", dialogue));
            Assert.All(meeting.Articles, a => Assert.Same(meeting, a.Meeting));
        }

        Assert.Single(g.MeetingOf("317_france-visite").Articles);
        Assert.Null(g.Call<Meeting?>("Of", Seeds.Value.Dialogues[0])); // another dataset's dialogue
    }

    [Fact]
    public void Series_equal_the_gold_and_a_brute_force_grouping_over_All()
    {
        var g = Corpus.Value;
        var gold = Gold.GetProperty("series").EnumerateArray()
            .Select(s => string.Join("+", s.GetProperty("partners").EnumerateArray().Select(p => p.GetString())) + " " + s.GetProperty("kind").GetString() + " " + string.Join(",", s.GetProperty("editions").EnumerateArray().Select(e => e.GetInt32())))
            .ToArray();
        Assert.Equal(gold, g.Series.Select(s => string.Join("+", s.Partners.Select(p => p.Code)) + " " + s.Kind + " " + string.Join(",", s.Editions)));
        AssertSeriesAreBruteForce(g);
        AssertSeriesAreBruteForce(Seeds.Value);

        var japan = Assert.Single(g.Call<IReadOnlyList<DialogueSeries>>("SeriesWith", g.Partner("JP")));
        Assert.Equal([9, 10], japan.Editions);
        Assert.Equal(Enumerable.Range(1, 8), japan.MissingEditions);
        Assert.Equal("Japan PolicyDialogue: editions 9, 10 (missing 1\u20138), 2 meetings", japan.ToString());
        Assert.Same(g.MeetingOf("302_japon-10e-sans-annee"), Assert.Single(japan.Edition(10)));
    }

    [Fact]
    public void Meeting_lookups_agree_with_brute_force_over_All()
    {
        foreach (var g in new[] { Corpus.Value, Seeds.Value })
        {
            var timeline = g.Get<IReadOnlyList<Meeting>>("Timeline");
            Assert.Equal(g.Meetings.ToHashSet(), timeline.ToHashSet());
            Assert.Equal(g.Meetings.Count, timeline.Count);
            Assert.Equal(g.Meetings.Count, g.Meetings.Get<int>("Count"));
            int Rank(Meeting m) => timeline.ToList().IndexOf(m);

            foreach (var partner in g.Dialogues.SelectMany(d => d.Partners).Distinct())
            {
                Assert.Equal(g.Meetings.Where(m => m.Partners.Contains(partner)).OrderBy(Rank), g.Call<IReadOnlyList<Meeting>>("With", partner));
            }

            foreach (var year in g.Dialogues.Select(d => d.HeldOn?.Year).OfType<int>().Distinct())
            {
                Assert.Equal(g.Meetings.Where(m => m.Articles.Any(a => a.HeldOn?.Year == year)).OrderBy(Rank), g.Call<IReadOnlyList<Meeting>>("InYear", year));
            }

            foreach (var topic in Enum.GetValues<runtime::DefenseDialogues.Topic>())
            {
                Assert.Equal(g.Meetings.Where(m => m.Topics.Any(t => t.Value == topic)).OrderBy(Rank), g.Call<IReadOnlyList<Meeting>>("About", topic));
            }

            foreach (var person in g.Dialogues.SelectMany(d => d.Participants).Select(p => p.Person!).Distinct())
            {
                Assert.Equal(g.Meetings.Where(m => m.People.Any(p => p.Value == person)).OrderBy(Rank), g.Call<IReadOnlyList<Meeting>>("Involving", person));
            }
        }

        // A count of meetings is one call, and a meeting reported three times counts once.
        Assert.Equal(2, Corpus.Value.Call<IReadOnlyList<Meeting>>("With", Corpus.Value.Partner("JP")).Count);
        Assert.Equal(4, Corpus.Value.Dialogues.Count(d => d.Partner?.Code == "JP"));
    }

    [Fact]
    public void The_bundled_seeds_stay_five_meetings()
    {
        var g = Seeds.Value;
        Assert.Equal(5, g.Dialogues.Count);
        Assert.Equal(5, g.Meetings.Count);
        Assert.All(g.Meetings, m => Assert.Single(m.Articles));
        Assert.DoesNotContain(g.Result.Diagnostics, d => d.Id.StartsWith("DD04", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_meeting_member_is_documented_with_its_articles()
    {
        var source = GeneratorHarness.GeneratedSources(Corpus.Value.Result).Single(s => s.HintName == "Meetings.g.cs").Source;
        Assert.Contains("/// <summary>2025-03-12 Japan PolicyDialogue #10 in Tokyo, 3 articles.</summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para><see cref=\"Dialogues.Article_302_japon_10e_sans_annee\"/>: 2025-03-12, Tokyo</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>2025-04-05 Laos Reception in Hanoi, 2 articles (disputed: place).</summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para><see cref=\"Dialogues.Article_309_laos_reception_hcm\"/>: 2025-04-05, Ho Chi Minh City</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>2025-09-08 France Visit in Paris, 1 article: <see cref=\"Dialogues.Article_317_france_visite\"/>.</summary>", source, StringComparison.Ordinal);
        Assert.Contains("public static global::DefenseDialogues.Meeting Meeting_301_japon_10e_tokyo => s_store[0];", source, StringComparison.Ordinal);
        var member = Corpus.Value.Meetings.Type.GetProperty("Meeting_308_laos_reception_hanoi")!.GetValue(null);
        Assert.Same(Corpus.Value.MeetingOf("309_laos-reception-hcm"), member);
    }

    private static void AssertSeriesAreBruteForce(Generated g)
    {
        var expected = g.Meetings
            .Where(m => m.Kind == runtime::DefenseDialogues.DialogueKind.PolicyDialogue || m.Edition is not null)
            .GroupBy(m => (string.Join("+", m.Partners.Select(p => p.Code).Order(StringComparer.Ordinal)), m.Kind))
            .OrderBy(s => s.Key.Item1, StringComparer.Ordinal).ThenBy(s => s.Key.Kind)
            .Select(s => s.Select(m => m.Id).Order(StringComparer.Ordinal).ToArray())
            .ToArray();
        Assert.Equal(expected, g.Series.Select(s => s.Meetings.Select(m => m.Id).Order(StringComparer.Ordinal).ToArray()));
        foreach (var series in g.Series)
        {
            Assert.Equal(series.Meetings.Select(m => m.Edition).OfType<int>().Distinct().Order(), series.Editions);
            var max = series.Editions.Count == 0 ? 0 : series.Editions.Max();
            Assert.Equal(Enumerable.Range(1, Math.Max(0, max - 1)).Except(series.Editions), series.MissingEditions);
        }
    }

    private static bool Agrees(runtime::DefenseDialogues.PartialDate fact, runtime::DefenseDialogues.PartialDate date)
        => (date.Year is null || date.Year == fact.Year) && (date.Month is null || date.Month == fact.Month) && (date.Day is null || date.Day == fact.Day);

    private static HashSet<(string, string)> Pairs(IEnumerable<string[]> groups)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var group in groups)
        {
            var sorted = group.Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < sorted.Length; i++)
            {
                for (var j = i + 1; j < sorted.Length; j++)
                {
                    pairs.Add((sorted[i], sorted[j]));
                }
            }
        }

        return pairs;
    }

    /// <summary>One generator run over a folder, its output loaded.</summary>
    private sealed class Generated
    {
        private Generated(GeneratorDriverRunResult result, Type dialogues)
        {
            Result = result;
            Dialogues = (IReadOnlyList<Dialogue>)dialogues.GetProperty("All")!.GetValue(null)!;
            Meetings = new MeetingsClass(dialogues.Assembly.GetType(dialogues.Namespace + ".Meetings", throwOnError: true)!);
            PartnersType = dialogues.Assembly.GetType(dialogues.Namespace + ".Partners", throwOnError: true)!;
        }

        public GeneratorDriverRunResult Result { get; }

        public IReadOnlyList<Dialogue> Dialogues { get; }

        public MeetingsClass Meetings { get; }

        public IReadOnlyList<DialogueSeries> Series => Get<IReadOnlyList<DialogueSeries>>("Series");

        private Type PartnersType { get; }

        public static Generated From(string folder)
        {
            var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
                .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)));
            var (result, output) = GeneratorHarness.Run(files);
            Assert.Empty(GeneratorHarness.Problems(output).Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)));
            return new Generated(result, GeneratorHarness.LoadDialoguesClass(output));
        }

        public Meeting MeetingOf(string id) => Dialogues.Single(d => d.Id == id).Meeting!;

        public Partner Partner(string code) => ((IReadOnlyList<Partner>)PartnersType.GetProperty("All")!.GetValue(null)!).Single(p => p.Code == code);

        public T Get<T>(string name) => (T)Meetings.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        public T Call<T>(string name, object argument)
            => (T)Meetings.Type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == name && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsInstanceOfType(argument))
                .Invoke(null, [argument])!;
    }

    /// <summary>The generated <c>Meetings</c> class, and its <c>All</c> as a list.</summary>
    private sealed class MeetingsClass : IReadOnlyList<Meeting>
    {
        private readonly IReadOnlyList<Meeting> _all;

        public MeetingsClass(Type type)
        {
            Type = type;
            _all = (IReadOnlyList<Meeting>)type.GetProperty("All")!.GetValue(null)!;
        }

        public Type Type { get; }

        public int Count => _all.Count;

        public Meeting this[int index] => _all[index];

        public T Get<T>(string name) => (T)Type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        public IEnumerator<Meeting> GetEnumerator() => _all.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
