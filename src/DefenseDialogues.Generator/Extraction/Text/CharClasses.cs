namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// The typographic variants the texts mix (VNA pages use straight and curly apostrophes, hyphens, en
/// and em dashes, no-break spaces): one definition for the tokenizer, the folding and the readers.
/// </summary>
internal static class CharClasses
{
    /// <summary>An apostrophe as written in a word (<c>l'</c>, <c>l’</c>, <c>lʼ</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    /// <summary>A hyphen or dash of any width (U+2010–U+2014).</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    /// <summary>A dash that separates (a dateline from its story, a credit, a range): hyphen-minus, en or em dash.</summary>
    public static bool IsSeparatorDash(char c) => c is '-' or '\u2013' or '\u2014';

    /// <summary>A space that does not break (U+00A0, U+202F, U+2007): a space for every comparison.</summary>
    public static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';
}
