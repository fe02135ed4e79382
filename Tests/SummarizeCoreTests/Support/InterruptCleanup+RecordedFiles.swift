import Foundation
@_spi(Stages) @testable import SummarizeCore

extension InterruptCleanup {
    /// The files a signal would remove now.
    static var recordedFiles: Set<String> { guarding { $0 } }
}
