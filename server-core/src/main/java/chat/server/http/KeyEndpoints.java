package chat.server.http;

import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKey;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.KeysQuery;
import chat.server.chat.KeyService;

/**
 * {@code /api/keys/*}: the public keys of end-to-end encryption (docs/E2EE.md), each call with the
 * caller's access token: their identity key, their session's device, and the keys of the people
 * they share a room with.
 */
final class KeyEndpoints {

  private final KeyService keys;

  KeyEndpoints(KeyService keys) {
    this.keys = keys;
  }

  void addTo(Router router) {
    router
        .route(
            "PUT",
            "/api/keys/identity",
            r -> {
              IdentityKeyUpdate update = r.body(IdentityKeyUpdate.class);
              return Response.ok(
                  new IdentityKey(
                      keys.setIdentityKey(
                          r.user(), update.identityKey(), update.replacing(), update.password())));
            })
        .route(
            "PUT",
            "/api/keys/device",
            r -> Response.ok(keys.registerDevice(r.user(), r.body(DeviceKeys.class))))
        .route(
            "POST",
            "/api/keys/query",
            r -> Response.ok(keys.query(r.user(), r.body(KeysQuery.class).userIds())));
  }
}
