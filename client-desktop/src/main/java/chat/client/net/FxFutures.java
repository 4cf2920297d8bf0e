package chat.client.net;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Hands futures over to the UI thread. */
final class FxFutures {

  private FxFutures() {}

  /**
   * A future that completes like {@code future}, but through {@code fx}: whatever the caller chains
   * to it runs on the UI thread. Failures arrive unwrapped.
   */
  static <T> CompletableFuture<T> completeOn(Executor fx, CompletableFuture<T> future) {
    CompletableFuture<T> onFx = new CompletableFuture<>();
    future.whenComplete(
        (value, failure) ->
            fx.execute(
                () -> {
                  if (failure == null) {
                    onFx.complete(value);
                  } else {
                    onFx.completeExceptionally(Failures.unwrap(failure));
                  }
                }));
    return onFx;
  }
}
