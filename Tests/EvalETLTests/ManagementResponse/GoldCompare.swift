import Foundation
@testable import EvalETL

/// Field-by-field comparison of a parsed GATE page with its gold JSON (score.py rules).
enum GoldCompare {
    static func compare(name: String, parsed: ParsedDocument, gold: [String: Any]) -> [String] {
        var misses: [String] = []
        func check(_ place: String, _ field: String, _ g: Any?, _ o: Any?) {
            if !same(field, g, o) { misses.append("\(name) \(place).\(field): gold=\(show(g)) out=\(show(o))") }
        }
        let ev = gold["evaluation"] as? [String: Any] ?? [:]
        check("evaluation", "organizations", ev["organizations"], parsed.organizations)
        check("evaluation", "title", ev["title"], parsed.title)
        check("evaluation", "office", ev["office"], parsed.office)
        check("evaluation", "office_type", ev["office_type"], parsed.officeType)
        check("evaluation", "period_start", ev["period_start"], parsed.periodStart)
        check("evaluation", "period_end", ev["period_end"], parsed.periodEnd)
        check("evaluation", "countries", ev["countries"], parsed.countries)
        check("evaluation", "approval_status", ev["approval_status"], parsed.approvalStatus)
        check("evaluation", "donors", ev["donors"], parsed.donors)
        check("evaluation", "summary", ev["summary"], parsed.summary)
        check("evaluation", "recommendation_count", ev["recommendation_count"], parsed.recommendations.count)
        let actions = parsed.recommendations.flatMap(\.actions)
        check("evaluation", "action_count", ev["action_count"], actions.count)

        let grecs = gold["recommendations"] as? [[String: Any]] ?? []
        for (i, g) in grecs.enumerated() {
            guard i < parsed.recommendations.count else { misses.append("\(name) R\(i + 1) missing"); continue }
            let r = parsed.recommendations[i]
            let p = "R\(i + 1)"
            check(p, "title", g["title"], r.title)
            check(p, "text", g["text"], r.text)
            check(p, "management_response", g["management_response"], r.managementResponse)
            check(p, "response_category", g["response_category"], r.responseCategory)
            check(p, "thematic_areas", g["thematic_areas"], r.thematicAreas)
            check(p, "operating_principles", g["operating_principles"], r.operatingPrinciples)
            check(p, "organizational_priorities", g["organizational_priorities"], r.organizationalPriorities)
            check(p, "uneg_criteria", g["uneg_criteria"], r.unegCriteria)
            check(p, "action_count", g["action_count"], r.actions.count)
        }
        for g in gold["actions"] as? [[String: Any]] ?? [] {
            let rs = g["rec_seq"] as? Int ?? 0, s = g["seq"] as? Int ?? 0
            let p = "R\(rs)A\(s)"
            guard rs - 1 < parsed.recommendations.count, s - 1 < parsed.recommendations[rs - 1].actions.count else {
                misses.append("\(name) \(p) missing"); continue
            }
            let a = parsed.recommendations[rs - 1].actions[s - 1]
            check(p, "scope", g["scope"], a.scope)
            check(p, "text", g["text"], a.text)
            check(p, "responsible", g["responsible"], a.responsible)
            check(p, "deadline", g["deadline"], a.deadline?.iso)
            check(p, "status", g["status"], a.status)
            check(p, "overdue", g["overdue"], a.overdue)
            check(p, "comments", g["comments"], a.comments)
        }
        var goldRoles: [String] = []
        for g in gold["stakeholder_roles"] as? [[String: Any]] ?? [] {
            goldRoles.append("\(g["rec_seq"] ?? "-")/\(g["action_seq"] ?? "-") \(g["role"] ?? "") \(g["name"] ?? "") [\(g["kind"] ?? "")] (\(g["detail"] as? String ?? "-"))")
        }
        var outRoles: [String] = []
        for (i, r) in parsed.recommendations.enumerated() {
            for (j, a) in r.actions.enumerated() {
                for party in a.parties {
                    outRoles.append("\(i + 1)/\(j + 1) responsible \(party.name) [\(party.kind.rawValue)] (\(party.detail ?? "-"))")
                }
            }
        }
        for role in parsed.roles { outRoles.append("-/- \(role.role.rawValue) \(role.party.name) [\(role.party.kind.rawValue)] (\(role.party.detail ?? "-"))") }
        for m in Set(goldRoles).subtracting(outRoles).sorted() { misses.append("\(name) role missing: \(m)") }
        for m in Set(outRoles).subtracting(goldRoles).sorted() { misses.append("\(name) role extra: \(m)") }
        return misses
    }

    static func show(_ v: Any?) -> String {
        guard let v, !(v is NSNull) else { return "nil" }
        let s = "\(v)"
        return s.count > 90 ? String(s.prefix(90)) + "…" : s
    }

    static func fold(_ v: Any?) -> String {
        guard let v, !(v is NSNull) else { return "" }
        return Text.fold("\(v)")
    }

    static func tokens(_ v: Any?) -> [String: Int] {
        var out: [String: Int] = [:]
        var cur = ""
        for c in fold(v).lowercased() {
            if c.isLetter || c.isNumber || c == "_" { cur.append(c) } else if !cur.isEmpty { out[cur, default: 0] += 1; cur = "" }
        }
        if !cur.isEmpty { out[cur, default: 0] += 1 }
        return out
    }

    static func same(_ field: String, _ g: Any?, _ o: Any?) -> Bool {
        if let gl = g as? [Any] {
            let ol = o as? [String] ?? []
            return gl.map { fold($0).lowercased() }.sorted() == ol.map { fold($0).lowercased() }.sorted()
        }
        if fold(g).isEmpty { return fold(o).isEmpty }
        if ["text", "management_response", "comments", "summary"].contains(field) {
            let a = tokens(g), b = tokens(o)
            let common = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
            let na = a.values.reduce(0, +), nb = b.values.reduce(0, +)
            guard common > 0 else { return false }
            let p = Double(common) / Double(nb), r = Double(common) / Double(na)
            return 2 * p * r / (p + r) >= 0.95
        }
        if field == "overdue" { return (g as? Bool) == (o as? Bool) }
        return fold(g) == fold(o)
    }
}
