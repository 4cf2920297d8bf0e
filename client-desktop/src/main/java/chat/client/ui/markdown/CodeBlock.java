package chat.client.ui.markdown;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A fenced or indented code block: its language (the fence's info string) and a Copy button above
 * the code, which is monospace, never wrapped, and scrolls sideways when wider than the message.
 */
final class CodeBlock {

  /** The room the horizontal scroll bar takes below the code when it shows. */
  private static final double SCROLL_BAR = 14;

  private static final Duration COPIED_SHOWN = Duration.seconds(1.5);

  private CodeBlock() {}

  static Node of(String literal, String info, TextFlows flows, ObservableDoubleValue maxWidth) {
    String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    Node text =
        flows.flow(List.of(new Span(code, List.of("content-text", "md-code-text"), null)), false);
    ScrollPane scroll = new SidewaysScroll(text, maxWidth);
    scroll.getStyleClass().add("md-code-scroll");
    Label language = new Label(info == null ? "" : info.strip().split("\\s", 2)[0]);
    language.getStyleClass().add("md-code-language");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(6, language, gap, copyButton(code));
    top.setAlignment(Pos.CENTER_LEFT);
    VBox block = new VBox(4, top, scroll);
    block.getStyleClass().add("md-code-block");
    return block;
  }

  private static Button copyButton(String code) {
    Button copy = new Button("Copy");
    copy.getStyleClass().addAll("md-copy", "small", "flat");
    copy.setFocusTraversable(false);
    PauseTransition back = new PauseTransition(COPIED_SHOWN);
    back.setOnFinished(event -> copy.setText("Copy"));
    copy.setOnAction(
        event -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(code);
          Clipboard.getSystemClipboard().setContent(content);
          copy.setText("Copied");
          back.playFromStart();
        });
    return copy;
  }

  /**
   * As wide as its code up to {@code maxWidth}, and as tall as the code plus, when it scrolls
   * sideways, the scroll bar: never a vertical scroll bar.
   */
  private static final class SidewaysScroll extends ScrollPane {

    private final ObservableDoubleValue maxWidth;

    SidewaysScroll(Node content, ObservableDoubleValue maxWidth) {
      super(content);
      this.maxWidth = maxWidth;
      setVbarPolicy(ScrollBarPolicy.NEVER);
      setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
      setFitToHeight(true);
      maxWidth.addListener(observable -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
      double natural = super.computePrefWidth(height);
      return maxWidth.get() > 0 ? Math.min(natural, maxWidth.get()) : natural;
    }

    @Override
    protected double computeMinWidth(double height) {
      return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
      double natural = getContent().prefHeight(-1) + snappedTopInset() + snappedBottomInset();
      double wide = getContent().prefWidth(-1) + snappedLeftInset() + snappedRightInset();
      double shown = width > 0 ? width : computePrefWidth(-1);
      return wide > shown + 0.5 ? natural + SCROLL_BAR : natural;
    }
  }
}
