package chat.protocol.http;

import java.util.List;

/** The answer to {@code GET /api/admin/invites}. */
public record InviteList(List<Invite> invites) {

  public InviteList {
    invites = List.copyOf(invites);
  }
}
