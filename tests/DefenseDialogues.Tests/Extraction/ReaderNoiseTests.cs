using DefenseDialogues.Tests.Infrastructure;
using System.Text;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;
using Xunit;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>
/// The reader splits an article into header, headline, captions, dateline, paragraphs and source,
/// and drops the page noise. Snippets are hand-written in the genre's style.
/// </summary>
public class ReaderNoiseTests
{
    private const string Path = "/corpus/essai.txt";

    private static ArticleText Read(string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var article = ArticleReader.Read(Path, text, diagnostics, CancellationToken.None);
        Assert.NotNull(article);
        Assert.Empty(diagnostics);
        return article!;
    }

    private static (ArticleText? Article, DiagnosticInfo Diagnostic) ReadRejected(string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var article = ArticleReader.Read(Path, text, diagnostics, CancellationToken.None);
        return (article, Assert.Single(diagnostics));
    }

    private static string[] Texts(ArticleText article) => article.Paragraphs.Select(p => p.Text).ToArray();

    // ---- header -------------------------------------------------------------------------------

    [Fact]
    public void A_month_header_gives_published_and_its_text_is_the_headline()
    {
        var article = Read(" date 2024-05 Le Vietnam et la Pologne renforcent leurs liens de défense\n\nVarsovie (VNA) - Le vice-ministre a eu un entretien avec son homologue le 6 mai.\n");
        Assert.Equal(new YearMonthModel(2024, 5), article.Published);
        Assert.Null(article.HeaderDay);
        Assert.Equal("Le Vietnam et la Pologne renforcent leurs liens de défense", article.Headline);
        Assert.Equal(["Le vice-ministre a eu un entretien avec son homologue le 6 mai."], Texts(article));
        Assert.Equal("Varsovie", article.Dateline?.City);
    }

    [Fact]
    public void A_full_date_header_keeps_the_month_and_the_day_apart()
    {
        var article = Read(" date 2024-05-12 Coopération de défense Vietnam - Chili\n\nSantiago (VNA) - Les deux armées ont signé un protocole.\n");
        Assert.Equal(new YearMonthModel(2024, 5), article.Published);
        Assert.Equal(12, article.HeaderDay);
        Assert.Equal("Coopération de défense Vietnam - Chili", article.Headline);
    }

    [Fact]
    public void A_header_that_is_only_a_caption_gives_no_headline()
    {
        var article = Read(" date 2023-11 Le ministre serre la main de son homologue lors de la cérémonie. Photo : VNA\n\nHanoï (VNA) - Le ministre a reçu son homologue le 3 novembre.\n");
        Assert.Null(article.Headline);
        Assert.Equal(["Le ministre serre la main de son homologue lors de la cérémonie."], article.Captions);
        Assert.Equal(["Le ministre a reçu son homologue le 3 novembre."], Texts(article));
    }

    [Fact]
    public void A_header_that_holds_a_headline_and_a_caption_splits_at_the_artefact()
    {
        var article = Read(" date 2023-11 Le Vietnam et la Suède renforcent leur coopération ảnh 1Les deux délégations au ministère. Photo: VNA\n\nHanoï (VNA) - Le ministre a reçu son homologue.\n");
        Assert.Equal("Le Vietnam et la Suède renforcent leur coopération", article.Headline);
        Assert.Equal(["Les deux délégations au ministère."], article.Captions);
    }

    [Fact]
    public void A_header_that_is_the_lead_sentence_is_the_first_paragraph()
    {
        var lead = "Le vice-ministre de la Défense a accueilli mardi une délégation de l'armée finlandaise venue discuter de la formation des officiers et des échanges de délégations.";
        var article = Read(" date 2024-03 " + lead + "\n\nLes deux parties ont convenu de poursuivre le dialogue.\n");
        Assert.Equal(new YearMonthModel(2024, 3), article.Published);
        Assert.Null(article.Headline);
        Assert.Equal([lead, "Les deux parties ont convenu de poursuivre le dialogue."], Texts(article));
    }

