package chat.protocol.http;

import java.util.List;

/**
 * The answer to {@code GET /api/admin/audit}: entries, the newest first, and the {@code before} to
 * ask for the next (older) page, left out on the last page.
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

  public AuditPage {
    entries = List.copyOf(entries);
  }
}
