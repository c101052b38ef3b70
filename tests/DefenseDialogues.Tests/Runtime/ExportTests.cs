extern alias runtime;

using System.Globalization;
using System.Text;
using System.Text.Json;
using DefenseDialogues.Tests.Infrastructure;
using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Export;

/// <summary>The library's export: JSON in the data model's shape, CSV tables that load as they are.</summary>
public class ExportTests
{
    private static readonly string[] ModelFields =
    [
        "id", "sourceFile", "published", "heldOn", "headline", "captions", "location", "partner", "partners", "kind", "edition",
        "participants", "topics", "legalReferences", "anniversaries", "partnership", "source", "paragraphs",
    ];

    private static IReadOnlyList<Dialogue> Seeds()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        return GeneratorHarness.LoadAll(output);
    }

    [Fact]
    public void Json_has_the_data_model_fields_in_order_with_nulls_and_empty_lists()
    {
        var json = DialogueExport.ToJson([DialogueSpec.Minimal(), DialogueSpec.Make(s => s.Id = "a")]);
        using var doc = JsonDocument.Parse(json);
        var records = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["000_975e3b2795ba872e", "a"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(ModelFields, records[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("heldOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("partner").ValueKind);
        Assert.Equal(0, records[0].GetProperty("partners").GetArrayLength());
        Assert.Equal("Other", records[0].GetProperty("kind").GetString());
        Assert.Equal(2023, records[1].GetProperty("heldOn").GetProperty("year").GetInt32());
        Assert.Equal("IT", records[1].GetProperty("partner").GetString());
        Assert.Equal("général de corps d'armée", records[1].GetProperty("participants")[0].GetProperty("rank").GetString());
        Assert.DoesNotContain("\\u00E9", json, StringComparison.Ordinal); // accents as they are
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("]\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reads_back_into_the_same_records_through_the_generated_metadata()
    {
        var seeds = Seeds();
        var json = DialogueExport.ToJson(seeds, includeEvidence: true);
        var back = JsonSerializer.Deserialize(json, DialogueJsonContext.Default.IReadOnlyListDialogueRecord)!;
        Assert.Equal(seeds.Count, back.Count);
        // Written again from the records read back (accents escaped by the default encoder, so compare the values).
        var again = JsonSerializer.Serialize(back, DialogueJsonContext.Default.IReadOnlyListDialogueRecord);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(again).RootElement));
        Assert.Equal("JP", back[1].Partner);
        Assert.Equal(173, back[1].Evidence!.HeldOn.Column);
        Assert.Null(back[3].HeldOn); // a seed with no meeting date
    }

    [Fact]
    public void Json_is_the_same_whatever_the_current_culture()
    {
        var seeds = Seeds();
        var invariant = DialogueExport.ToJson(seeds, includeEvidence: true);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(invariant, DialogueExport.ToJson(seeds, includeEvidence: true));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Csv_tables_hold_one_row_per_dialogue_participant_and_topic()
    {
        var seeds = Seeds();
        var dir = Path.Combine(Path.GetTempPath(), "dd-csv-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var paths = DialogueExport.WriteCsv(dir, seeds);
            Assert.Equal(["dialogues.csv", "participants.csv", "topics.csv"], paths.Select(Path.GetFileName));
            var dialogues = ParseCsv(File.ReadAllText(paths[0], Encoding.UTF8));
            var participants = ParseCsv(File.ReadAllText(paths[1], Encoding.UTF8));
            var topics = ParseCsv(File.ReadAllText(paths[2], Encoding.UTF8));

            Assert.Equal(seeds.Count + 1, dialogues.Count);
            Assert.Equal(seeds.Sum(d => d.Participants.Count) + 1, participants.Count);
            Assert.Equal(seeds.Sum(d => d.Topics.Count) + 1, topics.Count);
            Assert.All(dialogues, row => Assert.Equal(dialogues[0].Length, row.Length));

            var japan = dialogues.Single(r => r[0] == "001_b932cada2e88634b");
            var header = dialogues[0].ToList();
            Assert.Equal("2024-02-27", japan[header.IndexOf("heldOn")]);
            Assert.Equal("JP", japan[header.IndexOf("partner")]);
            Assert.Equal("PolicyDialogue", japan[header.IndexOf("kind")]);
            Assert.Equal("10", japan[header.IndexOf("edition")]);
            Assert.Equal(string.Join("|", seeds[1].Topics), japan[header.IndexOf("topics")]);
            Assert.Contains(participants, r => r[0] == "001_b932cada2e88634b" && r[2] == "Serizawa Kiyoshi" && r[3] == "JP");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Csv_quotes_what_must_be_quoted_and_nothing_else()
    {
        var tricky = DialogueSpec.Make(s =>
        {
            s.Headline = "Vietnam, Italie : \"partenaires\"\nsuite";
            s.Location = "Rome";
        });
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        DialogueExport.WriteDialoguesCsv(writer, [tricky]);
        var text = writer.ToString();
        Assert.Contains("\"Vietnam, Italie : \"\"partenaires\"\"\nsuite\"", text, StringComparison.Ordinal);
        Assert.Contains(",Rome,", text, StringComparison.Ordinal);
        var rows = ParseCsv(text);
        Assert.Equal("Vietnam, Italie : \"partenaires\"\nsuite", rows[1][rows[0].ToList().IndexOf("headline")]);
    }

    /// <summary>An RFC 4180 reader (as pandas and spreadsheets read): quoted fields, doubled quotes, CRLF rows.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