    [Fact]
    public void A_header_that_opens_with_a_dateline_is_the_lead()
    {
        var article = Read(" date 2024-03 Helsinki (VNA) – Le vice-ministre a tenu des pourparlers le 5 mars.\n\nLes deux parties ont salué les résultats.\n");
        Assert.Null(article.Headline);
        Assert.Equal("Helsinki", article.Dateline?.City);
        Assert.Equal("VNA", article.Source);
        Assert.Equal(["Le vice-ministre a tenu des pourparlers le 5 mars.", "Les deux parties ont salué les résultats."], Texts(article));
    }

    [Fact]
    public void Caption_dateline_and_lead_on_the_header_line_are_separated()
    {
        var text = " date 2024-09 Les deux ministres passent en revue la garde d'honneur. Photo: VNA Vientiane (VNA) – Les ministères de la Défense des deux pays ont tenu leur réunion annuelle.\nLes deux parties ont adopté un plan.\n";
        var article = Read(text);
        Assert.Null(article.Headline);
        Assert.Equal(["Les deux ministres passent en revue la garde d'honneur."], article.Captions);
        Assert.Equal("Vientiane", article.Dateline?.City);
        Assert.Equal("VNA", article.Source);
        Assert.Equal(["Les ministères de la Défense des deux pays ont tenu leur réunion annuelle.", "Les deux parties ont adopté un plan."], Texts(article));

        // The lead paragraph points past the caption and the dateline, on the header line.
        var lead = article.Paragraphs[0];
        Assert.Equal(0, article.LineOf(lead));
        Assert.StartsWith("Les ministères de la Défense", text.Split('\n')[0].Substring(article.ColumnOf(lead)), StringComparison.Ordinal);
        Assert.StartsWith("Les ministères de la Défense", text.Substring(article.OffsetOf(lead)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_header_the_first_line_is_the_headline()
    {
        var article = Read("Le Vietnam et l'Estonie discutent de cybersécurité\nTallinn (VNA) - Les deux délégations se sont entretenues le 2 avril.\n");
        Assert.Null(article.Published);
        Assert.Equal("Le Vietnam et l'Estonie discutent de cybersécurité", article.Headline);
        Assert.Equal(["Les deux délégations se sont entretenues le 2 avril."], Texts(article));
    }

    [Fact]
    public void A_line_that_merely_starts_with_date_is_not_a_header()
    {
        var article = Read(" date limite pour la coopération\n\nHanoï (VNA) - Le ministre a reçu l'attaché militaire.\n");
        Assert.Null(article.Published);
        Assert.Equal("date limite pour la coopération", article.Headline);
    }

    // ---- captions -----------------------------------------------------------------------------

    [Fact]
    public void A_caption_with_its_credit_on_the_same_line_is_taken_out_of_the_story()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nLe ministre et l'ambassadeur au siège du ministère. Photo : VNA/CVN\nLes deux parties ont évoqué la formation.\n");
        Assert.Equal(["Le ministre et l'ambassadeur au siège du ministère."], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void A_caption_with_a_bracketed_credit_loses_the_bracket()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nLe ministre accueille l'ambassadeur (Photo: VNA)\n");
        Assert.Equal(["Le ministre accueille l'ambassadeur"], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    [Fact]
    public void A_credit_alone_on_the_next_line_makes_the_line_above_a_caption()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nLe ministre accueille l'ambassadeur au ministère\nPhoto : qdnd.vn\nLes deux parties ont évoqué la formation.\n");
        Assert.Equal(["Le ministre accueille l'ambassadeur au ministère"], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void A_bracketed_credit_alone_on_the_next_line_also_closes_a_caption()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nLe ministre accueille l'ambassadeur au ministère\n(Photo: VNA)\n");
        Assert.Equal(["Le ministre accueille l'ambassadeur au ministère"], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    [Fact]
    public void A_credit_alone_under_the_first_line_makes_it_a_caption_not_the_headline()
    {
        var article = Read("Le ministre et son homologue devant le palais.\nPhoto : QDND/CVN\n\nVientiane (VNA) - Le ministre a eu un entretien avec son homologue.\n");
        Assert.Null(article.Headline);
        Assert.Equal(["Le ministre et son homologue devant le palais."], article.Captions);
        Assert.Equal(["Le ministre a eu un entretien avec son homologue."], Texts(article));
    }

    [Fact]
    public void A_credit_alone_under_the_header_makes_its_text_a_caption()
    {
        var article = Read(" date 2024-04 Les deux délégations au ministère\nPhoto: VNA\n\nHanoï (VNA) - Le ministre a reçu la délégation.\n");
        Assert.Equal(new YearMonthModel(2024, 4), article.Published);
        Assert.Null(article.Headline);
        Assert.Equal(["Les deux délégations au ministère"], article.Captions);
    }

    [Fact]
    public void A_credit_under_a_caption_already_read_leaves_the_paragraph_above_it_alone()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nTitre ảnh 1Le ministre et l'ambassadeur.\nPhoto : VNA\n");
        Assert.Equal(["Le ministre et l'ambassadeur."], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    [Fact]
    public void A_dateline_with_its_year_is_the_dateline()
    {
        // Found on an unseen article: the year kept the dateline out, so its credit was lost and its text stayed in the story.
        var article = Read("Titre\nBudapest, 17 septembre 2025 (VNA) - Le ministre a reçu l'ambassadeur.\nLes deux parties ont évoqué la formation.\n");
        Assert.Equal("VNA", article.Source);
        Assert.Equal("Budapest", article.Dateline?.City);
        Assert.Equal((17, 9, 2025), (article.Dateline?.Day, article.Dateline?.Month, article.Dateline?.Year));
        Assert.Equal("17 septembre 2025", article.Dateline?.DateSpan?.Text);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void A_lead_with_a_stray_photo_credit_stays_the_story()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur le 3 mai. Photo : VNA\nLes deux parties ont évoqué la formation.\n");
        Assert.Empty(article.Captions);
        Assert.Equal("VNA", article.Source);
        Assert.Equal("Hanoï", article.Dateline?.City);
        Assert.Equal(["Le ministre a reçu l'ambassadeur le 3 mai.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void A_credit_alone_after_a_blank_line_captions_nothing()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n\nPhoto : VNA\nLes deux parties ont évoqué la formation.\n");
        Assert.Empty(article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Theory]
    [InlineData("Un titre de la page ảnh 1Le général salue la délégation. Photo: VNA")]
    [InlineData("Un titre de la page hinh anh 1Le général salue la délégation. Photo: VNA")]
    [InlineData("Un titre de la page hình ảnh 2Le général salue la délégation. Photo : VOV")]
    public void Image_artefacts_are_cut_from_captions_in_the_story(string captionLine)
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n" + captionLine + "\nLes deux parties ont évoqué la formation.\n");
        Assert.Equal(["Le général salue la délégation."], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void An_artefact_without_a_credit_still_marks_a_caption_on_the_first_line()
    {
        var article = Read("Le Vietnam et le Pérou coopèrent hinh anh 1Le chef d'état-major et son homologue péruvien.\nLima (VNA) - Les deux chefs ont eu un entretien.\n");
        Assert.Equal("Le Vietnam et le Pérou coopèrent", article.Headline);
        Assert.Equal(["Le chef d'état-major et son homologue péruvien."], article.Captions);
        Assert.Equal(["Les deux chefs ont eu un entretien."], Texts(article));
    }

    [Fact]
    public void A_caption_repeated_word_for_word_is_listed_once()
    {
        var article = Read(" date 2024-02 Les ministres signent le protocole. Photo : VNA\nHanoï (VNA) - Les ministres ont signé un protocole.\nLes ministres signent le protocole. Photo : VNA\nLes ministres signent le protocole.\nPhoto : VNA\n");
        Assert.Equal(["Les ministres signent le protocole."], article.Captions);
        Assert.Equal(["Les ministres ont signé un protocole."], Texts(article));
    }

    // ---- links, Voir plus, footers ------------------------------------------------------------

    [Fact]
    public void Related_article_links_are_removed()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n>> Le Vietnam et l'Inde discutent de l'industrie de défense\n>>Le Japon offre du matériel\nLes deux parties ont évoqué la formation.\n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Inde", StringComparison.Ordinal) || p.Text.Contains("Japon", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_after_Voir_plus_is_another_story()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\nVoir plus\nUn autre ministre salue la foule. Photo : VNA\nUn autre titre\nMoscou (VNA) - Une autre histoire commence ici.\n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
        Assert.Empty(article.Captions);
        Assert.Equal("Hanoï", article.Dateline?.City);
    }

    [Theory]
    [InlineData("Rédactrice en chef : Nguyen Thi Mai")]
    [InlineData("Permis de publication n° 123/GP-BTTTT")]
    [InlineData("back to top")]
    [InlineData("Rédacteur en chef : Tran Van Binh")]
    public void Site_footer_lines_end_the_story(string footer)
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n" + footer + "\nUne ligne de pied de page.\n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    [Fact]
    public void Lines_of_non_breaking_spaces_are_blank()
    {
        var article = Read("Titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n\u00A0\u00A0\u00A0\nPhoto : VNA\n");
        Assert.Empty(article.Captions); // the NBSP line separates: the credit captions nothing
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    // ---- trailers and source ------------------------------------------------------------------

    [Theory]
    [InlineData("Les deux parties ont évoqué la formation. - VNA", "VNA")]
    [InlineData("Les deux parties ont évoqué la formation.-VNA", "VNA")]
    [InlineData("Les deux parties ont évoqué la formation. -VNA/VI", "VNA/VI")]
    [InlineData("Les deux parties ont évoqué la formation. - AVI", "AVI")]
    [InlineData("Les deux parties ont évoqué la formation. – VNA/CVN", "VNA/CVN")]
    public void A_trailer_is_stripped_and_gives_the_source(string last, string source)
    {
        var article = Read("Titre\nLe ministre a reçu l'ambassadeur.\n" + last + "\n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void A_trailer_alone_on_its_line_gives_the_source()
    {
        var article = Read("Titre\nLe ministre a reçu l'ambassadeur.\nVNA/CVN\n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
        Assert.Equal("VNA/CVN", article.Source);
    }

    [Fact]
    public void An_agency_named_inside_a_sentence_is_not_a_trailer()
    {
        var article = Read("Titre\nLe ministre a accordé une interview à la VNA\n");
        Assert.Equal(["Le ministre a accordé une interview à la VNA"], Texts(article));
        Assert.Null(article.Source);
    }

    [Fact]
    public void The_dateline_credit_wins_over_the_trailer()
    {
        var article = Read("Titre\nBangkok (VNA/CVN) - Le ministre a reçu l'ambassadeur.\nLes deux parties ont évoqué la formation. - VNA\n");
        Assert.Equal("VNA/CVN", article.Source);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
    }

    [Fact]
    public void A_photo_credit_is_never_the_source()
    {
        var article = Read("Titre\nLe ministre a reçu l'ambassadeur.\nLe ministre et l'ambassadeur. Photo : VNA\n");
        Assert.Null(article.Source);
        Assert.Null(article.Dateline);
        Assert.Equal(["Le ministre et l'ambassadeur."], article.Captions);
    }

    // ---- cleaning -----------------------------------------------------------------------------

    [Fact]
    public void Glued_sentences_get_one_space()
    {
        var article = Read("Titre\nLes deux parties renforcent leur coopération.Les deux ministres ont signé un accord.\n");
        Assert.Equal(["Les deux parties renforcent leur coopération. Les deux ministres ont signé un accord."], Texts(article));
    }

    [Theory]
    [InlineData("Le secrétaire Delfin N. Lorenzana a salué le ministre.")]
    [InlineData("Selon le site qdnd.vn, les deux armées coopèrent.")]
    [InlineData("Le budget a augmenté de 1.5 pour cent.")]
    [InlineData("Le général M.Tanaka a salué le ministre.")]
    public void Initials_domains_and_numbers_are_not_glued_sentences(string sentence)
    {
        var article = Read("Titre\n" + sentence + "\n");
        Assert.Equal([sentence], Texts(article));
    }

    [Fact]
    public void Runs_of_white_space_fold_to_one_space()
    {
        var article = Read("Titre\nLe ministre  a\treçu\u00A0l'ambassadeur.   \n");
        Assert.Equal(["Le ministre a reçu l'ambassadeur."], Texts(article));
    }

    // ---- line endings, BOM, normalization, positions -------------------------------------------

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_line_ending_gives_the_same_parts_and_line_numbers(string eol)
    {
        var text = string.Join(eol, " date 2024-06 Un titre", string.Empty, "Oslo (VNA) - Le ministre a reçu l'ambassadeur.", "Une légende. Photo : VNA", "Les deux parties ont évoqué la formation. - VNA", string.Empty);
        var article = Read(text);
        Assert.Equal("Un titre", article.Headline);
        Assert.Equal(["Une légende."], article.Captions);
        Assert.Equal(["Le ministre a reçu l'ambassadeur.", "Les deux parties ont évoqué la formation."], Texts(article));
        Assert.Equal([2, 4], article.Paragraphs.Select(p => article.LineOf(p)));
        Assert.All(article.Paragraphs, p => Assert.DoesNotContain('\r', p.Text));
        Assert.Equal("Oslo", article.Dateline?.City);
        Assert.Equal(2, article.LineOf(article.Dateline!.Unit!));
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        var text = "\uFEFF date 2024-06 Un titre\nOslo (VNA) - Le ministre a reçu l'ambassadeur.\n";
        var article = Read(text);
        Assert.Equal(new YearMonthModel(2024, 6), article.Published);
        Assert.Equal("Un titre", article.Headline);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains('\uFEFF'));
    }

    [Fact]
    public void A_byte_order_mark_before_a_headline_is_not_in_it()
    {
        var article = Read("\uFEFFUn titre\nLe ministre a reçu l'ambassadeur.\n");
        Assert.Equal("Un titre", article.Headline);
    }

    [Fact]
    public void Decomposed_accents_are_composed()
    {
        var nfd = "Titre\nLe ministre de la De\u0301fense a rec\u0327u l'attache\u0301 militaire.\nUne le\u0301gende. Photo : VNA\n";
        Assert.False(nfd.IsNormalized(NormalizationForm.FormC));
        var article = Read(nfd);
        Assert.Equal(["Le ministre de la Défense a reçu l'attaché militaire."], Texts(article));
        Assert.Equal(["Une légende."], article.Captions);
        Assert.All(article.Paragraphs, p => Assert.True(p.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Paragraph_positions_point_into_the_original_text()
    {
        var text = " date 2024-06 Un titre\n\n   Oslo (VNA) - Le ministre a reçu l'ambassadeur.\n>> Un lien\n  Les deux parties ont évoqué la formation.\nUne légende. Photo : VNA\n\tLe ministre a remercié son hôte. - VNA\n";
        var lines = text.Split('\n');
        var article = Read(text);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal([2, 4, 6], article.Paragraphs.Select(p => article.LineOf(p)));
        foreach (var p in article.Paragraphs)
        {
            var head = p.Text.Substring(0, 12);
            Assert.StartsWith(head, lines[article.LineOf(p)].Substring(article.ColumnOf(p)), StringComparison.Ordinal);
            Assert.StartsWith(head, text.Substring(article.OffsetOf(p)), StringComparison.Ordinal);
        }

        Assert.Equal(lines[2].IndexOf("Le ministre", StringComparison.Ordinal), article.ColumnOf(article.Paragraphs[0]));
        Assert.Equal(3, article.ColumnOf(article.Dateline!.Unit!));
    }

    [Fact]
    public void Paragraph_positions_count_crlf_and_the_byte_order_mark()
    {
        var text = "\uFEFFUn titre\r\n\r\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\r\nLes deux parties ont évoqué la formation.\r\n";
        var lines = text.Split("\r\n");
        var article = Read(text);
        Assert.Equal([2, 3], article.Paragraphs.Select(p => article.LineOf(p)));
        foreach (var p in article.Paragraphs)
        {
            Assert.StartsWith(p.Text.Substring(0, 10), lines[article.LineOf(p)].Substring(article.ColumnOf(p)), StringComparison.Ordinal);
            Assert.StartsWith(p.Text.Substring(0, 10), text.Substring(article.OffsetOf(p)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraph_positions_on_cr_only_text()
    {
        var text = "Un titre\r\rHanoï (VNA) - Le ministre a reçu l'ambassadeur.\r  Les deux parties ont évoqué la formation.\r";
        var lines = text.Split('\r');
        var article = Read(text);
        Assert.Equal([2, 3], article.Paragraphs.Select(p => article.LineOf(p)));
        foreach (var p in article.Paragraphs)
        {
            Assert.StartsWith(p.Text.Substring(0, 10), lines[article.LineOf(p)].Substring(article.ColumnOf(p)), StringComparison.Ordinal);
            Assert.StartsWith(p.Text.Substring(0, 10), text.Substring(article.OffsetOf(p)), StringComparison.Ordinal);
        }
    }

    // ---- unusable files -----------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_gives_DD0001_at_the_file_start(string text)
    {
        var (article, diagnostic) = ReadRejected(text);
        Assert.Null(article);
        Assert.Equal(DiagnosticIds.EmptyArticle, diagnostic.Id);
        Assert.Equal(TextLocation.FileStart(Path), diagnostic.Location);
        Assert.Equal(["essai.txt"], diagnostic.MessageArgs);
    }

    [Fact]
    public void A_NUL_byte_gives_DD0002_where_it_is()
    {
        var (article, diagnostic) = ReadRejected("Titre\nUne ligne\nabc\0def\n");
        Assert.Null(article);
        Assert.Equal(DiagnosticIds.UnreadableArticle, diagnostic.Id);
        Assert.Equal((2, 3), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal(19, diagnostic.Location.Start);
        Assert.Equal("essai.txt", diagnostic.MessageArgs[0]);
    }

    [Theory]
    [InlineData(" date 2024-05 Un titre\n")]
    [InlineData(" date 2024-05 Un titre\n\n>> Un lien vers une autre histoire\n")]
    [InlineData(" date 2024-05 Une légende. Photo : VNA\nVoir plus\nUne autre histoire.\n")]
    public void A_header_without_a_story_gives_DD0004_on_the_header(string text)
    {
        var (article, diagnostic) = ReadRejected(text);
        Assert.Null(article);
        Assert.Equal(DiagnosticIds.NoStory, diagnostic.Id);
        Assert.Equal((0, 1), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal("essai.txt", diagnostic.MessageArgs[0]);
    }

    [Fact]
    public void Through_the_extractor_an_unusable_file_gives_no_record()
    {
        var result = ArticleExtractor.Extract(Path, " date 2024-05 Un titre\n");
        Assert.Null(result.Dialogue);
        Assert.Equal([DiagnosticIds.NoStory], result.Diagnostics.Select(d => d.Id));
    }
}
