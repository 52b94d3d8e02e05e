/// Meta Graph API: webhook verification and parsing, the client, rate limits, and a simulator.
public enum DecorumMeta {}
