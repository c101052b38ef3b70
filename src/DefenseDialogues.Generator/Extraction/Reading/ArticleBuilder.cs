using System.Collections.Generic;
using System;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>Collects an article's parts as <see cref="ArticleReader"/> reads its lines, and builds the <see cref="ArticleText"/>.</summary>
internal sealed class ArticleBuilder
{
    private readonly List<StoryUnit> _captions = new();

    // Captions seen, for de-duplication in constant time (a page of thousands of photos stays linear).
    private readonly HashSet<string> _captionSet = new(StringComparer.Ordinal);
    private readonly List<StoryUnit> _paragraphs = new();
    private readonly List<int> _paragraphLines = new();

    // The article's words, shared by the tokens of all its units.
    private readonly Lexicon _lexicon;

    public ArticleBuilder(int textLength) => _lexicon = new Lexicon(textLength);
    private Dateline? _dateline;
    private string? _trailerCredit;
    private StoryUnit? _trailer;
    private StoryUnit? _headline;

    /// <summary>The line the headline was read from (a credit right under it makes it a caption).</summary>
    private int _headlineLine = -1;

    public YearMonthModel? Published { get; set; }

    public int? HeaderDay { get; set; }

    /// <summary>The header's <c>YYYY-MM[-DD]</c>, where the publication month was read.</summary>
    public StoryUnit? Header { get; set; }

    /// <summary>The header's text or the first line: a headline, a caption, a lead, or several of them.</summary>
    public void ReadTitleLine(SourceLine line)
    {
        var parts = Credits.SplitCaption(line.Text);
        if (parts.Caption is null)
        {
            if (LooksLikeLead(line.Text))
            {
                ReadStoryLine(line);
            }
            else
            {
                SetHeadline(line.Mapped, line.Number);
            }

            return;
        }

        if (parts.Before is { Length: > 0 })
        {
            SetHeadline(line.Mapped.Slice(parts.BeforeStart, parts.Before.Length), line.Number);
        }

        AddCaption(line.Mapped.Slice(parts.CaptionStart, parts.Caption.Length));
        if (parts.After is { Length: > 0 } after)
        {
            ReadStoryLine(line.WithText(after, parts.AfterStart));
        }
    }

    public void ReadStoryLine(SourceLine line)
    {
        var parts = Credits.SplitCaption(line.Text);
        if (parts.Caption is { } caption && _dateline is null && DatelineSyntax.StartsWith(caption))
        {
            // "Hanoi (VNA) – Le lead … Photo: VNA": the story's opening, with a stray credit.
            ReadStoryLine(line.WithText(caption, parts.CaptionStart));
            return;
        }

        if (parts.Caption is not null)
        {
            AddCaption(line.Mapped.Slice(parts.CaptionStart, parts.Caption.Length));
            if (parts.After is not { Length: > 0 } after)
            {
                return;
            }

            line = line.WithText(after, parts.AfterStart);
        }

        var text = line.Mapped;
        if (_dateline is null && _paragraphs.Count <= 1 && DatelineSyntax.TryParse(text.Text, out var city, out var day, out var month, out var year, out var credit, out var length))
        {
            _dateline = new Dateline(city, day, month, year, credit, text.Slice(0, length).Trim().ToUnit(ArticlePart.Dateline, 0));
            text = text.Slice(length, text.Length - length);
        }

        var kept = Trailer.Strip(text.Text, ref _trailerCredit, out var creditStart);
        if (kept.Length != text.Length)
        {
            _trailer = text.Slice(creditStart, _trailerCredit!.Length).ToUnit(ArticlePart.Trailer, 0);
            text = text.Slice(0, kept.Length);
        }

        var clean = WhiteSpaceFolding.Clean(text);
        if (clean.Length > 0)
        {
            _paragraphs.Add(clean.ToUnit(ArticlePart.Paragraph, _paragraphs.Count, _lexicon));
            _paragraphLines.Add(line.Number);
        }
    }

    /// <summary>The headline or paragraph read from line <paramref name="number"/> was a caption (its credit stands on the next line).</summary>
    public void LineIsCaption(int number)
    {
        if (_headlineLine == number && _headline is not null)
        {
            AddCaption(_headline);
            _headline = null;
            _headlineLine = -1;
        }
        else if (_paragraphs.Count > 0 && _paragraphLines[_paragraphLines.Count - 1] == number)
        {
            var last = _paragraphs[_paragraphs.Count - 1];
            _paragraphs.RemoveAt(_paragraphs.Count - 1);
            _paragraphLines.RemoveAt(_paragraphLines.Count - 1);
            AddCaption(last);
        }
    }

    public ArticleText Build(string filePath, string id, LineMap lines)
        => new(filePath, id, Published, HeaderDay, _headline, _captions, _dateline, _paragraphs, _dateline?.Credit ?? _trailerCredit, lines)
        {
            Header = Header,
            Trailer = _dateline?.Credit is null ? _trailer : null,
        };

    private void SetHeadline(MappedText text, int line)
    {
        var clean = WhiteSpaceFolding.Clean(text);
        _headline = clean.Length > 0 ? clean.ToUnit(ArticlePart.Headline, 0, _lexicon) : null;
        _headlineLine = line;
    }

    private void AddCaption(MappedText caption) => AddCaption(WhiteSpaceFolding.Clean(caption).ToUnit(ArticlePart.Caption, _captions.Count, _lexicon));

    private void AddCaption(StoryUnit caption)
    {
        if (caption.Text.Length > 0 && _captionSet.Add(caption.Text))
        {
            _captions.Add(caption.Kind == ArticlePart.Caption && caption.Index == _captions.Count ? caption : caption.As(ArticlePart.Caption, _captions.Count));
        }
    }

    /// <summary>
    /// A lead reads as a sentence of the story: it opens with a dateline, or is long, or ends
    /// a full sentence. Headlines are short and carry no final period.
    /// </summary>
    private static bool LooksLikeLead(string text)
    {
        var trimmed = text.TrimEnd();
        return DatelineSyntax.StartsWith(trimmed)
               || trimmed.Length > 160
               || (trimmed.Length > 90 && (trimmed.EndsWith(".", StringComparison.Ordinal) || trimmed.EndsWith("\u2026", StringComparison.Ordinal)));
    }
}
