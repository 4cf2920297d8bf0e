package chat.server.http;

import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupItemsUpload;
import chat.protocol.http.BackupVersion;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKey;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.KeysQuery;
import chat.server.chat.KeyBackupService;
import chat.server.chat.KeyService;

/**
 * {@code /api/keys/*}: the public keys of end-to-end encryption (docs/E2EE.md), each call with the
 * caller's access token: their identity key, their session's device, the keys of the people they
 * share a room with, and their key backup.
 */
final class KeyEndpoints {

  private final KeyService keys;
  private final KeyBackupService backups;

  KeyEndpoints(KeyService keys, KeyBackupService backups) {
    this.keys = keys;
    this.backups = backups;
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
            r -> Response.ok(keys.query(r.user(), r.body(KeysQuery.class).userIds())))
        .route(
            "PUT",
            "/api/keys/backup",
            r ->
                Response.ok(
                    new BackupVersion(backups.create(r.user(), r.body(BackupCreate.class)))))
        .route("GET", "/api/keys/backup", r -> Response.ok(backups.find(r.user())))
        .route(
            "DELETE",
            "/api/keys/backup",
            r -> {
              backups.delete(r.user());
              return Response.noContent();
            })
        .route(
            "PUT",
            "/api/keys/backup/items",
            r -> {
              BackupItemsUpload upload = r.body(BackupItemsUpload.class);
              return Response.ok(backups.putItems(r.user(), upload.version(), upload.items()));
            })
        .route(
            "GET",
            "/api/keys/backup/items",
            r ->
                Response.ok(
                    backups.items(
                        r.user(), r.query("version"), r.query("after"), r.query("limit"))));
  }
}
