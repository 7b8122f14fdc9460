/// A string as a dictionary key by its bytes: copy-paste is byte for byte, and hashing the bytes
/// skips the Unicode normalization `String` hashing does.
struct ByteKey: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteKey, b: ByteKey) -> Bool { CheckText.same(a.text, b.text) }
    func hash(into hasher: inout Hasher) {
        CheckText.bytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
