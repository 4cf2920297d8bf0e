package chat.server.store.embedded;

import chat.protocol.model.Message;
import chat.server.store.MessageQuery;
import chat.server.store.SearchIndex;
import chat.server.store.SearchTerm;
import chat.server.store.SearchText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Search on the FTS5 table {@code message_search} (schema V2, rebuilt by V4): one row per message,
 * keyed by the message's rowid, holding its {@link SearchText} words and its sender. A message is
 * indexed by {@link #add}, inside the transaction of its append, and leaves by {@link #remove} when
 * it is edited (to be added again) or deleted. A search walks the matches newest first (by rowid,
 * the order of appending) and keeps those in the asked rooms and time, stopping at the limit. The
 * next page starts below the rowid of the previous page's last message.
 */
final class EmbeddedSearchIndex implements SearchIndex {

  /** The SQL function that V2's migration and {@link #add} index words with. */
  static final String WORDS_FUNCTION = "search_words";

  private final Database db;

  EmbeddedSearchIndex(Database db) {
    this.db = db;
  }

  /** Makes {@link #WORDS_FUNCTION} known to the connection; before migrating, and before use. */
  static void defineFunctions(Database db) {
    db.defineFunction(WORDS_FUNCTION, SearchText::indexForm);
  }

  /** Indexes a stored message; called inside its append's transaction. */
  void add(String messageId) {
    db.update(
        "INSERT INTO message_search (rowid, words, sender) SELECT id, "
            + WORDS_FUNCTION
            + "(content), hex(sender_id) FROM messages WHERE message_id = ?",
        messageId);
  }

  /**
   * Takes a message out of the index, before its content changes: the index keeps no text, so it is
   * told the words the row was indexed with, computed again from the content. With the index's
   * secure-delete on (schema V4), those words leave the index's pages, not just its results. Called
   * inside the transaction of the edit or deletion.
   */
  void remove(long rowId) {
    db.update(
        "INSERT INTO message_search (message_search, rowid, words, sender) SELECT 'delete', id, "
            + WORDS_FUNCTION
            + "(content), hex(sender_id) FROM messages WHERE id = ?",
        rowId);
  }

  /** A statement and its arguments. */
  record Statement(String sql, List<Object> arguments) {}

  @Override
  public List<Message> search(MessageQuery query) {
    Statement statement = statement(query);
    return EmbeddedMessageStore.withReactions(
        db,
        db.query(statement.sql(), EmbeddedMessageStore::message, statement.arguments().toArray()));
  }

  /**
   * With words or senders to match, the full-text index is the outer loop (CROSS JOIN fixes that
   * order), read newest first; with neither, the messages are, newest first. Either way each
   * candidate's room and time are checked in the small {@code messages_search_filter} index, and
   * only the messages that pass are read whole, until the limit. The unary {@code +} keeps SQLite
   * from using room and time to search that index, which would take one probe per asked room for
   * every candidate; one probe by id, then a check, is what is wanted.
   */
  static Statement statement(MessageQuery query) {
    String match = matchExpression(query);
    boolean indexed = !match.isEmpty();
    String order = indexed ? "message_search.rowid" : "filter.id";
    String sql =
        "SELECT "
            + EmbeddedMessageStore.COLUMNS
            + (indexed
                ? " FROM message_search CROSS JOIN messages AS filter INDEXED BY"
                    + " messages_search_filter ON filter.id = message_search.rowid"
                : " FROM messages AS filter INDEXED BY messages_search_filter")
            + " CROSS JOIN messages ON messages.id = filter.id WHERE "
            + (indexed ? "message_search MATCH ? AND " : "")
            + "+filter.room_id IN ("
            + String.join(", ", Collections.nCopies(query.roomIds().size(), "?"))
            + ") AND +filter.created_at >= ? AND +filter.created_at < ? AND messages.deleted = 0"
            + (query.before() == null
                ? ""
                : " AND " + order + " < (SELECT id FROM messages WHERE message_id = ?)")
            + " ORDER BY "
            + order
            + " DESC LIMIT ?";
    List<Object> arguments = new ArrayList<>();
    if (indexed) {
      arguments.add(match);
    }
    arguments.addAll(query.roomIds());
    arguments.addAll(List.of(query.sentFrom(), query.sentBefore()));
    if (query.before() != null) {
      arguments.add(query.before().messageId());
    }
    arguments.add(query.limit());
    return new Statement(sql, arguments);
  }

  /** The FTS5 expression: every term in {@code words}, any sender in {@code sender}. */
  private static String matchExpression(MessageQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.terms().isEmpty()) {
      parts.add(
          "words : ("
              + query.terms().stream()
                  .map(EmbeddedSearchIndex::phrase)
                  .collect(Collectors.joining(" AND "))
              + ")");
    }
    if (!query.senderIds().isEmpty()) {
      parts.add(
          "sender : ("
              + query.senderIds().stream()
                  .map(id -> quoted(senderToken(id)))
                  .collect(Collectors.joining(" OR "))
              + ")");
    }
    return String.join(" AND ", parts);
  }

  private static String phrase(SearchTerm term) {
    return quoted(String.join(" ", term.words())) + (term.prefix() ? " *" : "");
  }

  /** The token V2 indexes a sender by: SQLite's {@code hex()} of the id's UTF-8 bytes. */
  private static String senderToken(String senderId) {
    return HexFormat.of().formatHex(senderId.getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
