import PropertyBased
import Testing

/// `propertyCheck` that fails on an error thrown by its body.
///
/// PropertyBased 2.0.1 runs the body under `try?` (in `countIssues`, to count the issues it
/// records), so an error thrown by the body, a reader's parse error say, is dropped and the case
/// passes. Here every thrown error is recorded as an issue, which fails the case and shrinks it.
/// (`try #require` records its issue before it throws, so it works either way.)
func propertyCheck<InputValue, ResultValue>(
    failingOnErrors count: Int,
    input: Generator<ResultValue, some Sequence<InputValue>>,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation,
    perform body: (ResultValue) async throws -> Void
) async {
    await propertyCheck(count: count, input: input, perform: { value in
        do {
            try await body(value)
        } catch {
            Issue.record(error, sourceLocation: sourceLocation)
        }
    }, isolation: isolation, sourceLocation: sourceLocation)
}
