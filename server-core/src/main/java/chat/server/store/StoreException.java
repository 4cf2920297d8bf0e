package chat.server.store;

/**
 * The store could not be reached or failed. Not the caller's fault: the edges answer it as {@code
 * INTERNAL} and readiness reports it; a store that cannot take writes is the kind {@link
 * StorageUnavailableException}.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
