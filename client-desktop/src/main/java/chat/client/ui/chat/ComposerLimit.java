package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.Limits;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;

/**
 * The content limit every composer keeps, the room's and a thread's: a draft goes only with a place
 * to go to and 1 (0 with files) to the server's limit of characters (code points, once trimmed, as
 * the server counts them), and a counter ("3650 / 4000") shows once the draft reaches 90% of the
 * limit.
 */
public final class ComposerLimit {

  private static final int COUNTER_FROM_PERCENT = 90;

  private final int maxChars;
  private final BooleanBinding canSend;
  private final StringBinding counter;
  private final BooleanBinding overLimit;

  /**
   * @param draft the composer's text
   * @param target where it goes (the open room, the open thread's root): null while nowhere
   * @param withFiles while true, the draft may be empty (files go with it)
   */
  ComposerLimit(
      Session client,
      StringProperty draft,
      ObservableObjectValue<?> target,
      ObservableBooleanValue withFiles) {
    this.maxChars =
        client.serverInfo().limits() == null
            ? Limits.MAX_CONTENT_CHARS
            : client.serverInfo().limits().maxContentChars();
    this.canSend =
        Bindings.createBooleanBinding(
            () -> {
              int length = Limits.codePointLengthTrimmed(draft.get());
              return target.get() != null && (length >= 1 || withFiles.get()) && length <= maxChars;
            },
            draft,
            target,
            withFiles);
    this.counter =
        Bindings.createStringBinding(
            () -> {
              int length = Limits.codePointLength(draft.get());
              return length * 100 >= maxChars * COUNTER_FROM_PERCENT
                  ? length + " / " + maxChars
                  : "";
            },
            draft);
    this.overLimit =
        Bindings.createBooleanBinding(
            () -> Limits.codePointLengthTrimmed(draft.get()) > maxChars, draft);
  }

  /** Whether the draft may be sent now; built once, so the Send button and send() agree. */
  public BooleanBinding canSend() {
    return canSend;
  }

  /** "3650 / 4000" once the draft nears the limit; empty before. */
  public StringBinding counter() {
    return counter;
  }

  /** Whether the draft is longer than the limit: the counter turns red. */
  public BooleanBinding overLimit() {
    return overLimit;
  }
}
