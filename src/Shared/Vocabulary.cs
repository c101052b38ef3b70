// Closed vocabularies shared, as one source file, by the runtime library (public)
// and the generator (internal): the names the generator emits are, by construction,
// the names the runtime declares.

namespace DefenseDialogues
{
    /// <summary>What kind of meeting an article reports.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum DialogueKind
    {
        /// <summary>None of the other kinds.</summary>
        Other = 0,
        /// <summary>A defense policy or strategy dialogue (<c>dialogue sur la politique de défense</c>).</summary>
        PolicyDialogue = 1,
        /// <summary>Talks (<c>entretien(s)</c>, <c>pourparlers</c>, co-chaired talks).</summary>
        Talks = 2,
        /// <summary>One side receives the other (<c>X reçoit Y</c>).</summary>
        Reception = 3,
        /// <summary>An official or working visit.</summary>
        Visit = 4,
        /// <summary>A meeting (<c>entrevue</c>, <c>rencontre</c>, <c>visite de courtoisie</c>).</summary>
        Meeting = 5,
    }

    /// <summary>The closed list of cooperation fields and security topics, in the data model's order.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum Topic
    {
        /// <summary>Exchange of delegations (<c>échange de délégations</c>).</summary>
        DelegationExchange = 0,
        /// <summary>Training, education, language courses.</summary>
        Training = 1,
        /// <summary>Defense industry.</summary>
        DefenseIndustry = 2,
        /// <summary>Technology transfer.</summary>
        TechnologyTransfer = 3,
        /// <summary>UN peacekeeping.</summary>
        Peacekeeping = 4,
        /// <summary>Consequences of war: demining, dioxin, search for the missing.</summary>
        WarLegacy = 5,
        /// <summary>Cybersecurity and information security.</summary>
        Cybersecurity = 6,
        /// <summary>Maritime security.</summary>
        MaritimeSecurity = 7,
        /// <summary>Law enforcement at sea.</summary>
        MaritimeLawEnforcement = 8,
        /// <summary>Military medicine.</summary>
        MilitaryMedicine = 9,
        /// <summary>Search and rescue.</summary>
        SearchAndRescue = 10,
        /// <summary>Disaster relief and emergency aid.</summary>
        DisasterRelief = 11,
        /// <summary>Humanitarian assistance.</summary>
        HumanitarianAssistance = 12,
        /// <summary>Information sharing.</summary>
        InformationSharing = 13,
        /// <summary>Border management and border guards.</summary>
        BorderManagement = 14,
        /// <summary>Scientific or joint research.</summary>
        ScientificResearch = 15,
        /// <summary>Coordination in multilateral mechanisms (ADMM, ADMM+).</summary>
        MultilateralCoordination = 16,
        /// <summary>Navies, coast guards, ship visits.</summary>
        NavalCooperation = 17,
        /// <summary>Counterterrorism.</summary>
        Counterterrorism = 18,
    }

    /// <summary>A legal instrument an article refers to.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum LegalReference
    {
        /// <summary>UN Convention on the Law of the Sea (CNUDM).</summary>
        UNCLOS = 0,
        /// <summary>Declaration on the Conduct of Parties in the East Sea.</summary>
        DOC = 1,
        /// <summary>Code of Conduct in the East Sea.</summary>
        COC = 2,
        /// <summary>Charter of the United Nations.</summary>
        UNCharter = 3,
    }

    /// <summary>The relationship level stated for Vietnam and the partner.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum PartnershipLevel
    {
        /// <summary><c>partenariat stratégique intégral</c> (or <c>global</c>).</summary>
        ComprehensiveStrategicPartnership = 0,
        /// <summary><c>partenariat de coopération stratégique intégral</c>.</summary>
        ComprehensiveStrategicCooperativePartnership = 1,
        /// <summary><c>partenariat stratégique approfondi</c>.</summary>
        ExtensiveStrategicPartnership = 2,
        /// <summary><c>partenariat stratégique</c>.</summary>
        StrategicPartnership = 3,
        /// <summary><c>partenariat intégral</c>.</summary>
        ComprehensivePartnership = 4,
    }

    /// <summary>Which value of a <c>Dialogue</c> a piece of evidence supports.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum EvidenceField
    {
        /// <summary><c>Published</c>: the header's month.</summary>
        Published = 0,
        /// <summary><c>HeldOn</c>: the meeting's date.</summary>
        HeldOn = 1,
        /// <summary><c>Location</c>: the meeting's city.</summary>
        Location = 2,
        /// <summary>One of <c>Partners</c> (the index says which).</summary>
        Partner = 3,
        /// <summary><c>Kind</c>.</summary>
        Kind = 4,
        /// <summary><c>Edition</c>.</summary>
        Edition = 5,
        /// <summary>One participant's name (and how its side was decided).</summary>
        Participant = 6,
        /// <summary>One participant's rank.</summary>
        ParticipantRank = 7,
        /// <summary>One of a participant's titles (the item says which).</summary>
        ParticipantTitle = 8,
        /// <summary>One of <c>Topics</c>.</summary>
        Topic = 9,
        /// <summary>One of <c>LegalReferences</c>.</summary>
        LegalReference = 10,
        /// <summary>One of <c>Anniversaries</c>.</summary>
        Anniversary = 11,
        /// <summary><c>Partnership</c>.</summary>
        Partnership = 12,
        /// <summary><c>Source</c>: the agency credit.</summary>
        Source = 13,
    }

    /// <summary>The part of the article a piece of evidence stands in.</summary>
#if DEFENSEDIALOGUES_GENERATOR
    internal
#else
    public
#endif
    enum ArticlePart
    {
        /// <summary>The <c> date YYYY-MM</c> header line.</summary>
        Header = 0,
        /// <summary>The headline (<c>Dialogue.Headline</c>).</summary>
        Headline = 1,
        /// <summary>A paragraph of the story (<c>Dialogue.Paragraphs</c>).</summary>
        Paragraph = 2,
        /// <summary>A photo caption (<c>Dialogue.Captions</c>).</summary>
        Caption = 3,
        /// <summary>The dateline opening the story (<c>Hanoï, 4 juin (VNA) –</c>).</summary>
        Dateline = 4,
        /// <summary>The agency credit closing the story (<c>- VNA</c>).</summary>
        Trailer = 5,
    }

    /// <summary>
    /// How many values each vocabulary declares; every enum above runs 0, 1, … without gaps (tested),
    /// so a value is declared when it is below its count: a range check, not reflection (<c>Enum.IsDefined</c>
    /// costs milliseconds on a cold start).
    /// </summary>
    internal static class DeclaredValues
    {
        public const int DialogueKinds = 6;
        public const int Topics = 19;
        public const int LegalReferences = 4;
        public const int PartnershipLevels = 5;
        public const int EvidenceFields = 14;
        public const int ArticleParts = 6;
    }
}
