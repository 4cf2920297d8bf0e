package chat.protocol.http;

import chat.protocol.Base64Url;
import chat.protocol.Require;
import java.util.regex.Pattern;

/**
 * One sealed item of a key backup: {@code itemId} (1..64 characters of {@code A–Z a–z 0–9 _ -},
 * chosen by the client) and its {@code data}, base64url of at most {@value #MAX_DATA_CHARS}
 * characters.
 */
public record BackupItem(String itemId, String data) {

  /** The most characters an item's {@code data} takes. */
  public static final int MAX_DATA_CHARS = 16_384;

  private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public BackupItem {
    if (itemId == null || !ITEM_ID.matcher(itemId).matches()) {
      throw Require.invalid("itemId", "itemId must be 1..64 characters of A-Z a-z 0-9 _ -");
    }
    Base64Url.atMost(data, "data", "data", MAX_DATA_CHARS);
  }
}
