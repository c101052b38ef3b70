using System.Globalization;
using System.Text;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// Synthetic VNA-style articles about Vietnam's bilateral defense meetings, recombined from the
/// parts below (written for this project, not copied from any article). Deterministic: the same
/// seed, index and size give the same text, so benchmarks and scale runs are repeatable.
/// </summary>
public static class CorpusMaker
{
    /// <summary>The default article size, close to the seeds' (~3 KB).</summary>
    public const int DefaultSize = 3_000;

    /// <summary>A partner: French name with its article (<c>le Japon</c>), the "of" form, and the adjective.</summary>
    private sealed record Partner(string Name, string Of, string Adjective, string Capital, string[] People);

    private static readonly Partner[] Partners =
    [
        new("le Japon", "du Japon", "japonais", "Tokyo", ["Takeda Hiroshi", "Morimoto Kenji", "Ishikawa Yoko"]),
        new("l'Inde", "de l'Inde", "indien", "New Delhi", ["Rajesh Kumar Mehra", "Anil Prakash Rao"]),
        new("la France", "de la France", "français", "Paris", ["Pierre Lambert", "Claire Moreau", "Olivier Garnier"]),
        new("l'Italie", "de l'Italie", "italien", "Rome", ["Marco Bellini", "Giulia Ferraro"]),
        new("la Russie", "de la Russie", "russe", "Moscou", ["Sergueï Ivanovitch Petrov", "Nikolaï Volkov"]),
        new("la Chine", "de la Chine", "chinois", "Pékin", ["Zhang Weiming", "Liu Jianguo"]),
        new("l'Australie", "de l'Australie", "australien", "Canberra", ["Michael Harris", "Sarah Collins"]),
        new("la République de Corée", "de la République de Corée", "sud-coréen", "Séoul", ["Kim Sung-ho", "Park Jae-won"]),
        new("l'Allemagne", "de l'Allemagne", "allemand", "Berlin", ["Thomas Becker", "Katrin Vogel"]),
        new("le Royaume-Uni", "du Royaume-Uni", "britannique", "Londres", ["James Whitfield", "Emma Crawford"]),
        new("les États-Unis", "des États-Unis", "américain", "Washington", ["Robert Sullivan", "Linda Hayes"]),
        new("le Canada", "du Canada", "canadien", "Ottawa", ["David Tremblay", "Julie Gagnon"]),
        new("l'Indonésie", "de l'Indonésie", "indonésien", "Jakarta", ["Agus Setiawan", "Budi Santoso"]),
        new("la Thaïlande", "de la Thaïlande", "thaïlandais", "Bangkok", ["Somchai Wongsakul", "Prasert Chaiyaporn"]),
        new("le Laos", "du Laos", "laotien", "Vientiane", ["Khamphone Sitthavong", "Bounmy Phommachanh"]),
        new("le Cambodge", "du Cambodge", "cambodgien", "Phnom Penh", ["Sok Vannak", "Chea Sophal"]),
        new("Singapour", "de Singapour", "singapourien", "Singapour", ["Lim Boon Keng", "Tan Wei Ling"]),
        new("les Philippines", "des Philippines", "philippin", "Manille", ["Ramon Dela Cruz", "Maria Santos"]),
        new("la Malaisie", "de la Malaisie", "malaisien", "Kuala Lumpur", ["Ahmad Faizal Hamid", "Nurul Aziz"]),
        new("la Nouvelle-Zélande", "de la Nouvelle-Zélande", "néo-zélandais", "Wellington", ["Andrew McKay", "Rachel Turner"]),
        new("les Pays-Bas", "des Pays-Bas", "néerlandais", "La Haye", ["Pieter van Dijk", "Anouk de Vries"]),
        new("la Belgique", "de la Belgique", "belge", "Bruxelles", ["Luc Peeters", "Sophie Dubois"]),
        new("le Brésil", "du Brésil", "brésilien", "Brasilia", ["Carlos Almeida", "Fernanda Costa"]),
        new("Cuba", "de Cuba", "cubain", "La Havane", ["Raúl Fernández Ortega", "Ernesto Díaz"]),
        new("la Mongolie", "de la Mongolie", "mongol", "Oulan-Bator", ["Batbayar Ganbold", "Tsogt Erdene"]),
        new("Israël", "d'Israël", "israélien", "Jérusalem", ["David Cohen", "Yael Levy"]),
    ];

