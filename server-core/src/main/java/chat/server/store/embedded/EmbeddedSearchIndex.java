package chat.server.store.embedded;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.server.store.FileKind;
import chat.server.store.MessageQuery;
import chat.server.store.SearchIndex;
import chat.server.store.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Search on the FTS5 table {@code message_search} (schema V2, rebuilt by V4, V6 and V8): one row
 * per message, holding its {@link SearchText} words, its sender, its files' names' words and the
 * kinds of file it has ({@link FileKind}), under a {@link #KEY key} made of the message's rowid and
 * the number of its edits. A message is indexed by {@link #add}, inside the transaction of its
 * append; an edit takes its version out by {@link #removeForEdit} and adds the new one under the
 * next key; a deletion takes it out by {@link #removeForGood}. A search walks the matches newest
 * first (by key, so by rowid: the order of appending) and keeps those in the asked rooms and time,
 * stopping at the limit. The next page starts below the keys of the previous page's last message.
 */
final class EmbeddedSearchIndex implements SearchIndex, AutoCloseable {

  /** The SQL function that V2's migration and {@link #add} index words with. */
  static final String WORDS_FUNCTION = "search_words";

  /** The SQL function of V8 that indexes the words of {@code messages.attachments}' names. */
  static final String FILE_WORDS_FUNCTION = "search_file_words";

  /** The SQL function of V8 that indexes the kinds of file of {@code messages.attachments}. */
  static final String FILE_KINDS_FUNCTION = "search_file_kinds";

  /**
   * What a row holds, as SQL expressions over {@code messages}, in the order of the index's columns
   * {@code words, sender, files, has}: an addition and a removal must give the same. A message of
   * an encrypted room (V16) holds nothing, so no search finds it.
   */
  private static final String INDEXED =
      String.join(
          ", ",
          inClear(WORDS_FUNCTION + "(content)"),
          inClear("hex(sender_id)"),
          inClear(FILE_WORDS_FUNCTION + "(attachments)"),
          inClear(FILE_KINDS_FUNCTION + "(attachments)"));

  /**
   * The index key of a message's current version, as an SQL expression over {@code messages}: its
   * rowid shifted left by {@value #VERSION_BITS} bits, or'ed with its edit count (V6 says why).
   */
  static final String KEY = "((id << " + EmbeddedSearchIndex.VERSION_BITS + ") | search_version)";

  /** The bits of a key that number a message's versions. */
  static final int VERSION_BITS = 20;

  /**
   * The start of a statement that takes the current version of the messages its WHERE clause picks
   * out of the search results. The index keeps no text, so it is told the words each version was
   * indexed with, computed again from the content and the files (which an edit leaves as they are).
   */
  private static final String REMOVE =
      "INSERT INTO message_search (message_search, rowid, words, sender, files, has)"
          + " SELECT 'delete', "
          + KEY
          + ", "
          + INDEXED
          + " FROM messages WHERE ";

  private final Database db;
  private final SearchPurge purge;

  EmbeddedSearchIndex(Database db) {
    this.db = db;
    this.purge = new SearchPurge(db);
  }

  /** {@code expression} for a message in clear, nothing for an encrypted one. */
  private static String inClear(String expression) {
    return "CASE WHEN encrypted = 1 THEN '' ELSE " + expression + " END";
  }

  /** Makes {@link #WORDS_FUNCTION} known to the connection; before migrating, and before use. */
  static void defineFunctions(Database db) {
    db.defineFunction(WORDS_FUNCTION, SearchText::indexForm);
    db.defineFunction(
        FILE_WORDS_FUNCTION,
        json -> String.join(" ", SearchText.fileWords(StoredMessage.attachments(json))));
    db.defineFunction(
        FILE_KINDS_FUNCTION,
        json ->
            FileKind.of(StoredMessage.attachments(json)).stream()
                .map(FileKind::token)
                .collect(Collectors.joining(" ")));
  }

  /**
   * Indexes a stored message's current version under its {@link #KEY}; called inside the
   * transaction of its append or edit.
   */
  void add(String messageId) {
    db.update(
        "INSERT INTO message_search (rowid, words, sender, files, has) SELECT "
            + KEY
            + ", "
            + INDEXED
            + " FROM messages WHERE message_id = ?",
        messageId);
  }

  /**
   * Takes a message's current version out of the search results, before an edit changes its content
   * and moves it to its next key. Its words stay in an index segment behind a delete marker (the
   * index's secure-delete is off, schema V6): cheap, and found by no search. They leave the file
   * only if the message is deleted ({@link #removeForGood}). This is an edit's one look at the
   * stored message: it takes nothing out of a message that is not in the room, is deleted, or holds
   * {@code content} already.
   *
   * @return whether the version was taken out, so the edit goes ahead
   */
  boolean removeForEdit(String roomId, String messageId, String content) {
    return db.update(
            REMOVE + "room_id = ? AND message_id = ? AND deleted = 0 AND content <> ?",
            roomId,
            messageId,
            content)
        == 1;
  }

  /**
   * Takes a message being deleted out of the index for good, inside the deletion's transaction: its
   * current version's words leave the index's pages before the commit (secure-delete, turned on for
   * this removal only). FTS5 applies the option when it writes out what a transaction has indexed,
   * and setting the option first writes that out under the option as it was: turning it on writes
   * out the transaction's earlier, plain changes (sends in the same group commit), turning it off
   * writes out this removal, securely. If the message was edited, its earlier versions' words are
   * still in index segments behind delete markers; they leave the file when the background {@link
   * SearchPurge} has merged the whole index, which this records as owed (schema V7) and asks for.
   */
  void removeForGood(long rowId, boolean edited) {
    secureDelete(true);
    db.update(REMOVE + "id = ?", rowId);
    secureDelete(false);
    if (edited) {
      purge.owe();
    }
  }

  /** Stops the background purge, waiting for its step in flight. */
  @Override
  public void close() {
    purge.close();
  }

  /** Starts a purge of earlier versions if one is owed: a stop came before it finished. */
  void purgeLeftovers() {
    if (purge.owed()) {
      purge.request();
    }
  }

  private void secureDelete(boolean on) {
    db.update(
        "INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', ?)",
        on ? 1 : 0);
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
   * With words, senders or kinds of file to match, the full-text index is the outer loop (CROSS
   * JOIN fixes that order), read newest first; with neither, the messages are, newest first. Either
   * way each candidate's room and time are checked in the small {@code messages_search_filter}
   * index, and only the messages that pass are read whole, until the limit. The unary {@code +}
   * keeps SQLite from using room and time to search that index, which would take one probe per
   * asked room for every candidate; one probe by id, then a check, is what is wanted.
   */
  static Statement statement(MessageQuery query) {
    String match = matchExpression(query);
    boolean indexed = !match.isEmpty();
    String order = indexed ? "message_search.rowid" : "filter.id";
    String bound = indexed ? "id << " + VERSION_BITS : "id";
    String sql =
        "SELECT "
            + EmbeddedMessageStore.COLUMNS
            + (indexed
                ? " FROM message_search CROSS JOIN messages AS filter INDEXED BY"
                    + " messages_search_filter ON filter.id = message_search.rowid >> "
                    + VERSION_BITS
                : " FROM messages AS filter INDEXED BY messages_search_filter")
            + " CROSS JOIN messages ON messages.id = filter.id WHERE "
            + (indexed ? "message_search MATCH ? AND " : "")
            + "+filter.room_id IN ("
            + String.join(", ", Collections.nCopies(query.roomIds().size(), "?"))
            + ") AND +filter.created_at >= ? AND +filter.created_at < ? AND messages.deleted = 0"
            + (query.before() == null
                ? ""
                : " AND " + order + " < (SELECT " + bound + " FROM messages WHERE message_id = ?)")
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

  /**
   * The FTS5 expression: every term in {@code words} or {@code files} (each term whole in one of
   * them), any sender in {@code sender}, every kind of file asked for in {@code has}.
   */
  private static String matchExpression(MessageQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.terms().isEmpty()) {
      parts.add(
          "{words files} : ("
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
    query.has().forEach(kind -> parts.add("has : " + quoted(kind.token())));
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
