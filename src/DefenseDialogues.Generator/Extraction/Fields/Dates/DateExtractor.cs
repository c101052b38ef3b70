using System;
using System.Collections.Generic;
using System.Globalization;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Dates;

/// <summary>
/// Finds the meeting's date with a small grammar of French dates (DateGrammar.cs): <c>[weekday] [le] D month [year]</c>,
/// <c>du D1 [month] au D2 month</c>, <c>les D1 et D2 month</c> (a range gives its first day).
/// The first date the story gives is the meeting's, except that a visit's range yields to a
/// date inside it given later (the meeting itself); the dateline's date is the fallback. Dates in an
/// anniversary's year span (<c>(7 mai 1954 - 7 mai 2024)</c>) are never the meeting's, and a date years
/// away from the publication's is taken only when the story gives no other.
/// A missing year comes from the header only when the months agree. A weekday that does not
/// match the resolved date is reported (DD0104), never silently trusted.
/// </summary>
internal static partial class DateExtractor
{
    /// <summary>Words after which a date is not the meeting's (<c>depuis le 5 mai</c>, <c>d'ici le …</c>).</summary>
    private static readonly HashSet<string> NotMeetingBefore = WordClasses.Default.Set("earlier-marker", "date-bound");

    /// <summary>Words of a sentence that reports the meeting itself (<c>a reçu</c>, <c>ont coprésidé</c>, <c>a eu lieu</c>).</summary>
    private static readonly HashSet<string> MeetingWords = WordClasses.Default.Set("meeting-word");

    /// <summary>How far (in words) a sentence is searched for a meeting word; bounds the work on run-on text.</summary>
    private const int SentenceWindow = 40;

