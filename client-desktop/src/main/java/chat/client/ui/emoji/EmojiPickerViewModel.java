package chat.client.ui.emoji;

import chat.client.ui.emoji.EmojiCatalog.Category;
import chat.client.ui.emoji.EmojiCatalog.Emoji;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the emoji picker shows: the emoji picked last (at most {@link #RECENT}, most recent first),
 * and the chosen category's emoji, or, while there is a search, every emoji whose name has all of
 * its words.
 */
public final class EmojiPickerViewModel {

  /** How many emoji picked last the picker keeps. */
  static final int RECENT = 16;

  private final List<Category> categories;
  private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<Emoji> shown = FXCollections.observableArrayList();
  private final ObservableList<String> recent;

  /**
   * @param recent the emoji picked last, most recent first: kept by the caller (saved with the
   *     preferences), changed here on each pick
   */
  public EmojiPickerViewModel(List<Category> categories, ObservableList<String> recent) {
    this.categories = categories;
    this.recent = recent;
    category.set(categories.getFirst());
    category.addListener(observable -> update());
    query.addListener(observable -> update());
    update();
  }

  public List<Category> categories() {
    return categories;
  }

  public ObjectProperty<Category> categoryProperty() {
    return category;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<Emoji> shown() {
    return shown;
  }

  /** The emoji picked last, most recent first. */
  public ObservableList<String> recent() {
    return recent;
  }

  /** {@code emoji} was picked: it goes first among the recent ones. */
  public void picked(String emoji) {
    recent.remove(emoji);
    recent.addFirst(emoji);
    if (recent.size() > RECENT) {
      recent.remove(RECENT, recent.size());
    }
  }

  /** The name of {@code emoji} in the catalogue, or the emoji itself when it is not there. */
  public String nameOf(String emoji) {
    return categories.stream()
        .flatMap(c -> c.emoji().stream())
        .filter(e -> e.text().equals(emoji))
        .map(Emoji::name)
        .findFirst()
        .orElse(emoji);
  }

  private void update() {
    String[] words = query.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (words[0].isEmpty()) {
      shown.setAll(category.get().emoji());
      return;
    }
    shown.setAll(
        categories.stream()
            .flatMap(c -> c.emoji().stream())
            .filter(e -> Arrays.stream(words).allMatch(e.name()::contains))
            .distinct()
            .toList());
  }
}
