extern alias runtime;

using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;

public class DialogueTests
{
    /// <summary>One change per constructor argument (and per nested field), each making the record differ.</summary>
    public static TheoryData<string> Changes => new(ChangeByName.Keys);

    private static readonly Dictionary<string, Action<DialogueSpec>> ChangeByName = new()
    {
        ["id"] = s => s.Id = "other",
        ["sourceFile"] = s => s.SourceFile = "other.txt",
        ["published"] = s => s.Published = new YearMonth(2023, 8),
        ["published null"] = s => s.Published = null,
        ["heldOn"] = s => s.HeldOn = new PartialDate(2023, 7, null),
        ["heldOn null"] = s => s.HeldOn = null,
        ["headline"] = s => s.Headline = "Autre titre",
        ["headline null"] = s => s.Headline = null,
        ["captions"] = s => s.Captions = ["Lors du dialogue.", "Une autre."],
        ["location"] = s => s.Location = "Hanoi",
        ["partners"] = s => s.Partners = [new Partner("IT", "Italie", "Italy", true)],
        ["partner order"] = s => s.Partners = [new Partner("JP", "Japon", "Japan", false), new Partner("IT", "Italie", "Italy", false)],
        ["kind"] = s => s.Kind = DialogueKind.Talks,
        ["edition"] = s => s.Edition = 5,
        ["participant rank"] = s => s.Participants = [new Participant("Hoang Xuan Chien", "VN", null, ["membre du Comité central du Parti communiste du Vietnam", "vice-ministre de la Défense"]), s.Participants[1]],
        ["participant titles"] = s => s.Participants = [s.Participants[0], new Participant("Guido Crosetto", "IT", null, [])],
        ["topics"] = s => s.Topics = [Topic.DelegationExchange, Topic.Training],
        ["legalReferences"] = s => s.LegalReferences = [LegalReference.UNCLOS, LegalReference.DOC],
        ["anniversaries"] = s => s.Anniversaries = [new Anniversary(50, "établissement des relations diplomatiques", null)],
        ["partnership"] = s => s.Partnership = PartnershipLevel.ComprehensiveStrategicPartnership,
        ["source"] = s => s.Source = "VNA/CVN",
        ["paragraphs"] = s => s.Paragraphs = ["Rome, 4 juillet (VNA) - Le Vietnam et l'Italie se sont mis d'accord."],
    };

