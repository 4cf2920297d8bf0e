package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may see and join a room. */
public enum RoomVisibility {
  /** Listed in the directory; anyone may join. */
  @JsonProperty("public")
  PUBLIC,
  /** Members join only by invitation. */
  @JsonProperty("private")
  PRIVATE,
  /** Exactly the two people of a direct conversation. */
  @JsonProperty("direct")
  DIRECT
}
