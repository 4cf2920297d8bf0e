package chat.client.ui.search;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.ProtocolException;
import chat.protocol.client.MessageSearch;
import chat.protocol.model.Message;
import chat.protocol.result.SearchHit;
import chat.protocol.result.SearchResults;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ctrl+F: searches the messages of the user's rooms with the server's query syntax, a page at a
 * time (the next page when the list is scrolled to its end), and jumps to the result chosen. An
 * answer to a search that has since been replaced is dropped.
 */
public final class SearchViewModel {

  /** Results asked for per page. */
  static final int PAGE = 20;

  private final Session client;
  private final UnaryOperator<String> roomName;
  private final Consumer<Message> jump;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private String searched;
  private boolean hasMore;
  private boolean loading;
  private int generation;

  /**
   * @param roomName the name of a room of the user's, by roomId
   * @param jump shows a message in its room
   */
  public SearchViewModel(Session client, UnaryOperator<String> roomName, Consumer<Message> jump) {
    this.client = client;
    this.roomName = roomName;
    this.jump = jump;
  }

  /** Runs the query as typed, replacing the results shown; a blank query clears them. */
  public void search() {
    generation++;
    results.clear();
    hasMore = false;
    loading = false;
    searched = query.get().strip();
    status.set("");
    if (!searched.isEmpty() && wellFormed(searched)) {
      fetch(null);
    }
  }

  /** Fetches the next page of the current search, unless one is on its way or none is left. */
  public void loadMore() {
    if (hasMore && !loading && !results.isEmpty()) {
      fetch(results.getLast().message().messageId());
    }
  }

  /** Shows the message of {@code result} in its room. */
  public void choose(SearchResult result) {
    if (result != null) {
      jump.accept(result.message());
    }
  }

  private void fetch(String before) {
    int asked = generation;
    String text = searched;
    loading = true;
    status.set("Searching…");
    client
        .request(rid -> new MessageSearch(rid, text, null, before, PAGE), SearchResults.class)
        .whenComplete(
            (page, failure) -> {
              if (asked != generation) {
                return;
              }
              loading = false;
              if (failure != null) {
                status.set(Failures.describe(failure));
                return;
              }
              page.results().stream().map(this::result).forEach(results::add);
              hasMore = page.hasMore();
              status.set(results.isEmpty() ? "No messages match “" + text + "”." : "");
            });
  }

  /** A query the protocol itself refuses (too long) is answered here, without asking the server. */
  private boolean wellFormed(String text) {
    try {
      new MessageSearch("check", text, null, null, PAGE);
      return true;
    } catch (ProtocolException refused) {
      status.set(refused.getMessage());
      return false;
    }
  }

  private SearchResult result(SearchHit hit) {
    return new SearchResult(
        hit.message(), roomName.apply(hit.message().roomId()), Snippet.parse(hit.highlight()));
  }

  public StringProperty queryProperty() {
    return query;
  }

  /** The results, newest first. */
  public ObservableList<SearchResult> results() {
    return results;
  }

  /** "Searching…", "No messages match …", the server's objection to the query, or empty. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether more results lie beyond those shown. */
  public boolean hasMore() {
    return hasMore;
  }
}
