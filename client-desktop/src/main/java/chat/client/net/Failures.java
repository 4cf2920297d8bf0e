package chat.client.net;

import chat.protocol.ErrorCode;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Reading the failures of the client's futures. */
public final class Failures {

  private Failures() {}

  /** The failure itself, without the wrappers that {@code CompletableFuture} adds. */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** A sentence for the user: the server's own message, or what went wrong on the way. */
  public static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ApiException refused && refused.code() == ErrorCode.BANNED) {
      return banned(refused.retryAfterMs());
    }
    if (cause instanceof ApiException
        || cause instanceof OfflineException
        || cause instanceof NoServerException
        || cause instanceof UntrustedCertificateException) {
      return capitalize(cause.getMessage());
    }
    return "Something went wrong: " + cause.getClass().getSimpleName();
  }

  /** "You are banned from this room", and for how much longer when the ban is timed. */
  private static String banned(long retryAfterMs) {
    String sentence = "You are banned from this room";
    if (retryAfterMs <= 0) {
      return sentence;
    }
    long minutes = Math.ceilDiv(retryAfterMs, 60_000);
    long hours = Math.ceilDiv(minutes, 60);
    String left =
        minutes < 60
            ? minutes + " min"
            : hours < 48 ? hours + " h" : Math.ceilDiv(hours, 24) + " days";
    return sentence + " for another " + left;
  }

  private static String capitalize(String text) {
    return text == null || text.isEmpty()
        ? "Something went wrong"
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
