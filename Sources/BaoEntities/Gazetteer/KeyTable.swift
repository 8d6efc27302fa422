/// A read-mostly hash map from word or phrase keys (`WordKey`) to small integers, and the set of
/// such keys every word list of the entity layer is queried through.
///
/// The keys are already well-mixed 64-bit hashes, so an open-addressing table probed with their
/// low bits is several times faster than `Dictionary`, whose seeded hashing dominated the cost of
/// matching a corpus.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The set of `keys`, at most a quarter full: word lists are queried at every word, and a
    /// miss then ends after one or two probes.
    init<S: Sequence>(keys: S) where S.Element == UInt64 {
        let all = Array(keys)
        self.init(capacity: all.count * 2)
        for key in all { self[key] = 0 }
    }

    /// Zero marks an empty slot, so the one key that hashes to zero is stored as one.
    /// Fibonacci hashing: the keys' low bits are weak (products of a multiplicative hash), their
    /// high bits are not.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    subscript(key: UInt64) -> Int32? {
        get {
            let k = Self.stored(key)
            var slot = home(k)
            while true {
                let found = keys[slot]
                if found == k { return values[slot] }
                if found == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
        set {
            guard let value = newValue else { return }
            if (count &+ 1) * 2 > keys.count { grow() }
            let k = Self.stored(key)
            var slot = home(k)
            while keys[slot] != 0 && keys[slot] != k { slot = (slot &+ 1) & mask }
            if keys[slot] == 0 { count &+= 1 }
            keys[slot] = k
            values[slot] = value
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let k = Self.stored(key)
        var slot = home(k)
        while true {
            let found = keys[slot]
            if found == k { return true }
            if found == 0 { return false }
            slot = (slot &+ 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            var slot = home(k)
            while keys[slot] != 0 { slot = (slot &+ 1) & mask }
            keys[slot] = k
            values[slot] = oldValues[i]
            count &+= 1
        }
    }
}