    private static readonly string[] VnFamily = ["Nguyên", "Trân", "Lê", "Pham", "Hoàng", "Phan", "Vu", "Dang", "Bui", "Dô", "Ngô", "Duong"];
    private static readonly string[] VnMiddle = ["Van", "Xuân", "Tân", "Huu", "Duc", "Minh", "Quôc", "Thanh"];
    private static readonly string[] VnGiven = ["Hùng", "Son", "Binh", "Long", "Tuân", "Dung", "Khanh", "Nam", "Thang", "Cuong", "Hai", "Phong"];

    private static readonly string[] VnRanks = ["le général", "le général de corps d'armée", "le général de division", "le général de brigade", "le colonel supérieur", "le vice-amiral"];
    private static readonly string[] VnTitles =
    [
        "ministre de la Défense", "vice-ministre de la Défense", "chef d'état-major général de l'Armée populaire du Vietnam",
        "directeur du Département des relations extérieures du ministère de la Défense", "commandant de la Marine populaire",
        "directeur général de l'Industrie de la défense",
    ];

    private static readonly string[] ForeignTitles =
    [
        "ministre de la Défense", "vice-ministre de la Défense", "secrétaire d'État à la Défense", "chef d'état-major des armées",
        "ambassadeur au Vietnam", "attaché de défense", "commandant de la Marine", "directeur de la coopération de défense",
    ];

    /// <summary>French weekday names in <see cref="DayOfWeek"/> order.</summary>
    private static readonly string[] WeekdaysByDayOfWeek = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>The headline of some articles about a numbered dialogue.</summary>
    private const string EditionHeadline = "Le {E}e Dialogue sur la politique de défense Vietnam - {Pn}";

    private static readonly string[] Headlines =
    [
        "Le Vietnam et {P} renforcent leur coopération dans la défense",
        "Approfondir la coopération de défense Vietnam - {Pn}",
        "Le ministre de la Défense reçoit une délégation {A}",
        "Vietnam - {Pn} : vers une coopération de défense plus substantielle",
        "Promouvoir les relations de défense entre le Vietnam et {P}",
    ];

    private static readonly string[] Captions =
    [
        "Lors de l'entretien. Photo : VNA",
        "Vue de la rencontre. Photo : VNA",
        "{V} (droite) et son homologue {A}. Photo : VNA",
        "Les deux délégations lors du dialogue. Photo : VNA",
        "La cérémonie d'accueil à {C}. Photo : VNA/CVN",
    ];

    /// <summary>The lead of every article about a numbered dialogue.</summary>
    private const string DialogueLead = "{Vr} {V}, {Vt}, et {F}, {Ft} {A}, ont coprésidé {D} à {C} le {E}e Dialogue sur la politique de défense Vietnam - {Pn}.";

    private static readonly string[] Leads =
    [
        "{Vr} {V}, {Vt}, a reçu {D} à {C} {F}, {Ft} {A}, en visite de travail au Vietnam.",
        "{Vr} {V}, {Vt}, s'est entretenu {D} à {C} avec {F}, {Ft} {A}, à l'occasion de sa visite officielle {Of}.",
        "Une délégation de haut rang du ministère vietnamien de la Défense conduite par {Vr2} {V}, {Vt}, a effectué {D} une visite officielle {Of}, où elle a rencontré {F}, {Ft} {A}.",
    ];

    private static readonly string[] Links =
    [
        ">> Le Vietnam participe à la réunion des ministres de la Défense de l'ASEAN",
        ">> Renforcer la coopération dans le maintien de la paix de l'ONU",
        ">> Échange d'expériences sur la sécurité maritime dans la région",
        ">> Un navire de la Marine populaire du Vietnam en visite à l'étranger",
        ">> La coopération dans la formation militaire porte ses fruits",
        ">> Exposition internationale de défense : de nombreuses entreprises au rendez-vous",
    ];

