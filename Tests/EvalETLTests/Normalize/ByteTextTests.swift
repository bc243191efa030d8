import XCTest
@testable import EvalETL

/// The byte and scalar primitives, one row per edge.
final class ByteTextTests: XCTestCase {
    /// ASCII, CRLF, combining marks after ASCII, Kelvin sign, Greek question mark, non-ASCII letters.
    static let samples: [String] = [
        "", " ", "a", "A", "UN Women", "un women", "MCO", "ROs", "M&E", "KAZ/TKM", "Specialist(s)", "(s)",
        "Programme", "Stewart-Evans", "O’Brien", "Évaluation", "élan", "E\u{301}lan", "a\r\nb", "\r\n",
        "x\u{301}", ":\u{301}abc", "2021/07", "2021-07.", "07/2021,", "15/07/2021", "2021/13", "1899/01",
        "٣٤٥", "word.", "word\u{37E}", "ab:", "Ki\u{212A}", "\u{212A}ey actions", "gender", "to", "(WEE Unit)",
        "Head\u{0600} ", "  padded  ", "tab\there", "\u{A0}nbsp\u{A0}", "ÉCOLE", "İstanbul",
    ]

    /// `scan` against plain reads of the bytes, on short words and on texts long enough
    /// for its eight-byte steps (a capital, `\r` or non-ASCII byte in each lane).
    func testScan() {
        let long = ["abcdefgh", "abcdefgZ", "Zbcdefgh", "abcd[@`{", "abc\rdefgh", "abcdefg\r",
                    "abcdefghé", "éabcdefgh", "abcdefghijklmnoP", "@[`{@[`{@[`{", "programme specialists (all)"]
        let rows = Self.samples + long + Self.samples.map { $0 + " and some padding words" }
        for s in rows {
            let found = Array(s.utf8).withUnsafeBufferPointer(ByteText.scan)
            XCTAssertEqual(found.ascii, s.utf8.allSatisfy { $0 < 0x80 }, s)
            if found.ascii { XCTAssertEqual(found.hasUpper, s.utf8.contains(where: ByteText.isUpper), s) }
        }
    }

    /// A text's scalars counted on its bytes, as `unicodeScalars` counts them, for a native and a
    /// bridged (non-contiguous) string alike.
    func testScalarCount() {
        for s in Self.samples + ["😀 and ﬁ", "\u{1F1FA}\u{1F1F3} flags"] {
            let line = Substring(s)
            XCTAssertEqual(ByteText.scalarCount(line), s.unicodeScalars.count, s)
            XCTAssertEqual(ByteText.scalarCount(Substring(NSString(string: s) as String)), s.unicodeScalars.count, s)
        }
    }

    func testLowercased() {
        let rows: [(String, String)] = [
            ("", ""), ("UN Women", "un women"), ("un women", "un women"), ("ÉCOLE", "école"), ("İstanbul", "i\u{307}stanbul"),
            ("ΣΑΣ", "σασ"), ("Ki\u{212A}", "kik"), ("M&E", "m&e"),
        ]
        for (s, want) in rows {
            XCTAssertEqual(ByteText.lowercased(s[...]), want, s)
            XCTAssertEqual(ByteText.lowercased(s), want, s)
            // The same bytes handed to a rule in place: its own (no capital), a copy (ASCII), the full mapping.
            XCTAssertEqual(ByteText.withLowercased(s, ByteText.string), want, s)
            XCTAssertEqual(ByteText.withLowercased(s[...], ByteText.string), want, s)
        }
        let long = String(repeating: "Key ACTIONS and More ", count: 20)
        XCTAssertEqual(ByteText.withLowercased(long, ByteText.string), long.lowercased())
        XCTAssertEqual(ByteText.withLowercased(long + "É", ByteText.string), (long + "É").lowercased())
    }

    /// A prefix that lower-cases to a word, as written; it must end a character.
    func testPrefixLengthLowercasedTo() {
        let rows: [(String, String, Int?)] = [
            ("Recommendation: x", "recommendation", 14), ("RECOMENDACIÓN 2.", "recomendación", 14),
            ("recomendación", "recomendación", 14), ("Recommandation de l’Évaluation 1", "recommandation de l’évaluation", 33),
            ("Recommendation\u{301}", "recommendation", nil), ("Recom", "recommendation", nil), ("", "a", nil),
            ("İx", "i\u{307}x", 3), ("Ki\u{212A}", "kik", 5), ("Reco", "recx", nil),
        ]
        for (s, word, want) in rows {
            let got = ByteText.withUTF8(s) { ByteText.prefixLength(of: $0, lowercasedTo: Array(word.utf8)) }
            XCTAssertEqual(got, want, s)
            if let want { XCTAssertEqual(ByteText.lowercased(String(s.utf8.prefix(want))!), word, s) }
        }
    }

