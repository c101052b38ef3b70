extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using DefenseDialogues.Generator.Linking;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.People;
using Dialogue = runtime::DefenseDialogues.Dialogue;
using Partner = runtime::DefenseDialogues.Partner;
using Person = runtime::DefenseDialogues.Person;
using RuntimeTopic = runtime::DefenseDialogues.Topic;
using TopicSet = runtime::DefenseDialogues.TopicSet;

namespace DefenseDialogues.Tests.Generator;

/// <summary>People across articles, and the build-time indexes checked against brute force over <c>All</c>.</summary>
public class CorpusIndexTests
{
    private static DialogueModel Record(string id, DateModel date, params ParticipantModel[] people) => new(
        id, id + ".txt", null, date, null, EquatableArray<string>.Empty, null, EquatableArray<PartnerModel>.Empty,
        DialogueKind.Other, null, new EquatableArray<ParticipantModel>(people), EquatableArray<Topic>.Empty,
        EquatableArray<LegalReference>.Empty, EquatableArray<AnniversaryModel>.Empty, null, null, EquatableArray<string>.Empty);

    private static ParticipantModel P(string name, string? side, string? rank = null)
        => new(name, side, rank, EquatableArray<string>.Empty, new EquatableArray<string>(NameIdentity.Tokens(name)));

    private static EquatableArray<PersonModel> Link(params DialogueModel[] dialogues)
        => PeopleLinker.Link(new EquatableArray<DialogueModel>(dialogues), Enumerable.Range(0, dialogues.Length).ToArray()).People;

    [Fact]
    public void Spellings_without_diacritics_in_another_order_or_case_are_one_person()
    {
        var people = Link(
            Record("a", new DateModel(2023, 7, 4), P("Hoang Xuan Chien", "VN", "général de corps d'armée")),
            Record("b", new DateModel(2024, 2, 27), P("Hoàng Xuân Chiên", "VN")),
            Record("c", new DateModel(2022, 1, 1), P("CHIEN Hoang Xuan", null)));
        var person = Assert.Single(people);
        Assert.Equal("Hoàng Xuân Chiên", person.Name);
        Assert.Equal("VN", person.Side);
        Assert.Equal(3, person.Dialogues.Count);
        Assert.Equal(["général de corps d'armée"], person.Ranks);
    }

    [Fact]
    public void People_who_share_a_family_name_or_a_name_on_different_sides_stay_apart()
    {
        var people = Link(
            Record("a", new DateModel(2020, 1, 1), P("Nguyen Chi Vinh", "VN"), P("Nguyen Tan Cuong", "VN")),
            Record("b", new DateModel(2021, 1, 1), P("Kim Min", "KR"), P("Kim Min", "KP")));
        Assert.Equal(4, people.Count);
    }

    [Fact]
    public void A_shorter_name_joins_the_only_longer_name_that_contains_it()
    {
        var merged = Link(
            Record("a", new DateModel(2020, 1, 1), P("Andreï Removitch Beloussov", "RU")),
            Record("b", new DateModel(2021, 1, 1), P("Andreï Beloussov", "RU")));
        Assert.Equal("Andreï Removitch Beloussov", Assert.Single(merged).Name);

        var ambiguous = Link(
            Record("a", new DateModel(2020, 1, 1), P("Nguyen Van Thanh", "VN"), P("Nguyen Van Hung", "VN")),
            Record("b", new DateModel(2021, 1, 1), P("Nguyen Van", "VN")));
        Assert.Equal(3, ambiguous.Count);
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("Corpus")]
    public void Indexes_agree_with_brute_force_over_All(string corpus)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, corpus), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)));
        var (_, output) = GeneratorHarness.Run(files);
        var dialogues = GeneratorHarness.LoadDialoguesClass(output);
        var assembly = dialogues.Assembly;
        var all = Get<IReadOnlyList<Dialogue>>(dialogues, "All");
        var timeline = Get<IReadOnlyList<Dialogue>>(dialogues, "Timeline");
        Assert.Equal(all.OrderBy(d => d.Id, StringComparer.Ordinal), timeline.OrderBy(d => d.Id, StringComparer.Ordinal));
        Assert.Equal(timeline.Where(d => d.HeldOn?.Year is not null).Select(d => d.HeldOn!.Value), timeline.Where(d => d.HeldOn?.Year is not null).Select(d => d.HeldOn!.Value).Order());

        var partners = Get<IReadOnlyList<Partner>>(assembly.GetType("DefenseDialogues.Partners")!, "All");
        Assert.Equal(all.SelectMany(d => d.Partners).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal), partners);
        foreach (var partner in partners)
        {
            Assert.Equal(
                timeline.Where(d => d.Partners.Contains(partner)),
                Call<IReadOnlyList<Dialogue>>(dialogues, "With", partner));
        }

        foreach (var year in all.Select(d => d.HeldOn?.Year ?? d.Published?.Year).OfType<int>().Distinct().Append(1999))
        {
            Assert.Equal(timeline.Where(d => d.HeldOn?.Year == year), Call<IReadOnlyList<Dialogue>>(dialogues, "InYear", year));
        }

        foreach (var topic in Enum.GetValues<RuntimeTopic>())
        {
            Assert.Equal(timeline.Where(d => d.Topics.Contains(topic)), Call<IReadOnlyList<Dialogue>>(dialogues, "About", topic));
            // Filtered from the topic masks on first use, then kept: the second call is the same list.
            Assert.Same(Call<IReadOnlyList<Dialogue>>(dialogues, "About", topic), Call<IReadOnlyList<Dialogue>>(dialogues, "About", topic));
        }

        var pair = TopicSet.Training | TopicSet.DefenseIndustry;
        Assert.Equal(timeline.Where(d => (d.TopicSet & pair) == pair), Call<IReadOnlyList<Dialogue>>(dialogues, "AboutAll", pair));
        Assert.Equal(timeline.Where(d => (d.TopicSet & pair) != 0), Call<IReadOnlyList<Dialogue>>(dialogues, "AboutAny", pair));

        var people = Get<IReadOnlyList<Person>>(assembly.GetType("DefenseDialogues.People")!, "All");
        Assert.All(all.SelectMany(d => d.Participants), p => Assert.NotNull(p.Person));
        foreach (var person in people)
        {
            Assert.Equal(timeline.Where(d => d.Participants.Any(p => p.Person == person)), person.Dialogues);
            Assert.Equal(person.Dialogues, Call<IReadOnlyList<Dialogue>>(dialogues, "Involving", person));
        }

        Assert.Same(Get<Partner>(assembly.GetType("DefenseDialogues.Partners")!, "Japan"), partners.Single(p => p.Code == "JP"));
        var chien = Get<Person>(assembly.GetType("DefenseDialogues.People")!, "HoangXuanChien");
        if (corpus == "seeds")
        {
            Assert.Equal(["000_975e3b2795ba872e", "001_b932cada2e88634b"], chien.Dialogues.Select(d => d.Id));
        }
        else
        {
            // Written with and without diacritics across the corpus: one person.
            Assert.True(chien.Dialogues.Count >= 10, $"{chien.Dialogues.Count} dialogues");
            Assert.Contains("Hoàng Xuân Chiên", chien.Spellings);
            Assert.Contains("Hoang Xuan Chien", chien.Spellings);
        }
    }

    private static T Get<T>(Type type, string name) => (T)type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static T Call<T>(Type type, string name, object argument)
        => (T)type.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == name && m.GetParameters()[0].ParameterType == argument.GetType()).Invoke(null, [argument])!;
}
