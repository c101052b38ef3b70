using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Extraction.Fields.People;
using DefenseDialogues.Generator.Linking;
using DefenseDialogues.Generator.Model;
using Xunit;

namespace DefenseDialogues.Tests.Meetings;

/// <summary>The grouping rules on hand-made records: what merges, the near-misses that must not, facts, series and scale.</summary>
public class MeetingGrouperTests
{
    private static readonly PartnerModel Japan = new("JP", "Japon", "Japan", false);
    private static readonly PartnerModel Laos = new("LA", "Laos", "Laos", false);
    private static readonly PartnerModel Cambodia = new("KH", "Cambodge", "Cambodia", false);

    private static DialogueModel Record(
        string id, DateModel? date, DialogueKind kind = DialogueKind.Talks, int? edition = null, string? place = "Hanoi", PartnerModel[]? partners = null, params string[] people)
        => new(
            id, id + ".txt", null, date, null, EquatableArray<string>.Empty, place, new EquatableArray<PartnerModel>(partners ?? [Japan]),
            kind, edition, new EquatableArray<ParticipantModel>(people.Select(P).ToArray()), EquatableArray<Topic>.Empty,
            EquatableArray<LegalReference>.Empty, EquatableArray<AnniversaryModel>.Empty, null, null, EquatableArray<string>.Empty);

    private static ParticipantModel P(string name)
        => new(name, name.StartsWith("Nguyen", StringComparison.Ordinal) ? "VN" : "JP", null, EquatableArray<string>.Empty, new EquatableArray<string>(NameIdentity.Tokens(name)));

    private static MeetingsModel Build(params DialogueModel[] records)
    {
        var sorted = records.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var corpus = new CorpusModel(new EquatableArray<DialogueModel>(sorted), EquatableArray<DiagnosticInfo>.Empty, EquatableArray<int>.Empty);
        return MeetingIndexer.Build(corpus, CorpusIndexer.Build(corpus));
    }

    private static string[] Groups(params DialogueModel[] records)
    {
        var model = Build(records);
        var ids = records.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        return model.Meetings.Select(m => string.Join(" ", m.Articles.Select(a => ids[a]))).ToArray();
    }

    [Fact]
    public void The_same_day_with_a_shared_person_merges_and_other_wordings_of_the_date_join()
    {
        Assert.Equal(["a b c"], Groups(
            Record("a", new DateModel(2025, 3, 12), people: ["Nguyen Van A", "Ishikawa Takeshi"]),
            Record("b", new DateModel(2025, 3, 12), people: ["Nguyen Van A"]),
            Record("c", new DateModel(2025, 3, null), people: ["Ishikawa Takeshi"])));
    }

