import Testing

/// Every end-to-end suite, nested here so that they run one test at a time.
///
/// The tests wait for `lede` and `tmux` with synchronous calls; run side by side on a machine
/// with two cores, they held every thread of the concurrency pool, and a test could go
/// unscheduled for longer than its own timeouts. One at a time, each test has the machine's
/// attention for as long as it waits, while the unit tests still run beside them.
@Suite(.serialized) enum EndToEnd {}
