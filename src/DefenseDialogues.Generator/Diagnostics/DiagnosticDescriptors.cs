using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DefenseDialogues.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, declared once. IDs are stable (see
/// AnalyzerReleases.*.md); each help link opens the README's section for it.
/// </summary>
/// <remarks>
/// A new diagnostic also needs: its id in <see cref="DiagnosticIds"/> (extraction, which has no Roslyn
/// types, names it there), a line in AnalyzerReleases.Unshipped.md, a README section and, for an article
/// warning, the <c>WarningsNotAsErrors</c> list of buildTransitive/DefenseDialogues.targets;
/// DiagnosticCatalogueTests fails until they agree.
/// </remarks>
internal static class DiagnosticDescriptors
{
    /// <summary>
    /// The README's address in the package's project (PackageProjectUrl): the help links' page unless the
    /// build sets <c>DialoguesHelpLinkBase</c> (buildTransitive/DefenseDialogues.props defaults it to this).
    /// </summary>
    public const string DefaultHelpLinkBase = "https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md";

    // Categories, as AnalyzerReleases.Unshipped.md lists them.
    private const string Input = "DefenseDialogues.Input";
    private const string Extraction = "DefenseDialogues.Extraction";
    private const string Configuration = "DefenseDialogues.Configuration";
    private const string Evidence = "DefenseDialogues.Evidence";
    private const string Meetings = "DefenseDialogues.Meetings";
    private const string Internal = "DefenseDialogues.Internal";

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        DiagnosticIds.EmptyArticle, "Empty article",
        "Article '{0}' is empty or holds only white space; it was skipped",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableArticle = Create(
        DiagnosticIds.UnreadableArticle, "Article is not readable text",
        "Article '{0}' is not UTF-8 text ({1}); it was skipped",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        DiagnosticIds.DuplicateId, "Two articles have the same id",
        "Article '{0}' has the same id '{1}' as '{2}'; only the first (ordinal path order) is kept",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoStory = Create(
        DiagnosticIds.NoStory, "Article has no story",
        "Article '{0}' has no story text after its header and captions; it was skipped",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotUtf8 = Create(
        DiagnosticIds.NotUtf8, "Article is not UTF-8",
        "Article '{0}' was decoded as {1}, not UTF-8; it was read, but save it as UTF-8 so every tool reads it alike",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndecodableBytes = Create(
        DiagnosticIds.UndecodableBytes, "Article is not valid UTF-8",
        "Article '{0}' holds {1} byte sequence(s) that are not UTF-8 (shown as U+FFFD, the first one here); it was skipped, since values read from garbled text would be wrong: re-save it as UTF-8",
        Input, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoPartner = Create(
        DiagnosticIds.NoPartner, "No partner found",
        "No partner country or organization was found in article '{0}'; the record has none",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoDate = Create(
        DiagnosticIds.NoDate, "No meeting date found",
        "No meeting date was found in article '{0}'; HeldOn is null",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoParticipant = Create(
        DiagnosticIds.NoParticipant, "No participant found",
        "No participant was found in article '{0}'; the record has none",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WeekdayMismatch = Create(
        DiagnosticIds.WeekdayMismatch, "Weekday contradicts the date",
        "Article '{0}' says '{1}' but {2} is a {3}",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ImpossibleDate = Create(
        DiagnosticIds.ImpossibleDate, "The meeting date does not exist",
        "Article '{0}' dates the meeting {1}, a day that does not exist; HeldOn is left out",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotAMeetingReport = Create(
        DiagnosticIds.NotAMeetingReport, "Article reports no defense meeting",
        "Article '{0}' does not report a defense meeting ({1}); it was skipped",
        Extraction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CorpusNeedsNewerLanguage = Create(
        DiagnosticIds.CorpusNeedsNewerLanguage, "Corpus too large for this language version",
        "The corpus holds {0:N0} characters of text, more than string literals can carry (limit {1:N0}); set <LangVersion>11</LangVersion> or later and target .NET 8 or later so the data is stored as UTF-8 literals",
        Configuration, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = Create(
        DiagnosticIds.RuntimeNotReferenced, "DefenseDialogues runtime library not referenced",
        "The DefenseDialogues generator needs the DefenseDialogues runtime library; reference the DefenseDialogues package rather than the generator alone",
        Configuration, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption, "Invalid MSBuild option",
        "MSBuild property '{0}' has the value '{1}', which is not valid ({2}); using '{3}'",
        Configuration, DiagnosticSeverity.Warning);

    /// <summary>Off unless <c>DialogueEvidenceDiagnostics</c> is true: marks each extracted value at its span in the .txt.</summary>
    public static readonly DiagnosticDescriptor ExtractedValue = Create(
        DiagnosticIds.ExtractedValue, "Extracted value",
        "{0} = {1}{2}",
        Evidence, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DisputedDate = Create(
        DiagnosticIds.DisputedDate, "Articles about one meeting disagree on its date",
        "Article '{0}' dates the meeting {1}; '{3}' ({4}) reports the same meeting on {2}: both dates are kept and the meeting's date is marked disputed",
        Meetings, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DisputedPlace = Create(
        DiagnosticIds.DisputedPlace, "Articles about one meeting disagree on its place",
        "Article '{0}' places the meeting in {1}; '{3}' ({4}) places the same meeting in {2}: both places are kept and the meeting's place is marked disputed",
        Meetings, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EditionTwice = Create(
        DiagnosticIds.EditionTwice, "One edition of a dialogue series is reported twice",
        "Article '{0}' reports edition {1} of its dialogue series on {2}, but '{4}' ({5}) reports edition {1} on {3}: one of the edition numbers or dates is wrong",
        Meetings, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EditionBackwards = Create(
        DiagnosticIds.EditionBackwards, "An edition number of a dialogue series goes backwards in time",
        "Article '{0}' reports edition {1} of its dialogue series on {2}, after edition {3} in '{4}' ({5}): an edition number or a year is wrong",
        Meetings, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError, "Article skipped after an internal error",
        "The generator failed on article '{0}' and skipped it: {1}",
        Internal, DiagnosticSeverity.Warning);

    /// <summary>Every descriptor by id, read from the fields above, so no second list can fall out of step.</summary>
    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = ReadAll();

    /// <summary>Every descriptor declared here.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    /// <summary>The descriptor of a <c>DiagnosticInfo</c>'s id.</summary>
    /// <exception cref="ArgumentException">No descriptor has that id: a diagnostic would be lost, so it is a bug to surface.</exception>
    public static DiagnosticDescriptor Get(string id)
        => s_byId.TryGetValue(id, out var descriptor) ? descriptor : throw new ArgumentException("No diagnostic descriptor has the id '" + id + "'.", nameof(id));

    private static Dictionary<string, DiagnosticDescriptor> ReadAll()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var field in typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor)
            {
                byId.Add(descriptor.Id, descriptor);
            }
        }

        return byId;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(DefaultHelpLinkBase, id));

    /// <summary>The README section of <paramref name="id"/> on the page at <paramref name="helpBase"/>.</summary>
    public static string HelpLink(string helpBase, string id) => helpBase.TrimEnd('#') + "#" + id.ToLowerInvariant();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Base), DiagnosticDescriptor> s_relinked = new();

    /// <summary>The descriptor of <paramref name="id"/>, its help link on <paramref name="helpBase"/> when one is given.</summary>
    public static DiagnosticDescriptor Get(string id, string? helpBase)
    {
        var descriptor = Get(id);
        return helpBase is null
            ? descriptor
            : s_relinked.GetOrAdd((id, helpBase), static key =>
            {
                var d = Get(key.Id);
                return new DiagnosticDescriptor(d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description, HelpLink(key.Base, key.Id), System.Linq.Enumerable.ToArray(d.CustomTags));
            });
    }
}