    [Fact]
    public void The_same_day_merges_when_one_article_names_nobody_but_not_when_both_name_other_people()
    {
        Assert.Equal(["a b"], Groups(
            Record("a", new DateModel(2025, 3, 12), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 3, 12))));
        Assert.Equal(["a", "b"], Groups(
            Record("a", new DateModel(2025, 3, 12), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 3, 12), people: ["Nguyen Van B"])));
    }

    [Fact]
    public void Consecutive_days_merge_only_with_a_shared_person_and_keep_both_dates()
    {
        var model = Build(
            Record("a", new DateModel(2025, 2, 27), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 2, 28), people: ["Nguyen Van A"]),
            Record("c", new DateModel(2025, 2, 28), people: ["Nguyen Van C"]));
        Assert.Equal(2, model.Meetings.Count);
        var disputed = model.Meetings[0];
        Assert.Equal([0, 1], disputed.Articles);
        Assert.Equal(["2025-02-27", "2025-02-28"], disputed.Dates.Select(d => d.Value.ToText()));
        Assert.Equal(2, model.Diagnostics.Count(d => d.Id == DiagnosticIds.DisputedDate));
        Assert.Equal(["a", "b"], model.Diagnostics.Where(d => d.Id == DiagnosticIds.DisputedDate).Select(d => d.MessageArgs[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_days_apart_or_a_year_only_never_merge()
    {
        Assert.Equal(["a", "b"], Groups(
            Record("a", new DateModel(2025, 2, 26), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 2, 28), people: ["Nguyen Van A"])));
        Assert.Equal(["a", "b"], Groups(
            Record("a", new DateModel(2025, null, null), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, null, null), people: ["Nguyen Van A"])));
        Assert.Equal(["a", "b"], Groups(
            Record("a", null, people: ["Nguyen Van A"]),
            Record("b", null, people: ["Nguyen Van A"])));
    }

    [Fact]
    public void Month_ends_are_a_day_apart()
    {
        Assert.Equal(["a b"], Groups(
            Record("a", new DateModel(2024, 12, 31), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 1, 1), people: ["Nguyen Van A"])));
    }

    [Fact]
    public void Another_kind_edition_or_counterpart_stays_apart_but_an_unknown_kind_joins()
    {
        Assert.Equal(["a", "b"], Groups(
            Record("a", new DateModel(2025, 5, 20), DialogueKind.Reception, people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), DialogueKind.Talks, people: ["Nguyen Van A"])));
        Assert.Equal(["a b"], Groups(
            Record("a", new DateModel(2025, 5, 20), DialogueKind.Other, people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), DialogueKind.Talks, people: ["Nguyen Van A"])));
        Assert.Equal(["a", "b"], Groups(
            Record("a", new DateModel(2025, 5, 20), DialogueKind.PolicyDialogue, 9, people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), DialogueKind.PolicyDialogue, 10, people: ["Nguyen Van A"])));
        Assert.Equal(["a b"], Groups(
            Record("a", new DateModel(2025, 5, 20), DialogueKind.PolicyDialogue, 10, people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), DialogueKind.PolicyDialogue, null, people: ["Nguyen Van A"])));
        Assert.Equal(["a", "b", "c"], Groups(
            Record("a", new DateModel(2025, 5, 20), partners: [Laos], people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), partners: [Laos, Cambodia], people: ["Nguyen Van A"]),
            Record("c", new DateModel(2025, 5, 20), partners: [], people: ["Nguyen Van A"])));
        Assert.Equal(["a b"], Groups(
            Record("a", new DateModel(2025, 5, 20), partners: [Cambodia, Laos], people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 5, 20), partners: [Laos, Cambodia], people: ["Nguyen Van A"])));
    }

    [Fact]
    public void Every_member_must_agree_not_only_the_first()
    {
        // b and c each agree with a (a day apart, shared people) but are two days apart from each other.
        Assert.Equal(["a b", "c"], Groups(
            Record("a", new DateModel(2025, 2, 27), people: ["Nguyen Van A", "Ishikawa Takeshi"]),
            Record("b", new DateModel(2025, 2, 26), people: ["Nguyen Van A"]),
            Record("c", new DateModel(2025, 2, 28), people: ["Ishikawa Takeshi"])));
    }

    [Fact]
    public void A_disputed_place_keeps_both_and_the_most_stated_wins()
    {
        var model = Build(
            Record("a", new DateModel(2025, 4, 5), place: "Hanoi", people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 4, 5), place: "Ho Chi Minh City", people: ["Nguyen Van A"]),
            Record("c", new DateModel(2025, 4, 5), place: "Ho Chi Minh City", people: ["Nguyen Van A"]),
            Record("d", new DateModel(2025, 4, 5), place: null, people: ["Nguyen Van A"]));
        var meeting = Assert.Single(model.Meetings);
        Assert.Equal("Ho Chi Minh City", meeting.Place);
        Assert.Equal([1, 2], meeting.Places[0].Articles);
        Assert.Equal([0], meeting.Places[1].Articles);
        Assert.Equal(3, model.Diagnostics.Count(d => d.Id == DiagnosticIds.DisputedPlace));
        Assert.Contains(model.Diagnostics, d => d.MessageArgs[0] == "a" && d.MessageArgs[2] == "Ho Chi Minh City" && d.MessageArgs[3] == "b");
    }

    [Fact]
    public void A_partial_date_counts_for_the_full_date_it_agrees_with()
    {
        var meeting = Assert.Single(Build(
            Record("a", new DateModel(2025, 3, null), people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 3, 12), people: ["Nguyen Van A"])).Meetings);
        var date = Assert.Single(meeting.Dates);
        Assert.Equal("2025-03-12", date.Value.ToText());
        Assert.Equal([0, 1], date.Articles);
    }

    [Fact]
    public void Series_order_editions_by_date_and_report_contradictions_at_the_articles()
    {
        var model = Build(
            Record("a", new DateModel(2023, 11, 21), DialogueKind.PolicyDialogue, 5, people: ["Nguyen Van A"]),
            Record("b", new DateModel(2025, 11, 18), DialogueKind.PolicyDialogue, 6, people: ["Nguyen Van A"]),
            Record("c", new DateModel(2026, 11, 10), DialogueKind.PolicyDialogue, 6, people: ["Nguyen Van A"]),
            Record("d", new DateModel(2027, 11, 10), DialogueKind.PolicyDialogue, 4, people: ["Nguyen Van A"]),
            Record("e", new DateModel(2025, 6, 1), DialogueKind.PolicyDialogue, 2, partners: [Laos], people: ["Nguyen Van A"]));
        Assert.Equal(2, model.Series.Count);
        var japan = model.Series[0];
        Assert.Equal(["JP"], japan.Partners);
        Assert.Equal([0, 1, 2, 3], japan.Meetings);
        var twice = Assert.Single(model.Diagnostics, d => d.Id == DiagnosticIds.EditionTwice);
        Assert.Equal(["c", "6", "2026-11-10", "2025-11-18", "b"], twice.MessageArgs.Take(5));
        var backwards = Assert.Single(model.Diagnostics, d => d.Id == DiagnosticIds.EditionBackwards);
        Assert.Equal("d", backwards.MessageArgs[0]);
        Assert.Equal("4", backwards.MessageArgs[1]);
        Assert.StartsWith("6 (", backwards.MessageArgs[3], StringComparison.Ordinal);
        Assert.Equal("d.txt", backwards.Location.FilePath);
    }

    [Fact]
    public void Grouping_is_blocked_by_partner_and_month_not_quadratic()
    {
        // 20,000 articles: 40 partners over 10 years, about 4 per partner and month, each its own meeting.
        var partners = Enumerable.Range(0, 40).Select(i => new PartnerModel("P" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "p", "p", false)).ToArray();
        var records = Enumerable.Range(0, 20_000).Select(i => Record(
            "r" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            new DateModel(2015 + (i / 40 % 10), 1 + (i / 400 % 12), 1 + (i / 4800 % 28)),
            partners: [partners[i % 40]],
            people: ["Nguyen Van " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)])).ToArray();
        var corpus = new CorpusModel(new EquatableArray<DialogueModel>(records), EquatableArray<DiagnosticInfo>.Empty, EquatableArray<int>.Empty);
        var index = CorpusIndexer.Build(corpus);
        var groups = MeetingGrouper.Group(corpus.Dialogues, index.ParticipantPeople, index.Timeline, out var comparisons);
        Assert.Equal(20_000, groups.Count);

        // Each article meets only its partner's meetings of three months (about 12), never the other 19,999.
        Assert.True(comparisons < 20_000L * 16, comparisons.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
