import Testing
@testable import SummarizePreview

@Suite struct ReloadScriptTests {
    @Test func goesJustBeforeTheLastBodyEndTag() {
        let document = "<html><body><p>&lt;/body&gt;</p>\n</BODY>\n</html>\n"
        let served = ReloadScript.added(to: document, version: "a-1")
        #expect(served == "<html><body><p>&lt;/body&gt;</p>\n" + ReloadScript.element(version: "a-1") + "</BODY>\n</html>\n")
    }

    @Test func goesAtTheEndOfADocumentWithoutBody() {
        #expect(ReloadScript.added(to: "<p>x</p>", version: "a-1") == "<p>x</p>" + ReloadScript.element(version: "a-1"))
    }

    @Test func asksAboutItsOwnVersionAndReloadsOnAnyOther() {
        let script = ReloadScript.element(version: "k3f-12")
        #expect(script.hasPrefix("<script>\n"))
        #expect(script.hasSuffix("</script>\n"))
        #expect(script.contains("var shown = \"k3f-12\";"))
        #expect(script.contains("fetch(\"/changes?since=\" + encodeURIComponent(shown)"))
        #expect(script.contains("if (now !== shown) { location.reload(); }"))
    }
}
