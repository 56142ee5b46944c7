/// The core document properties (`docProps/core.xml`): title, subject, author and dates.
package struct XLSXCoreProperties: Sendable, Equatable {
  /// `dc:title`.
  package var title: String?
  /// `dc:subject`.
  package var subject: String?
  /// `dc:creator`, the author.
  package var creator: String?
  /// `cp:keywords`.
  package var keywords: String?
  /// `dc:description`, the comments.
  package var description: String?
  /// `dcterms:created`, as written ("2024-05-01T00:00:00Z").
  package var created: String?
  /// `dcterms:modified`, as written.
  package var modified: String?

  /// Creates core properties; every field is absent by default.
  package init(
    title: String? = nil, subject: String? = nil, creator: String? = nil,
    keywords: String? = nil, description: String? = nil, created: String? = nil,
    modified: String? = nil
  ) {
    self.title = title
    self.subject = subject
    self.creator = creator
    self.keywords = keywords
    self.description = description
    self.created = created
    self.modified = modified
  }

  /// Reads the core properties part's root element.
  init(_ root: MarkupElement) {
    func text(_ name: String, _ namespace: Namespace) -> String? {
      root.child(name, in: namespace)?.text
    }
    self.init(
      title: text("title", .dublinCore),
      subject: text("subject", .dublinCore),
      creator: text("creator", .dublinCore),
      keywords: text("keywords", .coreProperties),
      description: text("description", .dublinCore),
      created: text("created", .dublinCoreTerms),
      modified: text("modified", .dublinCoreTerms))
  }
}
