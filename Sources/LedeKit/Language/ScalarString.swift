extension String {
    /// The text of `scalars`, built from their UTF-8 bytes in one allocation (none for short
    /// words), for the tokenizer and the other hot paths that turn scalar offsets into words.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                for byte in UTF8.encode(scalar)! {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
