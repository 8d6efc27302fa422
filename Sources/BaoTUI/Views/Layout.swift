/// Where each pane goes for a terminal size: three panes when wide, the sidebar collapsed when
/// medium, one pane at a time when narrow. Pane rectangles include their one-line header.
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

    public static func compute(width: Int, height: Int, focus: Pane) -> Layout {
        let mainHeight = max(0, height - 1)
        let main = Rect(x: 0, y: 0, width: width, height: mainHeight)
        let status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
        func column(_ x: Int, _ w: Int) -> Rect { Rect(x: x, y: 0, width: w, height: mainHeight) }
        if width >= wideWidth {
            let listWidth = min(52, max(28, width * 37 / 100))
            let sideWidth = min(34, max(22, width * 20 / 100))
            let readerWidth = width - listWidth - sideWidth - 2
            return Layout(list: column(0, listWidth), reader: column(listWidth + 1, readerWidth),
                          sidebar: column(listWidth + readerWidth + 2, sideWidth),
                          separators: [listWidth, listWidth + readerWidth + 1], main: main, status: status)
        }
        if width >= mediumWidth {
            let listWidth = min(36, max(22, width * 38 / 100))
            let right = column(listWidth + 1, width - listWidth - 1)
            return Layout(list: column(0, listWidth), reader: focus == .sidebar ? nil : right,
                          sidebar: focus == .sidebar ? right : nil,
                          separators: [listWidth], main: main, status: status)
        }
        let whole = column(0, width)
        return Layout(list: focus == .list ? whole : nil, reader: focus == .reader ? whole : nil,
                      sidebar: focus == .sidebar ? whole : nil, separators: [], main: main, status: status)
    }

    /// Rows of content in a pane (its header excluded).
    public static func bodyHeight(_ rect: Rect?) -> Int { max(0, (rect?.height ?? 0) - 1) }
}

extension AppState {
    var layout: Layout { Layout.compute(width: width, height: height, focus: focus) }

    /// Width the reader wraps to: its pane, or what it would be if it were shown.
    var readerWidth: Int {
        let layout = Layout.compute(width: width, height: height, focus: .reader)
        return max(1, (layout.reader?.width ?? width) - 1)
    }

    var readerHeight: Int {
        Layout.bodyHeight(Layout.compute(width: width, height: height, focus: .reader).reader)
    }

    var listHeight: Int {
        Layout.bodyHeight(Layout.compute(width: width, height: height, focus: .list).list)
    }

    var sidebarHeight: Int {
        Layout.bodyHeight(Layout.compute(width: width, height: height, focus: .sidebar).sidebar)
    }

    /// Rows of content of a full-page view (title line excluded).
    var pageHeight: Int { max(0, height - 2) }
}
