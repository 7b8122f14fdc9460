import Foundation

/// `jixiao check` output: a reviewer's list grouped by form and by the four review headings,
/// wrapped to the terminal's width (sanitized, CJK counted as two columns), or JSON.
public enum FindingReport {
    /// The findings as a reviewer's list: per form a line `#N 项目名称`, then under each of the
    /// headings 完整性, 相关性, 适当性, 可行性 (those with findings) one finding a line —
    /// severity, `file:line`, message, `[rule]` — worst first. Lines longer than `width` wrap,
    /// continuation lines indented under the location. Paths under `cwd` are shown relative.
    public static func lines(_ findings: [Finding], width rawWidth: Int = 80, cwd: String? = nil, language: Language = .current) -> [String] {
        let width = max(30, rawWidth)
        var out: [String] = []
        var start = 0
        while start < findings.count {
            var end = start + 1
            while end < findings.count, sameForm(findings[start], findings[end]) { end += 1 }
            if !out.isEmpty { out.append("") }
            out += formLines(Array(findings[start..<end]), width: width, cwd: cwd, language: language)
            start = end
        }
        return out
    }

    private static func sameForm(_ a: Finding, _ b: Finding) -> Bool {
        a.formIndex == b.formIndex && a.project == b.project && a.location.file == b.location.file
    }

    private static func formLines(_ findings: [Finding], width: Int, cwd: String?, language: Language) -> [String] {
        let first = findings[0]
        let project = first.project.isEmpty ? CheckMessages.noProject.text(language) : Sanitizer.clean(first.project)
        let title = (first.formIndex.map { "#\($0 + 1) " } ?? "") + project
        return TextLayout.wrap(title, width: width)
            + groupedLines(findings, width: width, language: language) { relative($0.location.file, to: cwd) + ":\($0.location.line)" }
    }

    /// The findings under their headings (`  完整性（3）`), one finding a line — severity, where
    /// (`locate`), message, `[rule]` — worst first, wrapped to `width` with continuation lines
    /// under the text. Form text is sanitized. Shared by `jixiao check` and the card's 问题.
    public static func groupedLines(_ findings: [Finding], width: Int, language: Language = .current, locate: (Finding) -> String) -> [String] {
        var out: [String] = []
        let severityWidth = Severity.allCases.map { DisplayWidth.of($0.label(language)) }.max()!
        for group in Finding.grouped(findings) {
            out.append("  " + CheckMessages.headingWithCount.text(language, group.heading.label(language), group.findings.count))
            for f in group.findings {
                let lead = "    " + TextLayout.pad(f.severity.label(language), to: severityWidth) + " "
                let place = locate(f)
                let body = Sanitizer.clean((place.isEmpty ? "" : place + " ") + f.text.rendered(language))
                var lines = indented(body, lead: lead, width: width)
                // The rule id is never split: at the end of the last line, or on a line of its own.
                let tag = "[\(f.rule.rawValue)]"
                if DisplayWidth.of(lines[lines.count - 1]) + 1 + tag.utf8.count <= width {
                    lines[lines.count - 1] += " " + tag
                } else {
                    lines.append(String(repeating: " ", count: DisplayWidth.of(lead)) + tag)
                }
                out += lines
            }
        }
        return out
    }

    /// `text` wrapped after `lead`; continuation lines start under the text.
    static func indented(_ text: String, lead: String, width: Int) -> [String] {
        let indent = DisplayWidth.of(lead)
        let lines = TextLayout.wrap(text, width: max(10, width - indent))
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { ($0.offset == 0 ? lead : pad) + $0.element }
    }

    /// `file` relative to `cwd` when it lies under it; as given otherwise.
    public static func relative(_ file: String, to cwd: String?) -> String {
        guard let cwd, !cwd.isEmpty, file.hasPrefix("/") else { return file }
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : file
    }

    /// `共检查 7 个项目：错误 6 个，警告 15 个，提示 3 个（6 个项目有问题）` and, on a second line,
    /// the count under each heading (`完整性 12 · 相关性 8 · 适当性 2 · 可行性 4`).
    public static func summary(_ perForm: [[Finding]], language: Language = .current) -> [String] {
        let s = FindingSummary(perForm)
        let withFindings = perForm.filter { !$0.isEmpty }.count
        let totals = CheckMessages.summary.text(language, perForm.count, s.errors, s.warnings, s.infos, withFindings)
        let counts = headingCounts(perForm)
        let byHeading = Heading.allCases.map { CheckMessages.headingCount.text(language, $0.label(language), counts[$0.rank]) }
        return [totals, byHeading.joined(separator: " · ")]
    }

