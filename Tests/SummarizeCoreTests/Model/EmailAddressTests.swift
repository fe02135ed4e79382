import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct EmailAddressTests {
    @Test(arguments: [
        ("zhangsan@example.gov.cn", nil, "zhangsan@example.gov.cn"),
        ("  張三 <zhangsan@example.gov.cn> ", "張三", "zhangsan@example.gov.cn"),
        ("\"Zhang, San\" <zhang.san+report@mail.example.com>", "Zhang, San", "zhang.san+report@mail.example.com"),
        ("<office@example.org>", nil, "office@example.org"),
        ("O'Brien_2@sub-domain.example.co.uk", nil, "O'Brien_2@sub-domain.example.co.uk"),
    ] as [(String, String?, String)])
    func accepts(_ text: String, _ name: String?, _ address: String) throws {
        let mailbox = try EmailAddress(parsing: text)
        #expect(mailbox.displayName == name)
        #expect(mailbox.address == address)
    }

    @Test(arguments: [
        ("", "the email address is empty"),
        ("zhangsan", "'zhangsan' has no '@'"),
        ("a@b@example.com", "'a@b@example.com' has more than one '@'"),
        ("zhangsan@example", "'example' after the '@' in 'zhangsan@example' is not a valid domain"),
        ("zhangsan@-example.com", "'-example.com' after the '@' in 'zhangsan@-example.com' is not a valid domain"),
        ("zhangsan@example.123", "'example.123' after the '@' in 'zhangsan@example.123' is not a valid domain"),
        ("zhang..san@example.com", "'zhang..san' before the '@' in 'zhang..san@example.com' is not a valid mailbox name"),
        (".zhang@example.com", "'.zhang' before the '@' in '.zhang@example.com' is not a valid mailbox name"),
        ("張三@example.com", "'張三@example.com' is not an ASCII email address"),
        ("張三 zhangsan@example.com", "'張三 zhangsan@example.com' is not one address: a name goes in front of the address in angle brackets"),
        ("張三 <zhangsan@example.com", "'張三 <zhangsan@example.com' has '<' but does not end with '>'"),
        ("zhangsan@example.com>", "'zhangsan@example.com>' has '>' without '<'"),
        ("\"張三 <zhangsan@example.com>", "the quoted name in '\"張三 <zhangsan@example.com>' is not closed"),
    ])
    func refuses(_ text: String, _ message: String) {
        #expect(throws: EmailAddress.Problem.self) { try EmailAddress(parsing: text) }
        do {
            _ = try EmailAddress(parsing: text)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func listsSplitOnCommasAndSemicolonsOutsideQuotes() throws {
        let list = try EmailAddress.list(parsing: "a@example.com, \"Li, Si\" <b@example.com>; 王五 <c@example.com>，d@example.com；")
        #expect(list.map(\.address) == ["a@example.com", "b@example.com", "c@example.com", "d@example.com"])
        #expect(list[1].displayName == "Li, Si")
    }

    @Test func headerFormsOfTheName() {
        #expect(EmailAddress(displayName: "Zhang San", address: "z@example.com").headerTokens == ["Zhang", "San", "<z@example.com>"])
        #expect(EmailAddress(displayName: "Zhang, San", address: "z@example.com").headerTokens == ["\"Zhang, San\"", "<z@example.com>"])
        #expect(EmailAddress(displayName: "張三", address: "z@example.com").headerTokens == ["=?UTF-8?B?5by15LiJ?=", "<z@example.com>"])
        #expect(EmailAddress(displayName: "=?x?=", address: "z@example.com").headerTokens == ["\"=?x?=\"", "<z@example.com>"],
                "text that looks like an encoded-word is quoted so that no reader decodes it")
    }

    /// Each encoded-word is at most 75 characters, holds whole characters, and they decode back to the text.
    @Test(arguments: [
        "2016年上半年工作總結",
        "北海市海城區科學技術局2016年上半年工作總結（請審閱，如有意見請於7月15日前回覆）",
        String(repeating: "👨‍👩‍👧‍👦", count: 3) + "e\u{301}" + String(repeating: "字", count: 40),
    ])
    func encodedWordsHoldWholeCharacters(_ text: String) throws {
        let words = EncodedWord.encode(text)
        var decoded = ""
        for word in words {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let payload = try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2))))
            let piece = try #require(String(data: payload, encoding: .utf8), "a word splits a UTF-8 sequence")
            decoded += piece
        }
        #expect(decoded == text)
        #expect(EncodedWord.encode("2016年上半年工作總結") == ["=?UTF-8?B?MjAxNuW5tOS4iuWNiuW5tOW3peS9nOe4vee1kA==?="])
    }

    @Test func longHeadersFoldWithinTheLineLimit() {
        let many = (1...12).map { EmailAddress(displayName: "同事\($0)", address: "colleague\($0)@example.gov.cn") }
        let lines = MIMEHeader.addresses("To", many)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") }, "continuation lines start with whitespace")
        #expect(MIMEHeader.text("Subject", "First-Half 2016 Work Summary") == ["Subject: First-Half 2016 Work Summary"])
    }

    @Test func attachmentNameContinuationsEndBetweenCharacters() {
        let lines = MIMEHeader.extendedParameter("filename", "北海市海城區科學技術局2016年上半年工作總結.html")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines[0].hasPrefix("filename*0*=utf-8''%E5%8C%97"))
        // Every piece decodes as UTF-8 on its own.
        for line in lines {
            let value = line.split(separator: "=", maxSplits: 1)[1].replacingOccurrences(of: "utf-8''", with: "")
                .trimmingCharacters(in: CharacterSet(charactersIn: ";"))
            #expect(value.removingPercentEncoding != nil, "\(line)")
        }
        #expect(MIMEHeader.extendedParameter("filename", "2016H1.html") == ["filename*=utf-8''2016H1.html"])
    }

    @Test func dateHeaderIsEnglishWithTheOffset() {
        let date = Date(timeIntervalSince1970: 1_467_941_400)
        #expect(MIMEHeader.date(date, in: TimeZone(secondsFromGMT: 8 * 3600)!) == "Fri, 08 Jul 2016 09:30:00 +0800")
        #expect(MIMEHeader.date(date, in: TimeZone(secondsFromGMT: -(3 * 3600 + 1800))!) == "Thu, 07 Jul 2016 22:00:00 -0330")
    }
}
