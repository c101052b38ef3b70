using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Encodes a record in the payload format the runtime's <c>DialoguePayload.Decode</c> reads:
/// <c>D2</c>, then values: <c>~</c> null, <c>i123;</c> integer, <c>s5:Hanoi</c> string
/// (length in UTF-8 bytes, so the runtime slices the literal's bytes without decoding them),
/// <c>l2:</c> list of two values. Field order follows the <c>Dialogue</c> constructor; each
/// participant ends with the index of its corpus-wide person. Text is data here, never code: the emitter escapes the
/// whole payload as one literal.
/// </summary>
internal static class PayloadWriter
{
    public const string Version = "D2";

    /// <summary>The marker of a person payload (the runtime's <c>PersonList</c>).</summary>
    public const string PersonVersion = "P1";

    public static string Write(DialogueModel d, EquatableArray<int> people)
    {
        var w = new StringBuilder(256 + (d.Paragraphs.Count * 400));
        w.Append(Version);
        String(w, d.Id);
        String(w, d.SourceFile);
        if (d.Published is { } published)
        {
            List(w, 2);
            Int(w, published.Year);
            Int(w, published.Month);
        }
        else
        {
            Null(w);
        }

        if (d.HeldOn is { } heldOn)
        {
            List(w, 3);
            Int(w, heldOn.Year);
            Int(w, heldOn.Month);
            Int(w, heldOn.Day);
        }
        else
        {
            Null(w);
        }

        String(w, d.Headline);
        Strings(w, d.Captions);
        String(w, d.Location);
        List(w, d.Partners.Count);
        foreach (var p in d.Partners)
        {
            List(w, 4);
            String(w, p.Code);
            String(w, p.FrenchName);
            String(w, p.EnglishName);
            Int(w, p.IsOrganization ? 1 : 0);
        }

        Int(w, (int)d.Kind);
        Int(w, d.Edition);
        List(w, d.Participants.Count);
        for (var i = 0; i < d.Participants.Count; i++)
        {
            var p = d.Participants[i];
            List(w, 5);
            String(w, p.Name);
            String(w, p.Side);
            String(w, p.Rank);
            Strings(w, p.Titles);
            Int(w, i < people.Count && people[i] >= 0 ? people[i] : null);
        }

        List(w, d.Topics.Count);
        foreach (var t in d.Topics)
        {
            Int(w, (int)t);
        }

        List(w, d.LegalReferences.Count);
        foreach (var r in d.LegalReferences)
        {
            Int(w, (int)r);
        }

        List(w, d.Anniversaries.Count);
        foreach (var a in d.Anniversaries)
        {
            List(w, 3);
            Int(w, a.Years);
            String(w, a.Subject);
            Int(w, a.Since);
        }

        Int(w, d.Partnership is { } level ? (int)level : null);
        String(w, d.Source);
        Strings(w, d.Paragraphs);
        return w.ToString();
    }

    /// <summary>
    /// A person as the runtime's <c>PersonList</c> reads it: <c>P1</c>, key, name, side, ranks,
    /// titles, spellings, then the indexes of the person's dialogues.
    /// </summary>
    public static string Write(PersonModel p)
    {
        var w = new StringBuilder(128);
        w.Append(PersonVersion);
        String(w, p.Key);
        String(w, p.Name);
        String(w, p.Side);
        Strings(w, p.Ranks);
        Strings(w, p.Titles);
        Strings(w, p.Spellings);
        List(w, p.Dialogues.Count);
        foreach (var d in p.Dialogues)
        {
            Int(w, d);
        }

        return w.ToString();
    }

    internal static void Null(StringBuilder w) => w.Append('~');

    internal static void Int(StringBuilder w, int? value)
    {
        if (value is null)
        {
            Null(w);
            return;
        }

        w.Append('i').Append(value.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
    }

    internal static void String(StringBuilder w, string? value)
    {
        if (value is null)
        {
            Null(w);
            return;
        }

        // A lone surrogate has no UTF-8 form (a u8 literal would not compile): write U+FFFD, as a decoder would.
        var text = WellFormed(value);
        w.Append('s').Append(Encoding.UTF8.GetByteCount(text).ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
    }

    internal static void List(StringBuilder w, int count)
        => w.Append('l').Append(count.ToString(CultureInfo.InvariantCulture)).Append(':');

    internal static void Strings(StringBuilder w, EquatableArray<string> values)
    {
        List(w, values.Count);
        foreach (var value in values)
        {
            String(w, value);
        }
    }

    /// <summary><paramref name="value"/> with each lone surrogate replaced by U+FFFD.</summary>
    internal static string WellFormed(string value)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                fixedText?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                fixedText ??= new StringBuilder(value, 0, i, value.Length);
                fixedText.Append('\uFFFD');
                continue;
            }

            fixedText?.Append(c);
        }

        return fixedText?.ToString() ?? value;
    }
}
