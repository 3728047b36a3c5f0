import LedeKit
import Testing

/// The records a large article holds by the hundred thousand take no padding between their
/// fields (the reader's memory on a 100 MB file is bound by them, docs/performance.md).
@Suite struct RecordSizeTests {
    @Test func aParagraphTakesFortyBytes() {
        #expect(MemoryLayout<Paragraph>.stride == 40)
    }

    @Test func aQuoteTakesOneHundredAndNinetyTwoBytes() {
        #expect(MemoryLayout<Quote>.stride == 192)
        #expect(MemoryLayout<Attribution>.stride == 120)
    }
}
