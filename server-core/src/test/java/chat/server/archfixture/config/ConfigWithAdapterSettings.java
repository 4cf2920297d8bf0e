package chat.server.archfixture.config;

import chat.server.store.redis.PresenceSettings;

/** Breaks the rules on purpose: configuration that holds the Redis adapter's own settings type. */
public record ConfigWithAdapterSettings(PresenceSettings presence) {}
