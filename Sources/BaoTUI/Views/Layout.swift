/// Where each pane goes for a terminal size: three panes when wide, the sidebar collapsed when
/// medium, one pane at a time when narrow or zoomed. Pane rectangles include their one-line header.
///
/// Proportions (see README "The browser"): the list keeps one width while the selection moves (a
/// list that jumps sideways is hard to read), the sidebar takes what its lines need up to a limit,
/// and the reader gets the rest, never less than a readable column on wide terminals.
public struct Layout: Sendable, Equatable {
    public var list: Rect?
    public var reader: Rect?
    public var sidebar: Rect?
    /// Vertical separators between panes (x positions).
    public var separators: [Int]
    /// The whole area above the status line, used by full-page views.
    public var main: Rect
    public var status: Rect

    /// Widths at which the layout changes.
    public static let wideWidth = 100
    public static let mediumWidth = 60
    /// The narrowest sidebar worth showing; its widest is `sidebarLimit(width:)`.
    public static let sidebarMinimum = 18
    /// The reader never gets fewer columns than this on terminals of `spaciousWidth` and more.
    public static let readerComfort = 64
    public static let spaciousWidth = 180

    /// What shapes the layout besides the terminal size.
    public struct Options: Sendable, Equatable {
        /// The focused pane alone takes the full width.
        public var zoomed = false
        /// The entity sidebar is hidden (`e`).
        public var sidebarHidden = false
        /// Columns the sidebar's lines need (its widest line plus a margin).
        public var sidebarNeed = sidebarMinimum

        public init(zoomed: Bool = false, sidebarHidden: Bool = false, sidebarNeed: Int = Layout.sidebarMinimum) {
            self.zoomed = zoomed
            self.sidebarHidden = sidebarHidden
            self.sidebarNeed = sidebarNeed
        }
    }

    /// The widest the sidebar gets on a terminal `width` columns wide.
    public static func sidebarLimit(width: Int) -> Int { max(sidebarMinimum, width * 22 / 100) }

    /// The list's width on a three-pane terminal: 40 %, up to half the width on spacious terminals
    /// as long as the reader keeps `readerComfort` columns next to the widest sidebar.
    public static func wideListWidth(_ width: Int) -> Int {
        guard width >= spaciousWidth else { return width * 40 / 100 }
        return max(width * 40 / 100, min(width / 2, width - sidebarLimit(width: width) - 2 - readerComfort))
    }

    public static func compute(width: Int, height: Int, focus: Pane, options: Options = Options()) -> Layout {
        let mainHeight = max(0, height - 1)
        let main = Rect(x: 0, y: 0, width: width, height: mainHeight)
        let status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
        func column(_ x: Int, _ w: Int) -> Rect { Rect(x: x, y: 0, width: w, height: mainHeight) }
        let single = options.zoomed || width < mediumWidth
        if single {
            // A hidden sidebar cannot be zoomed into: the reader stands in for it.
            let pane: Pane = focus == .sidebar && options.sidebarHidden ? .reader : focus
            let whole = column(0, width)
            return Layout(list: pane == .list ? whole : nil, reader: pane == .reader ? whole : nil,
                          sidebar: pane == .sidebar ? whole : nil, separators: [], main: main, status: status)
        }
        if width >= wideWidth && !options.sidebarHidden {
            let listWidth = wideListWidth(width)
            let sideWidth = max(sidebarMinimum, min(options.sidebarNeed, sidebarLimit(width: width)))
            let readerWidth = width - listWidth - sideWidth - 2
            return Layout(list: column(0, listWidth), reader: column(listWidth + 1, readerWidth),
                          sidebar: column(listWidth + readerWidth + 2, sideWidth),
                          separators: [listWidth, listWidth + readerWidth + 1], main: main, status: status)
        }
        let listWidth = width >= wideWidth ? wideListWidth(width) : width * 42 / 100
        let right = column(listWidth + 1, width - listWidth - 1)
        let showSidebar = focus == .sidebar && !options.sidebarHidden
        return Layout(list: column(0, listWidth), reader: showSidebar ? nil : right,
                      sidebar: showSidebar ? right : nil,
                      separators: [listWidth], main: main, status: status)
    }

    /// Rows of content in a pane (its header excluded).
    public static func bodyHeight(_ rect: Rect?) -> Int { max(0, (rect?.height ?? 0) - 1) }
}

extension AppState {
    var layoutOptions: Layout.Options {
        Layout.Options(zoomed: zoomed, sidebarHidden: sidebarHidden, sidebarNeed: sidebar.need)
    }

    var layout: Layout { Layout.compute(width: width, height: height, focus: focus, options: layoutOptions) }

    /// The layout as it would be with `pane` focused.
    func layout(focusing pane: Pane) -> Layout {
        Layout.compute(width: width, height: height, focus: pane, options: layoutOptions)
    }

    /// True when one pane fills the width (narrow terminal or zoom): the list and the reader
    /// take turns, so leaving the reader means going back to the list.
    var showsOnePane: Bool { zoomed || width < Layout.mediumWidth }

    /// True when the reader is on screen beside the list: moving in the list then previews.
    var readerBesideList: Bool { layout(focusing: .list).reader != nil }

    /// Width the reader wraps to: its pane, or what it would be if it were shown.
    var readerWidth: Int {
        max(1, (layout(focusing: .reader).reader?.width ?? width) - 1)
    }

    var readerHeight: Int { Layout.bodyHeight(layout(focusing: .reader).reader) }

    var listHeight: Int { Layout.bodyHeight(layout(focusing: .list).list) }

    var sidebarHeight: Int { Layout.bodyHeight(layout(focusing: .sidebar).sidebar) }

    /// Rows of content of a full-page view (title line excluded).
    var pageHeight: Int { max(0, height - 2) }
}
