import XCTest
@testable import EvalETL

/// Each byte-level helper against the `Character` code it stands for, one row per edge.
final class ByteTextTests: XCTestCase {
    /// ASCII, CRLF, combining marks after ASCII, Kelvin sign, Greek question mark, non-ASCII letters.
    static let samples: [String] = [
        "", " ", "a", "A", "UN Women", "un women", "MCO", "ROs", "M&E", "KAZ/TKM", "Specialist(s)", "(s)",
        "Programme", "Stewart-Evans", "O’Brien", "Évaluation", "élan", "E\u{301}lan", "a\r\nb", "\r\n",
        "x\u{301}", ":\u{301}abc", "2021/07", "2021-07.", "07/2021,", "15/07/2021", "2021/13", "1899/01",
        "٣٤٥", "word.", "word\u{37E}", "ab:", "Ki\u{212A}", "\u{212A}ey actions", "gender", "to", "(WEE Unit)",
        "Head\u{0600} ", "  padded  ", "tab\there", "\u{A0}nbsp\u{A0}", "ÉCOLE", "İstanbul",
    ]

    /// `scan` against the `allSatisfy` it replaces, on short words and on texts long
    /// enough for its eight-byte steps (a capital, `\r` or non-ASCII byte in each lane).
    func testScan() {
        let long = ["abcdefgh", "abcdefgZ", "Zbcdefgh", "abcd[@`{", "abc\rdefgh", "abcdefg\r",
                    "abcdefghé", "éabcdefgh", "abcdefghijklmnoP", "@[`{@[`{@[`{", "programme specialists (all)"]
        let rows = Self.samples + long + Self.samples.map { $0 + " and some padding words" }
        for s in rows {
            let found = Array(s.utf8).withUnsafeBufferPointer(ByteText.scan)
            XCTAssertEqual(found.ascii, s.utf8.allSatisfy { $0 < 0x80 }, s)
            XCTAssertEqual(found.simple, s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, s)
            if found.ascii { XCTAssertEqual(found.hasUpper, s.utf8.contains(where: ByteText.isUpper), s) }
            XCTAssertEqual(ByteText.isASCII(s[...]), found.ascii, s)
            XCTAssertEqual(ByteText.isSimpleASCII(s[...]), found.simple, s)
            XCTAssertEqual(ByteText.lowercased(s[...]), s.lowercased(), s)
        }
    }

    func testLowercased() {
        for s in Self.samples {
            XCTAssertEqual(ByteText.lowercased(s[...]), s.lowercased(), s)
            XCTAssertEqual(ByteText.lowercased(s), s.lowercased(), s)
        }
    }

