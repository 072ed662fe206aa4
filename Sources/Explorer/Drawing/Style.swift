/// What a cell means, not how it looks: the terminal's theme turns each role into colours
/// and attributes (or monochrome attributes under `NO_COLOR`), and headless text ignores it.
public enum Style: UInt8, CaseIterable, Sendable {
    case normal
    case dim
    case border
    case focusedBorder
    case title
    case heading
    case selected
    case selectedUnfocused
    case link
    case selectedLink
    case key
    case tab
    case activeTab
    case statusBar
    case input
    case error
    case warning
    case ok
    case emphasis
    /// Map lines, by what they are: PrivateLink and endpoints, routed links (peering,
    /// transit gateways), links to on-premises networks.
    case linePrivate
    case lineRouted
    case lineHybrid
}
