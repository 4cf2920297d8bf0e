package chat.server.http;

import chat.protocol.http.AccountList;
import chat.protocol.http.RoleChange;
import chat.server.auth.AccountAdministration;

/** {@code /api/admin/accounts*}: the accounts of the server, for its admins. */
final class AdminEndpoints {

  private static final String ACCOUNT = "/api/admin/accounts/([^/]+)";

  private final AccountAdministration administration;

  AdminEndpoints(AccountAdministration administration) {
    this.administration = administration;
  }

  void addTo(Router router) {
    router
        .route(
            "GET",
            "/api/admin/accounts",
            r -> Response.ok(new AccountList(administration.list(r.user(), r.query("query")))))
        .route(
            "POST",
            ACCOUNT + "/role",
            r ->
                Response.ok(
                    administration.changeRole(
                        r.user(), r.pathParam(1), r.body(RoleChange.class).role())))
        .route(
            "POST",
            ACCOUNT + "/deactivate",
            r -> Response.ok(administration.deactivate(r.user(), r.pathParam(1))))
        .route(
            "POST",
            ACCOUNT + "/reactivate",
            r -> Response.ok(administration.reactivate(r.user(), r.pathParam(1))));
  }
}