    /// Trimming and splitting on ASCII marks; a mark that a combining mark joins is no mark.
    func testTrimmingAndSplit() {
        let trims: [(Substring, Substring, Substring)] = [
            // (text, trimmed of spaces and tabs, trimmed of pipes and blanks)
            ("", "", ""), (" \t ", "", ""), ("  a b\t", "a b", "a b"), ("x", "x", "x"), ("\u{A0}y ", "\u{A0}y", "\u{A0}y"),
            ("| Ethiopia |", "| Ethiopia |", "Ethiopia"), ("|||", "|||", ""), ("a |\u{301}", "a |\u{301}", "a |\u{301}"),
            (" \u{301}x ", " \u{301}x", " \u{301}x"), ("é |", "é |", "é"),
        ]
        for (s, blanks, pipes) in trims {
            XCTAssertEqual(ByteText.trimmingBlanks(s), blanks, s.debugDescription)
            XCTAssertEqual(ByteText.trimming(s, ByteText.isPipeOrBlank), pipes, s.debugDescription)
        }
        let scalarTrims: [(Substring, String, Substring)] = [
            // (text, marks, trimmed of them: any scalar, `–` and `\u{A0}` too)
            ("", " ,;:-–", ""), ("Italy – ", " ,;:-–", "Italy"), ("–\u{301}Italy ", " ,;:-–", "–\u{301}Italy"),
            ("Italy (; – ", " (;:–-,", "Italy"), (" nº 3.", " #nº°.", "3"), (": :", " :", ""), ("é :", " :", "é"),
        ]
        for (s, marks, want) in scalarTrims { XCTAssertEqual(ByteText.trimming(s, anyOf: marks), want, s.debugDescription) }
        let punctuation: [(Substring, Substring)] = [
            // NB: a space that a combining mark joins is kept, as every trim here keeps it (it was trimmed over Characters).
            (" Italy;\u{A0}", "Italy"), (".,;:", ""), ("\u{2003}a, b.", "a, b"), (" \u{301}x,", " \u{301}x"), ("x.\u{301}", "x.\u{301}"),
        ]
        for (s, want) in punctuation { XCTAssertEqual(ByteText.trimmingPunctuation(s), want, s.debugDescription) }
        let splits: [(Substring, [Substring])] = [
            ("", [""]), ("a", ["a"]), ("a|b", ["a", "b"]), ("|a||", ["", "a", "", ""]),
            ("PMU | 2021/12 | Completed |", ["PMU ", " 2021/12 ", " Completed ", ""]), ("a|\u{301}b|c", ["a|\u{301}b", "c"]),
            ("é|ü", ["é", "ü"]),
        ]
        for (s, parts) in splits {
            XCTAssertEqual(ByteText.split(s) { $0 == UInt8(ascii: "|") }, parts, s.debugDescription)
            // NB: the same as splitting the characters.
            XCTAssertEqual(ByteText.split(s) { $0 == UInt8(ascii: "|") }, s.split(separator: "|", omittingEmptySubsequences: false), s.debugDescription)
        }
    }

    /// Folding pieces as if joined by a space.
    func testFoldJoining() {
        let rows: [[Substring]] = [[], [""], ["a"], ["a ", "", " b  c"], ["  ", "x"], ["x", "\u{A0}"], ["a\n", "\u{301}b"], ["é", "ü ", " ö"]]
        for pieces in rows {
            XCTAssertEqual(Text.fold(joining: pieces), Text.fold(pieces.joined(separator: " ")), "\(pieces)")
        }
    }

    /// Prefixes by scalars, and the first mark among the first characters (a combining mark joins the one before).
    func testPrefixAndFirstIndex() {
        let rows: [(String, Int, String, Int?)] = [
            ("abc", 2, "ab", nil), ("", 3, "", nil), ("é:x", 2, "é:", 2), ("é:x", 1, "é", nil), (":", 1, ":", 0),
            ("a:", 1, "a", nil), ("key: value", 48, "key: value", 3), ("x\u{301}:", 2, "x\u{301}", 3), (":\u{301}x:", 3, ":\u{301}x", 4),
            ("x\u{301}:", 3, "x\u{301}:", 3), (String(repeating: "x", count: 60) + ":", 48, String(repeating: "x", count: 48), nil),
        ]
        for (s, n, prefix, colon) in rows {
            XCTAssertEqual(ByteText.prefix(s[...], scalars: n), prefix[...], "\(s) \(n)")
            XCTAssertEqual(ByteText.firstIndex(of: UInt8(ascii: ":"), inFirst: n, of: s[...]).map { s.utf8.distance(from: s.startIndex, to: $0) },
                           colon, "\(s) \(n)")
        }
    }

