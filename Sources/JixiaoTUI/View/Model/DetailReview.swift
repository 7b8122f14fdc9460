import JixiaoKit

/// What the detail pane shows of a form's review: its grade, note and indicator notes, the
/// verdict on each finding, and the finding under the cursor.
struct DetailReview: Sendable, Equatable {
    var review: FormReview
    var fingerprint: String
    /// The verdict on each finding (same order as the form's findings), nil for none.
    var verdicts: [VerdictKind?]
    var cursor: Int?
    /// Why the record is read-only (naming the file), shown at the top of the section.
    var problem: String?

    var needsRecheck: Bool { review.needsRecheck(fingerprint) }

    /// Whether the 审核 section has anything to say.
    var hasContent: Bool {
        problem != nil || review.grade != .unreviewed || !review.noteText.isEmpty || !review.indicatorNotes.isEmpty
    }

    /// The lines of the 审核 section after its title, `width` columns of text.
    func lines(width w: Int) -> [DetailLine] {
        var out: [DetailLine] = []
        let labelWidth = 6
        func labelled(_ label: String, _ text: String, style: Style) {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { TextLayout.wrap(String($0), width: max(1, w - 2 - labelWidth)) }
            for (n, part) in parts.enumerated() {
                out.append(DetailLine(indent: 2, spans: [
                    DetailSpan(text: n == 0 ? label : "", style: Theme.muted, width: labelWidth, searchable: false),
                    DetailSpan(text: part, style: style, searchable: false),
                ]))
            }
        }
        if let problem {
            for part in TextLayout.wrap("⚠ " + problem, width: max(1, w - 2)) {
                out.append(DetailLine(indent: 2, spans: [DetailSpan(text: part, style: Theme.warning, searchable: false)]))
            }
        }
        let grade = review.grade
        if let d = review.decision, grade != .unreviewed {
            let line = ReviewBrowserMessages.gradeLine(grade.labelWithMeaning, d.stamp.reviewer, ReviewDates.minute(d.stamp.at))
            labelled(ReviewBrowserMessages.gradeLabel(), line, style: grade.style)
            if needsRecheck {
                out.append(DetailLine(indent: 2 + labelWidth, spans: [DetailSpan(text: "⚠ " + ReviewBrowserMessages.recheck(), style: Theme.warning, searchable: false)]))
            }
        } else {
            out.append(DetailLine(indent: 2, spans: [DetailSpan(text: ReviewBrowserMessages.unreviewedHint(), style: Theme.muted, searchable: false)]))
        }
        if !review.noteText.isEmpty {
            labelled(ReviewBrowserMessages.noteLabel(), Sanitizer.cleanKeepingNewlines(review.noteText), style: Theme.text)
        }
        for (key, note) in review.indicatorNotes.sorted(by: { $0.key < $1.key }) {
            labelled(ReviewBrowserMessages.indicatorLabel(), IndicatorPath.display(key) + "：" + Sanitizer.cleanKeepingNewlines(note.text), style: Theme.text)
        }
        return out
    }
}

extension Grade {
    /// 优 良 plain, 中 a warning, 差 an error; the character carries it without colour.
    var style: Style {
        switch self {
        case .unreviewed: Theme.muted
        case .excellent, .good: Theme.accent
        case .fair: Theme.warning
        case .poor: Theme.error
        }
    }
}

extension BrowserState {
    /// The review part of form `i`'s detail document; nil without a review record.
    func detailReview(form i: Int) -> DetailReview? {
        guard let review, review.reviews.indices.contains(i) else { return nil }
        let r = review.reviews[i]
        let fs = findings.indices.contains(i) ? findings[i] : []
        let verdicts = fs.map { r.verdicts[FindingKey($0, in: forms[i])]?.kind }
        return DetailReview(
            review: r, fingerprint: review.identities[i].fingerprint, verdicts: verdicts,
            cursor: i == currentFormIndex ? findingCursor : nil, problem: review.problem)
    }

    /// The list's review badge of form `i`: the grade's character, or `复` when graded on an
    /// older version of the form; nil when unreviewed.
    func reviewBadge(_ i: Int) -> (text: String, style: Style)? {
        guard let review else { return nil }
        switch review.state(i) {
        case .unreviewed: return nil
        case .recheck: return ("复", Theme.warning)
        case .graded(let g): return (g.rawValue, g.style)
        }
    }
}
