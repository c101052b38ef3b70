extern alias runtime;

using System.Text;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;
using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Storage;

/// <summary>The meeting payload: what the generator's writer stores is what the runtime reads; malformed input is a FormatException.</summary>
public class MeetingPayloadTests
{
    private static readonly Dialogue[] Articles =
    [
        DialogueSpec.Make(s => { s.Id = "a"; s.HeldOn = new PartialDate(2025, 2, 27); s.Location = "Hanoi"; }),
        DialogueSpec.Make(s => { s.Id = "b"; s.HeldOn = new PartialDate(2025, 2, 28); s.Location = "Hanoi"; }),
        DialogueSpec.Make(s => { s.Id = "c"; s.HeldOn = null; s.Location = null; s.Kind = DialogueKind.Talks; s.Edition = null; }),
    ];

    private static Meeting Decode(string payload) => MeetingPayload.Decode(Encoding.UTF8.GetBytes(payload), Articles);

    [Fact]
    public void A_meeting_of_several_articles_round_trips_with_its_facts_and_their_sources()
    {
        var model = new MeetingModel(
            new EquatableArray<int>([0, 1]),
            global::DefenseDialogues.DialogueKind.PolicyDialogue,
            4,
            new EquatableArray<FactModel<DateModel>>([new(new DateModel(2025, 2, 27), new EquatableArray<int>([0])), new(new DateModel(2025, 2, 28), new EquatableArray<int>([1]))]),
            new EquatableArray<FactModel<string>>([new("Hanoi", new EquatableArray<int>([0, 1]))]));
        var meeting = Decode(MeetingsPlan.Payload(model));
        Assert.Equal(["a", "b"], meeting.Articles.Select(a => a.Id));
        Assert.Equal(DialogueKind.PolicyDialogue, meeting.Kind);
        Assert.Equal(4, meeting.Edition);
        Assert.Equal(new PartialDate(2025, 2, 27), meeting.HeldOn);
        Assert.True(meeting.IsDateDisputed);
        Assert.False(meeting.IsLocationDisputed);
        Assert.Equal(["b"], meeting.Dates[1].StatedBy.Select(a => a.Id));
        Assert.Equal("Hanoi", meeting.Location);
        Assert.Equal(2, meeting.Locations[0].StatedBy.Count);
        Assert.Equal("2025-02-27 Italy PolicyDialogue #4 in Hanoi, 2 articles (disputed: date)", meeting.ToString());
    }

    [Fact]
    public void A_meeting_of_one_article_is_stored_as_its_index_and_takes_its_facts()
    {
        var model = new MeetingModel(
            new EquatableArray<int>([2]), global::DefenseDialogues.DialogueKind.Talks, null,
            EquatableArray<FactModel<DateModel>>.Empty, EquatableArray<FactModel<string>>.Empty);
        var payload = MeetingsPlan.Payload(model);
        Assert.Equal("M1n1:2,~", payload);
        var meeting = Decode(payload);
        Assert.Same(Articles[2], Assert.Single(meeting.Articles));
        Assert.Equal(DialogueKind.Talks, meeting.Kind);
        Assert.Null(meeting.HeldOn);
        Assert.Empty(meeting.Dates);
        Assert.Empty(meeting.Locations);
        Assert.Equal("undated Italy Talks, 1 article", meeting.ToString());

        var dated = Decode("M1n1:0,~");
        Assert.Equal(new PartialDate(2025, 2, 27), Assert.Single(dated.Dates).Value);
        Assert.Equal("Hanoi", Assert.Single(dated.Locations).Value);
    }

    [Theory]
    [InlineData("X1n1:0,~", "marker")]
    [InlineData("M1n1:9,~", "index out of the dataset")]
    [InlineData("M1n0:i1;~l0:l0:", "no article")]
    [InlineData("M1n1:0,i77;~l0:l0:", "undefined kind")]
    [InlineData("M1n2:0,1,i1;~l0:", "truncated")]
    [InlineData("M1n1:0,~x", "trailing bytes")]
    public void Malformed_payloads_throw_FormatException(string payload, string reason)
    {
        Assert.True(Assert.Throws<FormatException>(() => Decode(payload)).Message.Length > 0, reason);
    }
}