    func testWordCount() {
        let rows: [(String, Int)] = [("a  b", 2), (" a b ", 2), ("a\u{301} b", 2), ("one", 1), ("   ", 0), ("", 0), ("a\tb c", 2)]
        for (s, want) in rows { XCTAssertEqual(ByteText.wordCount(s.utf8), want, s) }
    }

    func testIsBlank() {
        let rows: [(String, Bool)] = [
            (" \t ", true), ("", true), ("\u{A0}", true), (" \u{2003} ", true), ("\u{301}", false), (" x ", false), ("\u{2003}x", false),
        ]
        for (s, want) in rows { XCTAssertEqual(ByteText.isBlank(s.utf8), want, s) }
    }

    /// The first scalar asked through `Scalars`.
    func testStartsUppercase() {
        let rows: [(String, Bool)] = [
            ("", false), ("Élan", true), ("élan", false), ("ℹ info", true), ("ǅ", false), ("٣٤٥", false), ("Women¹", true),
            ("word.", false), ("A1", true), ("Ａb", true),
        ]
        for (s, upper) in rows { XCTAssertEqual(ByteText.startsUppercase(s[...]), upper, s) }
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
            XCTAssertEqual(ByteText.string(ByteText.fold(input)), want, input)
            XCTAssertEqual(ByteText.string(ByteText.fold(ByteText.Bytes(input.utf8))), want, input)
            XCTAssertEqual(ByteText.withUTF8(input, ByteText.isFolded), input == want, input)
        }
    }

    func testTrimmed() {
        let rows: [(String, String)] = [
            ("", ""), ("x", "x"), ("  a b ", "a b"), ("\u{A0} x \u{A0}", "x"), ("\t\u{3000}é\u{2003}", "é"),
            ("x \u{0600} ", "x \u{0600}"), ("   ", ""), (" \u{301}x", "x"), ("x \u{301}", "x"), ("x\u{301} ", "x\u{301}"),
            (" 2021/12 ", "2021/12"), ("\tCompleted\n", "Completed"), (" é ", "é"), ("  \u{A0}x", "x"), (" \u{301} ", ""),
        ]
        for (s, want) in rows { XCTAssertEqual(Text.trimmed(s[...]), want[...], s) }
    }

    /// The word shapes of `PartyTokens`, one row per word.
    func testWordShapes() {
        let rows: [(String, title: Bool, lower: Bool, paren: Bool, plainless: String)] = [
            ("Programme", true, false, false, "Programme"), ("programme", false, true, false, "programme"),
            ("Specialist(s)", true, false, false, "Specialist"), ("(s)", false, false, true, "(s)"),
            ("Stewart-Evans", true, false, false, "Stewart-Evans"), ("O’Brien", true, false, false, "O’Brien"),
            ("Évaluation", true, false, false, "Évaluation"), ("élan", false, true, false, "élan"), ("MCO", false, false, false, "MCO"),
            ("Comms/Advocacy", true, false, false, "Comms/Advocacy"), ("Wh\u{301}ite", true, false, false, "Wh\u{301}ite"),
            ("m&e", false, true, false, "m&e"), ("A1b", false, false, false, "A1b"), ("(WEE Unit)", false, false, true, "(WEE Unit)"),
            ("İstanbul", true, false, false, "İstanbul"), ("ℹnfo", true, true, false, "ℹnfo"), ("", false, false, false, ""),
        ]
        for row in rows {
            let w = row.0[...]
            XCTAssertEqual(WordScan(PartyTokens.withoutPluralMark(w)).isTitle, row.title, row.0)
            XCTAssertEqual(WordScan(w).isLower, row.lower, row.0)
            XCTAssertEqual(PartyTokens.isParen(w), row.paren, row.0)
            XCTAssertEqual(PartyTokens.withoutPluralMark(w), row.plainless[...], row.0)
        }
    }

    func testStatusWords() {
        let rows: [(String, [String])] = [
            ("Over due - initiated note", ["overdue", "initiated", "note"]), ("On going", ["ongoing"]), ("Completed.", ["completed"]),
            ("OVERDUE NOT INITIATED x y z", ["overdue", "not", "initiated", "x", "y"]), ("  ", []), ("...", [""]),
            ("Completed...", ["completed"]), ("-Ongoing-", ["ongoing"]), ("\tOngoing\t", ["ongoing"]), ("Achevé – en cours", ["achevé", "en", "cours"]),
            ("a.b, c;", ["a.b", "c"]), ("Over", ["over"]), ("ÉTÉ", ["été"]), ("Ongoing \u{301}n-house", ["ongoing \u{301}n", "house"]),
        ]
        for (t, want) in rows { XCTAssertEqual(StatusMatcher.words(of: t[...], limit: 5).map(\.word), want, t) }
    }

    /// The status a flattened row goes on with: a known phrase, else its first word (cut at the first space).
    func testLeadingStatus() {
        let rows: [(String, String?, Bool, String)] = [
            ("Overdue-Initiated Met twice", "Overdue-Initiated", true, "Met twice"), ("completed", "Completed", true, ""),
            ("Delayed by a month", "Delayed", false, "by a month"), ("Delayed", "Delayed", false, ""), ("", nil, false, ""),
            ("Ongoing \u{301}n-house", "Ongoing", false, "\u{301}n-house"), ("Ongoing\u{301} x", "Ongoing\u{301}", false, "x"),
        ]
        for (text, status, known, rest) in rows {
            let got = StatusMatcher.leading(text[...])
            XCTAssertEqual(got?.status, status, text)
            XCTAssertEqual(got?.known ?? false, known, text)
            XCTAssertEqual(String(got?.rest ?? ""), rest, text)
        }
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
        for (word, want) in cases { XCTAssertEqual(DateText.deadline(word[...]), want, word) }
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
        }
    }

    func testFirstOffset() {
        let rows: [(String, String, Bool, Int?)] = [
            ("ab", "xxab", false, 2), ("ab", "xxAB", false, nil), ("ab", "xxAB", true, 2),
            ("quick facts", "QUICK FACTS", true, 0), ("x", "", false, nil), ("abc", "ab", false, nil),
            ("leçon", "LEÇON", true, nil), ("ab", "xab\u{301}ab", false, 5),
        ]
        for (needle, hay, folding, want) in rows {
            let got = ByteText.withUTF8(hay) { ByteText.firstOffset(of: Array(needle.utf8), in: $0, foldingCase: folding) }
            XCTAssertEqual(got, want, "\(needle) in \(hay)")
        }
    }

    func testFirstRange() {
        let rows: [(String, String, Int?)] = [
            ("Countries: Kenya", ": ", 9), ("no colon here", ":", nil), (": at start", ": ", 0), ("ends with: ", ": ", 9),
            ("café: ouvert", ": ", 5), ("", ":", nil), ("x:y: z", ": ", 3), ("a: \u{301}b: c", ": ", 6),
        ]
        for (text, needle, want) in rows {
            let got = ByteText.firstRange(of: needle, in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            XCTAssertEqual(got, want, "\(needle) in \(text)")
        }
    }

    /// `Scalars.whitespaceWidth` reads off the bytes exactly the scalars `Scalars.isWhitespace` answers yes to.
    func testWhitespaceWidth() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var b: [UInt8] = []
            UTF8.encode(scalar) { b.append($0) }
            let width = Scalars.isWhitespace(scalar) ? b.count : 0
            b.append(0x78)
            if Scalars.whitespaceWidth(b, at: 0) != width { wrong.append(v) }
        }
        XCTAssertEqual(wrong, [])
    }

    func testLetterWords() {
        let rows: [(String, UInt8?, Bool, [String])] = [
            ("Côte d'Ivoire, Guinea-Bissau's", nil, true, ["Côte", "d'Ivoire", "Guinea-Bissau's"]),
            ("Côte d'Ivoire, Guinea-Bissau's", nil, false, ["Côte", "d", "Ivoire", "Guinea", "Bissau", "s"]),
            ("main findings & conclusions", UInt8(ascii: "&"), false, ["main", "findings", "&", "conclusions"]),
            ("'quoted' -x- r&d", UInt8(ascii: "&"), true, ["quoted", "x", "r&d"]), ("", nil, true, []), ("1 2", nil, false, []),
            // NB: a mark that joins a letter belongs to its word (as over Characters); one after a non-letter starts none.
            ("CO\u{301}-x", nil, false, ["CO\u{301}", "x"]), ("\u{301}ab -\u{301}c", nil, false, ["ab", "c"]),
        ]
        for (text, keeping, joining, want) in rows {
            XCTAssertEqual(ByteText.letterWords(Array(text.utf8), keeping: keeping, joining: joining), want, text)
        }
    }

    /// Two words have the same short key exactly when their bytes are equal; long words have none.
    func testShortKey() {
        let words = ["", "a", "&", "y", "et", "la", "le", "and", "And", "the", "-", "\u{2013}", "with", "é", "e\u{301}"]
        for a in words {
            for b in words {
                XCTAssertEqual(ByteText.shortKey(a.utf8) == ByteText.shortKey(b.utf8), Array(a.utf8) == Array(b.utf8), "\(a) \(b)")
            }
        }
        XCTAssertNil(ByteText.shortKey("words".utf8))
        XCTAssertNil(ByteText.shortKey("\u{2013}\u{2013}".utf8))
    }
}
