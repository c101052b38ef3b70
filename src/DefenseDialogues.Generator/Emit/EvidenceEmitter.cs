using System.Text;
using static DefenseDialogues.Generator.Emit.PayloadWriter;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats each record's evidence as its own payload (the runtime's <c>EvidencePayload</c> format),
/// stored beside the record's payload in its block (<c>EvidenceChunk{n}</c>) and reached on first <c>dialogue.Evidence</c>,
/// so users who never ask for evidence never decode it. Quotes and sentences are offsets into the
/// record's own paragraphs, not copies.
/// </summary>
internal static class EvidenceEmitter
{
    public const string Version = "E2";

    /// <summary>The evidence payload of each record, in corpus order.</summary>
    public static string[] Payloads(CorpusModel corpus)
    {
        var payloads = new string[corpus.Dialogues.Count];
        for (var i = 0; i < payloads.Length; i++)
        {
            payloads[i] = Write(corpus.Dialogues[i].Evidence);
        }

        return payloads;
    }

    /// <summary>One record's evidence payload. Positions only, never a file path, so the bytes do not depend on the machine.</summary>
    public static string Write(EquatableArray<EvidenceModel> evidence)
    {
        var w = new StringBuilder(64 + (evidence.Count * 48));
        w.Append(Version);
        List(w, evidence.Count);
        foreach (var e in evidence)
        {
            // Same value syntax as the record's payload (PayloadWriter), another marker.
            List(w, 6);
            Int(w, (int)e.Field);
            Int(w, e.Index);
            Int(w, e.Item);
            String(w, e.Value);
            String(w, e.Note);
            if (e.Span is not { } span)
            {
                PayloadWriter.Null(w);
                continue;
            }

            List(w, 11);
            Int(w, (int)span.Part);
            Int(w, span.PartIndex);
            Int(w, span.QuoteStart);
            Int(w, span.Quote.Length);
            Int(w, span.SentenceStart);
            Int(w, span.SentenceLength);
            String(w, span.PartText);
            Int(w, span.Location.StartLine);
            Int(w, span.Location.StartColumn);
            Int(w, span.Location.EndLine);
            Int(w, span.Location.EndColumn);
        }

        return w.ToString();
    }
}
