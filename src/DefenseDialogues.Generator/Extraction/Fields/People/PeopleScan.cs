using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>A function as a person holds it: <c>vice-ministre de la Défense</c>.</summary>
/// <param name="Text">The title as written, without the country adjective or the country complement.</param>
/// <param name="Head">The canonical head from titles.tsv (<c>vice-ministre</c>): two titles with one head are one function.</param>
/// <param name="Side">The country or organization the wording names (<c>japonais</c>, <c>de l'UE</c>), or null.</param>
/// <param name="NamesOrganization">The title keeps the name of an organization of a country (<c>… de l'Armée populaire du Vietnam</c>).</param>
/// <param name="Span">The words the title was read from (with the complements dropped from <paramref name="Text"/>).</param>
internal sealed record PersonTitle(string Text, string Head, string? Side, bool NamesOrganization, StorySpan? Span = null);

/// <summary>One mention of a person in one segment.</summary>
internal sealed class PersonMention(
    TextPosition position, string name, IReadOnlyList<string> keys, string? rank, bool isHomologue, string? homologueSide, int counterpart)
{
    /// <summary>Where the name starts.</summary>
    public TextPosition Position { get; } = position;

    /// <summary>The name as written.</summary>
    public string Name { get; } = name;

    /// <summary>The folded words of the name.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <summary>The rank written before the name, or null.</summary>
    public string? Rank { get; } = rank;

    /// <summary>Where the name is written.</summary>
    public StorySpan? NameSpan { get; init; }

    /// <summary>Where the rank is written, or null.</summary>
    public StorySpan? RankSpan { get; init; }

    /// <summary>Titles attached to this mention.</summary>
    public List<PersonTitle> Titles { get; } = new();

    /// <summary>Introduced as <c>son homologue</c>: the counterpart of <see cref="Counterpart"/>.</summary>
    public bool IsHomologue { get; } = isHomologue;

    /// <summary>The side named by the homologue's adjective (<c>son homologue russe</c>), or null.</summary>
    public string? HomologueSide { get; } = homologueSide;

    /// <summary>Index (in the scan's list) of the person mentioned just before a homologue, or -1.</summary>
    public int Counterpart { get; } = counterpart;

    /// <summary>
    /// Introduced by a rank, a title, an honorific, a photo position, or a Vietnamese family name:
    /// a person on its own. A bare capitalized run (<c>Kawano a remercié</c>) only names someone
    /// already introduced.
    /// </summary>
    public bool IsAnchored { get; set; }

    /// <summary>The side this mention's wording states, or null.</summary>
    public string? StatedSide
    {
        get
        {
            foreach (var title in Titles)
            {
                if (title.Side is not null)
                {
                    return title.Side;
                }
            }

            return HomologueSide;
        }
    }
}

/// <summary>A country or organization that a function or body is said to belong to (<c>le ministre russe</c>, <c>la délégation sud-coréenne</c>).</summary>
/// <param name="Code">The side's code.</param>
/// <param name="Position">Where the function or body starts.</param>
/// <param name="End">The token after the wording that names the side.</param>
internal readonly record struct SideEvidence(string Code, TextPosition Position, int End);

/// <summary>Tokens [<paramref name="Start"/>, <paramref name="End"/>) of <paramref name="Unit"/>: where a function's phrase was read.</summary>
internal readonly record struct TitlePhrase(StoryUnit Unit, int Start, int End);

/// <summary>What <see cref="PeopleMentions.Scan"/> finds: the people mentioned, and the sides the story's functions and bodies name.</summary>
internal sealed record PeopleScan(IReadOnlyList<PersonMention> Mentions, IReadOnlyList<SideEvidence> Sides)
{
    /// <summary>Every function's phrase read (<c>attaché de la défense, de la marine, …</c>): the words name a post, not a topic.</summary>
    public IReadOnlyList<TitlePhrase> TitlePhrases { get; init; } = System.Array.Empty<TitlePhrase>();

    /// <summary>Whether token <paramref name="token"/> of <paramref name="unit"/> lies inside a function's phrase.</summary>
    public bool InTitlePhrase(StoryUnit unit, int token)
    {
        foreach (var span in TitlePhrases)
        {
            if (ReferenceEquals(span.Unit, unit) && token >= span.Start && token < span.End)
            {
                return true;
            }
        }

        return false;
    }
}