    func testPrefixAndFirstIndex() {
        let long = Self.samples.joined(separator: " : ")
        for s in Self.samples + [long] {
            for n in [0, 1, 2, 3, 5, 48] {
                XCTAssertEqual(ByteText.prefix(s[...], characters: n), s.prefix(n), "\(s) \(n)")
                XCTAssertEqual(ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: n, of: s[...]),
                               s.prefix(n).firstIndex(of: ":"), "\(s) \(n)")
            }
        }
    }

    func testFirstIndexOfASCII() {
        let long = Self.samples.joined(separator: " : ")
        let more = ["a:\u{301}b", "ab\r\n:", "abc:", ":", "é:", "ab:é", "key: value", String(repeating: "x", count: 60) + ":"]
        for s in Self.samples + more + [long] {
            for n in [0, 1, 2, 3, 5, 48, 160] {
                XCTAssertEqual(ByteText.firstIndex(ofASCII: UInt8(ascii: ":"), inFirst: n, of: s[...]),
                               s.prefix(n).firstIndex(of: ":"), "\(s) \(n)")
            }
        }
    }

    func testWordCount() {
        let more = ["a  b", " a b ", "a\u{301} b", "a \u{301}b", "a\r\n b", "one", "   "]
        for s in Self.samples + more {
            XCTAssertEqual(ByteText.wordCount(s[...]), s.split(separator: " ").count, s)
        }
    }

    func testIsBlank() {
        let more = [" \t ", "\r\n", " \u{301}", "\u{A0}", " \u{2003} ", "\u{301}", " x ", "\u{2003}x"]
        for s in Self.samples + more {
            XCTAssertEqual(ByteText.isBlank(s[...]), s.allSatisfy(\.isWhitespace), s)
        }
    }

    func testCharacterQuestions() {
        for s in Self.samples {
            XCTAssertEqual(ByteText.startsUppercase(s[...]), s.first?.isUppercase ?? false, s)
            XCTAssertEqual(ByteText.hasNumber(s[...]), s.contains(where: \.isNumber), s)
            XCTAssertEqual(ByteText.endsWith(oneOf: ".:!?;", s[...]), s.last.map { ".:!?;".contains($0) } ?? false, s)
        }
    }

    func testFold() {
        let cases: [(String, String)] = [
            ("", ""), ("a", "a"), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\tb", "a b"),
            ("  a \n b ", "a b"), ("a\u{A0}b", "a b"), ("a\u{2003}\u{3000}b", "a b"), ("a\u{301} b", "a\u{301} b"),
            ("\r\n", ""), ("x\u{85}", "x"), ("Évaluation finale", "Évaluation finale"),
            ("“a” – b", "“a” – b"), ("a\u{2009}b", "a b"), ("  ", ""),
        ]
        for (input, want) in cases {
            XCTAssertEqual(Text.fold(input), want, input)
            XCTAssertEqual(Text.fold(input[...]), want, input)
            XCTAssertEqual(ByteText.withUTF8(input, Text.isFolded), input == want, input)
        }
    }

    func testTrimmed() {
        for s in Self.samples + ["\u{A0} x \u{A0}", " \u{301}x", "x \u{0600} ", "\r\n x \r\n", " \u{A0}é "] {
            var lo = s.startIndex
            var hi = s.endIndex
            while lo < hi, s[lo].isWhitespace { lo = s.index(after: lo) }
            while lo < hi, s[s.index(before: hi)].isWhitespace { hi = s.index(before: hi) }
            XCTAssertEqual(ResponsibleCell.trimmed(s[...]), s[lo..<hi], s)
        }
    }

    func testWordShapes() {
        for s in Self.samples {
            let w = s[...]
            let plainless = w.hasSuffix("(s)") && w.count > 3 ? w.dropLast(3) : w
            XCTAssertEqual(PartyTokens.withoutPluralMark(w), plainless, s)
            XCTAssertEqual(PartyTokens.isParen(w), w.utf8.count >= 2 && w.first == "(" && w.last == ")", s)
            XCTAssertEqual(PartyTokens.isLowerWord(w),
                           (w.first?.isLowercase ?? false) && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" }, s)
            var title = false
            if let f = plainless.first, f.isUppercase, f.isLetter {
                title = plainless.allSatisfy { c in
                    c.isLetter || c == "-" || c == "/" || c == "'" || c == "’" || c == "&"
                } && plainless.contains(where: \.isLowercase)
            }
            XCTAssertEqual(PartyTokens.isTitleWord(w), title, s)
        }
    }

    func testStatusWordsMatchCharacterReading() {
        let texts = ["Over due - initiated note", "On going", "Completed.", "OVERDUE NOT INITIATED x y z",
                     "Initiated\u{301} x", "Done -\u{301}x", "en retard", "Achevé", "a b c d e f g", "  ", "x\r\ny",
                     "...", "Completed...", "-Ongoing-", "\tOngoing\t", "over due", "ON GOING.", "a.b, c;", "Over", "on"]
        for t in texts {
            let bytes = StatusMatcher.words(of: t[...], limit: 5).map(\.word)
            XCTAssertEqual(bytes, Self.characterWords(t), t)
        }
    }

    /// The `Character` reading `StatusMatcher.words` had before its byte path.
    static func characterWords(_ text: String, limit: Int = 5) -> [String] {
        let separators: Set<Character> = [" ", "-", "–", "\t"]
        var out: [String] = []
        var i = text.startIndex
        while i < text.endIndex && out.count < limit {
            while i < text.endIndex, separators.contains(text[i]) { i = text.index(after: i) }
            guard i < text.endIndex else { break }
            var j = i
            while j < text.endIndex, !separators.contains(text[j]) { j = text.index(after: j) }
            var w = text[i..<j].lowercased()
            while let last = w.last, ".,;:".contains(last) { w.removeLast() }
            if let prev = out.last, (prev == "over" && w == "due") || (prev == "on" && w == "going") {
                out[out.count - 1] = prev + w
            } else {
                out.append(w)
            }
            i = j
        }
        return out
    }

    func testDeadlines() {
        let cases: [(String, CalendarDate?)] = [
            ("2021/07", CalendarDate.endOfMonth(year: 2021, month: 7)),
            ("2021-07.", CalendarDate.endOfMonth(year: 2021, month: 7)),
            ("07/2021,", CalendarDate.endOfMonth(year: 2021, month: 7)),
            ("07-2021", nil), ("2021/13", nil), ("1899/01", nil), ("2021/7/1", CalendarDate(year: 2021, month: 7, day: 1)),
            ("15/07/2021", CalendarDate(year: 2021, month: 7, day: 15)), ("15/07/21", nil), ("2021/0७", nil),
            ("2021\u{301}/07", nil), ("12345", nil),
        ]
        for (word, want) in cases { XCTAssertEqual(KeyActionSplitter.deadline(word[...]), want, word) }
    }

    func testSlugAndSummaryKey() {
        // Lowercase letters and digits; any run of anything else is one `-`, none at either end.
        let slugs: [(String, String)] = [
            ("", ""), (" ", ""), ("--a--b--", "a-b"), ("MCO", "mco"), ("ROs", "ros"), ("UN Women", "un-women"),
            ("un women", "un-women"), ("  padded  ", "padded"), ("tab\there", "tab-here"), ("a\r\nb", "a-b"),
            ("M&E", "m-e"), ("KAZ/TKM", "kaz-tkm"), ("Specialist(s)", "specialist-s"), ("(s)", "s"),
            ("Stewart-Evans", "stewart-evans"), ("UN Women (WEE/SL Unit)", "un-women-wee-sl-unit"),
            ("2021/07", "2021-07"), ("2021-07.", "2021-07"), ("Comms/Advocacy Specialist", "comms-advocacy-specialist"),
            // Beyond ASCII: letters and digits of any script, lowercased; other marks and spaces split.
            ("O’Brien", "o-brien"), ("Évaluation", "évaluation"), ("ÉCOLE", "école"), ("İstanbul", "i\u{307}stanbul"),
            ("Ki\u{212A}", "kik"), ("٣٤٥", "٣٤٥"), ("\u{A0}nbsp\u{A0}", "nbsp"), ("word\u{37E}", "word"),
            ("Head\u{0600} ", "head"), ("Ministère de l’Économie", "ministère-de-l-économie"),
        ]
        for (name, slug) in slugs { XCTAssertEqual(RowAssembler.slug(name), slug, name) }
        let long = String(repeating: "The MCO Appreciates  the\n\nevaluation. ", count: 200)
        for s in [long, "Short Summary", long + "É", "É" + long, "İ“" + long, String(repeating: " ", count: 5000) + long] {
            XCTAssertEqual(RowAssembler.summaryKey(s), String(Text.fold(s).lowercased().prefix(400)))
        }
    }

    /// The byte classes against the `Character` properties they stand for, over every ASCII byte.
    func testByteClasses() {
        for b in UInt8(0)..<0x80 {
            let c = Character(Unicode.Scalar(b))
            XCTAssertEqual(ByteText.isSpace(b), c.isWhitespace && b != 0x85, "\(b)")
            XCTAssertEqual(ByteText.isAlphanumeric(b), c.isLetter || c.isNumber, "\(b)")
            XCTAssertEqual(ByteText.isPunctuation(b), c.isPunctuation || c.isSymbol, "\(b)")
        }
    }

    func testFoldOfByteText() {
        let rows = ["a b", "", " a", "a ", "a  b", "a\tb", "  ", " x \n\n y\t", "no-change here."]
        for s in rows { XCTAssertEqual(String(decoding: ByteText.fold(Array(s.utf8)), as: UTF8.self), Text.fold(s), s) }
    }

    func testFirstOffset() {
        let rows: [(String, String, Bool, Int?)] = [
            ("ab", "xxab", false, 2), ("ab", "xxAB", false, nil), ("ab", "xxAB", true, 2),
            ("quick facts", "QUICK FACTS", true, 0), ("x", "", false, nil), ("abc", "ab", false, nil),
            ("leçon", "LEÇON", true, nil),
        ]
        for (needle, hay, folding, want) in rows {
            let got = ByteText.withUTF8(hay) { ByteText.firstOffset(of: Array(needle.utf8), in: $0, foldingCase: folding) }
            XCTAssertEqual(got, want, "\(needle) in \(hay)")
        }
    }

    /// One row per neighbourhood of the match: ASCII, none, a combining mark after, a non-ASCII letter before.
    func testFirstRangeMatchesCharacterSearch() {
        let rows = [
            "Countries: Kenya", "no colon here", ": at start", "ends with: ", "Pays : x",
            "Note:\u{301} joined", "café: ouvert", "a: \u{301}b: c", "Résumé:x", "x:y: z", "",
        ]
        for text in rows {
            for needle in [": ", ":"] {
                XCTAssertEqual(ByteText.firstRange(ofASCII: needle, in: text), text.firstRange(of: needle), "\(needle) in \(text)")
            }
        }
    }
}
