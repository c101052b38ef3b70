using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>
/// The small closed classes of French words the name stages need (prepositions, articles,
/// honorifics, words that end a title) and the rule that recognizes a person's name.
/// Token keys are folded, so <c>à</c> and the verb <c>a</c> share a key: <see cref="IsPreposition"/>
/// tells them apart on the written text.
/// </summary>
internal static class NameGrammar
{
    private static readonly HashSet<string> Prepositions = WordClasses.Default.Set("preposition");

    private static readonly HashSet<string> Articles = WordClasses.Default.Set("article");

    // Capitalized at the start of a sentence, never a name.
    private static readonly HashSet<string> FunctionWords = WordClasses.Default.Set("sentence-start-word", "month", "weekday");

    private static readonly HashSet<string> InnerStops = WordClasses.Default.Set("name-inner-stop");

    // Capitalized inside a name only when a name word follows (`Jean-Yves Le Drian`, `Charles De Gaulle`).
    private static readonly HashSet<string> InnerArticles = WordClasses.Default.Set("name-inner-article");

    // Lower-case name particles: `Matteo Perego di Cremnago`, `Ursula von der Leyen`.
    private static readonly HashSet<string> Particles = WordClasses.Default.Set("name-particle");

    // A title's complement stops at these: verbs, pronouns and adverbs that follow a title or a name.
    private static readonly HashSet<string> ComplementStops = WordClasses.Default.Set("complement-stop");

    // Words that may stand between a name and its following title (`X, nouvel attaché militaire`).
    private static readonly HashSet<string> TitleQualifiers = WordClasses.Default.Set("title-qualifier");

    // Verb forms and pronouns: where they stand, a clause goes on, so no apposition spans them.
    private static readonly HashSet<string> ClauseVerbs = WordClasses.Default.Set("clause-verb");

    private static readonly HashSet<string> Vessels = WordClasses.Default.Set("vessel");

    private static readonly HashSet<string> PluralFunctions = WordClasses.Default.Set("plural-function");

    private static readonly HashSet<string> NobilityStyles = WordClasses.Default.Set("nobility-style");

    private static readonly HashSet<string> Honorifics = WordClasses.Default.Set("honorific");

    private static readonly HashSet<string> PhotoPositions = WordClasses.Default.Set("photo-position");

    /// <summary><c>de, du, des, d', à, au, aux, sur</c>; the verb <c>a</c> is not <c>à</c>.</summary>
    public static bool IsPreposition(PhraseToken t)
        => t.IsWord && (Prepositions.Contains(t.Key) || (t.Key == "a" && t.Text != "a" && t.Text != "A"));

    /// <summary><c>le, la, l', les</c>.</summary>
    public static bool IsArticle(PhraseToken t) => t.IsWord && Articles.Contains(t.Key);

    /// <summary>A word that ends a title's complement.</summary>
    public static bool IsComplementStop(PhraseToken t) => t.IsWord && ComplementStops.Contains(t.Key) && !IsPreposition(t);

    /// <summary>Whether <paramref name="t"/> is a verb form or pronoun that opens a clause (<c>a</c>, <c>ont</c>, <c>qui</c>, <c>s'</c>).</summary>
    public static bool IsVerbLike(PhraseToken t) => t.IsWord && ClauseVerbs.Contains(t.Key) && !(t.Key == "a" && t.Text != "a"); // `à` folds to `a`

    /// <summary>Whether <paramref name="t"/> is a style of nobility (<c>baronne</c>, <c>Sir</c>, <c>cheikh</c>).</summary>
    public static bool IsNobilityStyle(PhraseToken t) => t.IsWord && NobilityStyles.Contains(t.Key);

    /// <summary>Whether <paramref name="t"/> names a kind of ship (<c>frégate</c>): a capitalized word after it is the ship's name.</summary>
    public static bool IsVessel(PhraseToken t) => t.IsWord && Vessels.Contains(t.Key);

    /// <summary>Whether <paramref name="t"/> is a function in the plural (<c>attachés</c>, <c>commandants</c>).</summary>
    public static bool IsPluralFunction(PhraseToken t) => t.IsWord && PluralFunctions.Contains(t.Key);

    /// <summary>A word that may qualify a title placed after a name.</summary>
    public static bool IsTitleQualifier(PhraseToken t) => t.IsWord && TitleQualifiers.Contains(t.Key);

