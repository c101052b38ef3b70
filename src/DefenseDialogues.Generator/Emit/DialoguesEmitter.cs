using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats a <see cref="CorpusModel"/> as the C# of the <c>Dialogues</c> class. Only formatting:
/// every decision about the data was made by extraction. Each record is one payload in a table of
/// chunked literals (<see cref="PayloadChunks"/>: on C# 11+ string literals for the first blocks within
/// the string-heap budget and UTF-8 <c>u8</c> literals, which keep text out of that heap, for the rest;
/// plain string literals below C# 11), decoded on first access by the
/// runtime's <c>DialogueList</c>; no code is emitted per record but its named property. Records are
/// emitted in blocks of <see cref="RecordBlocks.BlockSize"/>, one file each, so an edit re-formats one block.
/// </summary>
internal static class DialoguesEmitter
{
    public const string HintName = "Dialogues.g.cs";

    private const string Dialogue = "global::DefenseDialogues.Dialogue";

    /// <summary>The hint name of block <paramref name="number"/>'s file.</summary>
    public static string BlockHintName(int number) => "Dialogues.Records." + GeneratedFile.Number(number) + ".g.cs";

    /// <summary>
    /// The main part of <c>Dialogues</c>: the list, the lookups by id and the three payload tables, whose
    /// chunks (one per block) are in the block files. It depends on the record count only.
    /// </summary>
    public static string Emit(int count, EmitSettings settings)
    {
        var target = settings.Target;
        var nullable = target.SupportsNullable;
        var w = GeneratedFile.Open(
            settings.Options,
            target,
            $"The defense dialogues extracted at build time from {Count(count, "article")}, ordered by id.",
            "Dialogues",
            $"DefenseDialogues: {Count(count, "article")}, stored as {(target.UsesMixedChunks ? "string literals (UTF-8 literals past DialoguesStringLiteralChars)" : target.UsesUtf8Literals ? "UTF-8 literals" : "string literals")} in blocks of {GeneratedFile.Number(RecordBlocks.BlockSize)} (Dialogues.Records.*.g.cs).");
        w.Line($"/// <summary>The number of dialogues: {GeneratedFile.Number(count)}.</summary>");
        w.Line($"public const int Count = {GeneratedFile.Number(count)};");
        w.Line();
        w.Line("private static readonly global::DefenseDialogues.Storage.DialogueList s_all = new global::DefenseDialogues.Storage.DialogueList(RecordPayloads(), TextPayloads(), new global::DefenseDialogues.Storage.EvidenceStore(EvidencePayloads()), () => People.All, Meetings.OfDialogue);");
        w.Line();
        w.Line("/// <summary>Every dialogue, ordered by id (ordinal); each is decoded on first access.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Dialogue}> All => s_all;");
        w.Line();
        w.Line("/// <summary>Finds the dialogue whose id (the article's file name without extension) is <paramref name=\"id\"/>.</summary>");
        w.Line("/// <param name=\"id\">The dialogue's id.</param>");
        if (nullable && !target.HasNotNullWhen)
        {
            // No usable NotNullWhenAttribute (netstandard2.0, net48): a non-null `out` keeps the checked
            // pattern `if (TryGet(id, out var d)) d.Id` warning-free, as [NotNullWhen(true)] does elsewhere.
            w.Line("/// <param name=\"dialogue\">The dialogue, when found; <see langword=\"null\"/> (despite its type, on this target) when not.</param>");
            w.Line("/// <returns><see langword=\"true\"/> when a dialogue has that id.</returns>");
            w.Line($"public static bool TryGet(string id, out {Dialogue} dialogue)");
            w.Open();
            w.Line($"{Dialogue}? found;");
            w.Line("var ok = s_all.TryGet(id, out found);");
            w.Line("dialogue = found!;");
            w.Line("return ok;");
            w.Close();
        }
        else
        {
            w.Line("/// <param name=\"dialogue\">The dialogue, when found.</param>");
            w.Line("/// <returns><see langword=\"true\"/> when a dialogue has that id.</returns>");
            var notNullWhen = nullable ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            w.Line($"public static bool TryGet(string id, {notNullWhen}out {Dialogue}{(nullable ? "?" : string.Empty)} dialogue) => s_all.TryGet(id, out dialogue);");
        }
        w.Line();
        w.Line("/// <summary>The dialogue whose id (the article's file name without extension) is <paramref name=\"id\"/>.</summary>");
        w.Line("/// <param name=\"id\">The dialogue's id.</param>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No dialogue has that id.</exception>");
        w.Line($"public static {Dialogue} Get(string id) => s_all.Get(id);");

        var starts = new List<int>();
        for (var first = 0; first < count; first += RecordBlocks.BlockSize)
        {
            starts.Add(first);
        }

        starts.Add(count);
        var form = PayloadChunks.RecordsForm(target);
        w.Line();
        PayloadChunks.Table(w, "Record", starts, form);
        w.Line();
        w.Line("// The records' paragraphs, apart from their fields: inflated on first read of a paragraph.");
        PayloadChunks.Table(w, "Text", starts, form);
        w.Line();
        w.Line("// Where each value was read: decoded on first access to a record's Evidence.");
        PayloadChunks.Table(w, "Evidence", starts, form);
        return GeneratedFile.Close(w);
    }

