package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a message carries. */
public enum MessageType {
  @JsonProperty("text")
  TEXT,
  @JsonProperty("media")
  MEDIA
}
