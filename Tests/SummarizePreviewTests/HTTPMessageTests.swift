import Foundation
import Testing
@testable import SummarizePreview

@Suite struct HTTPMessageTests {
    static func head(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func parsesARequestLineTheQueryAndTheHost() throws {
        let request = try #require(HTTPMessage.Request(head: Self.head(
            "GET /changes?since=k3f-2&x=%E4%B8%80 HTTP/1.1\r\nUser-Agent: test\r\nhost:  127.0.0.1:8080 ")))
        #expect(request == HTTPMessage.Request(head: Self.head("GET /changes?x=一&since=k3f-2 HTTP/1.1\r\nHost: 127.0.0.1:8080")))
        #expect(request.method == "GET")
        #expect(request.path == "/changes")
        #expect(request.query == ["since": "k3f-2", "x": "一"])
        #expect(request.host == "127.0.0.1:8080")
    }

    @Test func aRequestWithoutHostHasNone() throws {
        let request = try #require(HTTPMessage.Request(head: Self.head("HEAD / HTTP/1.0")))
        #expect(request.method == "HEAD")
        #expect(request.path == "/")
        #expect(request.query.isEmpty)
        #expect(request.host == nil)
    }

    @Test(arguments: ["", "GET", "GET /", "GET / HTTP/2", "GET relative HTTP/1.1", "GET  / HTTP/1.1", "\u{16}\u{03}\u{01}"])
    func refusesWhatIsNotAnHTTP1Request(_ head: String) {
        #expect(HTTPMessage.Request(head: Self.head(head)) == nil)
    }

    @Test func findsTheEndOfTheHead() {
        #expect(HTTPMessage.endOfHead(in: Self.head("GET / HTTP/1.1\r\nHost: a\r\n\r\n")) == 23)
        #expect(HTTPMessage.endOfHead(in: Self.head("GET / HTTP/1.1\r\nHost: a\r\n")) == nil)
        #expect(HTTPMessage.endOfHead(in: Self.head("\r\n\r")) == nil)
        #expect(HTTPMessage.endOfHead(in: Self.head("\r\n\r\n")) == 0)
    }

    @Test func encodesACompleteResponseThatClosesTheConnection() {
        let response = HTTPMessage.Response.html("<p>一</p>")
        #expect(String(decoding: response.encoded(), as: UTF8.self) == """
            HTTP/1.1 200 OK\r
            Content-Type: text/html; charset=utf-8\r
            Content-Length: 10\r
            Cache-Control: no-store\r
            X-Content-Type-Options: nosniff\r
            Connection: close\r
            \r
            <p>一</p>
            """)
        #expect(String(decoding: response.encoded(includingBody: false), as: UTF8.self).hasSuffix("Connection: close\r\n\r\n"))
    }
}
