using System;

namespace DefenseDialogues
{
    /// <summary>A set of <see cref="Topic"/> values as bit flags, so topic filters cost one AND.</summary>
    [Flags]
    public enum TopicSet
    {
        /// <summary>No topic.</summary>
        None = 0,
        /// <summary><see cref="Topic.DelegationExchange"/>.</summary>
        DelegationExchange = 1 << Topic.DelegationExchange,
        /// <summary><see cref="Topic.Training"/>.</summary>
        Training = 1 << Topic.Training,
        /// <summary><see cref="Topic.DefenseIndustry"/>.</summary>
        DefenseIndustry = 1 << Topic.DefenseIndustry,
        /// <summary><see cref="Topic.TechnologyTransfer"/>.</summary>
        TechnologyTransfer = 1 << Topic.TechnologyTransfer,
        /// <summary><see cref="Topic.Peacekeeping"/>.</summary>
        Peacekeeping = 1 << Topic.Peacekeeping,
        /// <summary><see cref="Topic.WarLegacy"/>.</summary>
        WarLegacy = 1 << Topic.WarLegacy,
        /// <summary><see cref="Topic.Cybersecurity"/>.</summary>
        Cybersecurity = 1 << Topic.Cybersecurity,
        /// <summary><see cref="Topic.MaritimeSecurity"/>.</summary>
        MaritimeSecurity = 1 << Topic.MaritimeSecurity,
        /// <summary><see cref="Topic.MaritimeLawEnforcement"/>.</summary>
        MaritimeLawEnforcement = 1 << Topic.MaritimeLawEnforcement,
        /// <summary><see cref="Topic.MilitaryMedicine"/>.</summary>
        MilitaryMedicine = 1 << Topic.MilitaryMedicine,
        /// <summary><see cref="Topic.SearchAndRescue"/>.</summary>
        SearchAndRescue = 1 << Topic.SearchAndRescue,
        /// <summary><see cref="Topic.DisasterRelief"/>.</summary>
        DisasterRelief = 1 << Topic.DisasterRelief,
        /// <summary><see cref="Topic.HumanitarianAssistance"/>.</summary>
        HumanitarianAssistance = 1 << Topic.HumanitarianAssistance,
        /// <summary><see cref="Topic.InformationSharing"/>.</summary>
        InformationSharing = 1 << Topic.InformationSharing,
        /// <summary><see cref="Topic.BorderManagement"/>.</summary>
        BorderManagement = 1 << Topic.BorderManagement,
        /// <summary><see cref="Topic.ScientificResearch"/>.</summary>
        ScientificResearch = 1 << Topic.ScientificResearch,
        /// <summary><see cref="Topic.MultilateralCoordination"/>.</summary>
        MultilateralCoordination = 1 << Topic.MultilateralCoordination,
        /// <summary><see cref="Topic.NavalCooperation"/>.</summary>
        NavalCooperation = 1 << Topic.NavalCooperation,
        /// <summary><see cref="Topic.Counterterrorism"/>.</summary>
        Counterterrorism = 1 << Topic.Counterterrorism,
    }

    /// <summary>Conversions between <see cref="Topic"/> and <see cref="TopicSet"/>.</summary>
    public static class TopicSets
    {
        /// <summary>The set holding only <paramref name="topic"/>.</summary>
        /// <param name="topic">A topic.</param>
        public static TopicSet AsSet(this Topic topic) => (TopicSet)(1 << (int)topic);

        /// <summary>Whether <paramref name="set"/> holds <paramref name="topic"/>.</summary>
        /// <param name="set">A set of topics.</param>
        /// <param name="topic">The topic looked for.</param>
        public static bool Contains(this TopicSet set, Topic topic) => (set & topic.AsSet()) != 0;
    }
}
