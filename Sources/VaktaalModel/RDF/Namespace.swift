/// The namespace IRIs Vaktaal knows by name.
public enum Namespace {
    /// RDF.
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// RDF Schema.
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    /// XML Schema datatypes.
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    /// SKOS.
    public static let skos = "http://www.w3.org/2004/02/skos/core#"
    /// SKOS eXtension for Labels.
    public static let skosxl = "http://www.w3.org/2008/05/skos-xl#"
    /// OWL.
    public static let owl = "http://www.w3.org/2002/07/owl#"
    /// DCMI terms.
    public static let dcterms = "http://purl.org/dc/terms/"
    /// Dublin Core elements 1.1.
    public static let dc = "http://purl.org/dc/elements/1.1/"
    /// SSSOM's vocabulary.
    public static let sssom = "https://w3id.org/sssom/"
    /// Semantic mapping vocabulary (mapping justifications).
    public static let semapv = "https://w3id.org/semapv/vocab/"
    /// FOAF.
    public static let foaf = "http://xmlns.com/foaf/0.1/"
    /// The XML namespace.
    public static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Well-known prefixes, used when writing formats with prefixes.
    public static let wellKnownPrefixes: [(prefix: String, namespace: String)] = [
        ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd), ("skos", skos), ("skosxl", skosxl),
        ("owl", owl), ("dcterms", dcterms), ("dc", dc), ("sssom", sssom), ("semapv", semapv),
        ("foaf", foaf),
    ]
}
