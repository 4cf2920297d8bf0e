package chat.client.ui.chat;

import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The composer's mention suggestions. While the caret follows an {@code @} and the start of a name
 * ("@al"), they are the open room's other members whose username or shown name starts with it, in
 * any case, and {@code @room} where the user may notify everyone (in a room of up to {@link
 * #ANYONE_MENTIONS_ROOM_UP_TO} members, or their own room; the server has the last word), at most
 * {@link #MAX_SHOWN}. An {@code @} inside a word ("bob@example") or a code span starts none: the
 * server reads no mention there. The members are asked for when a name is first typed, and the
 * suggestions follow them as they change. Esc dismisses the suggestions for that {@code @}.
 */
public final class MentionSuggestions {

  static final int MAX_SHOWN = 8;

  /** Above this many members, only the room's owner may mention {@code @room}. */
  static final int ANYONE_MENTIONS_ROOM_UP_TO = 50;

  static final String ROOM = "room";

  /**
   * One suggestion: {@code @handle} is inserted; {@code status} is the member's presence, null for
   * {@code @room}.
   */
  public record Suggestion(String handle, String name, UserStatus status) {}

  /** A pick: the composer's text from {@code start} to {@code end} becomes {@code text}. */
  public record Completion(int start, int end, String text) {}

  private final ObservableList<User> members;
  private final String myUserId;
  private final Runnable wantMembers;
  private final ObservableList<Suggestion> shown = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
  private final BooleanBinding open = Bindings.isNotEmpty(shown);
  private boolean owner;
  private String text = "";
  private int caret;
  private int at = -1;
  private int dismissedAt = -1;

  /**
   * @param members the open room's members, kept up to date
   * @param wantMembers asks for the members (once a name is typed; they arrive later)
   */
  public MentionSuggestions(ObservableList<User> members, String myUserId, Runnable wantMembers) {
    this.members = members;
    this.myUserId = myUserId;
    this.wantMembers = wantMembers;
    members.addListener((ListChangeListener<User>) change -> suggest(true));
  }

  /** Another room is open; {@code owner} when the user owns it. */
  public void roomChanged(boolean owner) {
    this.owner = owner;
    dismissedAt = -1;
    suggest(false);
  }

  /** The composer's text or caret changed. */
  public void edited(String newText, int newCaret) {
    text = newText == null ? "" : newText;
    caret = Math.clamp(newCaret, 0, text.length());
    at = mentionAt(text, caret);
    if (at != dismissedAt) {
      dismissedAt = -1;
    }
    if (at >= 0) {
      wantMembers.run();
    }
    suggest(false);
  }

  /** Down: the next suggestion, the first after the last. */
  public void next() {
    move(1);
  }

  /** Up: the previous suggestion, the last before the first. */
  public void previous() {
    move(-1);
  }

  /** Enter or Tab: the selected suggestion's completion; empty while none is shown. */
  public Optional<Completion> pick() {
    return pick(selected.get());
  }

  /** A click on the suggestion at {@code index}: its completion; empty while none is shown. */
  public Optional<Completion> pick(int index) {
    if (index < 0 || index >= shown.size()) {
      return Optional.empty();
    }
    int end = caret;
    while (end < text.length() && isNameChar(text.charAt(end))) {
      end++;
    }
    boolean spaceFollows = end < text.length() && Character.isWhitespace(text.charAt(end));
    Completion completion =
        new Completion(at, end, "@" + shown.get(index).handle() + (spaceFollows ? "" : " "));
    at = -1;
    suggest(false);
    return Optional.of(completion);
  }

  /** Esc, or a click elsewhere: no suggestions until another {@code @} is typed. */
  public void dismiss() {
    dismissedAt = at;
    suggest(false);
  }

  public ObservableList<Suggestion> shown() {
    return shown;
  }

  /** The index of the suggestion Enter picks, -1 while none is shown. */
  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Whether suggestions are shown: Enter, Tab, Up, Down and Esc are theirs meanwhile. */
  public BooleanBinding open() {
    return open;
  }

  /**
   * The suggestions for the name being typed. The selection stays on its member while only the
   * members changed (a presence dot moved); an edit starts it again from the first.
   */
  private void suggest(boolean keepSelection) {
    String before = selected.get() >= 0 ? shown.get(selected.get()).handle() : null;
    List<Suggestion> found = at < 0 || at == dismissedAt ? List.of() : matching();
    shown.setAll(found);
    int index = 0;
    if (keepSelection) {
      index = Math.max(0, found.stream().map(Suggestion::handle).toList().indexOf(before));
    }
    selected.set(found.isEmpty() ? -1 : index);
  }

  private List<Suggestion> matching() {
    String typed = text.substring(at + 1, caret).toLowerCase(Locale.ROOT);
    boolean everyone =
        ROOM.startsWith(typed) && (owner || members.size() <= ANYONE_MENTIONS_ROOM_UP_TO);
    int room = everyone ? 1 : 0;
    List<Suggestion> found = new ArrayList<>();
    for (User member : members) {
      if (found.size() == MAX_SHOWN - room) {
        break;
      }
      if (!member.userId().equals(myUserId) && matches(member, typed)) {
        found.add(new Suggestion(member.username(), member.shownName(), member.status()));
      }
    }
    if (everyone) {
      found.add(new Suggestion(ROOM, "Everyone in this room", null));
    }
    return found;
  }

  private static boolean matches(User member, String typed) {
    return member.username().toLowerCase(Locale.ROOT).startsWith(typed)
        || member.shownName().toLowerCase(Locale.ROOT).startsWith(typed);
  }

  private void move(int step) {
    if (!shown.isEmpty()) {
      selected.set(Math.floorMod(selected.get() + step, shown.size()));
    }
  }

  /**
   * Where the {@code @} of the name the caret ends is, or -1: the caret follows {@code @} and name
   * characters, that {@code @} starts a word, and it lies outside code spans (after an even number
   * of backticks).
   */
  static int mentionAt(String text, int caret) {
    int start = caret;
    while (start > 0 && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    int sign = start - 1;
    if (sign < 0 || text.charAt(sign) != '@') {
      return -1;
    }
    if (sign > 0 && (isNameChar(text.charAt(sign - 1)) || text.charAt(sign - 1) == '@')) {
      return -1;
    }
    long backticks = text.substring(0, sign).chars().filter(c -> c == '`').count();
    return backticks % 2 == 0 ? sign : -1;
  }

  /** The characters of a username: {@code A-Z a-z 0-9 _ . -}. */
  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }
}
