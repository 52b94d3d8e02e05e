/// The Hummingbird application: webhooks, the JSON API, dashboard pages and authentication.
public enum DecorumServer {}
