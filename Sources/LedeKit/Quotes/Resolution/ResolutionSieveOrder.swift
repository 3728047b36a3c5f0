/// The order in which resolution sieves are tried; the first that resolves a phrase decides,
/// and ``AsWrittenSieve`` always does.
enum ResolutionSieveOrder {
    /// The sieves, in order.
    static let sieves: [any ResolutionSieve] = [
        PronounAgreementSieve(), RelativePronounSieve(), ThingPronounSieve(), PronounAsWrittenSieve(), PersonNameSieve(),
        TitleHolderSieve(), AgeHolderSieve(), SameRoleEarlierSieve(), EarlierDescriptionSieve(), RoleHolderSieve(), AsWrittenSieve(),
    ]
}
