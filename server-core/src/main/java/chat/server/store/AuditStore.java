package chat.server.store;

import chat.protocol.http.AuditEntry;
import java.util.List;

/**
 * The audit log: what admins and moderators did, and bursts of refused sign-ins, in the order they
 * were recorded. Each entry gets an id larger than every earlier one's, on every node, so ids order
 * and page the log even when two entries share a millisecond.
 */
public interface AuditStore {

  /** Stores {@code entry} under the next id (its own {@code id} is ignored); returns it with it. */
  AuditEntry append(AuditEntry entry);

  /** The entries with an id below {@code before}, the newest first, at most {@code limit}. */
  List<AuditEntry> page(long before, int limit);

  /**
   * Removes the entries recorded before {@code cutoff} (epoch milliseconds).
   *
   * @return how many
   */
  int removeOlderThan(long cutoff);
}
