package chat.client.ui.chat;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.ui.files.FileSizes;

/** Why an upload failed, in words for the tray. */
final class UploadErrors {

  private UploadErrors() {}

  /** What to show for a file of {@code size} bytes refused by a server taking {@code maxBytes}. */
  static String describe(Throwable failure, long size, long maxBytes) {
    Throwable cause = Failures.unwrap(failure);
    if (!(cause instanceof ApiException refused)) {
      return Failures.describe(cause);
    }
    return switch (refused.code()) {
      case PAYLOAD_TOO_LARGE ->
          size > maxBytes ? tooLarge(maxBytes) : "Too large: " + refused.getMessage();
      case NOT_FOUND -> "This room takes no files from you";
      case INVALID_INPUT -> "Refused: " + refused.getMessage();
      case ACCOUNT_DEACTIVATED,
          PASSWORD_CHANGE_REQUIRED,
          REGISTRATION_CLOSED,
          INVITE_REQUIRED,
          INVITE_INVALID,
          INVITE_EXPIRED,
          INVITE_USED_UP,
          OWNER_CANNOT_DELETE,
          ROOM_CLOSED ->
          "Refused: " + Failures.describe(refused);
      case UNKNOWN_TYPE,
          SECOND_FACTOR_REQUIRED,
          SECOND_FACTOR_SETUP_REQUIRED,
          INVALID_SECOND_FACTOR,
          TWO_FACTOR_ALREADY_ON,
          TWO_FACTOR_NOT_SET_UP,
          UNAUTHORIZED,
          TOKEN_EXPIRED,
          INVALID_CREDENTIALS,
          FORBIDDEN,
          BANNED,
          MUTED,
          USERNAME_TAKEN,
          RATE_LIMITED,
          INTERNAL,
          STORAGE_UNAVAILABLE ->
          Failures.describe(refused);
    };
  }

  static String tooLarge(long maxBytes) {
    return "Too large: limit " + FileSizes.human(maxBytes);
  }
}
