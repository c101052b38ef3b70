using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;
using Xunit;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>The meeting date: the French date grammar, ranges, exclusions, the header's year, weekdays.</summary>
public class DateGrammarTests
{
    private const string Path = "/corpus/date.txt";

    private static ExtractionResult Run(string story, string? header = null)
        => ArticleExtractor.Extract(Path, (header is null ? "Un titre" : " date " + header + " Un titre") + "\n\n" + story + "\n");

    private static DateModel? HeldOn(string story, string? header = null)
    {
        var result = Run(story, header);
        Assert.NotNull(result.Dialogue);
        return result.Dialogue!.HeldOn;
    }

    private static DateModel Date(int? year, int? month, int? day) => new(year, month, day);

    [Fact]
    public void Day_and_month_without_a_year()
        => Assert.Equal(Date(null, 12, 5), HeldOn("Le ministre a reçu l'ambassadeur le 5 décembre à Hanoï."));

    [Fact]
    public void A_weekday_that_matches_the_date_is_silent()
    {
        var result = Run("Le ministre a reçu l'ambassadeur mardi 3 décembre 2024 à Hanoï.");
        Assert.Equal(Date(2024, 12, 3), result.Dialogue!.HeldOn);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.WeekdayMismatch);
    }

    [Fact]
    public void A_weekday_that_matches_with_the_headers_year_is_silent()
    {
        var result = Run("Le ministre a reçu l'ambassadeur jeudi 4 juillet à Hanoï.", header: "2024-07");
        Assert.Equal(Date(2024, 7, 4), result.Dialogue!.HeldOn);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.WeekdayMismatch);
    }

    [Fact]
    public void A_wrong_weekday_gives_DD0104_at_the_date_and_the_date_is_kept()
    {
        var text = "Un titre\n\nHanoï (VNA) - Le ministre a reçu l'ambassadeur lundi 3 décembre 2024 au siège du ministère.\n";
        var result = ArticleExtractor.Extract(Path, text);
        Assert.Equal(Date(2024, 12, 3), result.Dialogue!.HeldOn);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.WeekdayMismatch);
        Assert.Equal(["date", "lundi 3 décembre 2024", "2024-12-03", "mardi"], diagnostic.MessageArgs);
        var line = text.Split('\n')[2];
        Assert.Equal(2, diagnostic.Location.StartLine);
        Assert.Equal(line.IndexOf("lundi", StringComparison.Ordinal), diagnostic.Location.StartColumn);
        Assert.Equal("lundi 3 décembre 2024".Length, diagnostic.Location.Length);
        Assert.Equal(text.IndexOf("lundi", StringComparison.Ordinal), diagnostic.Location.Start);
    }

    [Fact]
    public void A_wrong_weekday_without_any_year_cannot_be_checked()
    {
        var result = Run("Le ministre a reçu l'ambassadeur lundi 3 décembre.");
        Assert.Equal(Date(null, 12, 3), result.Dialogue!.HeldOn);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.WeekdayMismatch);
    }

    [Fact]
    public void A_wrong_weekday_is_checked_against_the_headers_year()
    {
        // 2024-07-04 is a Thursday.
        var result = Run("Le ministre a reçu l'ambassadeur vendredi 4 juillet.", header: "2024-07");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.WeekdayMismatch);
        Assert.Equal("2024-07-04", diagnostic.MessageArgs[2]);
        Assert.Equal("jeudi", diagnostic.MessageArgs[3]);
    }

    [Fact]
    public void A_weekday_alone_is_no_date()
        => Assert.Null(HeldOn("Le ministre a reçu l'ambassadeur mardi à Hanoï."));

    [Theory]
    [InlineData("La délégation a séjourné au Japon du 1er au 4 juillet.", 7, 1)]
    [InlineData("Le dialogue s'est tenu du 28 novembre au 1er décembre à Tokyo.", 11, 28)]
    [InlineData("Les consultations ont eu lieu les 27 et 28 mars à Hanoï.", 3, 27)]
    [InlineData("Le dialogue s'est tenu du 6 au 8 août à Manille.", 8, 6)]
    public void A_range_gives_its_first_day(string story, int month, int day)
        => Assert.Equal(Date(null, month, day), HeldOn(story));

    [Theory]
    [InlineData("Le dialogue s'est tenu du 6 au 8 août 2023 à Manille.", 2023, 8, 6)]
    [InlineData("Les consultations ont eu lieu les 27 et 28 mars 2025 à Hanoï.", 2025, 3, 27)]
    [InlineData("Le dialogue s'est tenu du 30 septembre au 2 octobre 2022 à Séoul.", 2022, 9, 30)]
    public void A_range_takes_the_year_written_after_it(string story, int year, int month, int day)
        => Assert.Equal(Date(year, month, day), HeldOn(story, header: "2024-01"));

    [Theory]
    [InlineData("Les consultations ont eu lieu du mardi 3 au jeudi 5 décembre à Hanoï.", 3)]
    [InlineData("Les consultations ont eu lieu du mardi 3 décembre au jeudi 5 décembre.", 3)]
    [InlineData("Les consultations ont eu lieu du 3 au jeudi 5 décembre.", 3)]
    [InlineData("Les consultations ont eu lieu les mardi 3 et mercredi 4 décembre.", 3)]
    public void A_range_with_weekdays_gives_its_first_day(string story, int day)
        => Assert.Equal(Date(null, 12, day), HeldOn(story));

    [Fact]
    public void A_date_in_an_anniversarys_year_span_is_not_the_meeting()
    {
        Assert.Null(HeldOn("Le 70e anniversaire de la victoire de Dien Bien Phu (7 mai 1954 - 7 mai 2024) a été célébré."));
        Assert.Equal(Date(null, 5, 6), HeldOn("Le 70e anniversaire de la victoire (7 mai 1954 - 7 mai 2024) a été célébré. Le ministre a reçu l'ambassadeur le 6 mai."));
        Assert.Equal(Date(null, 5, 6), HeldOn("Le ministre a reçu l'ambassadeur (le 6 mai) au ministère."));
    }

    [Fact]
    public void A_date_years_away_from_the_publication_is_history()
    {
        Assert.Equal(Date(2024, 5, 6), HeldOn("La bataille du 7 mai 1954 a été évoquée. Le ministre a reçu l'ambassadeur le 6 mai.", header: "2024-05"));
        Assert.Equal(Date(2023, 12, 28), HeldOn("Le ministre a reçu l'ambassadeur le 28 décembre 2023.", header: "2024-01"));
        Assert.Equal(Date(2024, 5, 6), HeldOn("La bataille du 7 mai 1954 a été évoquée.\nLe ministre et l'ambassadeur le 6 mai. Photo : VNA", header: "2024-05"));
        Assert.Equal(Date(2024, 5, 4), HeldOn("Moscou, 4 mai (VNA) - La bataille du 7 mai 1954 a été évoquée.", header: "2024-05"));
        Assert.Equal(Date(1954, 5, 7), HeldOn("La bataille du 7 mai 1954 a été évoquée.", header: "2024-05")); // nothing better
        Assert.Equal(Date(1954, 5, 7), HeldOn("La bataille du 7 mai 1954 a été évoquée."));
    }

    [Fact]
    public void A_visits_range_yields_to_the_meeting_date_inside_it()
        => Assert.Equal(Date(null, 6, 13), HeldOn(
            "Le ministre effectue une visite officielle au Japon du 10 au 15 juin. Le 13 juin, il a eu un entretien avec son homologue."));

    [Fact]
    public void A_visit_range_opening_its_sentence_yields_to_the_meeting_date()
        => Assert.Equal(Date(null, 9, 2), HeldOn(
            "Du 1er au 4 septembre, le ministre a effectué une visite officielle en Inde. Le matin du 2 septembre, il a eu des pourparlers avec son homologue."));

    [Fact]
    public void A_visit_in_the_next_sentence_does_not_make_a_range_the_visits()
        => Assert.Equal(Date(null, 6, 10), HeldOn(
            "Le dialogue s'est tenu du 10 au 12 juin. Visite d'une base navale le 11 juin."));

    [Fact]
    public void An_earlier_date_in_the_lead_yields_to_the_sentence_reporting_the_meeting()
        => Assert.Equal(Date(2024, 3, 5), HeldOn(
            "Le ministre a rappelé l'accord signé le 3 mars 2024. Le 5 mars, il a eu un entretien avec son homologue.", header: "2024-03"));

    [Fact]
    public void A_meeting_sentence_in_a_later_paragraph_does_not_displace_the_leads_date()
        => Assert.Equal(Date(null, 3, 3), HeldOn(
            "Le ministre est arrivé le 3 mars à Hanoï.\n\nIl avait reçu le 1er mars une autre délégation."));

    [Fact]
    public void A_range_that_is_not_a_visit_does_not_yield()
        => Assert.Equal(Date(null, 6, 10), HeldOn(
            "Le dialogue s'est tenu du 10 au 12 juin à Tokyo. Le 11 juin, les délégations ont visité une base."));

    [Fact]
    public void A_later_date_outside_the_visits_range_does_not_replace_it()
        => Assert.Equal(Date(null, 6, 10), HeldOn(
            "Le ministre effectue une visite officielle au Japon du 10 au 15 juin. Le 3 juin, les deux pays avaient signé un accord."));

    [Fact]
    public void A_date_after_depuis_is_not_the_meeting()
    {
        Assert.Equal(Date(null, 5, 20), HeldOn("Depuis le 5 mai, les deux armées échangent des officiers. Le 20 mai, le ministre a reçu l'attaché."));
        Assert.Null(HeldOn("Les deux armées échangent des officiers depuis le 5 mai."));
    }

    [Fact]
    public void A_date_after_d_ici_is_not_the_meeting()
        => Assert.Null(HeldOn("Les deux parties veulent signer l'accord d'ici le 30 septembre."));

    [Fact]
    public void The_headers_year_is_used_when_the_months_agree()
        => Assert.Equal(Date(2024, 7, 4), HeldOn("Le ministre a reçu l'ambassadeur le 4 juillet.", header: "2024-07"));

    [Fact]
    public void The_headers_year_is_not_used_when_the_months_differ()
        => Assert.Equal(Date(null, 7, 30), HeldOn("Le ministre a reçu l'ambassadeur le 30 juillet.", header: "2024-08"));

    [Fact]
    public void An_explicit_year_wins_over_the_header()
        => Assert.Equal(Date(2023, 7, 4), HeldOn("Le ministre a reçu l'ambassadeur le 4 juillet 2023.", header: "2024-07"));

    [Fact]
    public void A_full_date_header_gives_its_year_when_the_months_agree()
        => Assert.Equal(Date(2024, 7, 4), HeldOn("Le ministre a reçu l'ambassadeur le 4 juillet.", header: "2024-07-05"));

    [Fact]
    public void The_dateline_date_is_the_fallback()
    {
        Assert.Equal(Date(null, 7, 4), HeldOn("Rome, 4 juillet (VNA) - Le ministre a reçu son homologue italien."));
        Assert.Equal(Date(2024, 7, 4), HeldOn("Rome, 4 juillet (VNA) - Le ministre a reçu son homologue italien.", header: "2024-07"));
    }

    [Fact]
    public void A_dateline_with_its_year_gives_the_year()
    {
        var result = Run("Budapest, 17 septembre 2025 (VNA) - Le ministre a reçu son homologue hongrois.");
        Assert.Equal(Date(2025, 9, 17), result.Dialogue!.HeldOn);
        Assert.Equal("Budapest", result.Dialogue.Location);
        Assert.Equal("VNA", result.Dialogue.Source);
        Assert.StartsWith("Le ministre", result.Dialogue.Paragraphs[0], StringComparison.Ordinal);
        // The year written in the dateline wins over the header's.
        Assert.Equal(Date(2025, 9, 17), HeldOn("Budapest, 17 septembre 2025 (VNA) - Le ministre a reçu son homologue hongrois.", header: "2024-09"));
    }

    [Fact]
    public void A_numeric_dateline_is_a_dateline()
    {
        var result = Run("Vientiane, 12/3 (VNA) - Le ministre a reçu son homologue lao.", header: "2025-03");
        Assert.Equal(Date(2025, 3, 12), result.Dialogue!.HeldOn);
        Assert.Equal("Vientiane", result.Dialogue.Location);
        Assert.StartsWith("Le ministre", result.Dialogue.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Le dialogue s'est tenu le jeudi 18/9 à Wellington.", null, 9, 18)]
    [InlineData("Le dialogue s'est tenu le 18/09 à Wellington.", null, 9, 18)]
    [InlineData("Le dialogue s'est tenu jeudi 18/9/2025 à Wellington.", 2025, 9, 18)]
    public void A_numeric_day_and_month_after_le_or_a_weekday_is_a_date(string story, int? year, int month, int day)
        => Assert.Equal(Date(year, month, day), HeldOn(story));

    [Theory]
    [InlineData("Le dialogue a réuni 1/3 des officiers du commandement.")]
    [InlineData("Le dialogue s'est tenu, le score était de 3/2.")]
    [InlineData("Le dialogue s'est tenu le 31/2 à Wellington.")]
    [InlineData("Le dialogue s'est tenu le 18/13 à Wellington.")]
    [InlineData("Le dialogue s'est tenu le 18/9/25 à Wellington.")]
    public void Other_numbers_with_a_slash_are_not_dates(string story)
        => Assert.Null(HeldOn(story));

    [Fact]
    public void The_meetings_date_wins_over_a_different_dateline_date()
        => Assert.Equal(Date(null, 7, 3), HeldOn("Rome, 4 juillet (VNA) - Le ministre a reçu son homologue italien le 3 juillet."));

    [Theory]
    [InlineData("le 14 février", 2, 14)]
    [InlineData("le 14 fevrier", 2, 14)]
    [InlineData("le 15 Août", 8, 15)]
    [InlineData("le 15 aout", 8, 15)]
    [InlineData("le 1er mars", 3, 1)]
    [InlineData("le 1er Décembre", 12, 1)]
    [InlineData("le 31 janvier", 1, 31)]
    [InlineData("le 29 février", 2, 29)]
    public void Month_names_with_or_without_accents_and_the_first_of_the_month(string date, int month, int day)
        => Assert.Equal(Date(null, month, day), HeldOn("Le ministre a reçu l'ambassadeur " + date + " à Hanoï."));

    [Theory]
    [InlineData("le 31 février")]
    [InlineData("le 2er mars")]
    [InlineData("le 32 mars")]
    public void Impossible_days_are_no_date(string date)
        => Assert.Null(HeldOn("Le ministre a reçu l'ambassadeur " + date + " à Hanoï."));

    [Fact]
    public void No_date_gives_null_and_DD0102_on_the_first_paragraph()
    {
        var text = " date 2024-07 Un titre\n\nHanoï (VNA) - Le ministre a reçu l'ambassadeur du Japon.\n";
        var result = ArticleExtractor.Extract(Path, text);
        Assert.Null(result.Dialogue!.HeldOn);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.NoDate);
        Assert.Equal(2, diagnostic.Location.StartLine);
        Assert.Equal(["date"], diagnostic.MessageArgs);
    }

    [Theory]
    [InlineData("Le 12, le ministre a reçu l'ambassadeur.")]
    [InlineData("Les consultations ont eu lieu du 5 au 8 à Hanoï.")]
    [InlineData("Les consultations ont eu lieu les 5 et 6 à Hanoï.")]
    [InlineData("Le ministre a reçu 12 officiers.")]
    public void A_day_without_a_month_is_never_produced(string story)
    {
        var result = Run(story, header: "2024-07");
        Assert.Null(result.Dialogue!.HeldOn);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.NoDate);
    }

    [Fact]
    public void A_date_in_a_link_line_is_ignored()
        => Assert.Null(HeldOn("Le ministre a reçu l'ambassadeur.\n>> Le 5 mai, une autre rencontre a eu lieu"));

    [Fact]
    public void A_date_in_a_caption_counts_only_when_the_story_has_none()
    {
        Assert.Equal(Date(null, 5, 9), HeldOn("Le ministre a reçu l'ambassadeur.\nLe ministre et l'ambassadeur le 9 mai. Photo : VNA"));
        Assert.Equal(Date(null, 5, 7), HeldOn("Le ministre a reçu l'ambassadeur le 7 mai.\nLe ministre et l'ambassadeur le 9 mai. Photo : VNA"));
    }

    [Fact]
    public void The_first_date_of_the_story_is_the_meetings()
        => Assert.Equal(Date(2025, 3, 27), HeldOn("Le ministre a reçu l'ambassadeur le 27 mars 2025. Les deux pays fêteront leur anniversaire le 12 juillet."));
}
