package chat.server.chat;

import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.SearchHit;
import chat.protocol.result.SearchResults;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.MessageQuery;
import chat.server.store.MessageStore;
import chat.server.store.SearchIndex;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code message.search}: parses the query, narrows it to the caller's rooms (and to {@code in:},
 * {@code from:} as resolved here), asks the {@link SearchIndex}, and highlights each hit.
 * Authorization is the room set: the index is only ever asked about rooms the caller is in.
 */
public final class SearchService {

  private final SearchIndex index;
  private final MessageStore messages;
  private final RoomService rooms;
  private final UserStore users;
  private final SenderNames senderNames;

  public SearchService(
      SearchIndex index, MessageStore messages, RoomService rooms, UserStore users) {
    this.index = index;
    this.messages = messages;
    this.rooms = rooms;
    this.users = users;
    this.senderNames = new SenderNames(users);
  }

  /**
   * A page of the messages matching {@code query}, newest first, from the caller's rooms (or the
   * one {@code roomId}); with {@code before}, the page after that message. A {@code from:} naming
   * nobody, or an {@code in:} naming none of the caller's rooms, finds nothing. Encrypted rooms are
   * never searched: the server has nothing of their messages to search (docs/E2EE.md).
   *
   * @param before the messageId of the previous page's last result, or null for the first page
   * @throws ChatException {@code INVALID_INPUT} (field {@code query}) for a query with nothing to
   *     match or a malformed operator, (field {@code before}) for a cursor that is no message of
   *     the caller's rooms; {@code NOT_FOUND} or {@code FORBIDDEN} for a {@code roomId} the caller
   *     is not in
   */
  public SearchResults search(
      AuthenticatedUser caller, String query, String roomId, String before, int limit) {
    SearchQuery parsed = SearchQueryParser.parse(query);
    List<Room> joined = rooms.joined(caller);
    Message cursor = before == null ? null : cursor(joined, before);
    List<Room> scope = roomId == null ? joined : List.of(rooms.requireMember(caller, roomId));
    Set<String> roomIds =
        scope.stream()
            .filter(room -> !room.endToEndEncrypted())
            .filter(room -> parsed.admitsRoomNamed(room.name()))
            .map(Room::roomId)
            .collect(Collectors.toSet());
    Set<String> senderIds =
        parsed.fromUsernames().stream()
            .map(users::findByUsername)
            .flatMap(Optional::stream)
            .map(UserAccount::userId)
            .collect(Collectors.toSet());
    boolean nobodyFrom = !parsed.fromUsernames().isEmpty() && senderIds.isEmpty();
    if (roomIds.isEmpty() || nobodyFrom || !parsed.admitsSomeTime()) {
      return new SearchResults(List.of(), false);
    }
    MessageQuery resolved =
        new MessageQuery(
            parsed.terms(),
            roomIds,
            senderIds,
            parsed.sentFrom(),
            parsed.sentBefore(),
            cursor,
            limit + 1,
            parsed.has());
    List<Message> found = senderNames.shown(index.search(resolved));
    List<SearchHit> hits =
        found.stream()
            .limit(limit)
            .map(
                message ->
                    new SearchHit(
                        message, Highlighter.highlight(message.content(), parsed.terms())))
            .toList();
    return new SearchResults(hits, found.size() > limit);
  }

  /**
   * The message a next page starts after. One the caller cannot read is refused like one that does
   * not exist, so that a cursor tells nothing about other people's rooms.
   */
  private Message cursor(List<Room> joined, String before) {
    Set<String> readable = joined.stream().map(Room::roomId).collect(Collectors.toSet());
    return messages
        .find(before)
        .filter(message -> readable.contains(message.roomId()))
        .orElseThrow(
            () -> ChatException.invalidInput("before", "no such message in the caller's rooms"));
  }
}
