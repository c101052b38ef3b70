using DefenseDialogues.Generator.Emit;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CsCheck;
using Xunit;

namespace DefenseDialogues.Tests.Emit;

public class EmitterTests
{
    private static DialogueModel Record(string id, string? partner, DateModel? date) => new(
        id, id + ".txt", null, date, null, EquatableArray<string>.Empty, null,
        partner is null ? EquatableArray<PartnerModel>.Empty : new EquatableArray<PartnerModel>([new PartnerModel("XX", partner, partner, false)]),
        DialogueKind.Other, null, EquatableArray<ParticipantModel>.Empty, EquatableArray<Topic>.Empty,
        EquatableArray<LegalReference>.Empty, EquatableArray<AnniversaryModel>.Empty, null, null, EquatableArray<string>.Empty);

    [Fact]
    public void Member_names_come_from_the_file_name()
    {
        var names = MemberNames.Assign(new EquatableArray<DialogueModel>(
        [
            Record("000_975e3b2795ba872e", "New Zealand", new DateModel(2023, 7, 17)),
            Record("All", null, null),
            Record("Défense-Japon 2024", "Japan", new DateModel(null, 3, 4)),
            Record("class", null, null),
            Record("x.y\u202Ez", "Côte d'Ivoire", new DateModel(2020, null, null)),
        ]));
        Assert.Equal(["Article_000_975e3b2795ba872e", "Article_All", "Article_Defense_Japon_2024", "Article_class", "Article_x_y_z"], names);
        Assert.All(names, n => Assert.True(SyntaxFacts.IsValidIdentifier(n) && SyntaxFacts.GetKeywordKind(n) == SyntaxKind.None));
    }

    [Fact]
    public void Member_names_do_not_depend_on_extracted_values()
    {
        // The extractor correcting a date or a partner (or reading another text) leaves the name alone.
        string Name(string? partner, DateModel? date) => MemberNames.Assign(new EquatableArray<DialogueModel>([Record("110_x", partner, date)]))[0];
        Assert.Equal(Name("France", new DateModel(2023, 12, 18)), Name("France", new DateModel(2023, 12, 20)));
        Assert.Equal(Name("France", new DateModel(2023, 12, 18)), Name(null, null));
    }

    [Fact]
    public void Adding_articles_never_renames_an_existing_member()
    {
        // Any corpus, and the same corpus with more articles: every record keeps its name, unless a new file
        // name maps to the same identifier and sorts first (documented; ids differing only in punctuation).
        var ids = Gen.OneOf(Gen.Const("a-b"), Gen.Const("a_b"), Gen.Const("a b"), Gen.String[Gen.Char["az09-_"], 1, 6]);
        Gen.Select(ids.Array[0, 8], ids.Array[1, 8]).Sample((before, added) =>
        {
            var small = before.Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
            var large = small.Concat(added).Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
            var smallNames = Names(small);
            var largeNames = Names(large);
            Assert.Equal(large.Length, largeNames.Distinct(StringComparer.Ordinal).Count());
            for (var i = 0; i < small.Length; i++)
            {
                var stolen = large.Any(id => string.CompareOrdinal(id, small[i]) < 0 && !small.Contains(id) && MemberNames.RecordName(id) == MemberNames.RecordName(small[i]));
                if (!stolen)
                {
                    Assert.Equal(smallNames[i], largeNames[Array.IndexOf(large, small[i])]);
                }
            }
        });
    }

    [Fact]
    public void Colliding_file_names_keep_the_first_and_suffix_the_other_with_its_own_hash()
    {
        var names = Names(["1-x", "1_x", "2"]);
        Assert.Equal("Article_1_x", names[0]);
        Assert.Matches("^Article_1_x_[0-9a-f]{8}$", names[1]);
        Assert.Equal("Article_2", names[2]);
        Assert.Equal(names[1], Names(["1 x", "1_x"])[1]); // the suffix is the id's, whatever took the name
    }

    private static string[] Names(string[] ids)
        => MemberNames.Assign(new EquatableArray<DialogueModel>(ids.Select(id => Record(id, "Japan", new DateModel(2024, 2, 27))).ToArray()));

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" backslash \\ end")]
    [InlineData("\"\"\" raw { } */ // #line 1 #error x \\u0022")]
    [InlineData("line\nbreak\r\n\u2028sep\u0085")]
    [InlineData("bidi \u202Eevil\u202C \u2066x\u2069")]
    [InlineData("accents é ẫ \U0001F600 lone \uD800")]
    public void String_literals_parse_back_to_the_same_text(string text)
    {
        var literal = CSharpLiteral.String(text);
        Assert.All(literal, c => Assert.False(
            char.IsControl(c) || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c)
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator,
            "raw U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " in " + literal));
        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(text, parsed.Token.ValueText);
    }

    [Fact]
    public void Letters_are_written_as_themselves_and_every_invisible_character_is_escaped()
    {
        // Raw letters keep a large corpus's literals near the size of its text (issue 17): é is two bytes, not six.
        Assert.Equal("\"général Võ Văn Thưởng ẫ 😀 « » – ’\"", CSharpLiteral.String("général Võ Văn Thưởng ẫ 😀 « » – ’"));
        Assert.Equal(
            "\"\\u202E\\u2066\\u200B\\u00A0\\u2028\\u0085\\uE000\\uFFFE\\uD800x\"",
            CSharpLiteral.String("\u202E\u2066\u200B\u00A0\u2028\u0085\uE000\uFFFE\uD800x"));
    }

    [Fact]
    public void Doc_text_cannot_close_the_comment_or_hide_characters()
    {
        var doc = CSharpLiteral.XmlDocText("a </summary> & <![CDATA[ x \u202E y\nz \uD800");
        Assert.Equal("a &lt;/summary&gt; &amp; &lt;![CDATA[ x &#x202E; y z &#xFFFD;", doc);
    }
}
