import LedeKit

/// The analyzer every input goes through, built once: loading the lexicon is not what is
/// being fuzzed.
let analyzer = Analyzer()

/// libFuzzer's set-up hook, called once before the first input: builds the analyzer, so
/// that loading the lexicon is neither timed nor counted against the first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = analyzer
    return 0
}

/// libFuzzer's entry point: runs one input through the whole pipeline and traps when an
/// invariant does not hold. libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    Pipeline.run(bytes, analyzer: analyzer)
    return 0
}
