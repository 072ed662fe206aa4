/// What the outside world tells the explorer: a key, a mouse event, a new size.
public enum Event: Equatable, Sendable {
    case key(Key)
    case click(x: Int, y: Int)
    /// Mouse wheel over (x, y); negative is up.
    case wheel(x: Int, y: Int, delta: Int)
    case resize(width: Int, height: Int)
}
