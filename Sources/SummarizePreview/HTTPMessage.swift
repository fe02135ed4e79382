import Foundation

/// The little of HTTP/1.1 the preview speaks: `GET` and `HEAD` requests without a body, each answered with a
/// complete response and `Connection: close`. A browser showing one page needs no more, and what is not there cannot
/// go wrong.
enum HTTPMessage {
    /// A request head larger than this is refused: the preview's requests are a few hundred bytes.
    static let maximumHeadSize = 16 * 1024

    /// The request line and the one header the preview reads.
    struct Request: Equatable, Sendable {
        var method: String
        /// The path without the query: `/changes`.
        var path: String
        /// The query's items, percent-decoded; the last of a repeated name wins.
        var query: [String: String]
        /// The `Host` header, if any.
        var host: String?

        /// Parses a request head: everything before the blank line that ends it. Nil when it is not HTTP/1.x.
        init?(head: some Collection<UInt8>) {
            let text = String(decoding: head, as: UTF8.self)
            let lines = text.components(separatedBy: "\r\n")
            let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: false)
            guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1."), requestLine[1].hasPrefix("/") else {
                return nil
            }
            method = String(requestLine[0])
            let target = requestLine[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            path = String(target[0]).removingPercentEncoding ?? String(target[0])
            query = [:]
            if target.count == 2 {
                for item in target[1].split(separator: "&") {
                    let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    let name = String(pair[0]).removingPercentEncoding ?? String(pair[0])
                    let value = pair.count == 2 ? String(pair[1]).removingPercentEncoding ?? String(pair[1]) : ""
                    query[name] = value
                }
            }
            host = lines.dropFirst().lazy.compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":"),
                      line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "host" else { return nil }
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }.first
        }
    }

    /// A complete response.
    struct Response: Equatable, Sendable {
        var status: Int
        var reason: String
        var contentType: String
        var body: Data

        static func html(_ document: String) -> Response {
            Response(status: 200, reason: "OK", contentType: "text/html; charset=utf-8", body: Data(document.utf8))
        }

        static func text(_ text: String, status: Int = 200, reason: String = "OK") -> Response {
            Response(status: status, reason: reason, contentType: "text/plain; charset=utf-8", body: Data(text.utf8))
        }

        /// The bytes on the wire; a response to `HEAD` has the headers only.
        func encoded(includingBody: Bool = true) -> Data {
            let head = """
                HTTP/1.1 \(status) \(reason)\r
                Content-Type: \(contentType)\r
                Content-Length: \(body.count)\r
                Cache-Control: no-store\r
                X-Content-Type-Options: nosniff\r
                Connection: close\r
                \r

                """
            return Data(head.utf8) + (includingBody ? body : Data())
        }
    }

    /// The end of a request head (`\r\n\r\n`) in what has been read, if it is there yet.
    static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}
