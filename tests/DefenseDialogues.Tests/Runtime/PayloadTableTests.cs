extern alias runtime;

using System.Collections;
using System.Globalization;
using System.Text;
using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Storage;

/// <summary>
/// The storage behind generated datasets: payloads framed in a few chunks (UTF-8 literals or, below
/// C# 11, strings), records decoded on first access with their paragraphs left as UTF-8 until read,
/// ids read only for lookups, and participants linked to their person only when asked.
/// </summary>
public class PayloadTableTests
{
    private static readonly int[] ChunkStarts = [0, 256, 512, 600];

    private static Dialogue[] Records() => Enumerable.Range(0, 600)
        .Select(i => DialogueSpec.Make(s =>
        {
            s.Id = i.ToString("D4", CultureInfo.InvariantCulture) + "_é";
            s.SourceFile = s.Id + ".txt";
            s.Paragraphs = [$"Paragraphe {i} : coopération à Hà Nội \U0001F600.", new string('x', i)];
        }))
        .ToArray();

    // The generator's framing: each payload as "<UTF-8 byte length>:<payload>".
    private static string[] Chunks(Dialogue[] records) => ChunkStarts.Zip(ChunkStarts.Skip(1))
        .Select(range => string.Concat(records[range.First..range.Second].Select(d =>
        {
            var payload = Payloads.Of(d);
            return Encoding.UTF8.GetByteCount(payload).ToString(CultureInfo.InvariantCulture) + ":" + payload;
        })))
        .ToArray();

    [Fact]
    public void Records_are_read_across_chunks_from_utf8_and_from_string_chunks()
    {
        var records = Records();
        var chunks = Chunks(records);
        var bytes = chunks.Select(Encoding.UTF8.GetBytes).ToArray();
        var tables = new[]
        {
            new PayloadTable(ChunkStarts, c => bytes[c]),
            new PayloadTable(ChunkStarts, (Func<int, string>)(c => chunks[c])),
        };

        foreach (var table in tables)
        {
            var list = new DialogueList(table, null, null);
            Assert.Equal(600, list.Count);
            Assert.Equal(records, list);
            Assert.Same(list[300], list[300]);
            Assert.Equal(records[599].Paragraphs, list[599].Paragraphs);
            Assert.True(list.TryGet("0257_é", out var found));
            Assert.Same(list[257], found);
            Assert.False(list.TryGet("0257", out _));
            Assert.Throws<KeyNotFoundException>(() => list.Get("missing"));
            Assert.Throws<ArgumentOutOfRangeException>(() => list[600]);
        }
    }

    [Fact]
    public void Paragraphs_stay_UTF8_until_read()
    {
        var record = DialogueSpec.Make(s => s.Paragraphs = ["Premier.", "Second paragraphe."]);
        var payload = Encoding.UTF8.GetBytes(Payloads.Of(record));

        // Corrupt one byte of the second paragraph: decoding the record does not touch the paragraphs.
        var at = payload.AsSpan().LastIndexOf("Second"u8);
        payload[at] = 0xFF;
        var chunk = Encoding.ASCII.GetBytes(payload.Length.ToString(CultureInfo.InvariantCulture) + ":").Concat(payload).ToArray();
        var dialogue = new DialogueList(new PayloadTable([0, 1], _ => chunk), null, null)[0];

        Assert.Equal(record.Headline, dialogue.Headline);
        Assert.Equal(record.Participants, dialogue.Participants);
        Assert.Equal(2, dialogue.Paragraphs.Count);

        // The first read decodes the record's paragraphs together, and finds the bad byte.
        var error = Assert.Throws<FormatException>(() => dialogue.Paragraphs[0]);
        Assert.Contains("paragraph 1", error.Message);
    }

    // The generator's framing of one table, each chunk deflated as generated code stores text and evidence.
    private static PayloadTable Table(IReadOnlyList<string> payloads, bool deflate)
    {
        var chunks = ChunkStarts.Zip(ChunkStarts.Skip(1)).Select(range =>
        {
            var frames = Encoding.UTF8.GetBytes(string.Concat(payloads.Skip(range.First).Take(range.Second - range.First)
                .Select(p => Encoding.UTF8.GetByteCount(p).ToString(CultureInfo.InvariantCulture) + ":" + p)));
            return deflate ? Encoding.ASCII.GetBytes(global::DefenseDialogues.Generator.Planning.DeflatedChunk.Z85(frames, global::DefenseDialogues.Generator.Planning.DeflatedChunk.Compress(frames), int.MaxValue)!) : frames;
        }).ToArray();
        return new PayloadTable(ChunkStarts, c => chunks[c]);
    }

