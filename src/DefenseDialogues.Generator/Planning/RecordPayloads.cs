using DefenseDialogues.Generator.Model;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// The stored form of each model, in the shared <see cref="PayloadFormat"/> the runtime's
/// <c>DialoguePayload</c>, <c>EvidencePayload</c> and <c>PersonPayload</c> read. Text is data here, never
/// code: the emitter escapes each payload as part of one literal.
/// </summary>
internal static class RecordPayloads
{
    /// <summary>
    /// A record, fields in <c>Dialogue</c> constructor order; each participant ends with the index of its
    /// corpus-wide person from <paramref name="people"/> (null when it has none, or <paramref name="people"/> is empty).
    /// </summary>
    public static string Dialogue(DialogueModel d, EquatableArray<int> people)
    {
        var w = new PayloadWriter(PayloadFormat.DialogueMarker, 256 + (d.Paragraphs.Count * 400));
        w.String(d.Id);
        w.String(d.SourceFile);
        Published(w, d.Published);
        HeldOn(w, d.HeldOn);
        w.String(d.Headline);
        w.Strings(d.Captions);
        w.String(d.Location);
        w.List(d.Partners, Partner);
        w.Int((int)d.Kind);
        w.Int(d.Edition);
        w.List(d.Participants.Count);
        for (var i = 0; i < d.Participants.Count; i++)
        {
            Participant(w, d.Participants[i], PersonOf(people, i));
        }

        w.List(d.Topics, static (w, t) => w.Int((int)t));
        w.List(d.LegalReferences, static (w, r) => w.Int((int)r));
        w.List(d.Anniversaries, Anniversary);
        w.Int(d.Partnership is { } level ? (int)level : null);
        w.String(d.Source);
        w.Strings(d.Paragraphs);
        return w.ToString();
    }

    /// <summary>The person index written for participant <paramref name="i"/>, or null.</summary>
    public static int? PersonOf(EquatableArray<int> people, int i) => i < people.Count && people[i] >= 0 ? people[i] : null;

    /// <summary>One record's evidence. Positions only, never a file path, so the bytes do not depend on the machine.</summary>
    public static string Evidence(EquatableArray<EvidenceModel> evidence)
    {
        var w = new PayloadWriter(PayloadFormat.EvidenceMarker, 64 + (evidence.Count * 48));
        w.List(evidence, EvidenceItem);
        return w.ToString();
    }

    /// <summary>A person: key, name, side, ranks, titles, spellings, then the indexes of the person's dialogues.</summary>
    public static string Person(PersonModel p)
    {
        var w = new PayloadWriter(PayloadFormat.PersonMarker, 128);
        w.String(p.Key);
        w.String(p.Name);
        w.String(p.Side);
        w.Strings(p.Ranks);
        w.Strings(p.Titles);
        w.Strings(p.Spellings);
        w.List(p.Dialogues, static (w, d) => w.Int(d));
        return w.ToString();
    }

    // The tuples, each in the order and arity PayloadFormat documents.
    private static void Published(PayloadWriter w, YearMonthModel? published)
    {
        if (published is null)
        {
            w.Null();
            return;
        }

        w.List(PayloadFormat.YearMonthArity);
        w.Int(published.Year);
        w.Int(published.Month);
    }

    private static void HeldOn(PayloadWriter w, DateModel? heldOn)
    {
        if (heldOn is null)
        {
            w.Null();
            return;
        }

        w.List(PayloadFormat.PartialDateArity);
        w.Int(heldOn.Year);
        w.Int(heldOn.Month);
        w.Int(heldOn.Day);
    }

    private static void Partner(PayloadWriter w, PartnerModel p)
    {
        w.List(PayloadFormat.PartnerArity);
        w.String(p.Code);
        w.String(p.FrenchName);
        w.String(p.EnglishName);
        w.Int(p.IsOrganization ? 1 : 0);
    }

    private static void Participant(PayloadWriter w, ParticipantModel p, int? person)
    {
        w.List(PayloadFormat.ParticipantArity);
        w.String(p.Name);
        w.String(p.Side);
        w.String(p.Rank);
        w.Strings(p.Titles);
        w.Int(person);
    }

    private static void Anniversary(PayloadWriter w, AnniversaryModel a)
    {
        w.List(PayloadFormat.AnniversaryArity);
        w.Int(a.Years);
        w.String(a.Subject);
        w.Int(a.Since);
    }

    private static void EvidenceItem(PayloadWriter w, EvidenceModel e)
    {
        w.List(PayloadFormat.EvidenceItemArity);
        w.Int((int)e.Field);
        w.Int(e.Index);
        w.Int(e.Item);
        w.String(e.Value);
        w.String(e.Note);
        if (e.Span is not { } span)
        {
            w.Null();
            return;
        }

        w.List(PayloadFormat.EvidenceSpanArity);
        w.Int((int)span.Part);
        w.Int(span.PartIndex);
        w.Int(span.QuoteStart);
        w.Int(span.Quote.Length);
        w.Int(span.SentenceStart);
        w.Int(span.SentenceLength);
        w.String(span.PartText);
        w.Int(span.Location.StartLine);
        w.Int(span.Location.StartColumn);
        w.Int(span.Location.EndLine);
        w.Int(span.Location.EndColumn);
    }
}
