using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using DefenseDialogues.Generator.Extraction.Fields.People;

namespace DefenseDialogues.Generator.Extraction.Fields;

/// <summary>
/// What every field stage reads: the clean article, the gazetteer, the story cut into segments, the
/// people scan and the dialogue series mention. Each is computed once here, before any stage runs, so
/// stages share them without reaching back into the reader or into each other.
/// </summary>
internal sealed class ArticleContext
{
    private ArticleContext(ArticleText article, Gazetteer gazetteer)
    {
        Article = article;
        Gazetteer = gazetteer;
        Segments = NameSegments.Story(article);
        ParagraphSegments = NameSegments.Paragraphs(article);
        People = PeopleMentions.Scan(Segments, gazetteer);
        SeriesMention = DialogueSeries.Find(Segments);
    }

    /// <summary>Reads the shared parts of <paramref name="article"/> (with the default gazetteer unless given).</summary>
    public static ArticleContext Of(ArticleText article, Gazetteer? gazetteer = null) => new(article, gazetteer ?? Gazetteer.Default);

    /// <summary>The article as the reader cleaned it.</summary>
    public ArticleText Article { get; }

    /// <summary>The data tables.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Headline, paragraphs, then captions, tokenized once (names, partners, kind, edition).</summary>
    public IReadOnlyList<NameSegment> Segments { get; }

    /// <summary>The paragraphs alone (the cue-driven fields: topics, legal references).</summary>
    public IReadOnlyList<NameSegment> ParagraphSegments { get; }

    /// <summary>Every person mention and every side evidence of the story.</summary>
    public PeopleScan People { get; }

    /// <summary>The first mention of a defense dialogue series, or null (kind and edition read it).</summary>
    public StorySpan? SeriesMention { get; }
}
