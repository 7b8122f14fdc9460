/// The words of the review record that every front end shows: the grades of 财预〔2015〕88号 and
/// their plain meaning, the review states, and the two verdicts on a finding. Texts of the
/// review database and its commands are in JixiaoReview's `ReviewMessages`.
public enum ReviewTerms: String, MessageKey {
    case unreviewed, meaningExcellent, meaningGood, meaningFair, meaningPoor
    case needsRecheck, accepted, dismissed

    public static let catalog: [Self: Message] = [
        .unreviewed: Message("未审", "not reviewed"),
        .meaningExcellent: Message("通过", "approved"),
        .meaningGood: Message("协商后通过（小修）", "approved after consultation (minor changes)"),
        .meaningFair: Message("修改后重报", "revise and resubmit"),
        .meaningPoor: Message("退回，不予安排", "returned, not funded"),
        .needsRecheck: Message("表已修改，需复审", "form changed since the decision, review again"),
        .accepted: Message("采纳", "accepted"),
        .dismissed: Message("误报", "dismissed"),
    ]
}
