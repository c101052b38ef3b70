using DefenseDialogues.Generator.Emit;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    public void Member_names_read_partner_and_date()
    {
        var names = MemberNames.Assign(new EquatableArray<DialogueModel>(
        [
            Record("a", "New Zealand", new DateModel(2023, 7, 17)),
            Record("b", "Japan", new DateModel(null, 3, 4)),
            Record("c", null, null),
            Record("d", "Côte d'Ivoire", new DateModel(2020, null, null)),
        ]));
        Assert.Equal(["Vietnam_NewZealand_2023_07_17", "Vietnam_Japan_03_04", "Vietnam_UnknownPartner_Undated", "Vietnam_CoteDIvoire_2020"], names);
    }

    [Fact]
    public void Colliding_names_all_take_their_id_and_stay_unique()
    {
        var date = new DateModel(2024, 2, 27);
        var names = MemberNames.Assign(new EquatableArray<DialogueModel>(
            [Record("1-x", "Japan", date), Record("1_x", "Japan", date), Record("2", "Japan", date), Record("3", "Laos", date)]));
        Assert.Equal(["Vietnam_Japan_2024_02_27_1X", "Vietnam_Japan_2024_02_27_1X_2", "Vietnam_Japan_2024_02_27_2", "Vietnam_Laos_2024_02_27"], names);
        Assert.All(names, n => Assert.True(SyntaxFacts.IsValidIdentifier(n)));
    }

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
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(text, parsed.Token.ValueText);
    }

    [Fact]
    public void Doc_text_cannot_close_the_comment_or_hide_characters()
    {
        var doc = CSharpLiteral.XmlDocText("a </summary> & <![CDATA[ x \u202E y\nz \uD800");
        Assert.Equal("a &lt;/summary&gt; &amp; &lt;![CDATA[ x &#x202E; y z &#xFFFD;", doc);
    }
}