    /// <summary>One block's part of <c>Dialogues</c>: a named member per record, documented with its data, and the block's three chunks.</summary>
    public static string EmitBlock(RecordBlock block, EmitSettings settings)
    {
        var w = GeneratedFile.Open(settings.Options, settings.Target, summary: null, "Dialogues");
        var payloads = new string[block.Dialogues.Count];
        var text = new string[block.Dialogues.Count];
        var evidence = new string[block.Dialogues.Count];
        for (var i = 0; i < block.Dialogues.Count; i++)
        {
            var d = block.Dialogues[i];
            if (i > 0)
            {
                w.Line();
            }

            var mark = w.Length;
            try
            {
                DocComment(w, d);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                // One record's summary must not cost the block its file (and Dialogues.g.cs its chunk): keep a plain one.
                w.Truncate(mark);
                w.Line("/// <summary>Record " + CSharpLiteral.XmlDocText(d.Id) + " (its summary could not be written: " + ex.GetType().Name + ").</summary>");
            }

            w.Line($"public static {Dialogue} {block.Names[i]} => s_all[{GeneratedFile.Number(block.First + i)}];");
            payloads[i] = RecordPayloads.Dialogue(d, block.PersonLinks[i], textApart: true);
            text[i] = RecordPayloads.Text(d);
            evidence[i] = RecordPayloads.Evidence(d.Evidence);
        }

        // The block's chunks are string literals when the budget allows (StoragePlan.ChunksAsStrings), else u8.
        var target = settings.Target;
        var form = PayloadChunks.RecordsForm(target);
        var chunks = new[] { EncodedChunk.Of(payloads), EncodedChunk.Of(text), EncodedChunk.Of(evidence) };
        var asStrings = form == ChunkForm.String
            || (form == ChunkForm.Mixed && StoragePlan.ChunksAsStrings(block.Number, (long)chunks[0].StringChars + chunks[1].StringChars + chunks[2].StringChars, settings.Options.StringLiteralChars));
        w.Line();
        PayloadChunks.Literal(w, "Record", block.Number, chunks[0], form, target.HasMixedChunks, asStrings);
        w.Line();
        PayloadChunks.Literal(w, "Text", block.Number, chunks[1], form, target.HasMixedChunks, asStrings);
        w.Line();
        PayloadChunks.Literal(w, "Evidence", block.Number, chunks[2], form, target.HasMixedChunks, asStrings);
        return GeneratedFile.Close(w);
    }

