package chat.server.auth;

import chat.protocol.model.User;
import chat.server.error.ChatException;

/**
 * The user as others see them, which register, login and refresh answer with. Presence is part of
 * that picture and belongs to the chat services, whose user directory implements this; declaring
 * here only what accounts need keeps the dependency one way, from chat to auth.
 */
@FunctionalInterface
public interface UserProfiles {

  /**
   * @throws ChatException {@code NOT_FOUND}
   */
  User get(String userId);
}
