package chat.server.store.embedded;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up words for the {@link SearchBenchmark}, drawn with Zipf's law (the word of rank k about
 * 1/k as often as the commonest), as words of real text are: a few are everywhere, most are rare.
 */
final class Vocabulary {

  private static final int SIZE = 20_000;
  private static final String[] CONSONANTS = "b d f g k l m n p r s t v z ch sh".split(" ");
  private static final String[] VOWELS = "a e i o u ai ou".split(" ");

  private final Random random;
  private final List<String> words;
  private final double[] cumulative = new double[SIZE];

  Vocabulary(Random random) {
    this.random = random;
    Set<String> unique = new LinkedHashSet<>();
    while (unique.size() < SIZE) {
      StringBuilder word = new StringBuilder();
      for (int syllables = 2 + random.nextInt(3); syllables > 0; syllables--) {
        word.append(CONSONANTS[random.nextInt(CONSONANTS.length)]);
        word.append(VOWELS[random.nextInt(VOWELS.length)]);
      }
      unique.add(word.toString());
    }
    words = List.copyOf(unique);
    double sum = 0;
    for (int rank = 1; rank <= SIZE; rank++) {
      sum += 1.0 / rank;
      cumulative[rank - 1] = sum;
    }
  }

  /** One word, common ones more often. */
  String word() {
    int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[SIZE - 1]);
    return words.get(at >= 0 ? at : -at - 1);
  }

  String sentence(int length) {
    StringBuilder sentence = new StringBuilder(word());
    for (int i = 1; i < length; i++) {
      sentence.append(' ').append(word());
    }
    return sentence.toString();
  }
}
