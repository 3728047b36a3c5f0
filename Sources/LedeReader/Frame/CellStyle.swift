/// The style of one cell: semantic roles layered in order, later ones on top.
public struct CellStyle: Hashable, Sendable {
    /// The roles, from bottom to top.
    public var roles: [StyleRole]

    /// Creates a style from roles listed bottom to top.
    public init(_ roles: [StyleRole]) {
        self.roles = roles
    }

    /// Creates a style of a single role.
    public init(_ role: StyleRole) {
        self.roles = [role]
    }

    /// The plain body-text style.
    public static let text = CellStyle(.text)

    /// Returns this style with `role` layered on top.
    public func adding(_ role: StyleRole) -> CellStyle {
        CellStyle(roles + [role])
    }

    /// Whether any layer is `role`.
    public func contains(_ role: StyleRole) -> Bool {
        roles.contains(role)
    }
}