    [Fact]
    public void A_mixed_table_reads_string_and_utf8_chunks_deflated_or_not()
    {
        // As generated with UTF-8 literals: the first blocks' chunks string literals (deflated 15 bits a
        // character, or frames when too small to gain), the later ones u8 (Z85, or frames).
        var records = Records();
        var payloads = records.Select(Payloads.ModelOf).Select(m => global::DefenseDialogues.Generator.Planning.RecordPayloads.Dialogue(m, default, textApart: false)).ToArray();
        int[] starts = [0, 150, 300, 450, 600];
        var calls = new int[starts.Length - 1];
        var chunks = starts.Zip(starts.Skip(1)).Select((range, c) =>
        {
            var frames = Encoding.UTF8.GetBytes(string.Concat(payloads.Skip(range.First).Take(range.Second - range.First)
                .Select(p => Encoding.UTF8.GetByteCount(p).ToString(CultureInfo.InvariantCulture) + ":" + p)));
            var packed = global::DefenseDialogues.Generator.Planning.DeflatedChunk.Compress(frames);
            return (c % 4) switch
            {
                0 => ((object)global::DefenseDialogues.Generator.Planning.DeflatedChunk.Wide(frames, packed, int.MaxValue)!),
                1 => Encoding.UTF8.GetString(frames),
                2 => Encoding.ASCII.GetBytes(global::DefenseDialogues.Generator.Planning.DeflatedChunk.Z85(frames, packed, int.MaxValue)!),
                _ => frames,
            };
        }).ToArray();
        var table = new PayloadTable(starts, (int c, out string? text) =>
        {
            calls[c]++;
            text = chunks[c] as string;
            return chunks[c] as byte[];
        });

        var list = new DialogueList(table, null, null);
        Assert.Equal(records, list);
        Assert.Equal(records, new DialogueList(table, null, null));
        // A string chunk is encoded (and inflated) once and then read from what was kept.
        Assert.All(calls.Where((_, c) => c % 4 < 2), n => Assert.Equal(1, n));
        Assert.All(calls.Where((_, c) => c % 4 >= 2), n => Assert.True(n > 1));
    }

    [Fact]
    public void A_mixed_chunk_of_no_bytes_and_no_text_is_a_format_error()
    {
        var table = new PayloadTable([0, 1], (int _, out string? text) =>
        {
            text = null;
            return default;
        });
        Assert.Contains("payload table", Assert.Throws<FormatException>(() => new DialogueList(table, null, null)[0]).Message);
    }

    [Fact]
    public void Paragraphs_stored_apart_are_read_from_their_deflated_text_table()
    {
        var records = Records();
        var models = records.Select(Payloads.ModelOf).ToArray();
        var fields = Table(models.Select(m => global::DefenseDialogues.Generator.Planning.RecordPayloads.Dialogue(m, default, textApart: true)).ToArray(), deflate: false);
        var text = Table(models.Select(global::DefenseDialogues.Generator.Planning.RecordPayloads.Text).ToArray(), deflate: true);

        var list = new DialogueList(fields, text, null, null, null);
        Assert.Equal(records, list);
        Assert.Equal(records[599].Paragraphs, list[599].Paragraphs);
        Assert.Equal(records[3].Paragraphs.Count, new DialogueList(fields, text, null, null, null)[3].Paragraphs.Count);

        // Stored apart with no text table, or a text table of another size: a clear error, not a wrong record.
        Assert.Contains("no text table", Assert.Throws<FormatException>(() => new DialogueList(fields, null, null, null, null)[0]).Message);
        Assert.Throws<ArgumentException>(() => new DialogueList(fields, new PayloadTable([0, 1], _ => "0:"u8.ToArray()), null, null, null));
    }

