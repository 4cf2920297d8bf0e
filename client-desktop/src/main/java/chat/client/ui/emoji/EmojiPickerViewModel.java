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
 * What the emoji picker shows: the chosen category's emoji, or, while there is a search, every
 * emoji whose name has all of its words.
 */
public final class EmojiPickerViewModel {

  private final List<Category> categories;
  private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<Emoji> shown = FXCollections.observableArrayList();

  public EmojiPickerViewModel(List<Category> categories) {
    this.categories = categories;
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
