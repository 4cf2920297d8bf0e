package chat.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test server's owner and the admin calls tests make, over two clients: with two nodes {@link
 * #here} and {@link #there} reach different ones, so what one node changes is checked on the other.
 * Build it in {@code @BeforeAll}, after the server started.
 */
public final class AdminApi {

  public static final String PASSWORD = "correct horse battery";

  public final ApiClient here;
  public final ApiClient there;
  public final Login owner;

  private AdminApi(ApiClient here, ApiClient there, Login owner) {
    this.here = here;
    this.there = there;
    this.owner = owner;
  }

  /** Registers the server's first account, its owner, called {@code "owner"}. */
  public static AdminApi ownedServer(TestServer server) {
    ApiClient here = server.api();
    Reply registered = here.register("owner", PASSWORD);
    assertThat(registered.body().path("role").asText()).isEqualTo("owner");
    return new AdminApi(here, server.api(), ApiClient.login(registered));
  }

  /** {@code POST /api/admin/accounts/{target}/role}. */
  public Reply role(Login caller, Login target, String role) {
    return here.post(
        "/api/admin/accounts/" + target.userId() + "/role",
        caller.accessToken(),
        Map.of("role", role));
  }

  /** {@code POST /api/admin/accounts/{target}/{action}}, without a body. */
  public Reply act(Login caller, Login target, String action) {
    return here.post(
        "/api/admin/accounts/" + target.userId() + "/" + action, caller.accessToken(), Map.of());
  }

  /** A new account the owner named admin. */
  public Login admin(String name) {
    Login admin = here.registered(name);
    assertThat(role(owner, admin, "admin").status()).isEqualTo(200);
    return admin;
  }

  /** The account as the owner sees it, asked of the other node. */
  public JsonNode account(Login target) {
    Reply listed = there.get("/api/admin/accounts?query=" + target.username(), owner.accessToken());
    assertThat(listed.status()).isEqualTo(200);
    for (JsonNode account : listed.body().path("accounts")) {
      if (account.path("userId").asText().equals(target.userId())) {
        return account;
      }
    }
    throw new AssertionError("not listed: " + target.username());
  }

  /** {@code POST /api/admin/invites} by {@code caller}, for an hour. */
  public Reply makeInvite(Login caller, int maxUses) {
    return here.post(
        "/api/admin/invites",
        caller.accessToken(),
        Map.of("maxUses", maxUses, "expiresInSeconds", 3600));
  }

  /** The code of a new invite the owner made, for an hour. */
  public String newInvite(int maxUses) {
    Reply made = makeInvite(owner, maxUses);
    assertThat(made.status()).isEqualTo(201);
    return made.body().path("code").asText();
  }

  /** Every invite, as the owner lists them on the other node. */
  public List<JsonNode> invites() {
    List<JsonNode> invites = new ArrayList<>();
    there
        .get("/api/admin/invites", owner.accessToken())
        .body()
        .path("invites")
        .forEach(invites::add);
    return invites;
  }

  /** The invite of that code, as the owner lists it on the other node. */
  public JsonNode invite(String code) {
    return invites().stream()
        .filter(invite -> invite.path("code").asText().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no invite " + code));
  }

  /** The newest audit entries, as the owner reads them on the other node. */
  public List<JsonNode> audit() {
    Reply page = there.get("/api/admin/audit?limit=100", owner.accessToken());
    assertThat(page.status()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    page.body().path("entries").forEach(entries::add);
    return entries;
  }

  /** The newest audit entries of one action. */
  public List<JsonNode> audit(String action) {
    return audit().stream().filter(entry -> entry.path("action").asText().equals(action)).toList();
  }
}
