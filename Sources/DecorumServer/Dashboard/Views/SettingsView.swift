import DecorumCore
import DecorumMeta
import DecorumStore
import Foundation

/// The admin's page: the Facebook Pages Decorum acts on (tokens masked) and the people who use the dashboard.
struct SettingsView: Sendable {
    struct PageRow: Sendable {
        var id: String
        var name: String
        var token: String
        var expired: Bool
    }

    struct UserRow: Sendable {
        var login: String
        var name: String
        var role: String
        var roles: [RoleOption]
        var lastLogin: String
        var locked: Bool
        var disabled: Bool
        var isSelf: Bool
    }

    struct RoleOption: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var pages: [PageRow]
    var hasPages: Bool
    var users: [UserRow]
    var roles: [RoleOption]
    /// A one-time password just made for someone, shown once.
    var oneTimePassword: String?
    var oneTimeLogin: String?

    static func build(store: Store, vault: PageTokenVault?, viewer: User, now: Date, oneTime: (login: String, password: String)? = nil) async throws -> SettingsView {
        var pages = [PageRow]()
        for page in try await store.pages.all() {
            var masked = "no token"
            if page.tokenCiphertext != nil {
                if let vault, let token = try? await vault.token(for: page) {
                    masked = mask(token.secret)
                } else {
                    masked = "sealed (this server cannot open it: check the key)"
                }
            }
            pages.append(PageRow(id: page.id.rawValue, name: page.name, token: masked, expired: page.tokenExpired))
        }
        let users = try await store.users.all()
        return SettingsView(
            pages: pages, hasPages: !pages.isEmpty,
            users: users.map { user in
                UserRow(login: user.login, name: user.name, role: user.role.title,
                        roles: UserRole.allCases.map { RoleOption(value: $0.rawValue, label: $0.title, selected: $0 == user.role) },
                        lastLogin: user.lastLoginAt.map(Labels.time) ?? "never", locked: user.isLocked(at: now), disabled: user.disabled,
                        isSelf: user.id == viewer.id)
            },
            roles: UserRole.allCases.map { RoleOption(value: $0.rawValue, label: $0.title, selected: $0 == .moderator) },
            oneTimePassword: oneTime?.password, oneTimeLogin: oneTime?.login)
    }

    /// The first and last four characters: enough to tell tokens apart, not to use one.
    static func mask(_ secret: String) -> String {
        guard secret.count > 12 else { return String(repeating: "•", count: 8) }
        return "\(secret.prefix(4))••••••••\(secret.suffix(4))"
    }
}
