import Foundation

/// A pull reader over the bytes of an XML part, for the parts read on the hot path (a sheet's
/// rows, the shared strings; docs/format.md, "Workbooks"). It gives start tags (with their
/// attributes; a self-closing tag gives its start and then its end), end tags and character
/// data, and checks what a well-formed document needs: tags nested and closed, one root,
/// quoted attributes, known entity and character references, no control characters, no
/// DTD. Names keep their prefix (`x:row`); `localName` drops it, as OOXML means any prefix
/// bound to its namespace. The bytes must be UTF-8 (checked by the caller beforehand).
///
/// The reader holds a pointer to the bytes: use it inside `withUnsafeBytes`.
struct XMLBytes {
    /// What the reader stopped at: what is wrong (a `ReadingMessages.xml…` key) and where
    /// (byte offset).
    struct Failure: Error {
        var problem: ReadingMessages
        var offset: Int
        init(_ problem: ReadingMessages, at offset: Int) {
            self.problem = problem
            self.offset = offset
        }
    }

    enum Token: Equatable { case start, end, text, done }

    private let p: UnsafePointer<UInt8>
    private let n: Int
    private var i = 0
    /// The current tag's qualified name and where its local part starts.
    private(set) var name: Range<Int> = 0..<0
    private(set) var localStart = 0
    /// The current start tag closes itself (`<c r="B2"/>`): its end comes next.
    private(set) var selfClosing = false
    /// The current start tag's attributes (qualified name, raw value between the quotes):
    /// the first `attributeCount` entries (the storage is reused from tag to tag).
    /// `plain`: the value holds no reference and no TAB, LF or CR, so it reads as it stands.
    private var attributes: [(name: Range<Int>, value: Range<Int>, plain: Bool)] = []
    private var attributeCount = 0
    /// The current character data; `cdata` when it is a CDATA section (taken as it is).
    private(set) var text: Range<Int> = 0..<0
    private(set) var cdata = false
    /// The current text holds a reference (`&`) or a CR: it must be decoded, not copied.
    private var textNeedsDecoding = false
    private var pendingEnd = false
    private var open: [Range<Int>] = []
    private var rootSeen = false
    /// Where the XML declaration may stand: the start, after a byte-order mark.
    private let declarationOffset: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        // An empty buffer has no base address: point at a byte that is never read.
        p = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? XMLBytes.nothing
        n = bytes.count
        // A UTF-8 byte-order mark is not content.
        declarationOffset = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        i = declarationOffset
        attributes.reserveCapacity(8)
        open.reserveCapacity(16)
    }

    nonisolated(unsafe) private static let nothing: UnsafePointer<UInt8> = {
        let q = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        q.initialize(to: 0)
        return UnsafePointer(q)
    }()

    /// The line of a byte offset (from 1), for messages.
    func line(at offset: Int) -> Int {
        var line = 1
        for k in 0..<min(offset, n) where p[k] == 0x0A { line += 1 }
        return line
    }

    // MARK: - Tokens

    /// The next token. At the end of the document, every element must be closed.
    mutating func next() throws(Failure) -> Token {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        while true {
            guard i < n else {
                if !open.isEmpty || !rootSeen { throw Failure(.xmlCutShort, at: n) }
                return .done
            }
            if p[i] != 0x3C {
                let end = find(0x3C, from: i) ?? n
                try scanText(i..<end, references: true)
                i = end
                if open.isEmpty {
                    // Outside the root only blanks may stand.
                    for k in text where !Self.isBlank(p[k]) { throw Failure(.xmlTextOutsideRoot, at: k) }
                    continue
                }
                return .text
            }
            guard i + 1 < n else { throw Failure(.xmlCutShort, at: n) }
            switch p[i + 1] {
            case 0x2F: return try endTag()
            case 0x3F:  // <?target … ?>; the XML declaration only at the start
                var j = i + 2
                while j < n, Self.isNameByte(p[j]) { j += 1 }
                guard j > i + 2, Self.isNameStart(p[i + 2]) else { throw Failure(j < n ? .xmlBadTag : .xmlCutShort, at: i) }
                let isXML = j - i == 5 && (p[i + 2] | 0x20) == 0x78 && (p[i + 3] | 0x20) == 0x6D && (p[i + 4] | 0x20) == 0x6C
                if isXML {
                    guard i == declarationOffset, starts("<?xml", at: i) else { throw Failure(.xmlBadTag, at: i) }
                    // Pseudo-attributes, checked like a tag's.
                    i = try scanAttributes(from: j, declaration: true)
                    continue
                }
                guard let close = find("?>", from: j) else { throw Failure(.xmlCutShort, at: n) }
                guard close == j || Self.isBlank(p[j]) else { throw Failure(.xmlBadTag, at: i) }
                i = close + 2
            case 0x21:  // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE …>
                if starts("<!--", at: i) {
                    guard let close = find("-->", from: i + 4) else { throw Failure(.xmlCutShort, at: n) }
                    i = close + 3
                } else if starts("<![CDATA[", at: i) {
                    guard !open.isEmpty else { throw Failure(.xmlTextOutsideRoot, at: i) }
                    guard let close = find("]]>", from: i + 9) else { throw Failure(.xmlCutShort, at: n) }
                    try scanText(i + 9..<close, references: false)
                    i = close + 3
                    return .text
                } else {
                    // A DTD could declare entities; OOXML parts have none.
                    throw Failure(.xmlDoctype, at: i)
                }
            default: return try startTag()
            }
        }
    }

    /// The end of the tag name starting at `start`, and where its local part starts (after the
    /// last `:` of a prefix such as `x:`).
    private func qualifiedName(from start: Int) -> (end: Int, local: Int) {
        var j = start, local = start
        while j < n, Self.isNameByte(p[j]) {
            if p[j] == 0x3A { local = j + 1 }
            j += 1
        }
        return (j, local)
    }

    private mutating func startTag() throws(Failure) -> Token {
        let nameStart = i + 1
        let (nameEnd, local) = qualifiedName(from: nameStart)
        var j = nameEnd
        guard j > nameStart, Self.isNameStart(p[nameStart]) else { throw Failure(.xmlBadTag, at: i) }
        name = nameStart..<j
        localStart = local
        j = try scanAttributes(from: j, declaration: false)
        if open.isEmpty, rootSeen { throw Failure(.xmlTextOutsideRoot, at: i) }
        rootSeen = true
        if selfClosing { pendingEnd = true } else { open.append(name) }
        i = j
        return .start
    }

    /// Reads attributes from `j` up to the tag's end (`>` or `/>`; `?>` in the XML
    /// declaration) into `attributes`; the offset after the tag.
    private mutating func scanAttributes(from start: Int, declaration: Bool) throws(Failure) -> Int {
        var j = start
        attributeCount = 0
        selfClosing = false
        while true {
            let before = j
            while j < n, Self.isBlank(p[j]) { j += 1 }
            guard j < n else { throw Failure(.xmlCutShort, at: n) }
            if declaration {
                if p[j] == 0x3F {
                    guard j + 1 < n else { throw Failure(.xmlCutShort, at: n) }
                    guard p[j + 1] == 0x3E else { throw Failure(.xmlBadTag, at: j) }
                    return j + 2
                }
            } else if p[j] == 0x3E {
                return j + 1
            } else if p[j] == 0x2F {
                guard j + 1 < n else { throw Failure(.xmlCutShort, at: n) }
                guard p[j + 1] == 0x3E else { throw Failure(.xmlBadTag, at: j) }
                selfClosing = true
                return j + 2
            }
            guard j > before else { throw Failure(.xmlBadTag, at: j) }
            let attributeStart = j
            while j < n, Self.isNameByte(p[j]) { j += 1 }
            guard j > attributeStart, Self.isNameStart(p[attributeStart]) else { throw Failure(.xmlBadTag, at: j) }
            let attributeName = attributeStart..<j
            while j < n, Self.isBlank(p[j]) { j += 1 }
            guard j < n, p[j] == 0x3D else { throw Failure(j < n ? .xmlBadTag : .xmlCutShort, at: j) }
            j += 1
            while j < n, Self.isBlank(p[j]) { j += 1 }
            guard j < n else { throw Failure(.xmlCutShort, at: n) }
            let quote = p[j]
            guard quote == 0x22 || quote == 0x27 else { throw Failure(.xmlBadTag, at: j) }
            // The value up to the closing quote, checked on the way: no `<`, no control
            // character, references well formed; `plain` when it reads as it stands.
            var close = j + 1
            var plain = true
            while true {
                guard close < n else { throw Failure(.xmlCutShort, at: n) }
                let b = p[close]
                if b == quote { break }
                if b < 0x3D {
                    if b == 0x3C { throw Failure(.xmlBadTag, at: close) }
                    if b < 0x20 {
                        guard b == 0x09 || b == 0x0A || b == 0x0D else { throw Failure(.xmlBadCharacter, at: close) }
                        plain = false
                    } else if b == 0x26 {
                        guard let end = find(quote, from: close) else { throw Failure(.xmlCutShort, at: n) }
                        _ = try decodeReference(at: close, end: end)
                        plain = false
                    }
                }
                close += 1
            }
            let value = j + 1..<close
            if declaration, !(equal(attributeName, "version") || equal(attributeName, "encoding") || equal(attributeName, "standalone")) {
                throw Failure(.xmlBadTag, at: attributeStart)
            }
            for k in 0..<attributeCount where equal(attributes[k].name, attributeName) {
                throw Failure(.xmlDuplicateAttribute, at: attributeStart)
            }
            if attributeCount < attributes.count {
                attributes[attributeCount] = (attributeName, value, plain)
            } else {
                attributes.append((attributeName, value, plain))
            }
            attributeCount += 1
            j = close + 1
        }
    }

    private mutating func endTag() throws(Failure) -> Token {
        let nameStart = i + 2
        let (nameEnd, local) = qualifiedName(from: nameStart)
        var j = nameEnd
        let endName = nameStart..<j
        while j < n, Self.isBlank(p[j]) { j += 1 }
        guard j < n else { throw Failure(.xmlCutShort, at: n) }
        guard p[j] == 0x3E, let top = open.last, equal(top, endName) else { throw Failure(.xmlMismatchedTag, at: i) }
        open.removeLast()
        name = endName
        localStart = local
        selfClosing = false
        i = j + 1
        return .end
    }

    /// Checks character data (no control characters, references well formed) and notes
    /// whether it must be decoded.
    private mutating func scanText(_ range: Range<Int>, references: Bool) throws(Failure) {
        text = range
        cdata = !references
        var decode = false
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            // Eight bytes at a time while none is a control character or `&` (most text).
            if k + 8 <= end {
                let w = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let amp = w ^ 0x2626_2626_2626_2626
                let ampZero = (amp &- 0x0101_0101_0101_0101) & ~amp & 0x8080_8080_8080_8080
                if low == 0, ampZero == 0 || !references {
                    k += 8
                    continue
                }
            }
            let b = p[k]
            if b < 0x20 {
                if b == 0x0D { decode = true } else if b != 0x09, b != 0x0A { throw Failure(.xmlBadCharacter, at: k) }
            } else if b == 0x26, references {
                decode = true
                _ = try decodeReference(at: k, end: end)
            }
            k += 1
        }
        textNeedsDecoding = decode
    }

    // MARK: - Names and values

    /// Whether the current tag's local name (without its prefix) is `s`.
    func localName(is s: StaticString) -> Bool {
        equal(localStart..<name.upperBound, s)
    }

    /// The raw bytes of the current start tag's attribute whose qualified name is `s` (an
    /// unprefixed name, as OOXML writes `r`, `t`, `s`), decoded when it holds references or
    /// blanks XML turns into spaces; nil when absent.
    func attribute<T>(_ s: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        for k in 0..<attributeCount where equal(attributes[k].name, s) {
            let a = attributes[k]
            guard !a.plain else { return body(UnsafeBufferPointer(start: p + a.value.lowerBound, count: a.value.count)) }
            var decoded: [UInt8] = []
            appendDecoded(a.value, to: &decoded, attribute: true)
            return decoded.withUnsafeBufferPointer(body)
        }
        return nil
    }

    /// Appends the current text, references decoded and line ends made LF as XML reads them.
    func appendText(to out: inout [UInt8]) {
        if !textNeedsDecoding {
            out.append(contentsOf: UnsafeBufferPointer(start: p + text.lowerBound, count: text.count))
        } else if cdata {
            appendLineEnds(text, to: &out)
        } else {
            appendDecoded(text, to: &out, attribute: false)
        }
    }

    private func appendLineEnds(_ range: Range<Int>, to out: inout [UInt8]) {
        var k = range.lowerBound
        while k < range.upperBound {
            if p[k] == 0x0D {
                out.append(0x0A)
                if k + 1 < range.upperBound, p[k + 1] == 0x0A { k += 1 }
            } else {
                out.append(p[k])
            }
            k += 1
        }
    }

    /// Decodes references (already checked) and line ends; in an attribute value, TAB, LF and
    /// CR read as spaces.
    private func appendDecoded(_ range: Range<Int>, to out: inout [UInt8], attribute: Bool) {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = p[k]
            if b == 0x26, let (scalar, next) = try? decodeReference(at: k, end: range.upperBound) {
                UTF8.encode(scalar) { out.append($0) }
                k = next
                continue
            }
            if b == 0x0D {
                out.append(attribute ? 0x20 : 0x0A)
                if k + 1 < range.upperBound, p[k + 1] == 0x0A { k += 1 }
            } else if attribute, b == 0x09 || b == 0x0A {
                out.append(0x20)
            } else {
                out.append(b)
            }
            k += 1
        }
    }

    /// The character of the reference at `k` (`&amp;`, `&#20013;`, `&#x4E2D;` …) and the offset
    /// after its `;`.
    private func decodeReference(at k: Int, end: Int) throws(Failure) -> (Unicode.Scalar, Int) {
        guard let semicolon = find(0x3B, from: k + 1, end: min(end, k + 12)) else { throw Failure(.xmlBadReference, at: k) }
        let body = UnsafeBufferPointer(start: p + k + 1, count: semicolon - k - 1)
        let scalar: Unicode.Scalar?
        if body.first == 0x23 {
            var value: UInt32 = 0
            let hex = body.count > 1 && body[1] == 0x78
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 8 else { throw Failure(.xmlBadReference, at: k) }
            for d in digits {
                guard let v = Self.digitValue(d, hex: hex) else { throw Failure(.xmlBadReference, at: k) }
                value = value * (hex ? 16 : 10) + v
            }
            // XML's Char: TAB, LF, CR, and from U+0020 on, without surrogates, U+FFFE and U+FFFF.
            let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            scalar = allowed ? Unicode.Scalar(value) : nil
        } else {
            scalar = Self.namedEntity(body)
        }
        guard let scalar else { throw Failure(.xmlBadReference, at: k) }
        return (scalar, semicolon + 1)
    }

    private static func namedEntity(_ b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        func named(_ s: StaticString) -> Bool {
            b.count == s.utf8CodeUnitCount && (0..<b.count).allSatisfy { b[$0] == s.utf8Start[$0] }
        }
        if named("amp") { return "&" }
        if named("lt") { return "<" }
        if named("gt") { return ">" }
        if named("quot") { return "\"" }
        if named("apos") { return "'" }
        return nil
    }

    private static func digitValue(_ d: UInt8, hex: Bool) -> UInt32? {
        switch d {
        case 0x30...0x39: return UInt32(d - 0x30)
        case 0x61...0x66 where hex: return UInt32(d - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(d - 0x41 + 10)
        default: return nil
        }
    }

    // MARK: - Bytes

    private func find(_ byte: UInt8, from k: Int, end: Int? = nil) -> Int? {
        let end = end ?? n
        guard k < end, let hit = memchr(p + k, Int32(byte), end - k) else { return nil }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
    }

    private func find(_ s: StaticString, from k: Int) -> Int? {
        var k = k
        while let hit = find(s.utf8Start.pointee, from: k) {
            if starts(s, at: hit) { return hit }
            k = hit + 1
        }
        return nil
    }

    private func starts(_ s: StaticString, at k: Int) -> Bool {
        k + s.utf8CodeUnitCount <= n && memcmp(p + k, s.utf8Start, s.utf8CodeUnitCount) == 0
    }

    /// Names are short: compared byte by byte, not through `memcmp`.
    @inline(__always) private func equal(_ a: Range<Int>, _ s: StaticString) -> Bool {
        guard a.count == s.utf8CodeUnitCount else { return false }
        let q = s.utf8Start
        for k in 0..<a.count where p[a.lowerBound + k] != q[k] { return false }
        return true
    }

    @inline(__always) private func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where p[a.lowerBound + k] != p[b.lowerBound + k] { return false }
        return true
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Bytes of an XML name: ASCII letters, digits, `_ : - .`, and everything outside ASCII
    /// (bit masks of the ASCII ones: bytes 0–63, 64–127).
    @inline(__always) private static func isNameByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return true }
        let mask: UInt64 = b < 64 ? 0x07FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
        return mask >> UInt64(b & 63) & 1 == 1
    }

    /// A name does not start with a digit, `-` or `.`.
    @inline(__always) private static func isNameStart(_ b: UInt8) -> Bool {
        isNameByte(b) && !(b >= 0x2D && b <= 0x39)
    }
}
