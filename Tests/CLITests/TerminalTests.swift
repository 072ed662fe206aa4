import Foundation
import Glibc
import Testing

/// The real binary on a real (tmux) terminal: the ncurses path, resizes and every exit.
@Suite(.serialized) struct TerminalTests {
    @Test func navigateHelpResizeAndQuitRestoreTheTerminal() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        #expect(try tmux.alternateScreenOn)
        try tmux.send("Down", "Down", "Enter")
        #expect(try tmux.waitFor("▸ Subnets"))
        #expect(try tmux.waitFor("When"))
        try tmux.send("?")
        #expect(try tmux.waitFor("Help: keys here"))
        try tmux.send("Escape", "2")
        #expect(try tmux.waitFor("Endpoints (12)"))
        try tmux.run("resize-window", "-x", "20", "-y", "6")
        #expect(try tmux.waitFor("Enlarge to 50x12"))
        try tmux.run("resize-window", "-x", "1", "-y", "1")
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.run("resize-window", "-x", "120", "-y", "40")
        #expect(try tmux.waitFor("Endpoints (12)"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
        #expect(try !tmux.alternateScreenOn)
    }

    /// The checks and indexes are prepared after the first frame: their results (the
    /// markers) arrive by themselves, without a key, and the progress mark goes away.
    @Test func whatIsPreparedInTheBackgroundArrivesWithoutAKey() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        #expect(try tmux.waitUntilGone("preparing"))
        try tmux.send("2")
        #expect(try tmux.waitFor("│✗vpce-04600c31aaf734b5c"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
    }

    /// On a terminal, `snapshot` draws one progress line in place, then leaves only the
    /// summary: no line per call, no bar left behind.
    @Test func snapshotShowsAProgressBarOnATerminal() throws {
        let bin = try FakeAWS.folder()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-snap-\(UUID().uuidString)").path
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(environment: "PATH=\(bin.path):/usr/bin:/bin FAKE_AWS_SLEEP=0.2",
                       arguments: ["snapshot", "--out", out, "--region", "us-east-1", "eu-west-1", "--jobs", "2"])
        // 25 list calls a region; the per-item calls they call for are planned after them.
        #expect(try tmux.waitFor("/50 calls"))
        #expect(try tmux.screen().contains("snapshot ["))
        #expect(try tmux.waitFor("EXIT=0", seconds: 30))
        let screen = try tmux.screen()
        #expect(screen.contains("saved 58 of 62 calls"))
        #expect(screen.contains("snapshot: warning: [21/50] us-east-1 ec2 describe-transit-gateways failed"))
        #expect(!screen.contains("snapshot ["), "the bar is erased at the end")
        #expect(!screen.contains("describe-vpcs  ok"), "no line per call on a terminal")
    }

    @Test(arguments: [(SIGTERM, "TERM"), (SIGINT, "INT"), (SIGHUP, "HUP")])
    func signalsRestoreTheTerminal(signal: Int32, name: String) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        let pid = try #require(try tmux.explorerPid())
        kill(pid, signal)
        #expect(try tmux.waitFor("EXIT=\(128 + signal)"), "after SIG\(name)")
        #expect(try !tmux.alternateScreenOn, "after SIG\(name)")
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        let pid = try #require(try tmux.explorerPid())
        kill(pid, SIGSEGV)
        #expect(try tmux.waitFor("EXIT=139"))
        #expect(try !tmux.alternateScreenOn)
        #expect(try tmux.cursorVisible)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSecondSignalGetsOutOfAStuckExplorer(signal: Int32) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(environment: "LINKSCOPE_TEST_STALL_KEY=!")
        #expect(try tmux.waitFor("Navigator"))
        #expect(try !tmux.cursorVisible)
        let pid = try #require(try tmux.explorerPid())
        try tmux.send("!")
        Thread.sleep(forTimeInterval: 0.3)
        kill(pid, signal)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try tmux.alternateScreenOn, "one signal cannot get past a stuck update")
        kill(pid, signal)
        #expect(try tmux.waitFor("EXIT=130"))
        #expect(try !tmux.alternateScreenOn)
        #expect(try tmux.cursorVisible)
    }

    @Test func wideCharactersLandWhereTheFrameSays() throws {
        let source = try temporaryFile("tokyo.yaml", """
        format: linkscope/v1
        name: 東京の設計
        accounts: [{id: "111122223333", name: 東京}]
        vpcs:
          - {id: vpc-1, name: 東京東京東京, account: "111122223333", region: ap-northeast-1, cidrs: [10.0.0.0/16],
             subnets: [{id: subnet-1, name: 서울-a, zone: ap-northeast-1a, cidr: 10.0.0.0/24}]}
        """)
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(width: 100, height: 20, arguments: ["--source", source])
        #expect(try tmux.waitFor("Navigator"))
        try tmux.send("Down", "Down", "Enter", "Down")
        #expect(try tmux.waitFor("▸ Subnets"))
        Thread.sleep(forTimeInterval: 0.3)
        let rendered = try linkscope("render", "--size", "100x20", "--source", source, "--keys", "Down Down Enter Down")
        let trimmed = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20)
            .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) } }
        #expect(trimmed(try tmux.screen()) == trimmed(rendered.stdout))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
    }

    @Test func theMapWalksAlongPrivateLinkToTheProviderAndBack() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        try tmux.send(":", "vpc-0f5400cb341c90ca7", "Enter", "6")
        #expect(try tmux.waitFor("Map: storefront, 1 hop"))
        try tmux.send("Tab")
        #expect(try tmux.waitFor("line: storefront-to-payments-api (PrivateLink"))
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Map: com.amazonaws.vpce.us-east-1.vpce-svc-091579abe22b96e29"))
        try tmux.send("Tab", "Tab")
        #expect(try tmux.waitFor("line: payments-api-nlb"))
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Map: payments-api, 1 hop"))
        try tmux.send("BSpace", "BSpace")
        #expect(try tmux.waitFor("Map: storefront, 1 hop"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
    }

    /// `p` on the real terminal: the destination prompt with completion, the trace view,
    /// Enter to a hop's element and back, and the path on the map.
    @Test func pTracesFromTheSelectionAndEnterVisitsAHop() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start()
        #expect(try tmux.waitFor("Navigator"))
        try tmux.send(":", "storefront-web-a", "Enter", "p")
        #expect(try tmux.waitFor("trace to:"))
        try tmux.send("payments-api-a :443", "Enter")
        #expect(try tmux.waitFor("Trace storefront-web-a → payments-api-a tcp:443"))
        #expect(try tmux.waitFor("There: "))
        #expect(try tmux.screen().contains("Hop 1: "), "the inspector explains the first hop")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Navigator"))
        try tmux.send("BSpace")
        #expect(try tmux.waitFor("Trace storefront-web-a → payments-api-a"))
        try tmux.send("6")
        #expect(try tmux.waitFor("Map: "))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
        #expect(try !tmux.alternateScreenOn)
    }

    @Test func aNonUTF8LocaleGetsASCIIBorders() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(locale: "C")
        #expect(try tmux.waitFor("+ Navigator -"))
        #expect(try !tmux.screen().contains("┌"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0"))
    }

    @Test func withoutATerminalExploreExits2AndNamesTheAlternatives() throws {
        let run = try linkscope()
        #expect(run.status == 2)
        for command in ["render", "list", "show"] { #expect(run.stderr.contains("linkscope \(command)")) }
    }
}
