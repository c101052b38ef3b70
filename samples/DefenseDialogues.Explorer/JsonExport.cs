using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DefenseDialogues.Explorer
{
    /// <summary>
    /// Writes the JSON export of DATA-MODEL.md: an array ordered by id, camelCase fields,
    /// <c>null</c> for unknown scalars, <c>[]</c> for empty lists, enums as their names.
    /// </summary>
    internal static class JsonExport
    {
        private static readonly JsonWriterOptions Options = new()
        {
            Indented = true,
            // Accents, typographic apostrophes and non-Latin names are written as is, not as \uXXXX.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>Writes <paramref name="dialogues"/> as UTF-8 without BOM, followed by a newline.</summary>
        public static void Write(Stream output, IEnumerable<Dialogue> dialogues)
        {
            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartArray();
                foreach (var dialogue in dialogues.OrderBy(d => d.Id, StringComparer.Ordinal))
                {
                    WriteDialogue(json, dialogue);
                }

                json.WriteEndArray();
            }

            output.WriteByte((byte)'\n');
        }

        private static void WriteDialogue(Utf8JsonWriter json, Dialogue d)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("sourceFile", d.SourceFile);
            json.WriteString("published", d.Published?.ToString());

            json.WritePropertyName("heldOn");
            if (d.HeldOn is PartialDate heldOn)
            {
                json.WriteStartObject();
                WriteNumber(json, "year", heldOn.Year);
                WriteNumber(json, "month", heldOn.Month);
                WriteNumber(json, "day", heldOn.Day);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteString("headline", d.Headline);
            WriteStrings(json, "captions", d.Captions);
            json.WriteString("location", d.Location);
            json.WriteString("partner", d.Partner?.Code);
            WriteStrings(json, "partners", d.Partners.Select(p => p.Code));
            json.WriteString("kind", d.Kind.ToString());
            WriteNumber(json, "edition", d.Edition);

            json.WriteStartArray("participants");
            foreach (var participant in d.Participants)
            {
                json.WriteStartObject();
                json.WriteString("name", participant.Name);
                json.WriteString("side", participant.Side);
                json.WriteString("rank", participant.Rank);
                WriteStrings(json, "titles", participant.Titles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "topics", d.Topics.Select(t => t.ToString()));
            WriteStrings(json, "legalReferences", d.LegalReferences.Select(r => r.ToString()));

            json.WriteStartArray("anniversaries");
            foreach (var anniversary in d.Anniversaries)
            {
                json.WriteStartObject();
                json.WriteNumber("years", anniversary.Years);
                json.WriteString("subject", anniversary.Subject);
                WriteNumber(json, "since", anniversary.Since);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("partnership", d.Partnership?.ToString());
            json.WriteString("source", d.Source);
            WriteStrings(json, "paragraphs", d.Paragraphs);
            WriteEvidence(json, d.Evidence);
            json.WriteEndObject();
        }

        /// <summary>
        /// The <c>evidence</c> object (an extra field DATA-MODEL.md allows): per field, where each value was
        /// read (one-based line and columns in the .txt, the words, the sentence) or why it is unknown.
        /// Lists are aligned with the record's lists.
        /// </summary>
        private static void WriteEvidence(Utf8JsonWriter json, DialogueEvidence e)
        {
            json.WriteStartObject("evidence");
            WriteEvidence(json, "published", e.Published);
            WriteEvidence(json, "heldOn", e.HeldOn);
            WriteEvidence(json, "location", e.Location);
            WriteEvidenceList(json, "partners", e.Partners);
            WriteEvidence(json, "kind", e.Kind);
            WriteEvidence(json, "edition", e.Edition);
            json.WriteStartArray("participants");
            foreach (var p in e.Participants)
            {
                json.WriteStartObject();
                WriteEvidence(json, "name", p.Name);
                WriteEvidence(json, "rank", p.Rank);
                WriteEvidenceList(json, "titles", p.Titles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteEvidenceList(json, "topics", e.Topics);
            WriteEvidenceList(json, "legalReferences", e.LegalReferences);
            WriteEvidenceList(json, "anniversaries", e.Anniversaries);
            WriteEvidence(json, "partnership", e.Partnership);
            WriteEvidence(json, "source", e.Source);
            json.WriteEndObject();
        }

        private static void WriteEvidenceList(Utf8JsonWriter json, string name, IReadOnlyList<Evidence> items)
        {
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                WriteEvidenceValue(json, item);
            }

            json.WriteEndArray();
        }

        private static void WriteEvidence(Utf8JsonWriter json, string name, Evidence e)
        {
            json.WritePropertyName(name);
            WriteEvidenceValue(json, e);
        }

        private static void WriteEvidenceValue(Utf8JsonWriter json, Evidence e)
        {
            json.WriteStartObject();
            json.WriteString("value", e.Value);
            if (e.Span is SourceSpan span)
            {
                json.WriteString("part", e.Part.ToString());
                json.WriteNumber("line", span.StartLine);
                json.WriteNumber("column", span.StartColumn);
                json.WriteNumber("endLine", span.EndLine);
                json.WriteNumber("endColumn", span.EndColumn);
                json.WriteString("quote", e.Quote);
                json.WriteString("sentence", e.Sentence);
            }

            json.WriteString("note", e.Note);
            json.WriteEndObject();
        }

        private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
        {
            if (value is int known)
            {
                json.WriteNumber(name, known);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }
}
