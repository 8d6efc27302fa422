import BaoTUI
import CCursesShim
import CNcursesw

/// The only code that talks to ncursesw.
public enum Terminal {
    public static func size() -> (width: Int, height: Int) {
        (Int(baoterm_cols()), Int(baoterm_lines()))
    }
}
