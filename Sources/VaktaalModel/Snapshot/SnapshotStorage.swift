/// The bytes of a snapshot file as the reader sees them (usually a read-only memory mapping),
/// kept alive by `owner`, which unmaps them when it goes. `release` is told of a range whose
/// bytes have been copied out, so that their pages need not stay resident.
package struct SnapshotStorage: @unchecked Sendable {
    /// The whole file.
    package let bytes: UnsafeRawBufferPointer
    /// What keeps `bytes` valid.
    package let owner: any AnyObject & Sendable
    /// The file the bytes are from, for messages.
    package let file: String?
    /// Drops resident pages of a range read already (they are read again from the file if needed).
    package let release: @Sendable (UnsafeRawBufferPointer) -> Void

    package init(bytes: UnsafeRawBufferPointer, owner: any AnyObject & Sendable, file: String? = nil,
                 release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void = { _ in }) {
        self.bytes = bytes
        self.file = file
        self.owner = owner
        self.release = release
    }

    /// Storage owning a copy of some bytes (for bytes that are not a file).
    package static func copying(_ bytes: UnsafeRawBufferPointer) -> SnapshotStorage {
        let box = OwnedBytes(bytes)
        return SnapshotStorage(bytes: UnsafeRawBufferPointer(rebasing: box.buffer[..<bytes.count]), owner: box)
    }
}

/// Bytes allocated and freed with the object that holds them.
private final class OwnedBytes: @unchecked Sendable {
    let buffer: UnsafeMutableRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) {
        buffer = .allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let base = bytes.baseAddress { buffer.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
    }

    deinit { buffer.deallocate() }
}
