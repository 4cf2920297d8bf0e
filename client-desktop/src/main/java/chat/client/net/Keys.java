package chat.client.net;

import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.KeysQuery;
import chat.protocol.http.UserKeys;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The public keys of end-to-end encryption on the server (docs/E2EE.md): this account's identity
 * key, this session's device, and the keys of the people it shares rooms with. It carries keys made
 * elsewhere and makes none. Each call completes through the session's {@code fx} executor and fails
 * with {@link OfflineException} when nobody is signed in, as the session's own calls do.
 */
public final class Keys {

  private final Session session;

  Keys(Session session) {
    this.session = session;
  }

  /**
   * Publishes this account's identity key (base64url of its 32 raw bytes); the same key again
   * changes nothing, a different one is refused without {@link #replaceIdentityKey}.
   *
   * @return the identity key the server now holds
   */
  public CompletableFuture<String> setIdentityKey(String identityKey) {
    return identity(new IdentityKeyUpdate(identityKey));
  }

  /**
   * Replaces this account's identity key with the account's password: the server drops every device
   * signed by the old one and tells everyone who shares a room with this account.
   */
  public CompletableFuture<String> replaceIdentityKey(String identityKey, String password) {
    return identity(new IdentityKeyUpdate(identityKey, true, password));
  }

  /** Publishes this session's device, signed by the identity key, in place of its earlier one. */
  public CompletableFuture<DeviceKeys> registerDevice(DeviceKeys device) {
    return session.withToken((rest, token) -> rest.putDevice(token, device));
  }

  /**
   * The keys of those of {@code userIds} this account may see (itself and everyone it shares a room
   * with), in the order asked; the server leaves the others out.
   */
  public CompletableFuture<List<UserKeys>> query(List<String> userIds) {
    KeysQuery query = new KeysQuery(userIds);
    return session.withToken((rest, token) -> rest.queryKeys(token, query).users());
  }

  private CompletableFuture<String> identity(IdentityKeyUpdate update) {
    return session.withToken((rest, token) -> rest.setIdentityKey(token, update).identityKey());
  }
}
