import JixiaoKit

extension BrowserState {
    // MARK: - Tree

    /// Replaces the folded set, keeping the cursor on its node (or the nearest visible ancestor).
    mutating func setFolded(_ newValue: Set<String>, cursorOn id: String? = nil) {
        let lines = treeLines()
        let current = lines.indices.contains(treeCursor) ? lines[treeCursor] : nil
        folded = newValue
        let after = treeLines()
        var target = 0
        if let c = current {
            let wanted = [id ?? c.id] + c.ancestors.reversed()
            for w in wanted {
                if let i = after.firstIndex(where: { $0.id == w }) {
                    target = i
                    break
                }
            }
        }
        moveTreeCursor(to: target, lines: after)
    }

    mutating func toggleFold() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        if line.kind == .leaf {
            overlay = .card
            return
        }
        guard !line.isEmpty else { return }
        var f = folded
        if f.contains(line.id) { f.remove(line.id) } else { f.insert(line.id) }
        setFolded(f, cursorOn: line.id)
    }

    mutating func foldOrParent() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        if line.isGroup, !line.isEmpty, !line.isFolded {
            setFolded(folded.union([line.id]), cursorOn: line.id)
        } else if let parent = line.ancestors.last, let i = lines.firstIndex(where: { $0.id == parent }) {
            moveTreeCursor(to: i, lines: lines)
        }
    }

    mutating func unfoldOrChild() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        guard line.isGroup, !line.isEmpty else { return }
        if line.isFolded {
            setFolded(folded.subtracting([line.id]), cursorOn: line.id)
        } else {
            moveTreeCursor(to: treeCursor + 1, lines: lines)
        }
    }

    mutating func foldAll() {
        let lines = treeLines()
        let top = lines.indices.contains(treeCursor) ? (lines[treeCursor].ancestors.first ?? lines[treeCursor].id) : nil
        setFolded(folded.union(treeModel().groupIDs), cursorOn: top)
    }

    mutating func toggleSide() {
        if let f = currentForm, f.sides.count == 1 {
            message = BrowserMessages.oneSideOnly(f.sides[0].label)
            return
        }
        side = side == .implementation ? .annual : .implementation
        if treeShowsBothSides {
            message = BrowserMessages.sidesSideBySide()
        } else {
            message = BrowserMessages.treeSide(side.label)
            moveTreeCursor(to: treeCursor)
        }
    }
}
