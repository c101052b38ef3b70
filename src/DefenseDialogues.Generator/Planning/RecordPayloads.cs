using System;
using System.Collections.Generic;
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
    /// With <paramref name="textApart"/> the paragraphs are stored as a run of their UTF-8 lengths, their
    /// bytes in the record's entry of a text table (<see cref="Text"/>), so they can be deflated apart from
    /// the fields: reading a record's fields then inflates nothing.
    /// </summary>
    public static string Dialogue(DialogueModel d, EquatableArray<int> people, bool textApart = false)
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
        if (textApart)
        {
            var lengths = new int[d.Paragraphs.Count];
            for (var i = 0; i < lengths.Length; i++)
            {
                lengths[i] = System.Text.Encoding.UTF8.GetByteCount(d.Paragraphs[i]);
            }

            w.IntRun(lengths);
        }
        else
        {
            w.Strings(d.Paragraphs);
        }

        return w.ToString();
    }

    /// <summary>A record's entry in the text table: its paragraphs, one after another, as <see cref="Dialogue"/> with text apart measured them.</summary>
    public static string Text(DialogueModel d) => string.Concat(d.Paragraphs);

    /// <summary>The person index written for participant <paramref name="i"/>, or null.</summary>
    public static int? PersonOf(EquatableArray<int> people, int i) => i < people.Count && people[i] >= 0 ? people[i] : null;

    /// <summary>
    /// One record's evidence (<see cref="PayloadFormat.EvidenceMarker"/>). Positions only, never a file path,
    /// so the bytes do not depend on the machine; what the reader can derive (a value equal to its quote,
    /// the previous span's sentence, a start in line with the part's last stored one, an end on the start's
    /// line) is flagged instead of stored, and each string is stored once per record.
    /// </summary>
    public static string Evidence(EquatableArray<EvidenceModel> evidence)
    {
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int StringRef(string text)
        {
            if (!stringIndex.TryGetValue(text, out var i))
            {
                i = strings.Count;
                strings.Add(text);
                stringIndex.Add(text, i);
            }

            return i;
        }

        var ints = new List<int>(1 + (evidence.Count * 8)) { evidence.Count };
        var partPositions = new Dictionary<(ArticlePart Part, int Index), (int Line, int Shift)>();
        EvidenceSpanModel? previous = null;
        foreach (var e in evidence)
        {
            var span = e.Span;
            var flags = EvidenceFlags.None;
            var named = -1;
            if (e.Value is not null)
            {
                flags |= span is not null && e.Value == span.Quote ? EvidenceFlags.ValueIsQuote
                    : EvidenceValueNames.TryNumber(e.Field, e.Value, out named) ? EvidenceFlags.ValueIsName
                    : EvidenceFlags.ValueStored;
            }

            if (e.Note is not null)
            {
                flags |= EvidenceFlags.NoteStored;
            }

            var sameSentence = false;
            var fromPart = false;
            if (span is not null)
            {
                flags |= EvidenceFlags.Span;
                sameSentence = previous is not null && previous.Part == span.Part && previous.PartIndex == span.PartIndex
                    && previous.SentenceStart == span.SentenceStart && previous.SentenceLength == span.SentenceLength;
                fromPart = partPositions.TryGetValue((span.Part, span.PartIndex), out var known)
                    && known.Line == span.Location.StartLine && known.Shift == span.Location.StartColumn - span.QuoteStart;
                flags |= sameSentence ? EvidenceFlags.SameSentence : 0;
                flags |= span.PartText is not null ? EvidenceFlags.PartTextStored : 0;
                flags |= fromPart ? EvidenceFlags.PositionFromPart : 0;
                flags |= span.Location.EndLine == span.Location.StartLine && span.Location.EndColumn == span.Location.StartColumn + span.Quote.Length
                    ? EvidenceFlags.EndOnStartLine : 0;
            }

            ints.Add((int)flags);
            ints.Add((int)e.Field);
            ints.Add(e.Index);
            ints.Add(e.Item);
            if ((flags & EvidenceFlags.ValueStored) != 0)
            {
                ints.Add(StringRef(e.Value!));
            }
            else if ((flags & EvidenceFlags.ValueIsName) != 0)
            {
                ints.Add(named);
            }

            if (e.Note is not null)
            {
                ints.Add(StringRef(e.Note));
            }

            if (span is null)
            {
                continue;
            }

            ints.Add((int)span.Part);
            ints.Add(span.PartIndex);
            ints.Add(span.QuoteStart);
            ints.Add(span.Quote.Length);
            if (!sameSentence)
            {
                ints.Add(span.SentenceStart);
                ints.Add(span.SentenceLength);
            }

            if (span.PartText is not null)
            {
                ints.Add(StringRef(span.PartText));
            }

            if (!fromPart)
            {
                ints.Add(span.Location.StartLine);
                ints.Add(span.Location.StartColumn);
                partPositions[(span.Part, span.PartIndex)] = (span.Location.StartLine, span.Location.StartColumn - span.QuoteStart);
            }

            if ((flags & EvidenceFlags.EndOnStartLine) == 0)
            {
                ints.Add(span.Location.EndLine);
                ints.Add(span.Location.EndColumn);
            }

            previous = span;
        }

        var w = new PayloadWriter(PayloadFormat.EvidenceMarker, 64 + (evidence.Count * 24));
        w.Strings(strings);
        w.IntRun(ints);
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
}
