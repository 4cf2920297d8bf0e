package chat.protocol.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of a backup's items in the order of their ids; {@code next} is the id to ask {@code after}
 * for the next page, null after the last.
 */
public record BackupItemsPage(
    List<BackupItem> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

  public BackupItemsPage {
    items = List.copyOf(items);
  }
}
