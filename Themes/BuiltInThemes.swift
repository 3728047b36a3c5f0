import Foundation

/// The theme files of this folder, bundled with Lede as resources.
///
/// This folder is a module of its own so that the themes a person sees in `Themes/` are
/// exactly the ones Lede ships: every `.toml` file here is named in `Package.swift`'s
/// `themeFiles`, and a test checks that none is left out.
public enum BuiltInThemes {
    /// The folder holding the bundled theme files.
    public static var directory: URL {
        Bundle.module.resourceURL!
    }
}
