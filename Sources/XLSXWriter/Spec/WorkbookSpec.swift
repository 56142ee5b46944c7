import Foundation

/// A whole workbook: its sheets in tab order, document properties, names and writer options.
package struct WorkbookSpec: Sendable {
  /// The worksheets in tab order.
  package var sheets: [SheetSpec]
  /// Title, subject, author, creation time and custom properties.
  package var properties: DocumentProperties
  /// Workbook-wide defined names.
  package var definedNames: [DefinedName] = []
  /// How libxlsxwriter works while writing.
  package var options: WriterOptions = WriterOptions()

  /// Creates a workbook of `sheets` with `properties`.
  package init(sheets: [SheetSpec], properties: DocumentProperties) {
    self.sheets = sheets
    self.properties = properties
  }
}

/// The document properties Excel shows under File > Info.
package struct DocumentProperties: Hashable, Sendable {
  /// The title.
  package var title: String?
  /// The subject.
  package var subject: String?
  /// The author.
  package var author: String?
  /// The company.
  package var company: String?
  /// Keywords.
  package var keywords: String?
  /// The creation time written into the file.
  ///
  /// Fixed, never "now", so the same content gives the same bytes.
  package var created: Date
  /// Custom text properties, written in this order.
  package var custom: [(name: String, value: String)] = []

  /// Creates properties with the given fixed creation time.
  package init(
    title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
    keywords: String? = nil, created: Date, custom: [(name: String, value: String)] = []
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.company = company
    self.keywords = keywords
    self.created = created
    self.custom = custom
  }

  /// Compares every property, custom ones in order.
  package static func == (lhs: DocumentProperties, rhs: DocumentProperties) -> Bool {
    lhs.title == rhs.title && lhs.subject == rhs.subject && lhs.author == rhs.author
      && lhs.company == rhs.company && lhs.keywords == rhs.keywords && lhs.created == rhs.created
      && lhs.custom.map(\.name) == rhs.custom.map(\.name)
      && lhs.custom.map(\.value) == rhs.custom.map(\.value)
  }

  /// Hashes every property.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(title)
    hasher.combine(subject)
    hasher.combine(author)
    hasher.combine(company)
    hasher.combine(keywords)
    hasher.combine(created)
    for property in custom {
      hasher.combine(property.name)
      hasher.combine(property.value)
    }
  }
}

/// A workbook-level name for a range, such as `Ranking_KPI` for `Peringkat!$F$2:$F$218`.
package struct DefinedName: Hashable, Sendable {
  /// The name: letters, digits, `_` and `.`, starting with a letter or `_`.
  package var name: String
  /// The sheet holding the range.
  package var sheet: String
  /// The range named.
  package var range: CellRange

  /// Creates a name for `range` on `sheet`.
  package init(name: String, sheet: String, range: CellRange) {
    self.name = name
    self.sheet = sheet
    self.range = range
  }
}

/// Options for libxlsxwriter's work while writing one workbook.
package struct WriterOptions: Hashable, Sendable {
  /// Whether rows are flushed to disk as soon as the next row starts.
  ///
  /// This keeps memory flat for very large sheets. Cells are then written row by row (the writer sorts them); tables and merged
  /// ranges over several rows are refused in this mode.
  package var constantMemory = false
  /// The folder for libxlsxwriter's temporary files, or `nil` for the standard choice
  /// (`TemporaryFolder.standard()`: `TMPDIR` when set, else `/dev/shm` when it has room, with
  /// `/tmp` as the fallback, else `/tmp`).
  ///
  /// A memory file system such as `/dev/shm` makes writing many small workbooks faster.
  package var temporaryDirectory: String?

  /// Creates the default options.
  package init(constantMemory: Bool = false, temporaryDirectory: String? = nil) {
    self.constantMemory = constantMemory
    self.temporaryDirectory = temporaryDirectory
  }
}
