package chat.server.http;

import chat.protocol.http.ProfileUpdate;
import chat.protocol.http.UserList;
import chat.server.chat.UserDirectory;

/** {@code /api/users*}: the caller and their display name, and finding users by name. */
final class UserEndpoints {

  private final UserDirectory users;

  UserEndpoints(UserDirectory users) {
    this.users = users;
  }

  void addTo(Router router) {
    router
        .route("GET", "/api/users/me", r -> Response.ok(users.get(r.user().userId())))
        .route(
            "PATCH",
            "/api/users/me",
            r ->
                Response.ok(
                    users.rename(r.user().userId(), r.body(ProfileUpdate.class).displayName())))
        .route(
            "GET",
            "/api/users",
            r -> Response.ok(new UserList(users.search(r.user().userId(), r.query("query")))));
  }
}
