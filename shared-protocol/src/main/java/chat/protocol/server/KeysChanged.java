package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The identity key or the device list of {@code userId} (the receiver, or someone who shares a room
 * with them) changed: a client that encrypts for them asks for their keys again.
 */
@JsonTypeName("keys.changed")
public record KeysChanged(String userId) implements ServerFrame {}
