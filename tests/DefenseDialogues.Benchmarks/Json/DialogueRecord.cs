// The JSON alternative to the generated storage: plain objects with the same fields as
// DefenseDialogues.Dialogue, for System.Text.Json. Also compiled into the cold-start app,
// which references the runtime without an alias. Enums are ints: STJ writes enums as numbers
// anyway (same JSON), and the source-generated context cannot name the runtime's enums when an
// extern alias hides them behind the generator's internal copies (benchmark project).
#if RUNTIME_ALIAS
extern alias runtime;
#endif

namespace DefenseDialogues.Benchmarks.Json;

#if RUNTIME_ALIAS
using runtime::DefenseDialogues;
#endif
using System.Linq;
using System.Text.Json.Serialization;

public sealed class DialogueRecord
{
    public string Id { get; set; } = "";
    public string SourceFile { get; set; } = "";
    public MonthRecord? Published { get; set; }
    public DateRecord? HeldOn { get; set; }
    public string? Headline { get; set; }
    public List<string> Captions { get; set; } = [];
    public string? Location { get; set; }
    public List<PartnerRecord> Partners { get; set; } = [];
    public int Kind { get; set; }
    public int? Edition { get; set; }
    public List<ParticipantRecord> Participants { get; set; } = [];
    public List<int> Topics { get; set; } = [];
    public List<int> LegalReferences { get; set; } = [];
    public List<AnniversaryRecord> Anniversaries { get; set; } = [];
    public int? Partnership { get; set; }
    public string? Source { get; set; }
    public List<string> Paragraphs { get; set; } = [];

    public static DialogueRecord From(Dialogue d) => new()
    {
        Id = d.Id,
        SourceFile = d.SourceFile,
        Published = d.Published is { } p ? new MonthRecord { Year = p.Year, Month = p.Month } : null,
        HeldOn = d.HeldOn is { } h ? new DateRecord { Year = h.Year, Month = h.Month, Day = h.Day } : null,
        Headline = d.Headline,
        Captions = [.. d.Captions],
        Location = d.Location,
        Partners = [.. d.Partners.Select(p => new PartnerRecord { Code = p.Code, Name = p.Name, EnglishName = p.EnglishName, IsOrganization = p.IsOrganization })],
        Kind = (int)d.Kind,
        Edition = d.Edition,
        Participants = [.. d.Participants.Select(p => new ParticipantRecord { Name = p.Name, Side = p.Side, Rank = p.Rank, Titles = [.. p.Titles] })],
        Topics = [.. d.Topics.Select(t => (int)t)],
        LegalReferences = [.. d.LegalReferences.Select(r => (int)r)],
        Anniversaries = [.. d.Anniversaries.Select(a => new AnniversaryRecord { Years = a.Years, Subject = a.Subject, Since = a.Since })],
        Partnership = (int?)d.Partnership,
        Source = d.Source,
        Paragraphs = [.. d.Paragraphs],
    };
}

public sealed class MonthRecord
{
    public int Year { get; set; }
    public int Month { get; set; }
}

public sealed class DateRecord
{
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
}

public sealed class PartnerRecord
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public bool IsOrganization { get; set; }
}

public sealed class ParticipantRecord
{
    public string Name { get; set; } = "";
    public string? Side { get; set; }
    public string? Rank { get; set; }
    public List<string> Titles { get; set; } = [];
}

public sealed class AnniversaryRecord
{
    public int Years { get; set; }
    public string Subject { get; set; } = "";
    public int? Since { get; set; }
}

/// <summary>Source-generated (reflection-free) serialization: STJ at its fastest.</summary>
[JsonSerializable(typeof(DialogueRecord[]))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
