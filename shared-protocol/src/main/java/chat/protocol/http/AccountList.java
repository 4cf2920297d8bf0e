package chat.protocol.http;

import java.util.List;

/** The answer to {@code GET /api/admin/accounts}. */
public record AccountList(List<AccountInfo> accounts) {

  public AccountList {
    accounts = List.copyOf(accounts);
  }
}
