package chat.server.chat;

import chat.protocol.model.Room;
import chat.protocol.result.SearchHit;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.MessageQuery;
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
  private final RoomService rooms;
  private final UserStore users;

  public SearchService(SearchIndex index, RoomService rooms, UserStore users) {
    this.index = index;
    this.rooms = rooms;
    this.users = users;
  }

  /**
   * Messages matching {@code query}, newest first, from the caller's rooms (or the one {@code
   * roomId}). A {@code from:} naming nobody, or an {@code in:} naming none of the caller's rooms,
   * finds nothing.
   *
   * @throws ChatException {@code INVALID_INPUT} (field {@code query}) for a query with nothing to
   *     match or a malformed operator; {@code NOT_FOUND} or {@code FORBIDDEN} for a {@code roomId}
   *     the caller is not in
   */
  public List<SearchHit> search(AuthenticatedUser caller, String query, String roomId, int limit) {
    SearchQuery parsed = SearchQueryParser.parse(query);
    List<Room> scope =
        roomId == null ? rooms.joined(caller) : List.of(rooms.requireMember(caller, roomId));
    Set<String> roomIds =
        scope.stream()
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
      return List.of();
    }
    MessageQuery resolved =
        new MessageQuery(
            parsed.terms(), roomIds, senderIds, parsed.sentFrom(), parsed.sentBefore(), limit);
    return index.search(resolved).stream()
        .map(
            message ->
                new SearchHit(message, Highlighter.highlight(message.content(), parsed.terms())))
        .toList();
  }
}
