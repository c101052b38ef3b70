using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the people named in the story with side, rank and titles. (Stub: to be implemented.)</summary>
internal static class ParticipantExtractor
{
    public static IReadOnlyList<ParticipantModel> Extract(ArticleText article, Gazetteer gazetteer, IReadOnlyList<PartnerModel> partners)
        => new ParticipantModel[0];
}