    [Fact]
    public void Equal_contents_make_equal_records()
    {
        var a = DialogueSpec.Make();
        var b = DialogueSpec.Make();
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(DialogueSpec.Minimal(), DialogueSpec.Minimal());
        Assert.Equal(DialogueSpec.Minimal().GetHashCode(), DialogueSpec.Minimal().GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void One_different_field_makes_records_differ(string change)
    {
        var original = DialogueSpec.Make();
        var changed = DialogueSpec.Make(ChangeByName[change]);
        Assert.NotEqual(original, changed);
        Assert.True(original != changed);
        Assert.False(changed.Equals((object)original));
    }

    [Fact]
    public void Null_compares_unequal()
    {
        var dialogue = DialogueSpec.Make();
        Assert.False(dialogue.Equals(null));
        Assert.False(dialogue == null);
        Assert.True((Dialogue?)null == null);
    }

    [Fact]
    public void Lists_cannot_be_cast_back_to_arrays_or_modified()
    {
        var dialogue = DialogueSpec.Make();
        Assert.False(dialogue.Captions is string[]);
        Assert.False(dialogue.Partners is Partner[]);
        Assert.False(dialogue.Participants is Participant[]);
        Assert.False(dialogue.Topics is Topic[]);
        Assert.False(dialogue.LegalReferences is LegalReference[]);
        Assert.False(dialogue.Anniversaries is Anniversary[]);
        Assert.False(dialogue.Paragraphs is string[]);
        Assert.False(dialogue.Participants[0].Titles is string[]);

        var asList = Assert.IsAssignableFrom<IList<string>>(dialogue.Paragraphs);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList[0] = "changed");
        Assert.Throws<NotSupportedException>(() => asList.Add("more"));
    }

    [Fact]
    public void Inputs_are_copied()
    {
        var spec = new DialogueSpec();
        var titles = new List<string> { "ministre de la Défense" };
        spec.Participants = [new Participant("Guido Crosetto", "IT", null, titles)];
        var dialogue = spec.Build();

        spec.Paragraphs[0] = "changed";
        spec.Topics[0] = Topic.Counterterrorism;
        titles.Add("changed");

        Assert.NotEqual("changed", dialogue.Paragraphs[0]);
        Assert.Equal(Topic.DelegationExchange, dialogue.Topics[0]);
        Assert.Single(dialogue.Participants[0].Titles);
    }

    [Fact]
    public void Partner_is_the_first_partner_or_null()
    {
        var two = DialogueSpec.Make(s => s.Partners = [new Partner("JP", "Japon", "Japan", false), new Partner("EU", "Union européenne", "European Union", true)]);
        Assert.Equal("JP", two.Partner!.Code);
        Assert.Null(DialogueSpec.Minimal().Partner);
    }

    [Fact]
    public void ToString_summarises_pair_kind_date_and_place()
    {
        Assert.Equal("Vietnam\u2013Italy PolicyDialogue 2023-07-04 Rome", DialogueSpec.Make().ToString());
        Assert.Equal("Vietnam\u2013Italy PolicyDialogue 2023-07", DialogueSpec.Make(s => { s.HeldOn = null; s.Location = null; }).ToString());
        Assert.Equal("Vietnam Other", DialogueSpec.Minimal().ToString());
    }

    [Fact]
    public void Rejects_null_and_undefined_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => DialogueSpec.Make(s => s.Id = null!));
        Assert.Throws<ArgumentNullException>(() => DialogueSpec.Make(s => s.Captions = null!));
        Assert.Throws<ArgumentException>(() => DialogueSpec.Make(s => s.Paragraphs = ["ok", null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DialogueSpec.Make(s => s.Kind = (DialogueKind)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => DialogueSpec.Make(s => s.Topics = [(Topic)(-1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DialogueSpec.Make(s => s.Partnership = (PartnershipLevel)9));
        Assert.Throws<ArgumentNullException>(() => new Participant(null!, "VN", null, []));
        Assert.Throws<ArgumentNullException>(() => new Partner("IT", "Italie", null!, false));
        Assert.Throws<ArgumentNullException>(() => new Anniversary(10, null!, null));
    }

    [Fact]
    public void Nested_records_have_value_equality_and_readable_text()
    {
        var participant = new Participant("Luciano Portolano", "IT", "amiral", ["secrétaire général de la Défense"]);
        Assert.Equal(participant, new Participant("Luciano Portolano", "IT", "amiral", new List<string> { "secrétaire général de la Défense" }));
        Assert.Equal(participant.GetHashCode(), new Participant("Luciano Portolano", "IT", "amiral", ["secrétaire général de la Défense"]).GetHashCode());
        Assert.Equal("amiral Luciano Portolano (IT), secrétaire général de la Défense", participant.ToString());
        Assert.Equal("Serizawa Kiyoshi", new Participant("Serizawa Kiyoshi", null, null, []).ToString());

        Assert.Equal(new Partner("RU", "Russie", "Russia", false), new Partner("RU", "Russie", "Russia", false));
        Assert.NotEqual(new Partner("RU", "Russie", "Russia", false), new Partner("RU", "Russie", "Russian Federation", false));
        Assert.Equal("Russia", new Partner("RU", "Russie", "Russia", false).ToString());

        Assert.Equal(new Anniversary(65, "relations", null), new Anniversary(65, "relations", null));
        Assert.NotEqual(new Anniversary(65, "relations", null), new Anniversary(65, "relations", 1958));
        Assert.Equal("50 years: relations diplomatiques (since 1973)", new Anniversary(50, "relations diplomatiques", 1973).ToString());
    }
}
