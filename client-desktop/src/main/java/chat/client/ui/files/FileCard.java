package chat.client.ui.files;

import chat.protocol.model.Attachment;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A file that is not shown as an image: an icon of its kind ({@link FileKind}), its name and size,
 * and "Save…" and "Open" (no "Open" for a program). While it downloads, a progress bar with
 * "Cancel"; then where it went, or why it did not.
 */
final class FileCard extends HBox {

  /** The widest a card grows. */
  static final double WIDTH = 360;

  private final ProgressBar bar = new ProgressBar();
  private final Hyperlink cancel = new Hyperlink("Cancel");
  private final Label status = new Label();
  private final Button save = new Button("Save…");
  private final Button open = new Button("Open");

  FileCard(Attachment file, AttachmentParts parts) {
    super(10);
    getStyleClass().add("file-card");
    setAlignment(Pos.CENTER_LEFT);
    setMaxWidth(WIDTH);
    Label name = new Label(file.name());
    name.getStyleClass().add("file-name");
    name.setTooltip(new Tooltip(file.name()));
    Label size = new Label(FileSizes.human(file.size()));
    size.getStyleClass().add("file-size");
    bar.getStyleClass().add("file-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(bar, Priority.ALWAYS);
    cancel.getStyleClass().add("file-cancel");
    HBox running = new HBox(6, bar, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(cancel.visibleProperty());
    running.managedProperty().bind(cancel.visibleProperty());
    status.getStyleClass().add("file-status");
    status.setWrapText(true);
    status.managedProperty().bind(status.visibleProperty());
    VBox about = new VBox(2, name, size, running, status);
    HBox.setHgrow(about, Priority.ALWAYS);
    about.setMinWidth(0);
    save.getStyleClass().add("file-save");
    save.setOnAction(event -> started(parts.saveAs(file, getScene().getWindow())));
    open.getStyleClass().add("file-open");
    open.setOnAction(event -> started(parts.saveAndOpen(file, getScene().getWindow())));
    HBox buttons = new HBox(6, save);
    if (!FileNames.isProgram(FileNames.safe(file.name()))) {
      buttons.getChildren().add(open);
    }
    buttons.setAlignment(Pos.CENTER_RIGHT);
    getChildren().addAll(icon(FileKind.of(file.mimeType(), file.name())), about, buttons);
    Transfer last = parts.files().transfer(file);
    if (last == null) {
      cancel.setVisible(false);
      status.setVisible(false);
    } else {
      started(last);
    }
    setAccessibleText(file.name() + ", " + FileSizes.human(file.size()));
  }

  /** The kind's icon: a page with its few letters on it. */
  private static StackPane icon(FileKind kind) {
    Region page = new Region();
    page.getStyleClass().add("file-page");
    Label badge = new Label(kind.badge());
    badge.getStyleClass().add("file-badge");
    StackPane icon = new StackPane(page, badge);
    icon.getStyleClass().addAll("file-icon", "file-" + kind.name().toLowerCase(Locale.ROOT));
    icon.setMinSize(36, 44);
    icon.setMaxSize(36, 44);
    return icon;
  }

  /** Shows {@code transfer}; null (the user chose nowhere) changes nothing. */
  private void started(Transfer transfer) {
    if (transfer == null) {
      return;
    }
    bar.progressProperty().bind(transfer.progressProperty());
    cancel.visibleProperty().bind(transfer.runningProperty());
    cancel.setOnAction(event -> transfer.cancel());
    status.textProperty().bind(transfer.statusProperty());
    status.setVisible(true);
    save.disableProperty().bind(transfer.runningProperty());
    open.disableProperty().bind(transfer.runningProperty());
  }
}
