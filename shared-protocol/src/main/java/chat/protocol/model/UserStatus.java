package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a user has at least one open socket on any node. */
public enum UserStatus {
  @JsonProperty("online")
  ONLINE,
  @JsonProperty("offline")
  OFFLINE
}
