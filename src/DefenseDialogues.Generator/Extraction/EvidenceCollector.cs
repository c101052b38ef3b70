using System.Collections.Generic;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Turns the stages' findings into <see cref="EvidenceModel"/>s: the file span (through the
/// article's line map), the words read and the sentence around them, in the units' clean text.
/// </summary>
internal sealed class EvidenceCollector
{
    private readonly ArticleText _article;
    private readonly List<EvidenceModel> _items = new();

    public EvidenceCollector(ArticleText article) => _article = article;

    /// <summary>Adds a value's evidence (<paramref name="value"/> null: the value is unknown).</summary>
    public void Add(EvidenceField field, int index, int item, string? value, Finding finding)
        => _items.Add(new EvidenceModel(field, index, item, value, finding.Note, finding.Span is { } span ? SpanOf(span) : null));

    /// <summary>Adds the stages' evidence, stage by stage in the order given, each in the order the stage gave it.</summary>
    public void Add(params IReadOnlyList<FieldEvidence>[] stages)
    {
        foreach (var evidence in stages)
        {
            foreach (var e in evidence)
            {
                Add(e.Field, e.Index, e.Item, e.Value, e.Finding);
            }
        }
    }

    public EquatableArray<EvidenceModel> Build() => EquatableArray.From(_items);

    private EvidenceSpanModel SpanOf(StorySpan span)
    {
        var unit = span.Unit;
        var (sentenceStart, sentenceEnd) = unit.Kind is ArticlePart.Paragraph or ArticlePart.Caption or ArticlePart.Headline
            ? Sentences.Around(unit.Text, span.Start, span.End)
            : (0, unit.Text.Length);
        var stored = unit.Kind is ArticlePart.Paragraph or ArticlePart.Caption or ArticlePart.Headline;
        return new EvidenceSpanModel(
            unit.Kind,
            unit.Index,
            span.Text,
            span.Start,
            sentenceStart,
            sentenceEnd - sentenceStart,
            stored ? null : unit.Text,
            _article.Lines.Locate(_article.FilePath, span));
    }
}
