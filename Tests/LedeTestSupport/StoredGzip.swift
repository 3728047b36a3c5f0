/// The gzip format (RFC 1952) of bytes, in stored (uncompressed) deflate blocks: what a server
/// sends with `Content-Encoding: gzip`, made without a compression library.
public enum StoredGzip {
    /// `bytes` in a gzip member.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var start = 0
        repeat {
            let end = min(start + 0xFFFF, bytes.count)
            let length = UInt16(end - start)
            output.append(end == bytes.count ? 1 : 0)
            output += littleEndian(UInt32(length), count: 2) + littleEndian(UInt32(~length), count: 2)
            output += bytes[start..<end]
            start = end
        } while start < bytes.count
        return output + littleEndian(crc32(bytes), count: 4) + littleEndian(UInt32(truncatingIfNeeded: bytes.count), count: 4)
    }

    private static func littleEndian(_ value: UInt32, count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// The CRC-32 of `bytes` (the reflected polynomial 0xEDB88320), bit by bit: tests are small.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
