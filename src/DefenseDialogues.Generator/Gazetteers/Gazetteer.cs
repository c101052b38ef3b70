namespace DefenseDialogues.Generator.Gazetteers;

/// <summary>
/// The data tables (countries and organizations, cities, ranks, titles), loaded once from the
/// embedded TSV files beside this class. (Skeleton: to be implemented.)
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>The tables embedded in the generator, loaded on first use.</summary>
    public static Gazetteer Default { get; } = new Gazetteer();
}
