using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DefenseDialogues.Export
{
    /// <summary>
    /// One dialogue in the export shape of the data model (DATA-MODEL.md): plain values only (codes and
    /// names as strings, no links between objects), so it serializes, deserializes and loads into other
    /// tools as it is. Made from a <see cref="Dialogue"/> by <see cref="DialogueExport.ToRecord(Dialogue, bool)"/>.
    /// </summary>
    public sealed class DialogueRecord
    {
        /// <summary>The file name without extension.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The file name with extension.</summary>
        [JsonPropertyName("sourceFile")]
        public string SourceFile { get; set; } = string.Empty;

        /// <summary><c>YYYY-MM</c> from the header, or null.</summary>
        [JsonPropertyName("published")]
        public string? Published { get; set; }

        /// <summary>The meeting date, each part null when unknown; null when no date was found.</summary>
        [JsonPropertyName("heldOn")]
        public DateRecord? HeldOn { get; set; }

        /// <summary>The title, or null.</summary>
        [JsonPropertyName("headline")]
        public string? Headline { get; set; }

        /// <summary>The photo captions, without their credit.</summary>
        [JsonPropertyName("captions")]
        public IReadOnlyList<string> Captions { get; set; } = new string[0];

        /// <summary>The city of the meeting (English name), or null.</summary>
        [JsonPropertyName("location")]
        public string? Location { get; set; }

        /// <summary>The primary counterpart's code (ISO 3166-1 alpha-2, or EU/ASEAN/NATO/UN), or null.</summary>
        [JsonPropertyName("partner")]
        public string? Partner { get; set; }

        /// <summary>Every counterpart's code, primary first.</summary>
        [JsonPropertyName("partners")]
        public IReadOnlyList<string> Partners { get; set; } = new string[0];

        /// <summary>The <see cref="DialogueKind"/> name.</summary>
        [JsonPropertyName("kind")]
        public string Kind { get; set; } = nameof(DialogueKind.Other);

        /// <summary>The ordinal of the dialogue series, or null.</summary>
        [JsonPropertyName("edition")]
        public int? Edition { get; set; }

        /// <summary>The people named in the story.</summary>
        [JsonPropertyName("participants")]
        public IReadOnlyList<ParticipantRecord> Participants { get; set; } = new ParticipantRecord[0];

        /// <summary>The <see cref="Topic"/> names, in list order.</summary>
        [JsonPropertyName("topics")]
        public IReadOnlyList<string> Topics { get; set; } = new string[0];

        /// <summary>The <see cref="LegalReference"/> names.</summary>
        [JsonPropertyName("legalReferences")]
        public IReadOnlyList<string> LegalReferences { get; set; } = new string[0];

        /// <summary>The anniversaries celebrated.</summary>
        [JsonPropertyName("anniversaries")]
        public IReadOnlyList<AnniversaryRecord> Anniversaries { get; set; } = new AnniversaryRecord[0];

        /// <summary>The <see cref="PartnershipLevel"/> name, or null.</summary>
        [JsonPropertyName("partnership")]
        public string? Partnership { get; set; }

        /// <summary>The agency credit, or null.</summary>
        [JsonPropertyName("source")]
        public string? Source { get; set; }

        /// <summary>The story's clean paragraphs.</summary>
        [JsonPropertyName("paragraphs")]
        public IReadOnlyList<string> Paragraphs { get; set; } = new string[0];

        /// <summary>Where each value was read (an extra field the data model allows); null (left out) unless asked for.</summary>
        [JsonPropertyName("evidence")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public DialogueEvidenceRecord? Evidence { get; set; }
    }

    /// <summary>A partial date: each part null when the article does not give it.</summary>
    public sealed class DateRecord
    {
        /// <summary>The year, or null.</summary>
        [JsonPropertyName("year")]
        public int? Year { get; set; }

        /// <summary>The month (1–12), or null.</summary>
        [JsonPropertyName("month")]
        public int? Month { get; set; }

        /// <summary>The day of the month, or null.</summary>
        [JsonPropertyName("day")]
        public int? Day { get; set; }
    }

    /// <summary>A participant: name as written, side, rank and titles.</summary>
    public sealed class ParticipantRecord
    {
        /// <summary>The name, most complete form in the article.</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The code of the country or organization represented (VN for Vietnam), or null.</summary>
        [JsonPropertyName("side")]
        public string? Side { get; set; }

        /// <summary>The military rank as written, or null.</summary>
        [JsonPropertyName("rank")]
        public string? Rank { get; set; }

        /// <summary>The functions.</summary>
        [JsonPropertyName("titles")]
        public IReadOnlyList<string> Titles { get; set; } = new string[0];
    }

    /// <summary>An anniversary: how many years of what, since when.</summary>
    public sealed class AnniversaryRecord
    {
        /// <summary>The number of years.</summary>
        [JsonPropertyName("years")]
        public int Years { get; set; }

        /// <summary>What is celebrated.</summary>
        [JsonPropertyName("subject")]
        public string Subject { get; set; } = string.Empty;

        /// <summary>The first year, or null.</summary>
        [JsonPropertyName("since")]
        public int? Since { get; set; }
    }

    /// <summary>The evidence of one record, field by field, aligned with the record's lists.</summary>
    public sealed class DialogueEvidenceRecord
    {
        /// <summary>Of <see cref="DialogueRecord.Published"/>.</summary>
        [JsonPropertyName("published")]
        public EvidenceRecord Published { get; set; } = new EvidenceRecord();

        /// <summary>Of <see cref="DialogueRecord.HeldOn"/>.</summary>
        [JsonPropertyName("heldOn")]
        public EvidenceRecord HeldOn { get; set; } = new EvidenceRecord();

        /// <summary>Of <see cref="DialogueRecord.Location"/>.</summary>
        [JsonPropertyName("location")]
        public EvidenceRecord Location { get; set; } = new EvidenceRecord();

        /// <summary>Of each of <see cref="DialogueRecord.Partners"/>.</summary>
        [JsonPropertyName("partners")]
        public IReadOnlyList<EvidenceRecord> Partners { get; set; } = new EvidenceRecord[0];

        /// <summary>Of <see cref="DialogueRecord.Kind"/>.</summary>
        [JsonPropertyName("kind")]
        public EvidenceRecord Kind { get; set; } = new EvidenceRecord();

        /// <summary>Of <see cref="DialogueRecord.Edition"/>.</summary>
        [JsonPropertyName("edition")]
        public EvidenceRecord Edition { get; set; } = new EvidenceRecord();

        /// <summary>Of each of <see cref="DialogueRecord.Participants"/>.</summary>
        [JsonPropertyName("participants")]
        public IReadOnlyList<ParticipantEvidenceRecord> Participants { get; set; } = new ParticipantEvidenceRecord[0];

        /// <summary>Of each of <see cref="DialogueRecord.Topics"/>.</summary>
        [JsonPropertyName("topics")]
        public IReadOnlyList<EvidenceRecord> Topics { get; set; } = new EvidenceRecord[0];

        /// <summary>Of each of <see cref="DialogueRecord.LegalReferences"/>.</summary>
        [JsonPropertyName("legalReferences")]
        public IReadOnlyList<EvidenceRecord> LegalReferences { get; set; } = new EvidenceRecord[0];

        /// <summary>Of each of <see cref="DialogueRecord.Anniversaries"/>.</summary>
        [JsonPropertyName("anniversaries")]
        public IReadOnlyList<EvidenceRecord> Anniversaries { get; set; } = new EvidenceRecord[0];

        /// <summary>Of <see cref="DialogueRecord.Partnership"/>.</summary>
        [JsonPropertyName("partnership")]
        public EvidenceRecord Partnership { get; set; } = new EvidenceRecord();

        /// <summary>Of <see cref="DialogueRecord.Source"/>.</summary>
        [JsonPropertyName("source")]
        public EvidenceRecord Source { get; set; } = new EvidenceRecord();
    }

    /// <summary>The evidence of one participant: name, rank and each title.</summary>
    public sealed class ParticipantEvidenceRecord
    {
        /// <summary>Of the name.</summary>
        [JsonPropertyName("name")]
        public EvidenceRecord Name { get; set; } = new EvidenceRecord();

        /// <summary>Of the rank.</summary>
        [JsonPropertyName("rank")]
        public EvidenceRecord Rank { get; set; } = new EvidenceRecord();

        /// <summary>Of each title.</summary>
        [JsonPropertyName("titles")]
        public IReadOnlyList<EvidenceRecord> Titles { get; set; } = new EvidenceRecord[0];
    }

    /// <summary>
    /// Where one value was read: the part of the article, one-based line and columns in the .txt (end
    /// exclusive), the words and the sentence; or, for a value not read, why (<see cref="Note"/>). The
    /// position fields are left out when the value has no place in the text.
    /// </summary>
    public sealed class EvidenceRecord
    {
        /// <summary>The value, as in the record, or null.</summary>
        [JsonPropertyName("value")]
        public string? Value { get; set; }

        /// <summary>The <see cref="ArticlePart"/> name.</summary>
        [JsonPropertyName("part")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Part { get; set; }

        /// <summary>One-based line of the first character.</summary>
        [JsonPropertyName("line")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Line { get; set; }

        /// <summary>One-based column of the first character.</summary>
        [JsonPropertyName("column")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Column { get; set; }

        /// <summary>One-based line of the end.</summary>
        [JsonPropertyName("endLine")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? EndLine { get; set; }

        /// <summary>One-based column just after the last character.</summary>
        [JsonPropertyName("endColumn")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? EndColumn { get; set; }

        /// <summary>The words read.</summary>
        [JsonPropertyName("quote")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Quote { get; set; }

        /// <summary>The sentence they were read in.</summary>
        [JsonPropertyName("sentence")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Sentence { get; set; }

        /// <summary>How the value was inferred, or why it is unknown; null for a value read as written.</summary>
        [JsonPropertyName("note")]
        public string? Note { get; set; }
    }
}