    /// Findings under each heading, in heading order.
    public static func headingCounts(_ perForm: [[Finding]]) -> [Int] {
        var counts = [Int](repeating: 0, count: Heading.allCases.count)
        for fs in perForm { for f in fs { counts[f.heading.rank] += 1 } }
        return counts
    }

    /// `{"summary":{…},"findings":[…]}` without outcomes (see `json(reviews:)`).
    public static func json(_ perForm: [[Finding]], pretty: Bool = true, language: Language = .current) -> String {
        json(reviews: perForm.map { FormCheck(project: $0.first?.project ?? "", findings: $0, outcomes: []) }, pretty: pretty, language: language)
    }

    /// `{"summary":{…},"findings":[…],"outcomes":[…]}`. Keys are English; `message` and
    /// `reason` are in `language`. One finding per object: severity, rule, heading, file, line,
    /// project, formIndex, side, message. `outcomes` (when the reviews have them): per form, each
    /// rule `failed`, `passed` or `notChecked` with the reason. Text is exact (JSON escapes
    /// controls).
    public static func json(reviews: [FormCheck], pretty: Bool = true, language: Language = .current) -> String {
        var w = JSONWriter(pretty: pretty)
        let perForm = reviews.map(\.findings)
        let s = FindingSummary(perForm)
        w.beginObject()
        w.field("summary")
        w.beginObject()
        w.field("forms"); w.int(perForm.count)
        w.field("formsWithFindings"); w.int(perForm.filter { !$0.isEmpty }.count)
        w.field("errors"); w.int(s.errors)
        w.field("warnings"); w.int(s.warnings)
        w.field("infos"); w.int(s.infos)
        w.field("byHeading")
        w.beginObject()
        for (h, n) in zip(Heading.allCases, headingCounts(perForm)) { w.field(h.rawValue); w.int(n) }
        w.endObject()
        w.endObject()
        w.field("findings")
        w.beginArray()
        for fs in perForm {
            for f in fs {
                w.beginObject()
                w.field("severity", f.severity.rawValue)
                w.field("rule", f.rule.rawValue)
                w.field("heading", f.heading.rawValue)
                w.field("file", f.location.file)
                w.field("line"); w.int(f.location.line)
                w.field("project", f.project)
                w.field("formIndex"); w.int(f.formIndex)
                w.field("side")
                if let side = f.side { w.string(side.rawValue) } else { w.int(nil) }
                w.field("message", f.text.rendered(language))
                w.endObject()
            }
        }
        w.endArray()
        if reviews.contains(where: { !$0.outcomes.isEmpty }) {
            w.field("outcomes")
            w.beginArray()
            for (i, r) in reviews.enumerated() {
                w.beginObject()
                w.field("formIndex"); w.int(i)
                w.field("project", r.project)
                w.field("rules")
                w.beginArray()
                for (rule, outcome) in r.outcomes {
                    w.beginObject()
                    w.field("rule", rule.rawValue)
                    w.field("outcome", outcome.name)
                    if case .notChecked(let why) = outcome { w.field("reason", why.rendered(language)) }
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.out + "\n"
    }

    /// The rule registry as aligned lines: id, severity, heading, summary (wrapped to `width`).
    public static func ruleLines(_ rules: [Rule] = Checker.rules, width: Int = 80, language: Language = .current) -> [String] {
        let idWidth = rules.map { DisplayWidth.of($0.id.rawValue) }.max() ?? 0
        let severityWidth = Severity.allCases.map { DisplayWidth.of($0.label(language)) }.max()!
        let headingWidth = Heading.allCases.map { DisplayWidth.of($0.label(language)) }.max()!
        return rules.flatMap { r in
            let lead = [TextLayout.pad(r.id.rawValue, to: idWidth), TextLayout.pad(r.severity.label(language), to: severityWidth),
                        TextLayout.pad(r.heading.label(language), to: headingWidth), ""].joined(separator: "  ")
            return indented(r.summary(language), lead: lead, width: max(width, DisplayWidth.of(lead) + 20))
        }
    }

    /// The rule registry as JSON: `{"rules":[{id, severity, heading, family, summary, rationale}]}`.
    public static func rulesJSON(_ rules: [Rule] = Checker.rules, pretty: Bool = true, language: Language = .current) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("rules")
        w.beginArray()
        for r in rules {
            w.beginObject()
            w.field("id", r.id.rawValue)
            w.field("severity", r.severity.rawValue)
            w.field("heading", r.heading.rawValue)
            w.field("family", r.family.rawValue)
            w.field("summary", r.summary(language))
            w.field("rationale", r.rationale(language))
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }
}
