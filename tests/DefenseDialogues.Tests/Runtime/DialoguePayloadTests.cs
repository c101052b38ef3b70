extern alias runtime;

using System.Text;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Tests.Infrastructure;
using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Storage;

public class DialoguePayloadTests
{
    // Strings that would break a naive encoder: quotes, escapes, lookalikes of the format's own tokens,
    // surrogate pairs (length counts UTF-16 units), line breaks, NUL, NFD accents.
    private static readonly string[] Awkward =
    [
        "",
        "with \"quotes\" and 'apostrophes' d\u2019armée",
        "back\\slash \\u00E9 \\n",
        "s3:abc",
        "l2:~i1;",
        "~",
        "i42;",
        "D2",
        "line\nbreak\r\nand\ttab",
        "non-BMP \U0001F600 \U0001D11E end",
        "nul \0 char",
        "Hanoi\u0308 (NFD)",
        "日本 Việt Nam",
    ];

    public static TheoryData<string> Cases => new(CaseByName.Keys);

    private static readonly Dictionary<string, Func<Dialogue>> CaseByName = new()
    {
        ["realistic"] = () => DialogueSpec.Make(),
        ["minimal"] = DialogueSpec.Minimal,
        ["awkward strings everywhere"] = () => DialogueSpec.Make(s =>
        {
            s.Id = Awkward[9];
            s.SourceFile = Awkward[3];
            s.Headline = Awkward[1];
            s.Captions = Awkward;
            s.Location = Awkward[4];
            s.Partners = [new Partner(Awkward[5], Awkward[2], Awkward[12], true), new Partner("", "", "", false)];
            s.Participants = [new Participant(Awkward[11], Awkward[0], Awkward[8], Awkward), new Participant("X", null, null, [])];
            s.Anniversaries = [new Anniversary(0, Awkward[6], null), new Anniversary(-3, "", -50)];
            s.Source = Awkward[7];
            s.Paragraphs = Awkward.Reverse().ToArray();
        }),
        ["partial dates"] = () => DialogueSpec.Make(s => s.HeldOn = new PartialDate(null, 12, 5)),
        ["month-only date"] = () => DialogueSpec.Make(s => s.HeldOn = new PartialDate(null, 12, null)),
        ["all-unknown date"] = () => DialogueSpec.Make(s => s.HeldOn = default(PartialDate)),
        ["extreme integers"] = () => DialogueSpec.Make(s =>
        {
            s.Edition = int.MinValue;
            s.Anniversaries = [new Anniversary(int.MaxValue, "max", int.MinValue)];
        }),
        ["every enum value"] = () => DialogueSpec.Make(s =>
        {
            s.Kind = DialogueKind.Meeting;
            s.Topics = Enum.GetValues<Topic>();
            s.LegalReferences = Enum.GetValues<LegalReference>();
            s.Partnership = PartnershipLevel.ComprehensivePartnership;
        }),
        ["long text"] = () => DialogueSpec.Make(s => s.Paragraphs = [new string('é', 100_000), string.Concat(Enumerable.Repeat("\U0001F600", 5000))]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_inverts_Encode(string name)
    {
        var dialogue = CaseByName[name]();
        var payload = Payloads.Of(dialogue);
        var decoded = DialoguePayload.Decode(payload);

        Assert.Equal(dialogue, decoded);
        Assert.Equal(payload, Payloads.Of(decoded));
        Assert.Equal(dialogue, DialoguePayload.Decode(Encoding.UTF8.GetBytes(payload)));
    }

    [Fact]
    public void Encodes_the_documented_format()
    {
        var dialogue = new Dialogue(
            "a", "a.txt", new YearMonth(2024, 2), new PartialDate(null, 12, 5), "T", ["C"], "Hanoi",
            [new Partner("JP", "Japon", "Japan", false)], DialogueKind.Talks, 10,
            [new Participant("N", "VN", null, ["t"])], [Topic.Training, Topic.Counterterrorism],
            [LegalReference.DOC], [new Anniversary(50, "s", null)], PartnershipLevel.StrategicPartnership, "VNA", ["p"]);

        Assert.Equal(
            "D2s1:as5:a.txtl2:i2024;i2;l3:~i12;i5;s1:Tl1:s1:Cs5:Hanoil1:l4:s2:JPs5:Japons5:Japani0;i2;i10;"
            + "l1:l5:s1:Ns2:VN~l1:s1:t~l2:i1;i18;l1:i1;l1:l3:i50;s1:s~i3;s3:VNAl1:s1:p",
            Payloads.Of(dialogue));
        Assert.Equal("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l0:l0:l0:~~l0:", Payloads.Of(
            new Dialogue("x", "x.txt", null, null, null, [], null, [], DialogueKind.Other, null, [], [], [], [], null, null, [])));
    }

    [Fact]
    public void A_generated_payload_decodes_to_a_record_that_encodes_back_to_the_same_bytes()
    {
        foreach (var seed in GeneratorHarness.Seeds())
        {
            var model = ArticleExtractor.Extract(seed.Path, seed.GetText()!.ToString()).Dialogue!;
            var payload = global::DefenseDialogues.Generator.Planning.RecordPayloads.Dialogue(model, global::DefenseDialogues.Generator.Model.EquatableArray<int>.Empty);
            Assert.Equal(payload, Payloads.Of(DialoguePayload.Decode(payload)));
        }
    }

    [Fact]
    public void Decoded_lists_are_read_only_wrappers()
    {
        var decoded = DialoguePayload.Decode(Payloads.Of(DialogueSpec.Make()));
        Assert.False(decoded.Paragraphs is string[]);
        Assert.False(decoded.Topics is Topic[]);
        Assert.True(((ICollection<string>)decoded.Captions).IsReadOnly);
    }

    [Theory]
    [InlineData("", "version marker")]
    [InlineData("D1s1:a", "version marker")]
    [InlineData("D2", "expected a string")]
    [InlineData("D2s1:as5:a.txt", "expected a list")]
    [InlineData("D2s1:as9:a.txt", "runs past the end")]
    [InlineData("D2s1:as-1:a.txt", "expected a digit")]
    [InlineData("D2s1:as5a.txt", "':' after a string length")]
    [InlineData("D2i1;", "expected a string")]
    [InlineData("D2s1:as5:a.txtl3:i2024;i2;i1;", "expected a list of 2 values")]
    [InlineData("D2s1:as5:a.txtl2:i2024i2;", "';' after an integer")]
    [InlineData("D2s1:as5:a.txtl2:i;i2;", "expected a digit")]
    [InlineData("D2s1:as5:a.txtl2:i99999999999;i2;", "number out of range")]
    [InlineData("D2s1:as5:a.txtl2:i2024;i13;", "month")]
    [InlineData("D2s1:as5:a.txtl2:i2024;i2;l3:i2024;~i5;", "day")]
    [InlineData("D2s1:xs5:x.txt~~~l999:", "runs past the end")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l1:l4:s2:JPs5:Japons5:Japani2;", "expected 0 or 1")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l0:i9;~l0:l0:l0:l0:~~l0:", "DialogueKind")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l1:i99;l0:l0:~~l0:", "Topic")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l0:l0:l0:i7;~l0:", "PartnershipLevel")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l0:l0:l0:~~l0:~", "after the last value")]
    [InlineData("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l0:l0:l0:~~l1:~", "expected a string")]
    public void Malformed_payloads_throw_FormatException_with_position(string payload, string reason)
    {
        var error = Assert.Throws<FormatException>(() => DialoguePayload.Decode(payload));
        Assert.Contains("at byte", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Throws<FormatException>(() => DialoguePayload.Decode(Encoding.UTF8.GetBytes(payload)));
    }

    [Fact]
    public void Reports_the_position_of_the_fault()
    {
        var error = Assert.Throws<FormatException>(() => DialoguePayload.Decode("D2s1:as5:a.txtl2:i2024i2;"));
        // "D2s1:as5:a.txtl2:i2024" is 22 bytes: the missing ';' is at byte 22.
        Assert.Contains("byte 22:", error.Message);
    }

    [Fact]
    public void Rejects_invalid_UTF8_and_null()
    {
        var bytes = Encoding.UTF8.GetBytes("D2s1:xs5:x.txt~~~l0:~l0:i0;~l0:l0:l0:l0:~~l0:").ToList();
        bytes.Insert(5, 0xFF);
        Assert.Throws<FormatException>(() => DialoguePayload.Decode(bytes.ToArray()));
        Assert.Throws<ArgumentNullException>(() => DialoguePayload.Decode((string)null!));
    }
}
