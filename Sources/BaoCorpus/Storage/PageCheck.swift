import BaoArticle
import Foundation

/// A fast structural check of an SQLite file: the header, the free-page list, and the first bytes
/// of every page, which must be a b-tree page header that holds together, an overflow page whose
/// link points inside the file, or a free page.
///
/// `PRAGMA quick_check` reads every row of every table (seconds on a 300 MB index); this reads
/// twelve bytes per page (tens of milliseconds), and still finds any run of garbage longer than
/// a page or two: a random page passes one test with a probability of about 1/60, a zeroed page
/// is a valid end of an overflow chain. Damage inside a row's bytes is left to SQLite, which
/// reports it as corruption when the row is read.
public enum PageCheck {
    /// What the check found.
    public enum Finding: Equatable, Sendable {
        case sound
        /// The file does not start with SQLite's header.
        case notSQLite
        /// Page `page` (1-based) is neither a b-tree, an overflow nor a free page.
        case damagedPage(Int)
        /// The header or the free-page list points outside the file.
        case damagedHeader
    }

    /// Checks the database file at `path`. A missing or empty file is sound (it is created).
    public static func check(_ path: String) -> Finding {
        guard let header = StorageFile.header(path) else { return .sound }
        guard header.isSQLite else { return .notSQLite }
        guard let pageSize = header.pageSize else { return .damagedHeader }
        guard case .regular(let size) = StorageFile.kind(path) else { return .sound }
        let filePages = Int(size / Int64(pageSize))
        // The header's page count is valid when its "version valid for" equals the change counter.
        let headerPages = Int(header.uint32(at: 28))
        let pageCount = header.uint32(at: 92) == header.uint32(at: 24) && headerPages > 0 ? min(headerPages, filePages) : filePages
        guard pageCount > 0 else { return .sound }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .sound }
        defer { close(fd) }

        func read(_ page: Int, at offset: Int, count: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t((page - 1) * pageSize + offset)) }
            return got == count ? buffer : nil
        }
        func number(_ bytes: [UInt8], _ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }

        // The free pages: a chain of trunk pages, each listing leaf pages.
        var free = Set<Int>()
        var trunk = Int(header.uint32(at: 32))
        var trunks = 0
        while trunk != 0 {
            trunks += 1
            guard trunk <= pageCount, trunks <= pageCount, free.insert(trunk).inserted,
                  let head = read(trunk, at: 0, count: 8) else { return .damagedHeader }
            let leaves = number(head, 4)
            guard leaves <= pageSize / 4 - 2 else { return .damagedPage(trunk) }
            if leaves > 0 {
                guard let list = read(trunk, at: 8, count: leaves * 4) else { return .damagedPage(trunk) }
                for index in 0..<leaves {
                    let leaf = number(list, index * 4)
                    guard leaf > 0, leaf <= pageCount else { return .damagedPage(trunk) }
                    free.insert(leaf)
                }
            }
            trunk = number(head, 0)
        }
        // The page holding the byte at 1 GiB is never used (SQLite's lock byte).
        let lockPage = 1_073_741_824 / pageSize + 1
        // The file is read a megabyte at a time (one system call per 256 pages of 4 KiB, rather
        // than one per page), and each page's first bytes are looked at in place.
        let pagesPerChunk = max(1, 1_048_576 / pageSize)
        var chunk = [UInt8](repeating: 0, count: pagesPerChunk * pageSize)
        var first = 1
        while first <= pageCount {
            let count = min(pagesPerChunk, pageCount - first + 1)
            let damaged = chunk.withUnsafeMutableBytes { buffer -> Int? in
                let wanted = count * pageSize
                guard pread(fd, buffer.baseAddress, wanted, off_t((first - 1) * pageSize)) == wanted else { return first }
                for index in 0..<count {
                    let page = first + index
                    guard page != lockPage, !free.contains(page) else { continue }
                    let offset = page == 1 ? 100 : 0
                    let header = UnsafeRawBufferPointer(rebasing: buffer[(index * pageSize + offset)..<(index * pageSize + offset + 12)])
                    if isBTreeHeader(header, pageSize: pageSize, headerOffset: offset, pageCount: pageCount) { continue }
                    if page != 1, header.prefix(4).reduce(0, { $0 << 8 | Int($1) }) <= pageCount { continue }  // an overflow page
                    return page
                }
                return nil
            }
            if let damaged { return .damagedPage(damaged) }
            first += count
        }
        return .sound
    }

    /// Whether `bytes` start a b-tree page header consistent with a page of `pageSize` bytes
    /// whose header begins at `headerOffset` (100 on the first page, after the file header).
    static func isBTreeHeader(_ bytes: UnsafeRawBufferPointer, pageSize: Int, headerOffset: Int, pageCount: Int) -> Bool {
        let flag = bytes[0]
        guard flag == 2 || flag == 5 || flag == 10 || flag == 13 else { return false }
        let interior = flag == 2 || flag == 5
        let headerSize = interior ? 12 : 8
        let firstFreeblock = Int(bytes[1]) << 8 | Int(bytes[2])
        let cells = Int(bytes[3]) << 8 | Int(bytes[4])
        let rawStart = Int(bytes[5]) << 8 | Int(bytes[6])
        let contentStart = rawStart == 0 ? 65536 : rawStart
        let fragmented = Int(bytes[7])
        let cellsEnd = headerOffset + headerSize + 2 * cells
        guard cellsEnd <= pageSize, fragmented <= 60 else { return false }
        guard firstFreeblock == 0 || (firstFreeblock >= cellsEnd && firstFreeblock < pageSize) else { return false }
        guard cells == 0 || (contentStart >= cellsEnd && contentStart <= pageSize) else { return false }
        if interior {
            let right = bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
            guard right >= 1, right <= pageCount else { return false }
        }
        return true
    }
}