    /// <summary>The member's doc comment: what IntelliSense shows on hover.</summary>
    private static void DocComment(SourceWriter w, DialogueModel d)
    {
        var partners = new List<string>();
        foreach (var p in d.Partners)
        {
            partners.Add(p.EnglishName);
        }

        var summary = new StringBuilder("Vietnam \u2013 ")
            .Append(partners.Count == 0 ? "unknown partner" : string.Join(", ", partners))
            .Append(", ").Append(d.Kind.ToString())
            .Append(d.Edition is { } edition ? " #" + edition.ToString(CultureInfo.InvariantCulture) : string.Empty)
            .Append(", ").Append(d.DateText())
            .Append(", ").Append(d.Location ?? "place unknown").Append('.');
        w.Line("/// <summary>" + CSharpLiteral.XmlDocText(summary.ToString()) + "</summary>");
        // One line per fact, ended by <br/> rather than each in a <para> element: QuickInfo shows the same
        // lines, and a corpus of 10,000 has 40 % fewer doc-comment nodes to parse, walk and write to XML.
        var lines = new List<string>();
        var headline = d.Headline ?? (d.Captions.IsEmpty ? null : d.Captions[0]) ?? (d.Paragraphs.IsEmpty ? null : d.Paragraphs[0]);
        if (headline is not null)
        {
            lines.Add(CSharpLiteral.XmlDocText(Shorten(headline, MaxHeadline)));
        }

        if (!d.Participants.IsEmpty)
        {
            var people = new List<string>();
            foreach (var p in d.Participants)
            {
                people.Add(p.Side is null ? p.Name : p.Name + " (" + p.Side + ")");
            }

            lines.Add("Participants: " + CSharpLiteral.XmlDocText(string.Join(", ", people)) + ".");
        }

        if (!d.Topics.IsEmpty)
        {
            // The first few name the record's subject; all of them are one call away (dialogue.Topics).
            var topics = new List<string>();
            for (var t = 0; t < d.Topics.Count && t < MaxTopics; t++)
            {
                topics.Add(d.Topics[t].ToString());
            }

            var more = d.Topics.Count - topics.Count;
            lines.Add("Topics: " + string.Join(", ", topics) + (more > 0 ? " and " + GeneratedFile.Number(more) + " more" : string.Empty) + ".");
        }

        // Each supporting sentence once: a date and a partner read from one sentence quote it once.
        var quoted = new HashSet<(ArticlePart, int, int)>();
        Quote(lines, d, EvidenceField.HeldOn, "Date", quoted);
        Quote(lines, d, EvidenceField.Location, "Place", quoted);
        Quote(lines, d, EvidenceField.Partner, "Partner", quoted);
        if (!string.Equals(d.SourceFile, d.Id + ".txt", System.StringComparison.Ordinal))
        {
            // The member's name says the id; the file is named only when it is not the id's .txt.
            lines.Add("Source: " + CSharpLiteral.XmlDocText(d.SourceFile));
        }

        Remarks(w, lines);
    }

    /// <summary>A <c>&lt;remarks&gt;</c> of one line per entry, <c>&lt;br/&gt;</c> between them (none when empty).</summary>
    internal static void Remarks(SourceWriter w, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        w.Line("/// <remarks>");
        for (var i = 0; i < lines.Count; i++)
        {
            w.Line("/// " + lines[i] + (i < lines.Count - 1 ? "<br/>" : string.Empty));
        }

        w.Line("/// </remarks>");
    }

    /// <summary>
    /// The words a value was read from, their line and column and a window of their sentence, so hovering
    /// the member shows why (<c>Date 2024-06-04, “mardi 4 juin” at 3:40: “…a reçu mardi 4 juin…”</c>); how
    /// it was inferred when it was.
    /// </summary>
    private static void Quote(List<string> lines, DialogueModel d, EvidenceField field, string label, HashSet<(ArticlePart Part, int Index, int SentenceStart)> quoted)
    {
        foreach (var e in d.Evidence)
        {
            if (e.Field != field || e.Index != 0 || e.Value is null)
            {
                continue;
            }

            var text = new StringBuilder(label).Append(' ').Append(e.Value);
            if (e.Span is { } span)
            {
                // "at 3:41": line and column, one-based, as compilers print a position.
                text.Append(", \u201C").Append(Shorten(span.Quote, MaxWords)).Append("\u201D at ")
                    .Append((span.Location.StartLine + 1).ToString(CultureInfo.InvariantCulture))
                    .Append(':').Append((span.Location.StartColumn + 1).ToString(CultureInfo.InvariantCulture));
                // One sentence once, whatever window of it each value would show.
                text.Append(quoted.Add((span.Part, span.PartIndex, span.SentenceStart)) ? ": " + SentenceAround(d, span, MaxQuote) : " (same sentence)");
            }

            if (e.Note is not null)
            {
                text.Append(" [").Append(e.Note).Append(']');
            }

            lines.Add(CSharpLiteral.XmlDocText(text.ToString()));
            return;
        }
    }

