extern alias runtime;

using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;

/// <summary>
/// Encodes a runtime record through the generator's writer (<see cref="RecordPayloads"/>), the only
/// writer of the payload format: tests that need a payload for a hand-made <see cref="Dialogue"/>
/// get the bytes generated code would hold (participants' people written as null).
/// </summary>
internal static class Payloads
{
    /// <summary>The payload of <paramref name="dialogue"/>.</summary>
    public static string Of(Dialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        return RecordPayloads.Dialogue(ModelOf(dialogue), EquatableArray<int>.Empty);
    }

    /// <summary>The generator's model of a runtime record (the vocabulary enums are two types with one set of values).</summary>
    public static DialogueModel ModelOf(Dialogue d) => new(
        Id: d.Id,
        SourceFile: d.SourceFile,
        Published: d.Published is { } p ? new YearMonthModel(p.Year, p.Month) : null,
        HeldOn: d.HeldOn is { } h ? new DateModel(h.Year, h.Month, h.Day) : null,
        Headline: d.Headline,
        Captions: EquatableArray.From(d.Captions),
        Location: d.Location,
        Partners: EquatableArray.From(d.Partners.Select(p => new PartnerModel(p.Code, p.Name, p.EnglishName, p.IsOrganization))),
        Kind: (global::DefenseDialogues.DialogueKind)(int)d.Kind,
        Edition: d.Edition,
        Participants: EquatableArray.From(d.Participants.Select(p => new ParticipantModel(p.Name, p.Side, p.Rank, EquatableArray.From(p.Titles), EquatableArray<string>.Empty))),
        Topics: EquatableArray.From(d.Topics.Select(t => (global::DefenseDialogues.Topic)(int)t)),
        LegalReferences: EquatableArray.From(d.LegalReferences.Select(r => (global::DefenseDialogues.LegalReference)(int)r)),
        Anniversaries: EquatableArray.From(d.Anniversaries.Select(a => new AnniversaryModel(a.Years, a.Subject, a.Since))),
        Partnership: d.Partnership is { } level ? (global::DefenseDialogues.PartnershipLevel)(int)level : null,
        Source: d.Source,
        Paragraphs: EquatableArray.From(d.Paragraphs));
}
