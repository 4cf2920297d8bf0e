package chat.server.store;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import java.util.List;
import java.util.Set;

/**
 * A search, resolved and authorized: which rooms to look in (the caller's, already checked) and
 * what a message must hold to match.
 *
 * @param terms every one must match, in the message's words or in its files' names ({@link
 *     SearchText#fileWords}); none means any message passes (the other filters apply)
 * @param roomIds the rooms to search; never empty
 * @param senderIds the senders to keep; empty means anyone
 * @param sentFrom the earliest {@code timestamp} to keep (epoch ms, inclusive)
 * @param sentBefore keep only messages sent before this (epoch ms, exclusive)
 * @param before the next page's cursor: keep only messages that come after this one in the search's
 *     newest-first order; null for the first page. It need not match the query, nor be in one of
 *     {@code roomIds}: it is a position
 * @param limit 1 or more
 * @param has kinds of file a message must have, each of them ({@code has:}); empty means any
 *     message, with files or without
 */
public record MessageQuery(
    List<SearchTerm> terms,
    Set<String> roomIds,
    Set<String> senderIds,
    long sentFrom,
    long sentBefore,
    Message before,
    int limit,
    Set<FileKind> has) {

  public MessageQuery {
    terms = List.copyOf(terms);
    roomIds = Set.copyOf(roomIds);
    senderIds = Set.copyOf(senderIds);
    has = Set.copyOf(has);
    if (roomIds.isEmpty() || limit < 1) {
      throw new IllegalArgumentException("a search needs rooms and a positive limit");
    }
  }

  /** A search that asks for no kind of file. */
  public MessageQuery(
      List<SearchTerm> terms,
      Set<String> roomIds,
      Set<String> senderIds,
      long sentFrom,
      long sentBefore,
      Message before,
      int limit) {
    this(terms, roomIds, senderIds, sentFrom, sentBefore, before, limit, Set.of());
  }

  /** Whether a message with files of these {@code kinds} has every kind this search asks for. */
  public boolean admitsFilesOf(Set<FileKind> kinds) {
    return kinds.containsAll(has);
  }
}
