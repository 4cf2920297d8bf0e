package chat.client.ui.invite;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One invite link on screen, following {@code link} (empty for none): the link in a read-only field
 * (to select) over a Copy button, and its QR code (to scan) beside them. The host panel and the
 * admin area both show one; {@code idPrefix} names its parts ({@code PREFIX-link}, {@code
 * PREFIX-copy}, {@code PREFIX-qr}, {@code PREFIX-copied}) for tests and CSS.
 */
public final class InviteLinkView {

  /**
   * How wide the QR code is drawn: big enough for a phone across a desk, small enough at 720 px.
   */
  static final int QR_SIZE = 168;

  private InviteLinkView() {}

  /** The link's field, Copy button and QR code, hidden while {@code link} is empty. */
  public static Node of(ObservableValue<String> link, String idPrefix) {
    TextField field = new TextField();
    field.setEditable(false);
    field.setId(idPrefix + "-link");
    field.getStyleClass().add("invite-link");
    field.setAccessibleText("Invite link");
    Label copied = new Label();
    copied.setId(idPrefix + "-copied");
    copied.getStyleClass().add("text-success");
    Button copy = new Button("Copy");
    copy.setId(idPrefix + "-copy");
    copy.setAccessibleText("Copy the invite link");
    copy.setOnAction(
        event -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(field.getText());
          Clipboard.getSystemClipboard().setContent(content);
          copied.setText("Copied");
        });
    HBox copyRow = new HBox(8, copy, copied);
    copyRow.setAlignment(Pos.CENTER_LEFT);
    VBox linkAndCopy = new VBox(6, field, copyRow);
    linkAndCopy.setMinWidth(0);
    HBox.setHgrow(linkAndCopy, Priority.ALWAYS);
    ImageView qr = new ImageView();
    qr.setId(idPrefix + "-qr");
    qr.setAccessibleText("QR code of the invite link");
    qr.setSmooth(false);
    HBox box = new HBox(12, linkAndCopy, qr);
    box.setAlignment(Pos.TOP_LEFT);
    box.getStyleClass().add("invite-link-box");
    link.subscribe(
        text -> {
          boolean any = text != null && !text.isEmpty();
          field.setText(any ? text : "");
          copied.setText("");
          qr.setImage(any ? QrCode.image(text, QR_SIZE) : null);
          box.setVisible(any);
          box.setManaged(any);
        });
    return box;
  }
}
