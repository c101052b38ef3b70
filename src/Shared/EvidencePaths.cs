// The export path of an evidence field, shared as one source file by the runtime (Evidence.Path)
// and the generator (DD0301 messages), so both name a value alike.

namespace DefenseDialogues
{
    /// <summary>Names a value as the JSON export does: <c>heldOn</c>, <c>partners[1]</c>, <c>participants[0].titles[1]</c>.</summary>
    internal static class EvidencePaths
    {
        /// <summary>The path of <paramref name="field"/> at <paramref name="index"/> (and title <paramref name="item"/>).</summary>
        public static string Of(EvidenceField field, int index, int item)
        {
            var i = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (field)
            {
                case EvidenceField.Published: return "published";
                case EvidenceField.HeldOn: return "heldOn";
                case EvidenceField.Location: return "location";
                case EvidenceField.Partner: return "partners[" + i + "]";
                case EvidenceField.Kind: return "kind";
                case EvidenceField.Edition: return "edition";
                case EvidenceField.Participant: return "participants[" + i + "]";
                case EvidenceField.ParticipantRank: return "participants[" + i + "].rank";
                case EvidenceField.ParticipantTitle: return "participants[" + i + "].titles[" + item.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                case EvidenceField.Topic: return "topics[" + i + "]";
                case EvidenceField.LegalReference: return "legalReferences[" + i + "]";
                case EvidenceField.Anniversary: return "anniversaries[" + i + "]";
                case EvidenceField.Partnership: return "partnership";
                default: return "source";
            }
        }
    }
}
