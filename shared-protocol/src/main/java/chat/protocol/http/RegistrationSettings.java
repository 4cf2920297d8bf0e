package chat.protocol.http;

import chat.protocol.Require;
import chat.protocol.model.RegistrationMode;

/** The body and answer of {@code /api/admin/registration}: who may register now. */
public record RegistrationSettings(RegistrationMode mode) {

  public RegistrationSettings {
    Require.present(mode, "mode");
  }
}