    /// <summary>
    /// The meeting's date as the record can hold it, the words it was read from, and a DD0104 when the
    /// story's weekday contradicts it.
    /// </summary>
    public static Field<DateModel?> Read(ArticleContext context)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var date = Representable(Find(context.Article, diagnostics, out var finding));
        if (date is { Month: { } month, Day: { } day } && !IsValid(date.Year ?? LeapYear, month, day))
        {
            // 29 février 2023, a dateline's 31 février: no such day, so no date rather than a wrong one.
            var article = context.Article;
            var at = finding.Span is { } span ? article.Lines.Locate(article.FilePath, span) : TextLocation.FileStart(article.FilePath);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.ImpossibleDate, at, article.Id, date.ToText()));
            date = null;
            finding = Finding.None("the date written does not exist");
        }

        return Field.One(date, EvidenceField.HeldOn, date?.ToText(), finding, diagnostics);
    }

    /// <summary>A day without a month names no date (and the runtime's PartialDate rejects it): keep what is meaningful.</summary>
    private static DateModel? Representable(DateModel? date)
        => date is { Month: null, Day: not null } ? (date.Year is null ? null : date with { Day = null }) : date;

    private static DateModel? Find(ArticleText article, List<DiagnosticInfo> diagnostics, out Finding finding)
    {
        finding = Finding.None("no date of the meeting in the story");
        var candidates = new List<Candidate>();
        var words = new List<Word>(); // one buffer for every unit's words: they are not kept
        foreach (var paragraph in article.Paragraphs)
        {
            Collect(paragraph, words, candidates);
        }

        MarkOtherYears(article, candidates);
        var chosen = Choose(candidates, allowDistant: false);
        if (chosen is null)
        {
            foreach (var caption in article.CaptionUnits)
            {
                Collect(caption, words, candidates);
            }

            MarkOtherYears(article, candidates);
            chosen = Choose(candidates, allowDistant: false);
        }

        if (chosen is null)
        {
            if (article.Dateline is { Day: { } day, Month: { } month } dateline)
            {
                if (dateline.Year is { } written)
                {
                    finding = new Finding(dateline.DateSpan, "from the dateline");
                    return new DateModel(written, month, day);
                }

                var fromHeader = YearFromHeader(article, month);
                finding = new Finding(dateline.DateSpan, "from the dateline" + (fromHeader is { } hy ? HeaderYearNote(article, hy) : null));
                return new DateModel(fromHeader, month, day);
            }

            // Only dates years away from the publication: the best the story gives.
            chosen = Choose(candidates, allowDistant: true);
        }

        if (chosen is null)
        {
            return article.Paragraphs.Count > 0 ? LeadPeriod(article.Paragraphs[0], words, ref finding) : null;
        }

        var c = chosen.Value;
        var year = c.Year ?? YearFromHeader(article, c.Month);
        finding = new Finding(c.Unit.Span(c.Start, c.Start + c.Written.Length), c.Year is null && year is { } inferred ? HeaderYearNote(article, inferred).TrimStart(',', ' ') : null);
        if (c.Weekday is { } weekday && year is { } y && IsValid(y, c.Month, c.Day))
        {
            var actual = new DateTime(y, c.Month, c.Day).DayOfWeek;
            if (actual != weekday)
            {
                var iso = y.ToString("D4", CultureInfo.InvariantCulture) + "-" + c.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + c.Day.ToString("D2", CultureInfo.InvariantCulture);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.WeekdayMismatch, article.Lines.Locate(article.FilePath, c.Unit.Span(c.Start, c.Start + c.Written.Length)), article.Id, c.Written, iso, FrenchDates.NameOf(actual)));
            }
        }

        return new DateModel(year, c.Month, c.Day);
    }

    /// <summary>
    /// <c>En juin 2024, …</c> or <c>En 2023, …</c> opening the story's first sentence: its own time frame,
    /// a month or a year only. Elsewhere such phrases date other events (<c>signé en juillet 2025</c>,
    /// <c>En 2023, les deux pays célèbrent …</c> late in a story).
    /// </summary>
    private static DateModel? LeadPeriod(StoryUnit unit, List<Word> w, ref Finding finding)
    {
        var text = unit.Text;
        unit.CutWords(w);
        var firstSentenceEnd = text.IndexOf(". ", StringComparison.Ordinal);
        for (var i = 0; i + 1 < w.Count && (firstSentenceEnd < 0 || w[i].Start < firstSentenceEnd); i++)
        {
            if (w[i].Folded != "en" || !OpensSentence(text, w[i].Start))
            {
                continue;
            }

            var month = FrenchDates.MonthOf(w[i + 1].Folded);
            var yearWord = month > 0 ? i + 2 : i + 1;
            if (yearWord < w.Count && w[yearWord].Folded.Length == 4
                && int.TryParse(w[yearWord].Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                && TextWords.Adjacent(text, w[yearWord - 1], w[yearWord]))
            {
                finding = new Finding(unit.Span(w[i + 1].Start, w[yearWord].End), "the period opening the story");
                return new DateModel(year, month > 0 ? month : null, null);
            }
        }

        return null;
    }

    private static bool OpensSentence(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k < 0 || Sentences.IsEndMark(text[k]);
    }

    /// <summary>
    /// A news story reports a recent meeting: a date whose year is far from the publication's
    /// (<c>le 7 mai 1954</c> in a 2024 story) is history or an anniversary; any other date wins over it.
    /// </summary>
    private static void MarkOtherYears(ArticleText article, List<Candidate> candidates)
    {
        if (article.Published is not { } published)
        {
            return;
        }

        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Year is { } year && Math.Abs(year - published.Year) > 1)
            {
                var c = candidates[k];
                c.Distant = true;
                candidates[k] = c;
            }
        }
    }

    private static string HeaderYearNote(ArticleText article, int year)
        => ", year " + year.ToString(CultureInfo.InvariantCulture) + " from the header (published " + article.Published!.ToText() + ")";

    private static int? YearFromHeader(ArticleText article, int month)
        => article.Published is { } published && published.Month == month ? published.Year : null;

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // A day without its year is possible when some year has it (29 février), as the runtime's PartialDate checks.
    private const int LeapYear = 2024;

    /// <summary>
    /// The first candidate, unless a later one in its paragraph stands in a sentence reporting the meeting
    /// (<c>l'accord signé le 3 mars … Le 5 mars, il a reçu …</c>), or it is a visit's range and a date inside it follows.
    /// </summary>
    private static Candidate? Choose(List<Candidate> candidates, bool allowDistant)
    {
        foreach (var first in candidates)
        {
            if (!Eligible(first, allowDistant))
            {
                continue;
            }

            var c = first.MeetingCue ? first : FirstMeetingInParagraph(candidates, first, allowDistant) ?? first;
            if (c.IsVisitRange)
            {
                foreach (var later in candidates)
                {
                    if (Eligible(later, allowDistant) && !later.IsRange && later.Order > c.Order && c.Contains(later))
                    {
                        return later;
                    }
                }
            }

            return c;
        }

        return null;
    }

    private static bool Eligible(Candidate c, bool allowDistant) => !c.Excluded && (!c.Distant || allowDistant);

    private static Candidate? FirstMeetingInParagraph(List<Candidate> candidates, Candidate first, bool allowDistant)
    {
        if (first.Unit.Kind != ArticlePart.Paragraph)
        {
            return null;
        }

        foreach (var later in candidates)
        {
            if (later.Order > first.Order && ReferenceEquals(later.Unit, first.Unit) && later.MeetingCue && Eligible(later, allowDistant))
            {
                return later;
            }
        }

        return null;
    }

    private static void Collect(StoryUnit unit, List<Word> words, List<Candidate> into)
    {
        var text = unit.Text;
        unit.CutWords(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (TryDate(text, words, i, out var candidate, out var next))
            {
                candidate.Order = into.Count;
                candidate.Unit = unit;
                candidate.Excluded = IsExcluded(words, candidate.FirstWord) || InYearSpan(text, candidate.Start);
                // "en visite … du 5 au 9 juin", "a effectué du 5 au 9 juin une visite", "Du 5 au 9 juin, le ministre a effectué une visite": the range is the visit's.
                candidate.IsVisitRange = candidate.IsRange
                    && (NearInSentence(text, words, candidate.FirstWord, candidate.FirstWord - 12, candidate.FirstWord, IsVisit) || NearInSentence(text, words, next, next, next + 10, IsVisit));
                candidate.MeetingCue = NearInSentence(text, words, candidate.FirstWord, candidate.FirstWord - SentenceWindow, next + SentenceWindow, MeetingWords.Contains);
                into.Add(candidate);
                i = next - 1;
            }
        }
    }

    private static bool HasSeparatorDash(string text)
    {
        foreach (var c in text)
        {
            if (CharClasses.IsSeparatorDash(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date at <paramref name="start"/> stands in brackets that span years, as an anniversary's
    /// do: <c>la victoire de Dien Bien Phu (7 mai 1954 - 7 mai 2024)</c>.
    /// </summary>
    private static bool InYearSpan(string text, int start)
    {
        var open = start > 0 ? text.LastIndexOf('(', start - 1) : -1;
        if (open < 0 || text.LastIndexOf(')', start - 1) > open)
        {
            return false; // not inside brackets
        }

        var close = text.IndexOf(')', start);
        var inside = close < 0 ? text.Substring(open + 1) : text.Substring(open + 1, close - open - 1);
        if (!HasSeparatorDash(inside))
        {
            return false;
        }

        var years = 0;
        foreach (var word in TextWords.Of(inside))
        {
            if (word.Folded.Length == 4 && int.TryParse(word.Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200)
            {
                years++;
            }
        }

        return years >= 2;
    }

    private static bool IsExcluded(List<Word> w, int first)
    {
        for (var k = Math.Max(0, first - 3); k < first; k++)
        {
            if (NotMeetingBefore.Contains(w[k].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisit(string folded) => folded == "visite";

    /// <summary>
    /// Whether a word <paramref name="isCue"/> accepts is among words [<paramref name="from"/>, <paramref name="to"/>)
    /// of the sentence that holds word <paramref name="anchor"/>: a visit named in the next sentence is another clause's.
    /// </summary>
    private static bool NearInSentence(string text, List<Word> w, int anchor, int from, int to, Func<string, bool> isCue)
    {
        for (var k = anchor - 1; k >= Math.Max(0, from) && !SentenceBreak(text, w[k], w[k + 1]); k--)
        {
            if (isCue(w[k].Folded))
            {
                return true;
            }
        }

        for (var k = anchor; k < to && k < w.Count && (k == 0 || !SentenceBreak(text, w[k - 1], w[k])); k++)
        {
            if (isCue(w[k].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SentenceBreak(string text, Word left, Word right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (Sentences.IsBreakMark(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
