public import Configuration

/// Where `decorum serve` (and the other commands that talk to a page) read their settings: environment
/// variables first, then an optional YAML file (`decorum: {port: 8080, database: {url: …}}`), so an
/// environment variable always overrides the file.
public enum SettingsSource {
    /// A reader over the environment and, when `configFile` is given, that YAML file.
    public static func reader(configFile: String?) async throws -> ConfigReader {
        var providers: [any ConfigProvider] = [EnvironmentVariablesProvider()]
        if let configFile {
            do {
                let location = ConfigReader(provider: InMemoryProvider(values: ["filePath": ConfigValue(.string(configFile), isSecret: false)]))
                providers.append(try await FileProvider<YAMLSnapshot>(config: location))
            } catch {
                throw SettingsError(problems: ["the configuration file \(configFile) cannot be read: \(error)"])
            }
        }
        return ConfigReader(providers: providers)
    }
}