    /// <summary>The length of an honorific at <paramref name="i"/> (<c>Mme</c>, <c>M.</c>), or 0.</summary>
    public static int HonorificAt(IReadOnlyList<PhraseToken> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsCapitalized)
        {
            return 0;
        }

        if (Honorifics.Contains(t.Key))
        {
            return i + 1 < tokens.Count && tokens[i + 1].Is(".") && !tokens[i + 1].SpaceBefore ? 2 : 1;
        }

        // `M.` is an honorific only where it cannot be an initial inside a name (`Cardozo M. Luna`).
        var afterName = i > 0 && tokens[i - 1].IsCapitalized;
        return t.Text == "M" && !afterName && i + 1 < tokens.Count && tokens[i + 1].Is(".") ? 2 : 0;
    }

    /// <summary>Whether the tokens at <paramref name="i"/> read <c>(gauche)</c>, <c>(droite)</c>…: a person in a photo.</summary>
    public static bool IsPhotoPosition(IReadOnlyList<PhraseToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].Is("("))
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k < i + 4; k++)
        {
            if (PhotoPositions.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index just past a parenthesis opened at <paramref name="i"/> (at most a few words), or <paramref name="i"/>.</summary>
    public static int SkipParenthesis(IReadOnlyList<PhraseToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].Is("("))
        {
            return i;
        }

        for (var k = i + 1; k < tokens.Count && k < i + 6; k++)
        {
            if (tokens[k].Is(")"))
            {
                return k + 1;
            }
        }

        return i;
    }

    /// <summary>
    /// The person's name starting at <paramref name="i"/>: its length in tokens, or 0. A name is a run of
    /// capitalized words (with particles, initials <c>N.</c> and hyphenated parts) that does not start
    /// with a function word, a place, a country or an institution word (<c>Lors</c>, <c>Hanoi</c>,
    /// <c>Comité</c>), and is not a city (<c>Hô Chi Minh-Ville</c>).
    /// </summary>
    public static int NameAt(IReadOnlyList<PhraseToken> tokens, int i, Gazetteer gazetteer)
    {
        if (i >= tokens.Count || !tokens[i].IsCapitalized || StartsPlace(tokens, i, gazetteer))
        {
            return 0;
        }

        // `R.K. Sharma`: initials before the first name word (not `M.`, the honorific).
        if (IsInitial(tokens, i) && tokens[i].Text != "M")
        {
            var k = i;
            while (IsInitial(tokens, k))
            {
                k += 2;
            }

            var rest = k < tokens.Count && IsNameWord(tokens[k], gazetteer, inner: true) ? NameAt(tokens, k, gazetteer) : 0;
            return rest > 0 ? k - i + rest : 0;
        }

        // `Le`, `Mai` open sentences and dates, but also Vietnamese names (`Lê Quang Minh`): such a
        // first word needs two name words after it.
        var first = tokens[i];
        var functionWordFirst = FunctionWords.Contains(first.Key);
        if ((functionWordFirst && (!gazetteer.IsVietnameseFamilyName(first.Key) || StartsPlace(tokens, i + 1, gazetteer)))
            || (!functionWordFirst && !IsNameWord(first, gazetteer)))
        {
            return 0;
        }

        var end = i + 1;
        var words = 1;
        while (end < tokens.Count && words < 6)
        {
            var t = tokens[end];
            if (IsInitial(tokens, end) && end + 2 < tokens.Count && IsNameWord(tokens[end + 2], gazetteer, inner: true))
            {
                end += 2;
            }
            else if (t.IsWord && t.SpaceBefore && IsNameWord(t, gazetteer, inner: true)
                     && (!InnerArticles.Contains(t.Key) || (end + 1 < tokens.Count && tokens[end + 1].SpaceBefore && IsNameWord(tokens[end + 1], gazetteer, inner: true) && !InnerArticles.Contains(tokens[end + 1].Key))))
            {
                end++;
                words++;
            }
            else if (t.Is("-") && !t.SpaceBefore && end + 1 < tokens.Count && !tokens[end + 1].SpaceBefore
                     && (IsNameWord(tokens[end + 1], gazetteer, inner: true) || IsLowerNameSyllable(tokens[end + 1])))
            {
                end += 2;
            }
            else if (t.IsWord && Particles.Contains(t.Key) && t.Text == t.Key && ParticlesThenName(tokens, end, gazetteer) is > 0 and var after)
            {
                // `van der Linden`, `von der Leyen`, `dos Santos`: a run of particles, then a name word.
                end = after + 1;
                words++;
            }
            else
            {
                break;
            }
        }

        if (functionWordFirst && words < 3)
        {
            return 0;
        }

        // A country name closing the run is not part of the name (`… He Wei Chine`); a city may be
        // (`Vinh` is a city and a given name).
        while (end - 1 > i && gazetteer.MatchCountryName(tokens, end - 1, out _, out _))
        {
            end--;
        }

        // A run followed by an institution word names an organization (`… Construction Group`).
        if (end < tokens.Count && tokens[end].IsCapitalized && gazetteer.MatchInstitution(tokens, end, out _, out _))
        {
            return 0;
        }

        if (gazetteer.MatchCity(tokens, i, out _, out var cityLength) && cityLength >= end - i)
        {
            return 0;
        }

        // A name cut at a glued hyphen is a compound place (`Hô Chi Minh-Ville`), not a person.
        if (end < tokens.Count && tokens[end].Is("-") && !tokens[end].SpaceBefore && end + 1 < tokens.Count && !tokens[end + 1].SpaceBefore && tokens[end + 1].IsWord)
        {
            return 0;
        }

        return end - i;
    }

    /// <summary>The folded words of a name (hyphens split), the identity the stages compare.</summary>
    public static IReadOnlyList<string> NameKeys(IReadOnlyList<PhraseToken> tokens, int start, int length)
    {
        var keys = new List<string>();
        for (var k = start; k < start + length; k++)
        {
            if (tokens[k].IsWord)
            {
                keys.Add(tokens[k].Key);
            }
        }

        return keys;
    }

    /// <summary>The written text of tokens <paramref name="start"/>..<paramref name="end"/> (exclusive), spacing kept, apostrophes straight.</summary>
    public static string Written(IReadOnlyList<PhraseToken> tokens, int start, int end, Func<int, bool>? keep = null)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
        {
            if (keep is not null && !keep(k))
            {
                continue;
            }

            var t = tokens[k];
            if (sb.Length > 0 && t.SpaceBefore && !t.Is(",") && !t.Is("."))
            {
                sb.Append(' ');
            }

            foreach (var c in t.Text)
            {
                sb.Append(CharClasses.IsApostrophe(c) ? '\'' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The lower-case second part of a hyphenated given name (<c>Seon-ho</c>, <c>Pan-iam</c>, <c>Jae-in</c>).</summary>
    private static bool IsLowerNameSyllable(PhraseToken t)
        => t.IsWord && t.Text.Length <= 4 && char.IsLower(t.Text[0]) && !FunctionWords.Contains(t.Key);

    // The name word after a run of lower-case particles starting at `i`, or 0.
    private static int ParticlesThenName(IReadOnlyList<PhraseToken> tokens, int i, Gazetteer gazetteer)
    {
        var k = i;
        while (k < tokens.Count && k - i < 3 && tokens[k].IsWord && Particles.Contains(tokens[k].Key) && tokens[k].Text == tokens[k].Key)
        {
            k++;
        }

        return k < tokens.Count && IsNameWord(tokens[k], gazetteer, inner: true) && !StartsPlace(tokens, k, gazetteer) ? k : 0;
    }

    private static bool IsInitial(IReadOnlyList<PhraseToken> tokens, int i)
        => i + 1 < tokens.Count && tokens[i].IsWord && tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0])
           && tokens[i + 1].Is(".") && !tokens[i + 1].SpaceBefore;

    // Inside a name, given names that are also French words are fine (`Trinh Van Son`, `Nguyen Thi Mai`);
    // articles and prepositions still end it.
    private static bool IsNameWord(PhraseToken t, Gazetteer gazetteer, bool inner = false)
    {
        if (!t.IsCapitalized || Honorifics.Contains(t.Key) || (inner ? InnerStops.Contains(t.Key) : FunctionWords.Contains(t.Key)))
        {
            return false;
        }

        // Acronyms (`VNA`, `ASEAN`, `ADMM`) are never names; `Jr` is.
        if (t.Text.Length > 1 && IsAllUpper(t.Text))
        {
            return false;
        }

        return !gazetteer.IsInstitutionOrAdjective(t);
    }

    private static bool StartsPlace(IReadOnlyList<PhraseToken> tokens, int i, Gazetteer gazetteer)
        => gazetteer.MatchCountryName(tokens, i, out _, out _) || gazetteer.MatchCity(tokens, i, out _, out _);

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
