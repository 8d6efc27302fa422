import XCTest
@testable import BaoTUI

final class KeyTests: XCTestCase {
    func testSequenceTypesCharactersAsTheyAreAndNamesInBrackets() {
        XCTAssertEqual(Key.sequence("jj<Enter>]<Enter><BS>:province can tho<Enter>"),
                       [.char("j"), .char("j"), .enter, .char("]"), .enter, .backspace, .char(":")]
                       + "province can tho".map { Key.char($0) } + [.enter])
        XCTAssertEqual(Key.sequence("<Tab><S-Tab><Esc><Up><Down><Left><Right><PgUp><PgDn><C-c>"),
                       [.tab, .backTab, .esc, .up, .down, .left, .right, .pageUp, .pageDown, .ctrl("c")])
        XCTAssertEqual(Key.sequence("a <b"), [.char("a"), .char(" "), .char("<"), .char("b")])
        XCTAssertEqual(Key.sequence("<lt>x<nope>"), [.char("<"), .char("x"), .char("<"), .char("n"), .char("o"), .char("p"), .char("e"), .char(">")])
    }

    func testNotationRoundTrips() {
        for key: Key in [.char("j"), .char(" "), .enter, .backTab, .ctrl("d"), .pageDown, .char("<")] {
            XCTAssertEqual(Key.sequence(key.notation), [key], key.notation)
        }
    }

    func testConfigRebindsKeysAndColoursAndReportsBadLines() {
        let text = """
            # my keys
            bind <C-d> pageDown
            bind J down
            unbind x
            color link cyan default underline
            color selected black 214 bold
            bind z nosuch
            frobnicate
            """
        let (config, problems) = Config.parse(text)
        XCTAssertEqual(config.keymap.command(for: .ctrl("d")), .pageDown)
        XCTAssertEqual(config.keymap.command(for: .char("J")), .down)
        XCTAssertEqual(config.keymap.command(for: .char("j")), .down)
        XCTAssertNil(config.keymap.command(for: .char("x")))
        XCTAssertEqual(config.colors[.link], ColorSpec(foreground: .index(6), background: .default, attributes: [.underline]))
        XCTAssertEqual(config.colors[.selected], ColorSpec(foreground: .index(0), background: .index(214), attributes: [.bold]))
        XCTAssertEqual(problems.map(\.line), [7, 8])
    }

    func testHelpIsGeneratedFromTheKeymap() {
        var keymap = Keymap.standard
        keymap.bind(.ctrl("n"), to: .nextLink)
        let rt = Fixtures.runtime(width: 120, height: 40, keymap: keymap)
        rt.type("?")
        let text = rt.render().text
        for binding in keymap.bindings {
            XCTAssertTrue(text.contains(binding.help), "help lacks: \(binding.help)")
        }
        XCTAssertTrue(text.contains("] <C-n>"), text)
        rt.type("q")
        XCTAssertTrue(rt.state.location.isBrowse)
    }
}