extension PageCheck {
    /// What tells that nothing has written a file since it was last looked at, without reading
    /// it: its device and inode, size, modification and change times (in nanoseconds). Any write
    /// moves the change time, which no user call can set back (`touch -d` moves it too).
    struct FileStamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var changed: Int64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = ListedFile.mtime(of: info)
            #if os(Linux)
            changed = Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec)
            #else
            changed = Int64(info.st_ctimespec.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctimespec.tv_nsec)
            #endif
        }

        init?(text: String) {
            let fields = text.split(separator: " ")
            guard fields.count == 5, let device = UInt64(fields[0]), let inode = UInt64(fields[1]),
                  let size = Int64(fields[2]), let modified = Int64(fields[3]), let changed = Int64(fields[4]) else { return nil }
            (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
        }

        var text: String { "\(device) \(inode) \(size) \(modified) \(changed)" }
    }

    /// The file beside a database that holds its stamp as of its last sound check.
    static func stampPath(_ path: String) -> String { path + ".checked" }

    /// `check`, skipped when the file has not been written since a check found it sound: the
    /// whole file is read only after something wrote it (a refresh that changed it, a checkpoint,
    /// or damage from outside). A sound finding is recorded beside the file when nothing wrote
    /// it while it was read; any other finding forgets the record.
    public static func checkUnlessUnchanged(_ path: String) -> Finding {
        let record = stampPath(path)
        let before = FileStamp(path: path)
        if let before, recordedStamp(path) == before {
            return .sound
        }
        let finding = check(path)
        if finding == .sound, let before, FileStamp(path: path) == before {
            try? before.text.write(toFile: record, atomically: true, encoding: .utf8)
        } else {
            try? FileManager.default.removeItem(atPath: record)
        }
        return finding
    }

    /// The stamp recorded beside the file by its last sound check, if there is one.
    static func recordedStamp(_ path: String) -> FileStamp? {
        (try? String(contentsOfFile: stampPath(path), encoding: .utf8)).flatMap(FileStamp.init(text:))
    }

    /// The stamp recorded beside the file when it matches the file as it is now: the file was
    /// found sound and nothing wrote it since. Nil otherwise.
    static func soundStamp(_ path: String) -> FileStamp? {
        guard let now = FileStamp(path: path), recordedStamp(path) == now else { return nil }
        return now
    }

    /// Records the file as sound after writes of the index's one writer, when it was sound
    /// (`stamp`) as that writer began and the record has not changed since: the whole file is
    /// then not read again by the next command because of the writer's own changes (seconds at
    /// 350,000 articles). A write from outside before the writer began still finds a changed
    /// stamp and is checked.
    static func keepSound(_ path: String, since stamp: FileStamp) {
        guard recordedStamp(path) == stamp, let now = FileStamp(path: path) else { return }
        if now != stamp { try? now.text.write(toFile: stampPath(path), atomically: true, encoding: .utf8) }
    }
}
