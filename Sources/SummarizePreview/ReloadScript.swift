import Foundation

/// The script that makes the open page reload itself after a save: a long-poll of `/changes`.
///
/// Added only to the page as it is served: the report file itself never holds a script. It asks the server whether
/// the version it was served with is still current; the server answers when it changes (or after a while, and the
/// page asks again). When the server is gone (stopped, or restarted) it retries every second, and reloads when it
/// is back with a newer page.
enum ReloadScript {
    /// The HTML of the script for a page of `version`.
    static func element(version: String) -> String {
        """
        <script>
        /* summarize preview: reloads this page when its data or templates are saved. Not part of the report. */
        (function () {
          var shown = "\(version)";
          function wait() {
            fetch("/changes?since=" + encodeURIComponent(shown), { cache: "no-store" })
              .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
              .then(function (now) { if (now !== shown) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>

        """
    }

    /// The document with the script added just before its last `</body>`, or at its end if it has none.
    static func added(to document: String, version: String) -> String {
        let script = element(version: version)
        guard let body = document.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return document + script
        }
        var result = document
        result.insert(contentsOf: script, at: body.lowerBound)
        return result
    }
}
