package chat.server.store;

/**
 * The store is there but cannot take writes: its disk is full, it is read-only, or writing failed
 * (an I/O error; Redis refusing writes after a failed append-only-file write, out of memory, or as
 * a replica). It passes once space is freed or the store is writable again, with nothing
 * acknowledged lost, so the edges answer {@code STORAGE_UNAVAILABLE} (try again later) rather than
 * {@code INTERNAL}, and readiness reports the node unready meanwhile.
 */
public final class StorageUnavailableException extends StoreException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
