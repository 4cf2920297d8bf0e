package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.EmojiCheck;
import chat.protocol.Features;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessagePin;
import chat.protocol.client.MessageUnpin;
import chat.protocol.client.ReactionAdd;
import chat.protocol.client.ReactionRemove;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.result.EmptyResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the reader may do with a message row, and doing it: edit and delete their own, delete those
 * of members ranked below them in a room they own (its creator) or moderate ({@link RoomRanks}),
 * react to any, pin and unpin in rooms they own or moderate. Refusals show as the chat's notice.
 */
public final class MessageActions {

  /** An action of a message's menu. */
  public enum Action {
    EDIT,
    DELETE,
    REACT,
    PIN,
    UNPIN
  }

  /** Reactors named in a chip's tooltip before "and N others". */
  private static final int NAMED = 2;

  private final Session client;
  private final String myUserId;
  private final Consumer<Message> edit;
  private final Consumer<Message> deleted;
  private final Predicate<String> pinned;
  private final Consumer<String> failed;
  private final MemberNames names;
  private final Set<String> ownedRooms = new HashSet<>();
  private final Set<String> features;
  private RoomRanks ranks = RoomRanks.NONE;

  /**
   * @param edit puts a message of the reader's in the composer to be edited
   * @param deleted takes a message the server deleted at the reader's request, by then a tombstone
   * @param pinned whether a message (by id) is pinned in the open room
   * @param failed shows why a request was refused
   */
  MessageActions(
      Session client,
      Consumer<Message> edit,
      Consumer<Message> deleted,
      Predicate<String> pinned,
      Consumer<String> failed) {
    this.client = client;
    this.myUserId = client.me().userId();
    this.edit = edit;
    this.deleted = deleted;
    this.pinned = pinned;
    this.failed = failed;
    this.names = new MemberNames(client);
    this.features = Set.copyOf(client.serverInfo().features());
  }

  /**
   * The actions {@code line}'s menu offers: none for a tombstone or a row not sent yet, and only
   * those of the features the server lists.
   */
  public List<Action> of(ChatLine line) {
    List<Action> actions = new ArrayList<>();
    if (line.kind() != ChatLine.Kind.MESSAGE || line.message() == null || line.deleted()) {
      return actions;
    }
    String roomId = line.message().roomId();
    boolean moderates = ownedRooms.contains(roomId) || ranks.moderates(roomId);
    boolean outranksAuthor =
        ownedRooms.contains(roomId) || ranks.outranks(roomId, line.message().senderId());
    if (features.contains(Features.EDITS) && line.own()) {
      actions.add(Action.EDIT);
    }
    if (features.contains(Features.EDITS) && (line.own() || outranksAuthor)) {
      actions.add(Action.DELETE);
    }
    if (features.contains(Features.REACTIONS)) {
      actions.add(Action.REACT);
    }
    if (features.contains(Features.PINS) && moderates) {
      actions.add(pinned.test(line.key()) ? Action.UNPIN : Action.PIN);
    }
    return actions;
  }

  /** Edits {@code line}'s message in the composer. */
  public void edit(ChatLine line) {
    edit.accept(line.message());
  }

  /** Deletes {@code line}'s message (the view asked the reader first). */
  public void delete(ChatLine line) {
    Message message = line.message();
    ask(
            id -> new MessageDelete(id, message.roomId(), message.messageId()),
            "Could not delete the message: ")
        .thenRun(() -> deleted.accept(message.asDeleted()));
  }

  /** Adds the reader's {@code emoji} reaction to {@code line}'s message. */
  public void react(ChatLine line, String emoji) {
    if (!EmojiCheck.isSingleEmoji(emoji)) {
      failed.accept("Only a single emoji can be a reaction: " + emoji + " is not one");
      return;
    }
    Message message = line.message();
    ask(
        id -> new ReactionAdd(id, message.roomId(), message.messageId(), emoji),
        "Could not react: ");
  }

  /** A chip was clicked: the reader's {@code emoji} reaction goes if it was there, else comes. */
  public void toggle(ChatLine line, String emoji) {
    if (mine(line, emoji)) {
      Message message = line.message();
      ask(
          id -> new ReactionRemove(id, message.roomId(), message.messageId(), emoji),
          "Could not remove the reaction: ");
    } else {
      react(line, emoji);
    }
  }

  /** Whether the reader reacted to {@code line}'s message with {@code emoji}. */
  public boolean mine(ChatLine line, String emoji) {
    return line.reactions().getOrDefault(emoji, List.of()).contains(myUserId);
  }

  public void pin(ChatLine line) {
    Message message = line.message();
    ask(id -> new MessagePin(id, message.roomId(), message.messageId()), "Could not pin: ");
  }

  public void unpin(ChatLine line) {
    Message message = line.message();
    ask(id -> new MessageUnpin(id, message.roomId(), message.messageId()), "Could not unpin: ");
  }

  /**
   * "You, alice and 3 others": who reacted, by the names they are shown by (learned from the room's
   * members the first time someone unknown is named, so a later look names them).
   */
  public String whoReacted(String roomId, List<String> userIds) {
    List<String> shown = new ArrayList<>();
    for (String userId : userIds) {
      if (userId.equals(myUserId)) {
        shown.addFirst("You");
      } else {
        names.learn(roomId, userId, () -> {});
        shown.add(names.of(userId));
      }
    }
    if (shown.size() <= NAMED + 1) {
      return shown.size() == 1
          ? shown.getFirst()
          : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
    }
    int others = shown.size() - NAMED;
    return String.join(", ", shown.subList(0, NAMED)) + " and " + others + " others";
  }

  /**
   * Follows the reader's roles in rooms: a moderator may then delete the messages of those ranked
   * below them, and pin, as the room's creator may.
   */
  public void rankedBy(RoomRanks ranks) {
    this.ranks = ranks;
  }

  /** The rooms listed after a (re)connect: those the reader created are theirs to moderate. */
  void roomsListed(List<Room> rooms) {
    ownedRooms.clear();
    rooms.forEach(this::roomChanged);
  }

  void roomChanged(Room room) {
    if (myUserId.equals(room.createdBy())) {
      ownedRooms.add(room.roomId());
    }
  }

  /** Whether the reader owns (created) {@code roomId}, and so may pin and delete there. */
  public boolean owns(String roomId) {
    return ownedRooms.contains(roomId);
  }

  void userChanged(User user) {
    names.changed(user);
  }

  private CompletableFuture<EmptyResult> ask(Function<String, ClientFrame> build, String refusal) {
    return client
        .request(build, EmptyResult.class)
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                failed.accept(refusal + Failures.describe(failure));
              }
            });
  }
}
