/// Texts of JixiaoKit that reach a user outside the review findings (reading errors and notes).
public enum KitMessages: String, MessageKey {
    case unreadableInput

    public static let catalog: [Self: Message] = [
        .unreadableInput: Message("无法读取 {1}：{2}", "cannot read {1}: {2}"),
    ]
}
