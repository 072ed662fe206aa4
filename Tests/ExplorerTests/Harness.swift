import Explorer
import Guide
@testable import Importers
import Topology

/// The default sample's explorer model, built once for all tests.
let sampleModel: ExplorerModel = {
    let topology = try! ImporterRegistry.load([])
    return ExplorerModel(topology: topology, guide: GuideLibrary.builtIn)
}()

/// A model from YAML text.
func model(_ yaml: String) throws -> ExplorerModel {
    let arch = try NativeLoader.load(bytes: Array(yaml.utf8), file: "test.yaml")
    return ExplorerModel(topology: try NetworkModel(merging: [arch]), guide: GuideLibrary.builtIn)
}

/// The state after pressing `keys` (tmux names) at a size, as `render` would.
func state(_ keys: String = "", width: Int = 120, height: Int = 40, model: ExplorerModel = sampleModel,
           glyphs: Glyphs = .unicode) -> AppState {
    var state = AppState(model: model, width: width, height: height, glyphs: glyphs)
    for key in KeyNames.parse(keys) { state = Update.apply(.key(key), to: state) }
    return state
}

/// The screen's lines after pressing `keys`.
func screen(_ keys: String = "", width: Int = 120, height: Int = 40, model: ExplorerModel = sampleModel) -> [String] {
    Screen.draw(state(keys, width: width, height: height, model: model)).lines
}

extension Array where Element == String {
    /// True when some line contains `text`.
    func contains(text: String) -> Bool { contains { $0.contains(text) } }
    var joined: String { joined(separator: "\n") }
}
