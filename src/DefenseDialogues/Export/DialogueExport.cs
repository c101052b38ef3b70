using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DefenseDialogues.Export
{
    /// <summary>
    /// The dataset out, in the formats analysts load: JSON in the data model's shape (an array ordered by
    /// id, camelCase fields, null for unknown scalars, [] for empty lists, enums by name) and CSV tables
    /// (dialogues, participants, topics) that pandas or a spreadsheet read as they are.
    /// </summary>
    public static class DialogueExport
    {
        /// <summary>The CSV files <see cref="WriteCsv(string, IEnumerable{Dialogue})"/> writes.</summary>
        public const string DialoguesCsv = "dialogues.csv";

        /// <summary>One row per participant of each dialogue.</summary>
        public const string ParticipantsCsv = "participants.csv";

        /// <summary>One row per topic of each dialogue.</summary>
        public const string TopicsCsv = "topics.csv";

        /// <summary>Separates the items of a list held in one CSV cell (partners, titles, …).</summary>
        public const string ListSeparator = "|";

        private static readonly DialogueJsonContext s_json = new DialogueJsonContext(new JsonSerializerOptions
        {
            WriteIndented = true,

            // Accents, typographic apostrophes and non-Latin names are written as is, not as \uXXXX.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        /// <summary>The export record of <paramref name="dialogue"/>, with its evidence when <paramref name="includeEvidence"/>.</summary>
        /// <param name="dialogue">A dialogue of the dataset.</param>
        /// <param name="includeEvidence">Whether to add where each value was read (decodes the dialogue's evidence).</param>
        /// <returns>The record, plain values only.</returns>
        public static DialogueRecord ToRecord(Dialogue dialogue, bool includeEvidence = false)
        {
            var d = Guard.NotNull(dialogue, nameof(dialogue));
            return new DialogueRecord
            {
                Id = d.Id,
                SourceFile = d.SourceFile,
                Published = d.Published?.ToString(),
                HeldOn = d.HeldOn is PartialDate date ? new DateRecord { Year = date.Year, Month = date.Month, Day = date.Day } : null,
                Headline = d.Headline,
                Captions = d.Captions.ToArray(),
                Location = d.Location,
                Partner = d.Partner?.Code,
                Partners = d.Partners.Select(p => p.Code).ToArray(),
                Kind = d.Kind.ToString(),
                Edition = d.Edition,
                Participants = d.Participants.Select(p => new ParticipantRecord { Name = p.Name, Side = p.Side, Rank = p.Rank, Titles = p.Titles.ToArray() }).ToArray(),
                Topics = d.Topics.Select(t => t.ToString()).ToArray(),
                LegalReferences = d.LegalReferences.Select(r => r.ToString()).ToArray(),
                Anniversaries = d.Anniversaries.Select(a => new AnniversaryRecord { Years = a.Years, Subject = a.Subject, Since = a.Since }).ToArray(),
                Partnership = d.Partnership?.ToString(),
                Source = d.Source,
                Paragraphs = d.Paragraphs.ToArray(),
                Evidence = includeEvidence ? EvidenceOf(d.Evidence) : null,
            };
        }

        /// <summary>The export records of <paramref name="dialogues"/>, ordered by id (ordinal).</summary>
        /// <param name="dialogues">Dialogues of the dataset, e.g. <c>Dialogues.All</c> or an index's result.</param>
        /// <param name="includeEvidence">Whether to add where each value was read.</param>
        /// <returns>The records.</returns>
        public static IReadOnlyList<DialogueRecord> ToRecords(IEnumerable<Dialogue> dialogues, bool includeEvidence = false)
            => Guard.NotNull(dialogues, nameof(dialogues)).OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => ToRecord(d, includeEvidence)).ToArray();

        /// <summary>Writes <paramref name="dialogues"/> as a JSON array (UTF-8, no BOM, <c>\n</c> line ends, a final newline).</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        /// <param name="includeEvidence">Whether to add each record's <c>evidence</c> object.</param>
        public static void WriteJson(Stream output, IEnumerable<Dialogue> dialogues, bool includeEvidence = false)
        {
            Guard.NotNull(output, nameof(output));
            var text = ToJson(dialogues, includeEvidence);
            var bytes = new UTF8Encoding(false).GetBytes(text);
            output.Write(bytes, 0, bytes.Length);
        }

        /// <summary>The JSON text <see cref="WriteJson"/> writes.</summary>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        /// <param name="includeEvidence">Whether to add each record's <c>evidence</c> object.</param>
        /// <returns>The JSON array, with <c>\n</c> line ends and a final newline, the same on every OS.</returns>
        public static string ToJson(IEnumerable<Dialogue> dialogues, bool includeEvidence = false)
        {
            var json = JsonSerializer.Serialize(ToRecords(dialogues, includeEvidence), s_json.IReadOnlyListDialogueRecord);

            // The writer ends lines with Environment.NewLine; the export is the same bytes on every OS.
            return json.Replace("\r\n", "\n") + "\n";
        }

        /// <summary>
        /// Writes <see cref="DialoguesCsv"/>, <see cref="ParticipantsCsv"/> and <see cref="TopicsCsv"/> into
        /// <paramref name="directory"/> (created if missing; UTF-8 without BOM).
        /// </summary>
        /// <param name="directory">The folder to write into.</param>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        /// <returns>The paths written.</returns>
        public static IReadOnlyList<string> WriteCsv(string directory, IEnumerable<Dialogue> dialogues)
        {
            Guard.NotNull(directory, nameof(directory));
            var records = ToRecords(dialogues);
            Directory.CreateDirectory(directory);
            var paths = new[] { Path.Combine(directory, DialoguesCsv), Path.Combine(directory, ParticipantsCsv), Path.Combine(directory, TopicsCsv) };
            var writers = new Action<TextWriter, IReadOnlyList<DialogueRecord>>[] { WriteDialogues, WriteParticipants, WriteTopics };
            for (var i = 0; i < paths.Length; i++)
            {
                using (var writer = new StreamWriter(paths[i], append: false, new UTF8Encoding(false)))
                {
                    writers[i](writer, records);
                }
            }

            return paths;
        }

        /// <summary>
        /// The dialogues table: one row per dialogue, ordered by id. Columns: id, sourceFile, published,
        /// heldOn (<c>2024-02-27</c>, <c>2024-02</c>, or <c>--12-05</c> with no year), heldOnYear, heldOnMonth,
        /// heldOnDay, headline, location, partner, partners, kind, edition, participants (count), topics,
        /// legalReferences, partnership, source. Lists are joined with <see cref="ListSeparator"/>.
        /// </summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        public static void WriteDialoguesCsv(TextWriter output, IEnumerable<Dialogue> dialogues)
            => WriteDialogues(Guard.NotNull(output, nameof(output)), ToRecords(dialogues));

        /// <summary>
        /// The participants table: one row per participant. Columns: dialogueId, index (0-based, as in
        /// <c>Participants</c>), name, side, rank, titles (joined with <see cref="ListSeparator"/>).
        /// </summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        public static void WriteParticipantsCsv(TextWriter output, IEnumerable<Dialogue> dialogues)
            => WriteParticipants(Guard.NotNull(output, nameof(output)), ToRecords(dialogues));

        /// <summary>The topics table: one row per topic of each dialogue. Columns: dialogueId, topic.</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="dialogues">Dialogues of the dataset.</param>
        public static void WriteTopicsCsv(TextWriter output, IEnumerable<Dialogue> dialogues)
            => WriteTopics(Guard.NotNull(output, nameof(output)), ToRecords(dialogues));

        private static void WriteDialogues(TextWriter output, IReadOnlyList<DialogueRecord> records)
        {
            Row(output, "id", "sourceFile", "published", "heldOn", "heldOnYear", "heldOnMonth", "heldOnDay", "headline", "location",
                "partner", "partners", "kind", "edition", "participants", "topics", "legalReferences", "partnership", "source");
            foreach (var r in records)
            {
                Row(output, r.Id, r.SourceFile, r.Published, DateText(r.HeldOn), Number(r.HeldOn?.Year), Number(r.HeldOn?.Month), Number(r.HeldOn?.Day),
                    r.Headline, r.Location, r.Partner, List(r.Partners), r.Kind, Number(r.Edition), Number(r.Participants.Count),
                    List(r.Topics), List(r.LegalReferences), r.Partnership, r.Source);
            }
        }

        private static void WriteParticipants(TextWriter output, IReadOnlyList<DialogueRecord> records)
        {
            Row(output, "dialogueId", "index", "name", "side", "rank", "titles");
            foreach (var r in records)
            {
                for (var i = 0; i < r.Participants.Count; i++)
                {
                    var p = r.Participants[i];
                    Row(output, r.Id, Number(i), p.Name, p.Side, p.Rank, List(p.Titles));
                }
            }
        }

        private static void WriteTopics(TextWriter output, IReadOnlyList<DialogueRecord> records)
        {
            Row(output, "dialogueId", "topic");
            foreach (var r in records)
            {
                foreach (var topic in r.Topics)
                {
                    Row(output, r.Id, topic);
                }
            }
        }

        /// <summary>One RFC 4180 row: a field holding a comma, quote, CR or LF is quoted (quotes doubled); CRLF ends it.</summary>
        private static void Row(TextWriter output, params string?[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                var field = fields[i] ?? string.Empty;
                if (field.IndexOfAny(CsvSpecials) >= 0)
                {
                    output.Write('"');
                    output.Write(field.Replace("\"", "\"\""));
                    output.Write('"');
                }
                else
                {
                    output.Write(field);
                }
            }

            output.Write("\r\n");
        }

        private static readonly char[] CsvSpecials = { ',', '"', '\r', '\n' };

        private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

        private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

        /// <summary>The ISO 8601 form of the known parts, as <see cref="PartialDate.ToString"/> writes it.</summary>
        private static string? DateText(DateRecord? date)
            => date is null ? null : new PartialDate(date.Year, date.Month, date.Day).ToString();

        private static DialogueEvidenceRecord EvidenceOf(DialogueEvidence e) => new DialogueEvidenceRecord
        {
            Published = ToRecord(e.Published),
            HeldOn = ToRecord(e.HeldOn),
            Location = ToRecord(e.Location),
            Partners = e.Partners.Select(ToRecord).ToArray(),
            Kind = ToRecord(e.Kind),
            Edition = ToRecord(e.Edition),
            Participants = e.Participants.Select(p => new ParticipantEvidenceRecord { Name = ToRecord(p.Name), Rank = ToRecord(p.Rank), Titles = p.Titles.Select(ToRecord).ToArray() }).ToArray(),
            Topics = e.Topics.Select(ToRecord).ToArray(),
            LegalReferences = e.LegalReferences.Select(ToRecord).ToArray(),
            Anniversaries = e.Anniversaries.Select(ToRecord).ToArray(),
            Partnership = ToRecord(e.Partnership),
            Source = ToRecord(e.Source),
        };

        private static EvidenceRecord ToRecord(Evidence e) => e.Span is SourceSpan span
            ? new EvidenceRecord
            {
                Value = e.Value,
                Part = e.Part?.ToString(),
                Line = span.StartLine,
                Column = span.StartColumn,
                EndLine = span.EndLine,
                EndColumn = span.EndColumn,
                Quote = e.Quote,
                Sentence = e.Sentence,
                Note = e.Note,
            }
            : new EvidenceRecord { Value = e.Value, Note = e.Note };
    }
}
