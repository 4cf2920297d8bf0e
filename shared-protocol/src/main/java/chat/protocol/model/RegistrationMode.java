package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may register an account on the server. */
public enum RegistrationMode {
  /** Anyone who reaches the server. */
  @JsonProperty("open")
  OPEN,
  /** Only with an invite an admin made. */
  @JsonProperty("invite")
  INVITE,
  /** Nobody (but the first account of a new server, its owner). */
  @JsonProperty("closed")
  CLOSED
}
