import ArgumentParser

/// The output formats of `vaktaal diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned text for a terminal, coloured when standard output is one.
    case text
    /// Markdown to paste into release notes.
    case markdown
    /// JSON for tools.
    case json
}
