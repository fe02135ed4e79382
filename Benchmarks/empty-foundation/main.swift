// The start-up floor of the benchmark: a Swift program that imports Foundation and does nothing else. Launching it
// costs what launching any Foundation-based Swift tool costs (loading the Swift runtime, Foundation and ICU), which
// is the least that one run of summarize can take.
import Foundation

exit(0)
