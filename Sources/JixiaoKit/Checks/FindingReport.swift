/// `jixiao check` output: aligned text lines (sanitized, CJK counted as two columns) or JSON.
public enum FindingReport {
    /// The widest the project column gets; longer names are cut with `…`.
    public static let projectWidth = 20

    /// One line per finding: severity, file:line, project, rule, message. Every column but the
    /// message is padded to its widest cell by display width; form text is sanitized.
    public static func lines(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        // A form's findings come together: sanitize and measure each project once.
        var projects: [String] = []
        var projectOf: [Int] = []
        projectOf.reserveCapacity(findings.count)
        var last: String?
        for f in findings {
            if f.project != last {
                projects.append(Sanitizer.clean(f.project.isEmpty ? "(no 项目名称)" : f.project))
                last = f.project
            }
            projectOf.append(projects.count - 1)
        }
        let locations = findings.map { Sanitizer.clean($0.location.description) }
        let severityWidth = findings.map { $0.severity.rawValue.utf8.count }.max()!
        let locationWidth = locations.map { DisplayWidth.of($0) }.max()!
        let projectWidth = min(projects.map { DisplayWidth.of($0) }.max()!, Self.projectWidth)
        let ruleWidth = findings.map { $0.rule.rawValue.utf8.count }.max()!
        let paddedProjects = projects.map { TextLayout.pad($0, to: projectWidth) }
        return findings.indices.map { k in
            let f = findings[k]
            return [
                TextLayout.pad(f.severity.rawValue, to: severityWidth),
                TextLayout.pad(locations[k], to: locationWidth),
                paddedProjects[projectOf[k]],
                TextLayout.pad(f.rule.rawValue, to: ruleWidth),
                Sanitizer.clean(f.message),
            ].joined(separator: "  ")
        }
    }

    /// `7 forms checked: 3 errors, 12 warnings, 2 info (5 forms with findings)`.
    public static func summary(_ perForm: [[Finding]]) -> String {
        let s = FindingSummary(perForm)
        func n(_ k: Int, _ one: String, _ many: String) -> String { "\(k) \(k == 1 ? one : many)" }
        let withFindings = perForm.filter { !$0.isEmpty }.count
        return "\(n(perForm.count, "form", "forms")) checked: \(n(s.errors, "error", "errors")), \(n(s.warnings, "warning", "warnings")), \(s.infos) info (\(n(withFindings, "form", "forms")) with findings)"
    }

    /// `{"summary":{…},"findings":[…]}`; text exact (JSON escapes controls), one finding per
    /// object: severity, rule, file, line, project, formIndex, side, message.
    public static func json(_ perForm: [[Finding]], pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        let s = FindingSummary(perForm)
        w.beginObject()
        w.field("summary")
        w.beginObject()
        w.field("forms"); w.int(perForm.count)
        w.field("formsWithFindings"); w.int(perForm.filter { !$0.isEmpty }.count)
        w.field("errors"); w.int(s.errors)
        w.field("warnings"); w.int(s.warnings)
        w.field("infos"); w.int(s.infos)
        w.endObject()
        w.field("findings")
        w.beginArray()
        for fs in perForm {
            for f in fs {
                w.beginObject()
                w.field("severity", f.severity.rawValue)
                w.field("rule", f.rule.rawValue)
                w.field("file", f.location.file)
                w.field("line"); w.int(f.location.line)
                w.field("project", f.project)
                w.field("formIndex"); w.int(f.formIndex)
                w.field("side")
                if let side = f.side { w.string(side.rawValue) } else { w.int(nil) }
                w.field("message", f.message)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }

    /// The rule registry as aligned lines: id, severity, summary.
    public static func ruleLines(_ rules: [Rule] = Checker.rules) -> [String] {
        let idWidth = rules.map { DisplayWidth.of($0.id.rawValue) }.max() ?? 0
        let severityWidth = Severity.allCases.map { DisplayWidth.of($0.rawValue) }.max()!
        return rules.map {
            [TextLayout.pad($0.id.rawValue, to: idWidth), TextLayout.pad($0.severity.rawValue, to: severityWidth), $0.summary].joined(separator: "  ")
        }
    }

    /// The rule registry as JSON: `{"rules":[{id, severity, family, summary, rationale}]}`.
    public static func rulesJSON(_ rules: [Rule] = Checker.rules, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("rules")
        w.beginArray()
        for r in rules {
            w.beginObject()
            w.field("id", r.id.rawValue)
            w.field("severity", r.severity.rawValue)
            w.field("family", r.family.rawValue)
            w.field("summary", r.summary)
            w.field("rationale", r.rationale)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }
}
