package chat.server.http;

import chat.protocol.http.PasswordConfirmation;
import chat.server.chat.AccountDeletion;
import chat.server.chat.DataExport;
import java.util.Map;

/** {@code /api/users/me} self-service: exporting the caller's data and deleting their account. */
final class AccountEndpoints {

  private final DataExport exports;
  private final AccountDeletion deletion;

  AccountEndpoints(DataExport exports, AccountDeletion deletion) {
    this.exports = exports;
    this.deletion = deletion;
  }

  void addTo(Router router) {
    router
        .route("GET", "/api/users/me/export", this::export)
        .route(
            "DELETE",
            "/api/users/me",
            r -> {
              deletion.delete(
                  r.user(), r.body(PasswordConfirmation.class).password(), r.remoteAddress());
              return Response.noContent();
            });
  }

  /** The caller's turn is taken before the headers go, so a second export is refused whole. */
  private Response export(Request request) {
    DataExport.Export export = exports.start(request.user());
    return new Response(
        200,
        new Response.Written(export::writeTo, export::close),
        "application/zip",
        Map.of(
            "Content-Disposition",
            "attachment; filename=\"chat-export.zip\"",
            "Cache-Control",
            "no-store",
            "X-Content-Type-Options",
            "nosniff"));
  }
}
