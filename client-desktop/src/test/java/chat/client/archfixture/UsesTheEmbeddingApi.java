package chat.client.archfixture;

import chat.protocol.CertificateFingerprint;
import chat.server.embed.EmbeddedServer;

/** Keeps the rules: the protocol and the embedding API are all the app may use of the project. */
public final class UsesTheEmbeddingApi {

  private UsesTheEmbeddingApi() {}

  public static String fingerprint(EmbeddedServer server) {
    return server.tlsFingerprint().map(CertificateFingerprint::inTwoLines).orElse("");
  }
}
