package chat.client.crypto;

import java.util.List;

/**
 * The code two people compare: seven emoji from the first 42 bits of the derived bytes, or three
 * numbers of 1000 to 9191 from the first 39 bits, 13 bits each plus 1000.
 */
public record ShortCode(List<SasEmoji> emoji, List<Integer> numbers) {

  static final int EMOJI = 7;
  static final int NUMBERS = 3;

  /** The code of the first 6 bytes of {@code bytes}. */
  static ShortCode of(byte[] bytes) {
    long bits = 0;
    for (int i = 0; i < 6; i++) {
      bits = bits << 8 | (bytes[i] & 0xff);
    }
    SasEmoji[] all = SasEmoji.values();
    SasEmoji[] emoji = new SasEmoji[EMOJI];
    for (int i = 0; i < EMOJI; i++) {
      emoji[i] = all[(int) (bits >>> (42 - 6 * i)) & 0x3f];
    }
    Integer[] numbers = new Integer[NUMBERS];
    for (int i = 0; i < NUMBERS; i++) {
      numbers[i] = ((int) (bits >>> (35 - 13 * i)) & 0x1fff) + 1000;
    }
    return new ShortCode(List.of(emoji), List.of(numbers));
  }
}
