import Foundation
import JixiaoKit

/// The 审核意见 as data: CSV (one row per form, for Excel/WPS), Markdown (one printable
/// 审核意见书 per form), JSON (English keys). Form text is untrusted: CSV cells are sanitized
/// and formula-neutralised, Markdown is sanitized and table cells escaped, JSON escapes
/// control and bidi characters.
public enum ReviewExport {
    /// The CSV columns, in the current language.
    public static var csvHeader: [String] {
        [ReviewMessages.exportProject(), ReviewMessages.exportDepartment(), ReviewMessages.exportFunds(),
         ReviewMessages.exportGrade(), ReviewMessages.exportMeaning(), ReviewMessages.exportReviewer(),
         ReviewMessages.exportDate(), ReviewMessages.exportNote(), ReviewMessages.exportAccepted(),
         ReviewMessages.exportState()]
    }

    public static func csv(_ opinions: [ReviewOpinion], bom: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += csvLine(csvHeader)
        for o in opinions {
            let d = o.review.decision.flatMap { $0.grade == .unreviewed ? nil : $0 }
            out += csvLine([
                o.form.project, o.form.department.display, Amounts.wan(o.form.funds.annual.total),
                o.grade.label, o.grade.meaning, d?.stamp.reviewer ?? "", d.map { ReviewDates.minute($0.stamp.at) } ?? "",
                o.review.noteText, o.accepted.map { "[\($0.rule)] \($0.message)" }.joined(separator: "\n"),
                o.needsRecheck ? ReviewTerms.needsRecheck() : "",
            ])
        }
        return out
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map(ReviewCSV.cell).joined(separator: ",") + "\r\n"
    }

    /// One 审核意见书 per form, separated by a page break for printing.
    public static func markdown(_ opinions: [ReviewOpinion]) -> String {
        var pages: [String] = []
        for o in opinions {
            var p = "# \(ReviewMessages.exportTitle())\n\n"
            let d = o.review.decision.flatMap { $0.grade == .unreviewed ? nil : $0 }
            var conclusion = o.grade.labelWithMeaning
            if o.needsRecheck { conclusion += "（\(ReviewTerms.needsRecheck())）" }
            let rows: [(String, String)] = [
                (ReviewMessages.exportProject(), o.form.project),
                (ReviewMessages.exportDepartment(), o.form.department.display),
                (ReviewMessages.exportUnit(), o.form.implementingUnit),
                (ReviewMessages.exportYear(), o.form.fiscalYear.map(String.init) ?? "—"),
                (ReviewMessages.exportFunds(), Amounts.wan(o.form.funds.annual.total)),
                (ReviewMessages.exportConclusion(), conclusion),
                (ReviewMessages.exportReviewer(), d?.stamp.reviewer ?? "—"),
                (ReviewMessages.exportDate(), d.map { ReviewDates.minute($0.stamp.at) } ?? "—"),
            ]
            p += "| | |\n|---|---|\n"
            for (k, v) in rows { p += "| \(k) | \(cell(v)) |\n" }
            p += "\n## \(ReviewMessages.exportNote())\n\n"
            let note = Sanitizer.cleanKeepingNewlines(o.review.noteText).trimmingCharacters(in: .whitespacesAndNewlines)
            p += note.isEmpty ? ReviewMessages.exportNoNote() + "\n" : note.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "  " }.joined(separator: "\n") + "\n"
            p += "\n## \(ReviewMessages.exportAccepted())\n\n"
            if o.accepted.isEmpty { p += ReviewMessages.exportNoFinding() + "\n" }
            for (i, a) in o.accepted.enumerated() { p += "\(i + 1). \(Sanitizer.clean(a.message))（`\(Sanitizer.clean(a.rule.rawValue))`）\n" }
            let notes = o.review.indicatorNotes.sorted { $0.key < $1.key }
            if !notes.isEmpty {
                p += "\n## \(ReviewMessages.exportIndicatorNotes())\n\n"
                for (k, n) in notes { p += "- \(Sanitizer.clean(IndicatorPath.display(k)))：\(Sanitizer.clean(n.text))\n" }
            }
            pages.append(p)
        }
        return pages.joined(separator: "\n<div style=\"page-break-after: always\"></div>\n\n")
    }

    /// A Markdown table cell: sanitized, `|` escaped.
    static func cell(_ s: String) -> String {
        Sanitizer.clean(s).replacingOccurrences(of: "|", with: "\\|")
    }

    /// `{"opinions":[…]}` with English keys; amounts in 元 as numbers.
    public static func json(_ opinions: [ReviewOpinion]) -> String {
        struct Accepted: Encodable { var rule: String; var message: String }
        struct Row: Encodable {
            var key: String, fingerprint: String, project: String, department: String, fiscalYear: Int?
            var annualFunds: Double?, grade: String, meaning: String, reviewer: String?, reviewedAt: String?
            var note: String, acceptedFindings: [Accepted], indicatorNotes: [String: String], needsRecheck: Bool
            var source: String
        }
        struct Doc: Encodable { var opinions: [Row] }
        let rows = opinions.map { o -> Row in
            let d = o.review.decision.flatMap { $0.grade == .unreviewed ? nil : $0 }
            return Row(
                key: o.identity.key, fingerprint: o.identity.fingerprint, project: o.form.project,
                department: o.form.department.display, fiscalYear: o.form.fiscalYear, annualFunds: o.form.funds.annual.total,
                grade: o.grade.rawValue, meaning: o.grade.meaning, reviewer: d?.stamp.reviewer,
                reviewedAt: d.map { ReviewDates.iso($0.stamp.at) }, note: o.review.noteText,
                acceptedFindings: o.accepted.map { Accepted(rule: $0.rule.rawValue, message: $0.message) },
                indicatorNotes: o.review.indicatorNotes.mapValues(\.text), needsRecheck: o.needsRecheck,
                source: o.form.source.description)
        }
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: (try? enc.encode(Doc(opinions: rows))) ?? Data("{}".utf8), as: UTF8.self)
        return escapeUnsafe(text) + "\n"
    }

    /// JSON text with every scalar the sanitizer would replace written as `\uXXXX` (they can
    /// only stand inside strings; JSONEncoder has escaped C0 controls already).
    static func escapeUnsafe(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: Sanitizer.isUnsafe) else { return json }
        var out = String.UnicodeScalarView()
        for u in json.unicodeScalars {
            if Sanitizer.isUnsafe(u), u.value >= 0x20 {
                for unit in String(u).utf16 { out.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars) }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}

/// One CSV cell: sanitized (line breaks kept inside the quotes), a formula neutralised by a
/// leading `'` (cells starting with = + - @ TAB CR), quoted per RFC 4180 when needed.
enum ReviewCSV {
    static func cell(_ raw: String) -> String {
        var s = Sanitizer.cleanKeepingNewlines(raw)
        if let first = raw.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