    // Enough of a sentence to see why on hover: the words read and a few around them, under a line of a
    // tooltip. The sentence itself is one call away (dialogue.Evidence), so the source does not carry it a
    // second time (issue 17: doc comments were 0.47 bytes per text byte with 100-character windows,
    // every topic and the file name; 0.38 with 64).
    private const int MaxQuote = 56;

    // The words read, as quoted before their sentence.
    private const int MaxWords = 40;

    // The headline identifies the record; past this it is cut at a word.
    private const int MaxHeadline = 120;

    // Topics named in the doc comment; the rest are counted.
    private const int MaxTopics = 4;

    /// <summary>The supporting sentence, or a window of it around the quote when it is long.</summary>
    private static string SentenceAround(DialogueModel d, EvidenceSpanModel span, int max)
    {
        var sentence = SentenceOf(d, span);
        var quoteAt = span.QuoteStart - span.SentenceStart;
        if (sentence.Length <= max || quoteAt < 0 || quoteAt > sentence.Length)
        {
            return "\u201C" + ShortenAtWord(sentence, max) + "\u201D";
        }

        var start = System.Math.Max(0, System.Math.Min(quoteAt - (max / 3), sentence.Length - max));

        // Open the window at a word's start when one is near; a text without spaces is cut where it falls.
        var word = start;
        while (word > 0 && word < sentence.Length && word - start < 40 && !char.IsWhiteSpace(sentence[word - 1]))
        {
            word++;
        }

        if (word < sentence.Length && (word == 0 || char.IsWhiteSpace(sentence[word - 1])))
        {
            start = word;
        }

        var window = ShortenAtWord(sentence.Substring(start), max);
        return "\u201C" + (start > 0 ? "\u2026" : string.Empty) + window + "\u201D";
    }

    private static string SentenceOf(DialogueModel d, EvidenceSpanModel span)
    {
        var text = span.PartText ?? span.Part switch
        {
            ArticlePart.Headline => d.Headline,
            ArticlePart.Paragraph => span.PartIndex < d.Paragraphs.Count ? d.Paragraphs[span.PartIndex] : null,
            ArticlePart.Caption => span.PartIndex < d.Captions.Count ? d.Captions[span.PartIndex] : null,
            _ => null,
        } ?? span.Quote;
        return span.SentenceStart + span.SentenceLength <= text.Length ? text.Substring(span.SentenceStart, span.SentenceLength) : span.Quote;
    }

    /// <summary>An <c>int[]</c> expression (C# 1 syntax, so any language version compiles it).</summary>
    internal static string IntArray(EquatableArray<int> values)
    {
        if (values.IsEmpty)
        {
            return "new int[0]";
        }

        var parts = new string[values.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = GeneratedFile.Number(values[i]);
        }

        return "new int[] { " + string.Join(", ", parts) + " }";
    }

    /// <summary>Like <see cref="Shorten"/>, but ends the text at a space when one is near the cut, so no word is halved.</summary>
    private static string ShortenAtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max - 1);
        return space > max - 25 ? text.Substring(0, space).TrimEnd() + "\u2026" : Shorten(text, max);
    }

    internal static string Shorten(string text, int max)
        => text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "\u2026";

    private static string Count(int n, string noun)
        => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
