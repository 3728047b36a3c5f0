import Foundation
import LedeTestSupport

/// Runs lede with `arguments` and the test environment (``utf8Environment()``) with
/// `variables` set in it.
func runLede(_ arguments: [String], setting variables: [String: String]) throws -> ProcessResult {
    try runProcess(LedeBinary.url(), arguments, environment: utf8Environment().merging(variables) { $1 })
}