    private static readonly string[] Body =
    [
        "Les deux parties ont passé en revue les résultats de la coopération de défense ces derniers temps, notamment dans l'échange de délégations à tous les niveaux, la formation et l'industrie de la défense.",
        "{V} a souligné que le Vietnam poursuit une politique de défense de paix et d'autodéfense, fondée sur le principe des « quatre non », et souhaite que les différends soient réglés par des moyens pacifiques, sur la base du droit international, notamment la Convention des Nations Unies sur le droit de la mer de 1982 (CNUDM).",
        "Le responsable {A} a affirmé que {P} attache une grande importance au partenariat avec le Vietnam et souhaite élargir la coopération dans le maintien de la paix de l'ONU, la médecine militaire et la recherche et le sauvetage.",
        "Les deux parties ont convenu de renforcer l'échange d'informations, la coopération dans la sécurité maritime, la cybersécurité et le règlement des conséquences de la guerre, dont le déminage et la recherche des soldats portés disparus.",
        "À cette occasion, les deux pays ont célébré le {Y}e anniversaire de l'établissement de leurs relations diplomatiques, une étape importante dans le partenariat stratégique intégral qui les unit.",
        "Selon {V}, la coopération dans la formation du personnel, les cours de langue et l'échange d'étudiants militaires constitue un pilier des relations bilatérales dans la défense.",
        "Ils ont également discuté de la situation régionale et mondiale, et souligné l'importance de la mise en œuvre intégrale de la Déclaration sur la conduite des parties en Mer Orientale (DOC) et de la conclusion prochaine d'un Code de conduite (COC) efficace.",
        "{F} a remercié la partie vietnamienne pour son accueil chaleureux et s'est dit convaincu que la coopération entre les deux ministères de la Défense continuerait de se développer de manière substantielle.",
        "Les deux parties se sont engagées à coordonner étroitement leurs positions au sein des mécanismes multilatéraux, en particulier la réunion élargie des ministres de la Défense de l'ASEAN (ADMM+) et le Forum régional de l'ASEAN.",
        "La partie vietnamienne a proposé de développer la coopération dans l'aide humanitaire, le secours en cas de catastrophe et la lutte contre le terrorisme, des domaines où les deux pays ont des atouts complémentaires.",
        "Les garde-côtes et les marines des deux pays maintiendront des visites de navires et des exercices conjoints de recherche et de sauvetage, a-t-il précisé.",
        "Auparavant, {D2}, la délégation avait visité plusieurs unités militaires et établissements de formation, dont l'Académie de la Défense à Hanoï.",
        "Les deux ministères ont signé un mémorandum d'entente sur la coopération dans la recherche scientifique et le transfert de technologie dans le domaine de l'industrie de la défense.",
        "Au cours des prochaines années, les deux parties mettront l'accent sur la gestion des frontières, la sécurité de l'information et la formation aux opérations de maintien de la paix, conformément à la Charte des Nations Unies.",
    ];

    private static readonly string[] Closings =
    [
        "Le même jour, {V} a offert un banquet en l'honneur de la délégation {A}. - VNA",
        "La délégation {A} poursuivra sa visite au Vietnam jusqu'au {D3}. - VNA",
        "Le prochain dialogue se tiendra {Of} l'année prochaine. - VNA",
        "Les deux parties ont convenu de maintenir des consultations régulières. -VNA",
    ];

