package chat.client.ui;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.client.ClientFrame;
import chat.protocol.model.Room;
import chat.protocol.result.RoomResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A panel's state for picking one thing out of a search and entering the room it leads to: people
 * for a direct conversation, public rooms to join. Subclasses say how to find and what a choice
 * asks the server; the searching as one types, with stale answers dropped, is here.
 */
public abstract class PickerViewModel<T> {

  protected final Session client;
  private final String nothingFound;
  private final Consumer<Room> entered;
  private final StringProperty query = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final ObservableList<T> results = FXCollections.observableArrayList();

  /**
   * @param nothingFound what the error line says when a search finds nothing
   * @param entered given the room the server answers a choice with
   */
  @SuppressWarnings("this-escape") // the listener runs on later edits, never during construction
  protected PickerViewModel(Session client, String nothingFound, Consumer<Room> entered) {
    this.client = client;
    this.nothingFound = nothingFound;
    this.entered = entered;
    query.addListener((obs, old, now) -> search());
  }

  /**
   * Asks the server for what matches {@code asked} (stripped, maybe empty), or answers null when
   * there is nothing to ask: the results and the error are then cleared.
   */
  protected abstract CompletableFuture<List<T>> find(String asked);

  /** The request that enters the room {@code item} leads to; the server answers a RoomResult. */
  protected abstract ClientFrame choice(String requestId, T item);

  /** How {@code item} reads in the list of results. */
  public abstract String describe(T item);

  public final void search() {
    String asked = query.get().strip();
    CompletableFuture<List<T>> found = find(asked);
    if (found == null) {
      results.clear();
      error.set("");
      return;
    }
    found.whenComplete(
        (items, failure) -> {
          if (!asked.equals(query.get().strip())) {
            return; // a newer search is under way
          }
          if (failure == null) {
            results.setAll(items);
            error.set(items.isEmpty() ? nothingFound : "");
          } else {
            error.set(Failures.describe(failure));
          }
        });
  }

  /** Enters the room {@code item} leads to; does nothing without an item. */
  public final void choose(T item) {
    if (item == null) {
      return;
    }
    client
        .request(id -> choice(id, item), RoomResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure == null) {
                entered.accept(result.room());
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  public final StringProperty queryProperty() {
    return query;
  }

  public final StringProperty errorProperty() {
    return error;
  }

  public final ObservableList<T> results() {
    return results;
  }
}
