package chat.server.chat;

import chat.protocol.search.SearchTerm;
import chat.server.store.FileKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code message.search} query as written, parsed by {@link SearchQueryParser} but not yet
 * resolved against users and rooms.
 *
 * @param terms every one must match
 * @param fromUsernames {@code from:} names as written; a message from any of them passes (none:
 *     anyone)
 * @param inRoomNames {@code in:} names, lower-cased; a message in a room of any of these names
 *     passes (none: any of the caller's rooms)
 * @param sentFrom from {@code after:}, the earliest timestamp kept (epoch ms, inclusive)
 * @param sentBefore from {@code before:}, the end of the time kept (epoch ms, exclusive)
 * @param has from {@code has:}, the kinds of file a message must have, each of them
 */
record SearchQuery(
    List<SearchTerm> terms,
    Set<String> fromUsernames,
    Set<String> inRoomNames,
    long sentFrom,
    long sentBefore,
    Set<FileKind> has) {

  SearchQuery {
    terms = List.copyOf(terms);
    fromUsernames = Set.copyOf(fromUsernames);
    inRoomNames = Set.copyOf(inRoomNames);
    has = Set.copyOf(has);
  }

  /** Whether {@code in:} lets a room of this name through (case ignored). */
  boolean admitsRoomNamed(String name) {
    return inRoomNames.isEmpty() || inRoomNames.contains(roomNameKey(name));
  }

  /** Whether the time bounds leave any time at all. */
  boolean admitsSomeTime() {
    return sentFrom < sentBefore;
  }

  static String roomNameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