    /// <summary>Writes <paramref name="count"/> articles of about <paramref name="size"/> bytes into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteCorpus(string directory, int count, int size = DefaultSize, int seed = 1)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>(count);
        foreach (var (name, text) in Articles(count, size, seed))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary><paramref name="count"/> articles: file name (<c>NNNNN_hex.txt</c>, like the seeds) and text.</summary>
    public static IEnumerable<(string FileName, string Text)> Articles(int count, int size = DefaultSize, int seed = 1)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(i, size, seed);
        }
    }

    /// <summary>Article <paramref name="index"/> of the corpus for <paramref name="seed"/>, of about <paramref name="size"/> UTF-8 bytes.</summary>
    public static (string FileName, string Text) Article(int index, int size = DefaultSize, int seed = 1)
    {
        // One generator per article, so an article does not depend on how many came before it.
        // A fixed mix of seed and index: HashCode.Combine is randomised per process, so it made a different corpus each run.
        var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
        var partnerIndex = random.Next(Partners.Length);
        var partner = Partners[partnerIndex];
        var year = 2015 + random.Next(11);
        // A numbered dialogue is one meeting a year per partner, as in real coverage: one article in 16
        // (about two per edition at 10,000) reports one, and every article about one edition gives its
        // date, place and co-chairs, the edition following the year. (Drawn per article, the editions and
        // dates made ~6,900 edition-conflict warnings and the weekdays ~4,300 wrong-weekday warnings at
        // 10,000 articles, where the 40 real dev articles give none.)
        var dialogue = random.Next(16) == 0;
        var headline = dialogue && random.Next(2) == 0 ? EditionHeadline : Pick(random, Headlines);
        var lead = dialogue ? DialogueLead : Pick(random, Leads);
        var meeting = dialogue ? new Random((partnerIndex * 1_009) + year) : random;
        var month = 1 + meeting.Next(12);
        var day = 1 + meeting.Next(28);
        var vietnamese = Pick(meeting, VnFamily) + " " + Pick(meeting, VnMiddle) + " " + Pick(meeting, VnGiven);
        var rank = Pick(meeting, VnRanks);
        var title = Pick(meeting, VnTitles) + (meeting.Next(2) == 0 ? string.Empty : " du Vietnam");
        var foreigner = Pick(meeting, partner.People);
        var foreignTitle = Pick(meeting, ForeignTitles);
        var city = dialogue
            ? (year % 2 == 0 ? "Hanoï" : partner.Capital)
            : random.Next(3) == 0 ? partner.Capital : Pick(random, ["Hanoï", "Hanoï", "Hô Chi Minh-Ville", "Dà Nang"]);
        var weekday = WeekdaysByDayOfWeek[(int)new DateTime(year, month, day).DayOfWeek];
        var slots = new Dictionary<string, string>
        {
            ["P"] = partner.Name,
            ["Pn"] = Capitalize(partner.Name.Replace("l'", string.Empty, StringComparison.Ordinal).Replace("le ", string.Empty, StringComparison.Ordinal).Replace("la ", string.Empty, StringComparison.Ordinal).Replace("les ", string.Empty, StringComparison.Ordinal)),
            ["Of"] = partner.Of,
            ["A"] = partner.Adjective,
            ["C"] = city,
            ["V"] = vietnamese,
            ["Vr"] = Capitalize(rank),
            ["Vr2"] = rank,
            ["Vt"] = title,
            ["F"] = foreigner,
            ["Ft"] = foreignTitle,
            ["E"] = (year - 2013 + (partnerIndex % 5)).ToString(CultureInfo.InvariantCulture),
            ["Y"] = (10 + 5 * random.Next(10)).ToString(CultureInfo.InvariantCulture),
            ["D"] = (random.Next(2) == 0 ? weekday + " " : "le ") + day.ToString(CultureInfo.InvariantCulture) + " " + Months[month - 1],
            ["D2"] = "le " + Math.Max(1, day - 1).ToString(CultureInfo.InvariantCulture) + " " + Months[month - 1],
            ["D3"] = Math.Min(28, day + 3).ToString(CultureInfo.InvariantCulture) + " " + Months[month - 1],
        };

        var text = new StringBuilder(size + 512);
        text.Append(" date ").Append(year.ToString("D4", CultureInfo.InvariantCulture)).Append('-').Append(month.ToString("D2", CultureInfo.InvariantCulture))
            .Append(' ').Append(Fill(headline, slots)).Append("\n\n");
        text.Append(Fill(Pick(random, Captions), slots)).Append("\n\n");
        text.Append(random.Next(4) == 0 ? slots["C"] + ", " + slots["D3"] : "Hanoï").Append(" (VNA) – ").Append(Fill(lead, slots)).Append("\n\n");
        var links = Shuffled(random, Links);
        for (var i = random.Next(3); i > 0; i--)
        {
            text.Append(links[i]).Append("\n\n");
        }

        // Body paragraphs until the size is reached; the closing line always comes last.
        var closing = Fill(Pick(random, Closings), slots);
        var target = size - Encoding.UTF8.GetByteCount(closing);
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        // Paragraphs in a shuffled order, reshuffled each round: no repeat within a 3 KB article.
        var body = Shuffled(random, Body);
        var next = 0;
        do
        {
            if (next == body.Length)
            {
                body = Shuffled(random, Body);
                next = 0;
            }

            var paragraph = Fill(body[next++], slots);
            text.Append(paragraph).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }
        while (bytes < target);

        text.Append(closing);
        var name = index.ToString("D5", CultureInfo.InvariantCulture) + "_" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture) + ".txt";
        return (name, text.ToString());
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static T[] Shuffled<T>(Random random, T[] items)
    {
        var copy = (T[])items.Clone();
        random.Shuffle(copy);
        return copy;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Fill(string template, Dictionary<string, string> slots)
    {
        var result = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            result.Append(template, i, open - i).Append(slots[template[(open + 1)..close]]);
            i = close + 1;
        }

        return result.ToString();
    }
}
