using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats the <c>Meetings</c> class: the meetings the articles report (one member each, its doc comment
/// listing its articles), their timeline, the meeting-level lookups and the dialogue series. Each meeting is a
/// payload decoded on first access; the lookups go through the <c>Dialogues</c> indexes computed at build time.
/// </summary>
internal static class MeetingsEmitter
{
    public const string HintName = "Meetings.g.cs";

    private const string Meeting = "global::DefenseDialogues.Meeting";
    private const string List = "global::System.Collections.Generic.IReadOnlyList<global::DefenseDialogues.Meeting>";
    private const string SeriesList = "global::System.Collections.Generic.IReadOnlyList<global::DefenseDialogues.DialogueSeries>";

    public static string Emit(MeetingsPlanModel model, GeneratorOptions options, EmitTarget target)
    {
        var count = model.Meetings.Count;
        var q = target.SupportsNullable ? "?" : string.Empty;
        var w = GeneratedFile.Open(
            options,
            target,
            $"The {GeneratedFile.Number(count)} meetings the articles report: articles about one meeting grouped at build time, with their merged facts and who stated each.",
            "Meetings");
        w.Line($"/// <summary>The number of meetings: {GeneratedFile.Number(count)}.</summary>");
        w.Line($"public const int Count = {GeneratedFile.Number(count)};");
        w.Line();
        w.Line("private static readonly global::DefenseDialogues.Storage.MeetingList s_store = new global::DefenseDialogues.Storage.MeetingList(MeetingPayloads(), () => Dialogues.All, MeetingIndex.MeetingOf, MeetingIndex.Timeline);");
        w.Line("private static readonly global::DefenseDialogues.Storage.SeriesList s_series = new global::DefenseDialogues.Storage.SeriesList(s_store, MeetingIndex.Series);");
        w.Line();
        w.Line("/// <summary>Every meeting, ordered by its first article's id; each is decoded on first access.</summary>");
        w.Line($"public static {List} All => s_store;");
        w.Line();
        w.Line("/// <summary>Every meeting in date order: each once, however many articles report it.</summary>");
        w.Line($"public static {List} Timeline => s_store.Timeline;");
        w.Line();
        w.Line("/// <summary>The meeting <paramref name=\"dialogue\"/> reports (as <c>Dialogue.Meeting</c>), or null for a dialogue of another dataset.</summary>");
        w.Line("/// <param name=\"dialogue\">A dialogue of <c>Dialogues.All</c>.</param>");
        w.Line($"public static {Meeting}{q} Of(global::DefenseDialogues.Dialogue{q} dialogue) => s_store.Of(dialogue);");
        w.Line();
        w.Line("/// <summary>The meetings with <paramref name=\"partner\"/> (any of their partners), in date order.</summary>");
        w.Line("/// <param name=\"partner\">A partner, e.g. <c>Partners.Japan</c>.</param>");
        w.Line($"public static {List} With(global::DefenseDialogues.Partner{q} partner) => s_store.Of(Dialogues.With(partner));");
        w.Line();
        w.Line("/// <summary>The meetings held in <paramref name=\"year\"/> (an article dated that year reports it), in date order.</summary>");
        w.Line("/// <param name=\"year\">A year, e.g. 2025.</param>");
        w.Line($"public static {List} InYear(int year) => s_store.Of(Dialogues.InYear(year));");
        w.Line();
        w.Line("/// <summary>The meetings an article mentions <paramref name=\"topic\"/> about, in date order.</summary>");
        w.Line("/// <param name=\"topic\">A topic.</param>");
        w.Line($"public static {List} About(global::DefenseDialogues.Topic topic) => s_store.Of(Dialogues.About(topic));");
        w.Line();
        w.Line("/// <summary>The meetings <paramref name=\"person\"/> took part in, in date order.</summary>");
        w.Line("/// <param name=\"person\">A person, e.g. from <c>People</c>.</param>");
        w.Line($"public static {List} Involving(global::DefenseDialogues.Person{q} person) => s_store.Of(Dialogues.Involving(person));");
        w.Line();
        w.Line("/// <summary>The dialogue series (one mechanism with one counterpart), ordered by partner code.</summary>");
        w.Line("/// <remarks>");
        foreach (var label in model.SeriesLabels)
        {
            w.Line("/// <para>" + CSharpLiteral.XmlDocText(label) + "</para>");
        }

        w.Line("/// </remarks>");
        w.Line($"public static {SeriesList} Series => s_series;");
        w.Line();
        w.Line("/// <summary>The dialogue series with <paramref name=\"partner\"/>.</summary>");
        w.Line("/// <param name=\"partner\">A partner, e.g. <c>Partners.Japan</c>.</param>");
        w.Line($"public static {SeriesList} SeriesWith(global::DefenseDialogues.Partner{q} partner) => s_series.With(partner);");
        w.Line();
        w.Line("/// <summary>The meeting of the dialogue at <paramref name=\"index\"/> of <c>Dialogues.All</c>: what <c>Dialogue.Meeting</c> returns.</summary>");
        w.Line($"internal static {Meeting} OfDialogue(int index) => s_store.OfDialogue(index);");

        var payloads = new string[count];
        for (var m = 0; m < count; m++)
        {
            var entry = model.Meetings[m];
            w.Line();
            // The article links carry the rest (IntelliSense shows each record's own summary): one line for a
            // meeting reported once, a line per article with what it states for one reported several times.
            if (entry.Articles.Count == 1)
            {
                w.Line("/// <summary>" + CSharpLiteral.XmlDocText(entry.Summary) + ": <see cref=\"Dialogues." + entry.Articles[0] + "\"/>.</summary>");
            }
            else
            {
                w.Line("/// <summary>" + CSharpLiteral.XmlDocText(entry.Summary) + ".</summary>");
                w.Line("/// <remarks>");
                for (var i = 0; i < entry.Articles.Count; i++)
                {
                    w.Line("/// <para><see cref=\"Dialogues." + entry.Articles[i] + "\"/>: " + CSharpLiteral.XmlDocText(entry.Sources[i]) + "</para>");
                }

                w.Line("/// </remarks>");
            }

            w.Line($"public static {Meeting} {entry.Name} => s_store[{GeneratedFile.Number(m)}];");
            payloads[m] = entry.Payload;
        }

        w.Line();
        w.Line("private static class MeetingIndex");
        w.Open();
        w.Line($"internal static readonly int[] MeetingOf = {DialoguesEmitter.IntArray(model.MeetingOf)};");
        w.Line($"internal static readonly int[] Timeline = {DialoguesEmitter.IntArray(model.Timeline)};");
        w.Line("internal static readonly int[][] Series = new int[][]");
        w.Open();
        foreach (var series in model.Series)
        {
            w.Line(DialoguesEmitter.IntArray(series) + ",");
        }

        w.Close("};");
        w.Close();
        w.Line();
        PayloadChunks.Emit(w, "Meeting", payloads, target);
        return GeneratedFile.Close(w);
    }
}
