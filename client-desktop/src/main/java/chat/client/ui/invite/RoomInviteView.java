package chat.client.ui.invite;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The room invite panel: what the link does, the link with Copy and its QR code, New link, Revoke
 * and Close.
 */
public final class RoomInviteView {

  private final RoomInviteViewModel model;
  private final Runnable close;

  public RoomInviteView(RoomInviteViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  /** The panel; the room's link is asked for as it opens. */
  public Parent load() {
    Label title = new Label("Invite link");
    title.getStyleClass().add("title-4");
    Label about =
        new Label(
            "Whoever opens this link in the app, signed in to this server, joins the room. A"
                + " link lets "
                + RoomInviteViewModel.USES
                + " people in, for "
                + RoomInviteViewModel.VALID.toDays()
                + " days; New link makes another.");
    about.setWrapText(true);
    Label error = new Label();
    error.setId("room-invite-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    Button newLink = new Button("New link");
    newLink.setId("room-invite-new");
    newLink.setAccessibleText("Make a new invite link into the room");
    newLink.setOnAction(event -> model.create());
    Button revoke = new Button("Revoke");
    revoke.setId("room-invite-revoke");
    revoke.setAccessibleText("Revoke this invite link, so that it lets nobody in");
    revoke.disableProperty().bind(model.linkProperty().isEmpty());
    revoke.setOnAction(event -> model.revoke());
    Button closeButton = new Button("Close");
    closeButton.setId("room-invite-close");
    closeButton.setCancelButton(true);
    closeButton.setAccessibleText("Close the invite link");
    closeButton.setOnAction(event -> close.run());
    VBox panel =
        new VBox(
            8,
            title,
            about,
            InviteLinkView.of(model.linkProperty(), "room-invite"),
            error,
            new HBox(8, newLink, revoke, closeButton));
    panel.getStyleClass().addAll("card", "panel");
    panel.setMaxSize(460, 360);
    model.open();
    return panel;
  }
}
