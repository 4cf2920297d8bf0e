package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;
import java.util.Set;

/**
 * A search, resolved and authorized: which rooms to look in (the caller's, already checked) and
 * what a message must hold to match.
 *
 * @param terms every one must match; none means any message passes (the other filters apply)
 * @param roomIds the rooms to search; never empty
 * @param senderIds the senders to keep; empty means anyone
 * @param sentFrom the earliest {@code timestamp} to keep (epoch ms, inclusive)
 * @param sentBefore keep only messages sent before this (epoch ms, exclusive)
 * @param before the next page's cursor: keep only messages that come after this one in the search's
 *     newest-first order; null for the first page. It need not match the query, nor be in one of
 *     {@code roomIds}: it is a position
 * @param limit 1 or more
 */
public record MessageQuery(
    List<SearchTerm> terms,
    Set<String> roomIds,
    Set<String> senderIds,
    long sentFrom,
    long sentBefore,
    Message before,
    int limit) {

  public MessageQuery {
    terms = List.copyOf(terms);
    roomIds = Set.copyOf(roomIds);
    senderIds = Set.copyOf(senderIds);
    if (roomIds.isEmpty() || limit < 1) {
      throw new IllegalArgumentException("a search needs rooms and a positive limit");
    }
  }
}
