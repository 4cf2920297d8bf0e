package chat.client.ui.chat;

import chat.client.ui.files.FileSizes;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tray above the composer: a row per file of the open room's {@link AttachmentTray} (name,
 * size, progress bar, why it failed, Retry where it may help, ✕ to cancel) and the tray's notice.
 * Hidden while empty.
 */
final class AttachmentTrayView {

  private final AttachmentTray tray;
  private final VBox box;
  private final Label notice = new Label();

  AttachmentTrayView(AttachmentTray tray, VBox box) {
    this.tray = tray;
    this.box = box;
  }

  void bind() {
    notice.setId("attachments-notice");
    notice.getStyleClass().add("error-text");
    notice.textProperty().bind(tray.noticeProperty());
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    notice.visibleProperty().bind(notice.managedProperty());
    box.visibleProperty()
        .bind(Bindings.isNotEmpty(tray.files()).or(notice.textProperty().isNotEmpty()));
    box.managedProperty().bind(box.visibleProperty());
    tray.files().addListener((ListChangeListener<PendingFile>) change -> rebuild());
    rebuild();
  }

  /** Rows are few (at most ten): made again whenever the files change. */
  private void rebuild() {
    box.getChildren().clear();
    tray.files().forEach(file -> box.getChildren().add(row(file)));
    box.getChildren().add(notice);
  }

  private HBox row(PendingFile file) {
    Label name = new Label(file.name());
    name.getStyleClass().add("attachment-name");
    name.setMinWidth(Region.USE_PREF_SIZE);
    name.setMaxWidth(320);
    Label size = new Label(FileSizes.human(file.size()));
    size.getStyleClass().add("meta");
    ProgressBar progress = new ProgressBar();
    progress.getStyleClass().add("attachment-progress");
    progress.progressProperty().bind(file.progressProperty());
    progress.setVisible(file.state() == PendingFile.State.UPLOADING);
    progress.setManaged(progress.isVisible());
    Label state = new Label(stateText(file));
    state.getStyleClass().add(file.state() == PendingFile.State.DONE ? "meta" : "error-text");
    state.getStyleClass().add("attachment-state");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox row = new HBox(8, name, size, progress, state, grow);
    if (tray.retryable(file)) {
      Button retry = new Button("Retry");
      retry.getStyleClass().addAll("small", "attachment-retry");
      retry.setAccessibleText("Upload " + file.name() + " again");
      retry.setOnAction(event -> tray.retry(file));
      row.getChildren().add(retry);
    }
    Button cancel = new Button("✕");
    cancel.getStyleClass().addAll("flat", "small", "attachment-cancel");
    cancel.setAccessibleText("Remove " + file.name());
    cancel.setOnAction(event -> tray.cancel(file));
    row.getChildren().add(cancel);
    row.getStyleClass().add("attachment");
    row.setAlignment(Pos.CENTER_LEFT);
    row.setAccessibleText(
        file.name() + ", " + FileSizes.human(file.size()) + ", " + stateText(file));
    return row;
  }

  private static String stateText(PendingFile file) {
    return switch (file.state()) {
      case UPLOADING -> "Uploading";
      case DONE -> "Ready";
      case WAITING, FAILED -> file.errorProperty().get();
    };
  }
}