    [Fact]
    public void Paragraph_lengths_past_the_records_text_are_a_format_error()
    {
        var model = Payloads.ModelOf(DialogueSpec.Make(s => s.Paragraphs = ["Premier.", "Second."]));
        var payload = global::DefenseDialogues.Generator.Planning.RecordPayloads.Dialogue(model, default, textApart: true);
        static byte[] Framed(string p) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetByteCount(p).ToString(CultureInfo.InvariantCulture) + ":" + p);
        var fields = Framed(payload);
        var shortText = Framed("Premier.Sec");
        var dialogue = new DialogueList(new PayloadTable([0, 1], _ => fields), new PayloadTable([0, 1], _ => shortText), null, null, null)[0];
        Assert.Equal(2, dialogue.Paragraphs.Count);
        Assert.Contains("runs past the record's text", Assert.Throws<FormatException>(() => dialogue.Paragraphs[0]).Message);
    }

    [Theory]
    [InlineData("9:D2", "expected '<byte length>:'")]
    [InlineData("x:D2", "expected '<byte length>:'")]
    [InlineData("2:D2", "expected '<byte length>:'")] // one record framed, the table says two
    [InlineData("2:D22:D2!", "data after the chunk's last record")]
    public void Malformed_frames_are_format_errors(string chunk, string reason)
    {
        var table = new PayloadTable([0, 2], _ => Encoding.UTF8.GetBytes(chunk));
        var error = Assert.Throws<FormatException>(() => new DialogueList(table, null, null)[0]);
        Assert.Contains("payload table", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Chunk_starts_must_run_from_zero_upwards()
    {
        Utf8Chunk none = _ => default;
        Assert.Throws<ArgumentException>(() => new PayloadTable([], none));
        Assert.Throws<ArgumentException>(() => new PayloadTable([1, 5], none));
        Assert.Throws<ArgumentException>(() => new PayloadTable([0, 5, 5], none));
        Assert.Empty(new DialogueList(new PayloadTable([0], none), null, null));
    }

    [Fact]
    public void Declared_value_counts_match_the_vocabularies_which_run_without_gaps()
    {
        // The runtime checks enum values with a range test against these counts (the generator compiles the same file).
        static void Check<T>(int declared) where T : struct, Enum
            => Assert.Equal(Enumerable.Range(0, declared), Enum.GetValues<T>().Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).Order());

        Check<DialogueKind>(global::DefenseDialogues.DeclaredValues.DialogueKinds);
        Check<Topic>(global::DefenseDialogues.DeclaredValues.Topics);
        Check<LegalReference>(global::DefenseDialogues.DeclaredValues.LegalReferences);
        Check<PartnershipLevel>(global::DefenseDialogues.DeclaredValues.PartnershipLevels);
        Check<EvidenceField>(global::DefenseDialogues.DeclaredValues.EvidenceFields);
        Check<ArticlePart>(global::DefenseDialogues.DeclaredValues.ArticleParts);
    }

    [Fact]
    public void Participants_find_their_person_on_first_access_only()
    {
        var payload = Linked(Payloads.Of(DialogueSpec.Make()), 2);
        var people = new CountingPeople(4);

        var dialogue = DialoguePayload.Decode(Encoding.UTF8.GetBytes(payload), people, null, 0);
        Assert.Equal(0, people.Reads);
        Assert.Same(people.Items[2], dialogue.Participants[0].Person);
        Assert.Same(people.Items[2], dialogue.Participants[0].Person);
        Assert.Equal(1, people.Reads);
        Assert.Null(dialogue.Participants[1].Person);

        // An index past the people (corrupt generated code) is reported where the person is read.
        var corrupt = DialoguePayload.Decode(Encoding.UTF8.GetBytes(Linked(Payloads.Of(DialogueSpec.Make()), 4)), people, null, 0);
        var error = Assert.Throws<FormatException>(() => corrupt.Participants[0].Person);
        Assert.Contains("person 4", error.Message);
    }

    // The runtime encoder writes no person link; the generator writes the person's index as the participant's fifth value.
    private static string Linked(string payload, int person)
    {
        var first = DialogueSpec.Make().Participants[0];
        var titles = "l" + first.Titles.Count.ToString(CultureInfo.InvariantCulture) + ":"
            + string.Concat(first.Titles.Select(t => "s" + Encoding.UTF8.GetByteCount(t).ToString(CultureInfo.InvariantCulture) + ":" + t));
        var at = payload.IndexOf(titles + "~", StringComparison.Ordinal);
        Assert.True(at > 0);
        return payload[..(at + titles.Length)] + "i" + person.ToString(CultureInfo.InvariantCulture) + ";" + payload[(at + titles.Length + 1)..];
    }

    private sealed class CountingPeople(int count) : IReadOnlyList<Person>
    {
        public Person[] Items { get; } = Enumerable.Range(0, count)
            .Select(i => new Person("k" + i.ToString(CultureInfo.InvariantCulture), "P", "VN", [], [], [], []))
            .ToArray();

        public int Reads { get; private set; }

        public int Count => Items.Length;

        public Person this[int index]
        {
            get
            {
                Reads++;
                return Items[index];
            }
        }

        public IEnumerator<Person> GetEnumerator() => ((IEnumerable<Person>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
