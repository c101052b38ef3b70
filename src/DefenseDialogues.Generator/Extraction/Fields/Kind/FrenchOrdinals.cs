using System;
using System.Collections.Generic;
using System.Globalization;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields.Kind;

/// <summary>
/// French ordinals as articles write them: <c>10e</c>, <c>5 e</c>, <c>16ᵉ</c>, <c>2è</c>, <c>4ème</c>,
/// <c>1er</c>, <c>1re</c>, the words <c>premier</c> … <c>vingtième</c>, and small roman numerals
/// in capitals (<c>IIIe</c>, <c>XIIe</c>, <c>Ier</c>).
/// </summary>
internal static class FrenchOrdinals
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["premier"] = 1, ["premiere"] = 1, ["deuxieme"] = 2, ["second"] = 2, ["seconde"] = 2, ["troisieme"] = 3,
        ["quatrieme"] = 4, ["cinquieme"] = 5, ["sixieme"] = 6, ["septieme"] = 7, ["huitieme"] = 8, ["neuvieme"] = 9,
        ["dixieme"] = 10, ["onzieme"] = 11, ["douzieme"] = 12, ["treizieme"] = 13, ["quatorzieme"] = 14,
        ["quinzieme"] = 15, ["seizieme"] = 16, ["dix-septieme"] = 17, ["dix-huitieme"] = 18, ["dix-neuvieme"] = 19,
        ["vingtieme"] = 20, ["trentieme"] = 30, ["quarantieme"] = 40, ["cinquantieme"] = 50, ["soixantieme"] = 60,
        ["soixante-dixieme"] = 70, ["quatre-vingtieme"] = 80,
    };

    // The words an ordinal can start with: the ordinal words and the heads of compounds (`dix`-septième).
    private static readonly KeyFilter Heads = HeadsOf(Words.Keys);

    private static readonly HashSet<string> Suffixes = WordClasses.Default.Set("ordinal-suffix");

    /// <summary>
    /// The ordinal at token <paramref name="i"/>, or 0; <paramref name="next"/> is the token after it
    /// (<c>5 e</c> spans two tokens).
    /// </summary>
    public static int At(IReadOnlyList<PhraseToken> tokens, int i, out int next)
    {
        next = i + 1;
        var key = tokens[i].Key;
        var roman = Roman(tokens[i].Text, key);
        if (roman > 0)
        {
            return roman;
        }

        if (key.Length > 0 && !char.IsDigit(key[0]) && !Heads.MayContain(key))
        {
            return 0; // most words: neither a number nor an ordinal word nor a compound's head
        }

        // The tokenizer splits `dix-septième` at its hyphens: join glued parts and look the whole word up.
        var joined = key;
        for (var k = i + 1; k + 1 < tokens.Count && tokens[k].Is("-") && !tokens[k].SpaceBefore && !tokens[k + 1].SpaceBefore && k < i + 5; k += 2)
        {
            joined += "-" + tokens[k + 1].Key;
            if (Words.TryGetValue(joined, out var compound))
            {
                next = k + 2;
                return compound;
            }
        }

        if (Words.TryGetValue(key, out var word))
        {
            // "vingtième" in "quatre-vingtième" is the tail of a compound, read from its head.
            var tail = i >= 2 && tokens[i - 1].Is("-") && !tokens[i - 1].SpaceBefore && !tokens[i].SpaceBefore
                       && Words.ContainsKey(tokens[i - 2].Key + "-" + key);
            return tail ? 0 : word;
        }

        var digits = 0;
        while (digits < key.Length && char.IsDigit(key[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 3 || !int.TryParse(key.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            return 0;
        }

        var suffix = key.Substring(digits);
        if (suffix.Length == 0 && i + 1 < tokens.Count && tokens[i + 1].Key is "e" or "eme")
        {
            suffix = tokens[i + 1].Key; // "5 e"
            next = i + 2;
        }

        return Suffixes.Contains(suffix) && (value == 1 || suffix is not ("er" or "re" or "ere")) ? value : 0;
    }

    // Capitals I, V and X only, in canonical form, up to XXXIX: with L and C, "Le" and "Ce" would
    // read as 50th and 100th; in small letters "vie" and "xe" are words.
    private static int Roman(string text, string key)
    {
        var letters = 0;
        while (letters < text.Length && text[letters] is 'I' or 'V' or 'X')
        {
            letters++;
        }

        if (letters == 0 || letters >= key.Length || letters > 6)
        {
            return 0;
        }

        var value = 0;
        for (var k = 0; k < letters; k++)
        {
            var digit = RomanDigit(text[k]);
            value += k + 1 < letters && RomanDigit(text[k + 1]) > digit ? -digit : digit;
        }

        var suffix = key.Substring(letters);
        return value is > 0 and < 40 && ToRoman(value) == text.Substring(0, letters)
               && Suffixes.Contains(suffix) && (value == 1 || suffix is not ("er" or "re" or "ere"))
            ? value
            : 0;
    }

    private static int RomanDigit(char c) => c switch { 'I' => 1, 'V' => 5, _ => 10 };

    private static string ToRoman(int value)
    {
        var tens = new string('X', value / 10);
        return tens + (value % 10) switch
        {
            0 => "", 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", _ => "IX",
        };
    }

    private static KeyFilter HeadsOf(IEnumerable<string> words)
    {
        var heads = new KeyFilter();
        foreach (var word in words)
        {
            heads.Add(word);
            var dash = word.IndexOf('-');
            if (dash > 0)
            {
                heads.Add(word.Substring(0, dash));
            }
        }

        return heads;
    }
}
