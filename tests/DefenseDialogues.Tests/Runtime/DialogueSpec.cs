extern alias runtime;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;

/// <summary>Mutable constructor arguments of a <see cref="Dialogue"/>, filled with a realistic record, so tests change one field at a time.</summary>
internal sealed class DialogueSpec
{
    public string Id { get; set; } = "000_975e3b2795ba872e";
    public string SourceFile { get; set; } = "000_975e3b2795ba872e.txt";
    public YearMonth? Published { get; set; } = new YearMonth(2023, 7);
    public PartialDate? HeldOn { get; set; } = new PartialDate(2023, 7, 4);
    public string? Headline { get; set; } = "Le Vietnam et l'Italie renforcent leur coopération";
    public string[] Captions { get; set; } = ["Lors du dialogue."];
    public string? Location { get; set; } = "Rome";
    public Partner[] Partners { get; set; } = [new Partner("IT", "Italie", "Italy", false)];
    public DialogueKind Kind { get; set; } = DialogueKind.PolicyDialogue;
    public int? Edition { get; set; } = 4;
    public Participant[] Participants { get; set; } =
    [
        new Participant("Hoang Xuan Chien", "VN", "général de corps d'armée", ["membre du Comité central du Parti communiste du Vietnam", "vice-ministre de la Défense"]),
        new Participant("Guido Crosetto", "IT", null, ["ministre de la Défense"]),
    ];
    public Topic[] Topics { get; set; } = [Topic.DelegationExchange, Topic.Training, Topic.MaritimeSecurity];
    public LegalReference[] LegalReferences { get; set; } = [LegalReference.UNCLOS];
    public Anniversary[] Anniversaries { get; set; } = [new Anniversary(50, "établissement des relations diplomatiques", 1973)];
    public PartnershipLevel? Partnership { get; set; } = PartnershipLevel.StrategicPartnership;
    public string? Source { get; set; } = "VNA";
    public string[] Paragraphs { get; set; } = ["Rome, 4 juillet (VNA) - Le Vietnam et l'Italie se sont mis d'accord.", "Deuxième paragraphe."];

    public Dialogue Build() => new(
        Id, SourceFile, Published, HeldOn, Headline, Captions, Location, Partners, Kind, Edition,
        Participants, Topics, LegalReferences, Anniversaries, Partnership, Source, Paragraphs);

    public static Dialogue Make(Action<DialogueSpec>? change = null)
    {
        var spec = new DialogueSpec();
        change?.Invoke(spec);
        return spec.Build();
    }

    /// <summary>A record with every optional field unknown and every list empty.</summary>
    public static Dialogue Minimal() => Make(s =>
    {
        s.Published = null;
        s.HeldOn = null;
        s.Headline = null;
        s.Captions = [];
        s.Location = null;
        s.Partners = [];
        s.Kind = DialogueKind.Other;
        s.Edition = null;
        s.Participants = [];
        s.Topics = [];
        s.LegalReferences = [];
        s.Anniversaries = [];
        s.Partnership = null;
        s.Source = null;
        s.Paragraphs = [];
    });
}
