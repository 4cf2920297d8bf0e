package chat.client.net;

import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItemsPage;
import chat.protocol.http.BackupItemsUpload;
import chat.protocol.http.BackupVersion;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKey;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.KeysQuery;
import chat.protocol.http.KeysQueryResult;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The HTTP calls of {@code /api/keys/*}: public keys and the key backup, with a bearer token. */
final class KeyRequests {

  private static final String BACKUP = "/api/keys/backup";

  private final ApiCalls calls;

  KeyRequests(ApiCalls calls) {
    this.calls = calls;
  }

  /** {@code PUT /api/keys/identity}: sets, or with {@code replace} and the password replaces. */
  IdentityKey setIdentityKey(String accessToken, IdentityKeyUpdate update) {
    return calls.call(
        ApiCalls.bearer(calls.put("/api/keys/identity", update), accessToken), IdentityKey.class);
  }

  /** {@code PUT /api/keys/device}: the device of this session. */
  DeviceKeys putDevice(String accessToken, DeviceKeys device) {
    return calls.call(
        ApiCalls.bearer(calls.put("/api/keys/device", device), accessToken), DeviceKeys.class);
  }

  /** {@code POST /api/keys/query}: the keys of those of these users the caller may see. */
  KeysQueryResult query(String accessToken, KeysQuery query) {
    return calls.call(
        ApiCalls.bearer(calls.post("/api/keys/query", query), accessToken), KeysQueryResult.class);
  }

  /** {@code PUT /api/keys/backup}: a new version, the earlier one dropped. */
  BackupVersion createBackup(String accessToken, BackupCreate backup) {
    return calls.call(ApiCalls.bearer(calls.put(BACKUP, backup), accessToken), BackupVersion.class);
  }

  /** {@code GET /api/keys/backup}; an {@link ApiException} NOT_FOUND without one. */
  BackupInfo backup(String accessToken) {
    return calls.call(ApiCalls.bearer(calls.get(BACKUP), accessToken), BackupInfo.class);
  }

  /** {@code PUT /api/keys/backup/items}. */
  BackupInfo putBackupItems(String accessToken, BackupItemsUpload upload) {
    return calls.call(
        ApiCalls.bearer(calls.put(BACKUP + "/items", upload), accessToken), BackupInfo.class);
  }

  /** {@code GET /api/keys/backup/items}: the page after {@code after} (null: the first). */
  BackupItemsPage backupItems(String accessToken, String version, String after) {
    HttpUrl.Builder url = calls.path(BACKUP + "/items").addQueryParameter("version", version);
    if (after != null) {
      url.addQueryParameter("after", after);
    }
    return calls.call(
        ApiCalls.bearer(new Request.Builder().url(url.build()), accessToken),
        BackupItemsPage.class);
  }

  /** {@code DELETE /api/keys/backup}. */
  void deleteBackup(String accessToken) {
    calls.call(
        ApiCalls.bearer(new Request.Builder().url(calls.resolve(BACKUP)).delete(), accessToken),
        null);
  }
}
