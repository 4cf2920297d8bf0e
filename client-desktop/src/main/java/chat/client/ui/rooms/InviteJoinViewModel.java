package chat.client.ui.rooms;

import chat.client.net.Failures;
import chat.client.net.InviteLink;
import chat.client.net.MessageLink;
import chat.client.net.RoomInvites;
import chat.protocol.model.Room;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Joining a room with the invite link its owner shared: the pasted link is redeemed on the server
 * the user is signed in to, and the room it answers is entered. A link that is not one, one for
 * another server or certificate (refused here, its code sent nowhere), or one the server refuses
 * (unknown, expired, used up, banned), is said in one sentence instead. One redeem at a time. A
 * link to a message ({@link MessageLink}) pasted here opens that message in its room instead.
 */
public final class InviteJoinViewModel {

  private final RoomInvites invites;
  private final Consumer<Room> entered;
  private final Function<String, CompletableFuture<String>> openMessage;
  private final StringProperty link = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

  /**
   * @param entered given the room the invite leads to
   * @param openMessage opens the message a message link names; completes with "" when it does, else
   *     with the sentence saying why not
   */
  public InviteJoinViewModel(
      RoomInvites invites,
      Consumer<Room> entered,
      Function<String, CompletableFuture<String>> openMessage) {
    this.invites = invites;
    this.entered = entered;
    this.openMessage = openMessage;
  }

  /**
   * Redeems the pasted link and enters its room, or says why not; nothing while one is redeeming.
   */
  public CompletableFuture<Void> join() {
    if (busy.get()) {
      return CompletableFuture.completedFuture(null);
    }
    if (MessageLink.looksLikeOne(link.get())) {
      busy.set(true);
      return openMessage
          .apply(link.get())
          .thenAccept(
              refusal -> {
                busy.set(false);
                error.set(refusal);
              });
    }
    InviteLink parsed;
    try {
      parsed = InviteLink.parse(link.get());
    } catch (IllegalArgumentException notALink) {
      error.set(notALink.getMessage());
      return CompletableFuture.completedFuture(null);
    }
    Optional<String> refusal = invites.refusal(parsed);
    if (refusal.isPresent()) {
      error.set(refusal.get());
      return CompletableFuture.completedFuture(null);
    }
    busy.set(true);
    return invites
        .redeem(parsed)
        .handle(
            (room, failure) -> {
              busy.set(false);
              if (failure == null) {
                error.set("");
                entered.accept(room);
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  /** The pasted link. */
  public StringProperty linkProperty() {
    return link;
  }

  /** True while a link is being redeemed: Join is off meanwhile. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
