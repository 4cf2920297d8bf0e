package chat.client.ui.rooms;

import chat.client.net.MessageLink;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The panel to join a room with an invite link, or to open a message by its link: the link pasted
 * in a field, and Join (Open for a message's link). It closes once a link is opened.
 */
public final class InviteJoinView {

  private final InviteJoinViewModel model;
  private final Runnable close;

  public InviteJoinView(InviteJoinViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    Label title = new Label("Join or open with a link");
    title.getStyleClass().add("title-3");
    TextField field = new TextField();
    field.setId("invite-join-link");
    field.setPromptText("chat://host:port/invite/… or a message's link");
    field.setAccessibleText("The room invite link to join with, or a message's link to open");
    field.textProperty().bindBidirectional(model.linkProperty());
    Label error = new Label();
    error.setId("invite-join-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    Button closeButton = new Button("Close");
    closeButton.setCancelButton(true);
    closeButton.setAccessibleText("Close this panel");
    closeButton.setOnAction(event -> close.run());
    Button join = new Button("Join");
    join.setId("invite-join");
    join.setDefaultButton(true);
    join.getStyleClass().add("accent");
    join.setAccessibleText("Join the room this link invites to, or open the message it links to");
    join.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> MessageLink.looksLikeOne(model.linkProperty().get()) ? "Open" : "Join",
                model.linkProperty()));
    join.disableProperty().bind(model.linkProperty().isEmpty().or(model.busyProperty()));
    join.setOnAction(
        event ->
            model
                .join()
                .thenRun(
                    () -> {
                      if (model.errorProperty().get().isEmpty()) {
                        close.run();
                      }
                    }));
    HBox buttons = new HBox(8, closeButton, join);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox panel = new VBox(8, title, field, error, buttons);
    panel.getStyleClass().addAll("card", "panel");
    panel.setMaxSize(420, 220);
    return panel;
  }
}
