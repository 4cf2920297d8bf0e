package chat.protocol.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One user's published keys: the identity key ({@code null} while they have none) and their
 * devices' records.
 */
public record UserKeys(
    String userId,
    @JsonInclude(JsonInclude.Include.ALWAYS) String identityKey,
    List<DeviceKeys> devices) {

  public UserKeys {
    devices = List.copyOf(devices);
  }
}
