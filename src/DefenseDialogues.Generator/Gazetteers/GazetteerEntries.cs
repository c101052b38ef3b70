using System.Collections.Generic;
using System.IO;
using System;

namespace DefenseDialogues.Generator.Gazetteers;

/// <summary>A country or organization: <c>IT</c> Italie, <c>EU</c> Union européenne.</summary>
/// <param name="Code">ISO 3166-1 alpha-2, or <c>EU</c>, <c>ASEAN</c>, <c>NATO</c>, <c>UN</c>.</param>
/// <param name="IsOrganization">An organization rather than a state.</param>
/// <param name="EnglishName">English short name.</param>
/// <param name="FrenchNames">French names, canonical first, then aliases and acronyms.</param>
/// <param name="Adjectives">French adjectives in every written form.</param>
internal sealed record CountryEntry(string Code, bool IsOrganization, string EnglishName, IReadOnlyList<string> FrenchNames, IReadOnlyList<string> Adjectives)
{
    /// <summary>The canonical French name, without article.</summary>
    public string FrenchName => FrenchNames[0];

    /// <summary>Vietnam, which is never a partner.</summary>
    public bool IsVietnam => Code == Gazetteer.VietnamCode;
}

/// <summary>A city: its French spellings, English name (the record's <c>location</c>) and country.</summary>
internal sealed record CityEntry(string EnglishName, string CountryCode, IReadOnlyList<string> FrenchNames);

/// <summary>A military rank and its written variants.</summary>
internal sealed record RankEntry(IReadOnlyList<string> Forms, string Branch);

/// <summary>A function (the head of a title) and its masculine, feminine or spelling variants.</summary>
internal sealed record TitleEntry(IReadOnlyList<string> Forms, string Level)
{
    /// <summary>The first written form, used as the identity of the function.</summary>
    public string Canonical => Forms[0];
}

/// <summary>How an institution word is used.</summary>
internal enum InstitutionRole
{
    /// <summary>A group or institution acting for a country (<c>délégation</c>, <c>ministère</c>).</summary>
    Body,

    /// <summary>A capitalized word of institution names (<c>Comité</c>); never part of a person's name.</summary>
    Word,

    /// <summary>A lower-case modifier inside institution names and titles (<c>central</c>, <c>populaire</c>).</summary>
    Modifier,
}

/// <summary>
/// A wording's meaning in a cue table: a value of <typeparamref name="T"/>, or (row <c>-</c>) a longer
/// wording that must not count, so that longest-match lets it shadow a shorter cue
/// (<c>mécanisme de dialogue sur la politique de défense</c> is not a policy dialogue).
/// </summary>
internal readonly record struct Cue<T>(bool Counts, T Value)
    where T : struct, Enum
{
    public static Cue<T> Parse(string text, string table)
    {
        if (text == "-")
        {
            return new Cue<T>(false, default);
        }

        return EnumNames.TryParse<T>(text, out var value)
            ? new Cue<T>(true, value)
            : throw new InvalidDataException(table + ": unknown value '" + text + "'");
    }
}

/// <summary>Reads a table's enum cell by member name.</summary>
internal static class EnumNames
{
    /// <summary>
    /// Parses a member's name, never a number or a combination (<c>3</c>, <c>Talks, Visit</c>), which
    /// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> alone would accept; no reflection.
    /// </summary>
    internal static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return Enum.TryParse(text, ignoreCase: false, out value);
    }
}
