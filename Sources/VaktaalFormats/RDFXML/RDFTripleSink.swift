package import VaktaalModel

/// Receives the triples of a streaming parse as borrowed bytes, without a `String` or ``Triple``
/// being made for each: the fast path for conversions.
package protocol RDFTripleSink: AnyObject {
    /// One triple; the views are only valid during the call.
    /// - Throws: Anything; the parse stops and the reader rethrows it.
    func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws
}
