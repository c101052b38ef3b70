extern alias runtime;

using DefenseDialogues.Generator.Extraction;
using runtime::DefenseDialogues;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Tests.Infrastructure;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// What the generated code returns at run time is exactly what extraction produced at build
/// time: compile the output, load it, read <c>Dialogues.All</c>, compare field by field.
/// </summary>
public class RoundTripTests
{
    [Fact]
    public void Dialogues_All_returns_the_extracted_records()
    {
        var seeds = GeneratorHarness.Seeds();
        var (_, output) = GeneratorHarness.Run(seeds);
        var all = GeneratorHarness.LoadAll(output);

        var expected = seeds
            .Select(s => ArticleExtractor.Extract(s.Path, s.GetText()!.ToString()).Dialogue!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected.Length, all.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            AssertSame(expected[i], all[i]);
        }
    }

    [Fact]
    public void Lookup_by_id_and_named_members_agree_with_All()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var dialogues = GeneratorHarness.LoadDialoguesClass(output);
        var all = (IReadOnlyList<Dialogue>)dialogues.GetProperty("All")!.GetValue(null)!;

        var named = (Dialogue)dialogues.GetProperty("Article_001_b932cada2e88634b")!.GetValue(null)!;
        Assert.Same(all[1], named);

        var args = new object?[] { "001_b932cada2e88634b", null };
        Assert.True((bool)dialogues.GetMethod("TryGet")!.Invoke(null, args)!);
        Assert.Same(named, args[1]);
        Assert.False((bool)dialogues.GetMethod("TryGet")!.Invoke(null, ["no-such-id", null])!);
        Assert.Same(all[4], dialogues.GetMethod("Get")!.Invoke(null, ["004_255b167c977a2486"]));
        Assert.Equal(all.Count, (int)dialogues.GetField("Count")!.GetValue(null)!);
    }

    internal static void AssertSame(DialogueModel model, Dialogue dialogue)
    {
        Assert.Equal(model.Id, dialogue.Id);
        Assert.Equal(model.SourceFile, dialogue.SourceFile);
        Assert.Equal(model.Published is null ? null : new YearMonth(model.Published.Year, model.Published.Month), dialogue.Published);
        Assert.Equal(model.HeldOn is null ? null : new PartialDate(model.HeldOn.Year, model.HeldOn.Month, model.HeldOn.Day), dialogue.HeldOn);
        Assert.Equal(model.Headline, dialogue.Headline);
        Assert.Equal(model.Captions, dialogue.Captions);
        Assert.Equal(model.Location, dialogue.Location);
        Assert.Equal(model.Partners.Select(p => (p.Code, p.FrenchName, p.EnglishName, p.IsOrganization)),
            dialogue.Partners.Select(p => (p.Code, p.Name, p.EnglishName, p.IsOrganization)));
        Assert.Equal(model.Partner?.Code, dialogue.Partner?.Code);
        Assert.Equal((int)model.Kind, (int)dialogue.Kind);
        Assert.Equal(model.Edition, dialogue.Edition);
        Assert.Equal(model.Participants.Select(p => (p.Name, p.Side, p.Rank, string.Join("|", p.Titles))),
            dialogue.Participants.Select(p => (p.Name, p.Side, p.Rank, string.Join("|", p.Titles))));
        Assert.Equal(model.Topics.Select(t => (int)t), dialogue.Topics.Select(t => (int)t));
        Assert.Equal(model.LegalReferences.Select(t => (int)t), dialogue.LegalReferences.Select(t => (int)t));
        Assert.Equal(model.Anniversaries.Select(a => (a.Years, a.Subject, a.Since)),
            dialogue.Anniversaries.Select(a => (a.Years, a.Subject, a.Since)));
        Assert.Equal((int?)model.Partnership, (int?)dialogue.Partnership);
        Assert.Equal(model.Source, dialogue.Source);
        Assert.Equal(model.Paragraphs, dialogue.Paragraphs);
    }
}
