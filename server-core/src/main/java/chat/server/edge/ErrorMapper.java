package chat.server.edge;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.ProtocolException;
import chat.server.error.ChatException;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translation of a failure into the protocol's error, used by the HTTP API and the socket
 * alike, and the one place such a failure is logged. Each kind is logged once, at the level that
 * says whose problem it is:
 *
 * <ul>
 *   <li>a refusal ({@link ChatException}) or a request that breaks the protocol ({@link
 *       ProtocolException}) is the caller's doing: counted by its code in {@code /metrics} and
 *       logged through {@link RefusalLog}, at most one line a minute for each kind of request and
 *       code, never a stack trace;
 *   <li>a store outage ({@link StoreException}) is the operator's: counted in {@code /metrics} and
 *       logged at {@code WARN} through the same windows, naming the cause without a stack trace,
 *       since an outage fails every request at once and readiness reports it too; the caller gets
 *       {@code INTERNAL} without blame, or {@code STORAGE_UNAVAILABLE} when the store refuses
 *       writes ({@link StorageUnavailableException}: a full disk, a read-only store) so that it
 *       knows to resend later;
 *   <li>anything else is a bug: {@code ERROR} with its stack trace, and {@code INTERNAL} with a
 *       message that says nothing internal.
 * </ul>
 */
public final class ErrorMapper {

  static final String STORE_UNREACHABLE = "the server could not reach its store";
  static final String STORAGE_UNAVAILABLE = "the server cannot store anything right now";
  static final String BUG = "internal error";

  private static final int MAX_CAUSES = 5;
  private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

  private final RefusalLog refusals;

  public ErrorMapper(RefusalLog refusals) {
    this.refusals = refusals;
  }

  /**
   * @param where what was being answered, for the log: a method and route, or a frame type; never
   *     the request's content
   */
  public WireError toWire(Throwable failure, String where) {
    return new WireError(
        switch (failure) {
          case ChatException refused -> {
            refusals.refused(where, refused.code().name(), refused.getMessage());
            yield refused.toBody();
          }
          case ProtocolException broken -> {
            refusals.refused(where, broken.code().name(), broken.getMessage());
            yield broken.errorBody();
          }
          case StorageUnavailableException full -> {
            refusals.storeFailed(where, ErrorCode.STORAGE_UNAVAILABLE.name(), causes(full));
            yield new ErrorBody(ErrorCode.STORAGE_UNAVAILABLE, STORAGE_UNAVAILABLE, null, null);
          }
          case StoreException outage -> {
            refusals.storeFailed(where, "STORE_UNREACHABLE", causes(outage));
            yield internal(STORE_UNREACHABLE);
          }
          case Throwable bug -> {
            log.error("{} failed: bug", where, bug);
            yield internal(BUG);
          }
        });
  }

  private static ErrorBody internal(String message) {
    return new ErrorBody(ErrorCode.INTERNAL, message, null, null);
  }

  /** The chain of messages down to the root cause, on one line (a few links: causes may loop). */
  private static String causes(Throwable failure) {
    StringBuilder line = new StringBuilder(String.valueOf(failure.getMessage()));
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      line.append(" <- ").append(cause);
      cause = cause.getCause();
    }
    return line.toString();
  }
}
