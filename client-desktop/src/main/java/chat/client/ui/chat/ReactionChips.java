package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiImages;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A bubble's reactions: a chip per emoji with its count (the reader's own highlighted), naming who
 * reacted on hover; a click toggles the reader's reaction. A last "+" chip opens the picker.
 */
final class ReactionChips {

  private static final double EMOJI_SIZE = 16;
  private static final double GAP = 4;

  private ReactionChips() {}

  /**
   * The chips of {@code line}'s reactions, or null when it has none.
   *
   * @param addReaction opens the reactions' picker for {@code line} above the node given
   */
  static Node of(ChatLine line, MessageActions actions, Consumer<Node> addReaction) {
    Map<String, List<String>> reactions = line.reactions();
    if (reactions.isEmpty()) {
      return null;
    }
    FlowPane chips = new OneRowWide();
    chips.getStyleClass().add("reaction-chips");
    reactions.forEach(
        (emoji, userIds) -> {
          if (!userIds.isEmpty()) {
            chips.getChildren().add(chip(line, emoji, userIds, actions));
          }
        });
    Button add = new Button("+");
    add.getStyleClass().addAll("reaction-chip", "add-reaction");
    add.setAccessibleText("Add a reaction");
    add.setTooltip(new Tooltip("Add a reaction"));
    add.setOnAction(event -> addReaction.accept(add));
    chips.getChildren().add(add);
    return chips;
  }

  /**
   * Chips that want one row's width (a plain {@code FlowPane} wants its 400 px wrap length, which
   * would widen every bubble with reactions), wrapping only where the bubble is narrower.
   */
  private static final class OneRowWide extends FlowPane {

    OneRowWide() {
      super(GAP, GAP);
    }

    @Override
    protected double computePrefWidth(double height) {
      double width = snappedLeftInset() + snappedRightInset();
      for (Node child : getManagedChildren()) {
        width += child.prefWidth(-1) + GAP;
      }
      return getManagedChildren().isEmpty() ? width : width - GAP;
    }
  }

  private static Node chip(
      ChatLine line, String emoji, List<String> userIds, MessageActions actions) {
    Label count = new Label(Integer.toString(userIds.size()));
    Button chip = new Button();
    chip.setGraphic(count);
    EmojiImages.view(emoji, EMOJI_SIZE)
        .ifPresentOrElse(
            picture -> chip.setGraphic(new HBox(4, picture, count)),
            () -> count.setText(emoji + " " + userIds.size()));
    chip.getStyleClass().add("reaction-chip");
    boolean mine = actions.mine(line, emoji);
    if (mine) {
      chip.getStyleClass().add("mine");
    }
    chip.setUserData(emoji);
    Tooltip who = new Tooltip();
    who.setOnShowing(
        event -> who.setText(actions.whoReacted(line.message().roomId(), userIds) + " reacted"));
    chip.setTooltip(who);
    chip.setAccessibleText(
        emoji + " " + userIds.size() + (mine ? ", yours: click to remove" : ": click to add"));
    chip.setOnAction(event -> actions.toggle(line, emoji));
    return chip;
  }
}
