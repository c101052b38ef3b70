using DefenseDialogues.Tests.Infrastructure;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>Builds clean <see cref="ArticleText"/>s from short hand-written French snippets.</summary>
internal static class NameStories
{
    public static ArticleText Story(string[] paragraphs, string? headline = null, string[]? captions = null, string? datelineCity = null)
    {
        var dateline = datelineCity is null ? null : new Dateline(datelineCity, null, null, null, "VNA");
        return Articles.FromParts("test", paragraphs, headline, captions, dateline);
    }

    public static ArticleText Story(params string[] paragraphs) => Story(paragraphs, headline: null);

    public static IReadOnlyList<string> Codes(IEnumerable<DefenseDialogues.Generator.Model.PartnerModel> partners)
        => partners.Select(p => p.Code).ToList();
}
