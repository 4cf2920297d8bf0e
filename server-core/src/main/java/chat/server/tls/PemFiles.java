package chat.server.tls;

import chat.server.files.DurableFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Certificates and keys in PEM files, as {@code openssl} and Let's Encrypt write them: a chain of
 * {@code CERTIFICATE} blocks, and an unencrypted {@code PRIVATE KEY} (PKCS#8) or {@code EC/RSA
 * PRIVATE KEY} block.
 */
public final class PemFiles {

  private PemFiles() {}

  /**
   * Reads a certificate chain and its key, and checks that the key belongs to the certificate.
   *
   * @throws InvalidCertificateException naming the file that is wrong
   */
  public static ServerCertificate read(Path certificateFile, Path keyFile) {
    List<X509Certificate> chain = readChain(certificateFile);
    PrivateKey key = readKey(keyFile);
    if (!belongTogether(chain.getFirst(), key)) {
      throw new InvalidCertificateException(
          "the key in " + keyFile + " does not belong to the certificate in " + certificateFile);
    }
    return new ServerCertificate(chain, key);
  }

  /**
   * Writes the key (readable by the owner only, 0600) and then the certificate, each whole or not
   * at all: a crash in between leaves no certificate, so the pair is generated again.
   */
  static void write(ServerCertificate certificate, Path certificateFile, Path keyFile)
      throws IOException {
    StringWriter key = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(key)) {
      pem.writeObject(new JcaPKCS8Generator(certificate.key(), null));
    }
    DurableFiles.write(keyFile, key.toString(), DurableFiles.Access.OWNER_ONLY);
    StringWriter chain = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(chain)) {
      for (X509Certificate c : certificate.chain()) {
        pem.writeObject(c);
      }
    }
    DurableFiles.write(certificateFile, chain.toString(), DurableFiles.Access.EVERYONE_READS);
  }

  private static List<X509Certificate> readChain(Path file) {
    List<X509Certificate> chain = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (block instanceof X509CertificateHolder holder) {
          chain.add(converter.getCertificate(holder));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidCertificateException(
          file + " is not a PEM certificate: " + e.getMessage(), e);
    }
    if (chain.isEmpty()) {
      throw new InvalidCertificateException(file + " holds no PEM certificate");
    }
    return chain;
  }

  private static PrivateKey readKey(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        switch (block) {
          case PrivateKeyInfo info -> {
            return converter.getPrivateKey(info);
          }
          case PEMKeyPair pair -> {
            return converter.getKeyPair(pair).getPrivate();
          }
          default -> {
            // parameters, certificates: keep looking
          }
        }
      }
    } catch (PEMException e) {
      throw new InvalidCertificateException(file + " is not a usable key: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InvalidCertificateException(file + " is not a PEM key: " + e.getMessage(), e);
    }
    throw new InvalidCertificateException(
        file + " holds no unencrypted private key (PEM 'PRIVATE KEY' or 'EC/RSA PRIVATE KEY')");
  }

  /** Signs a test text with the key and checks it with the certificate's public key. */
  private static boolean belongTogether(X509Certificate certificate, PrivateKey key) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "EC" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          default -> key.getAlgorithm(); // Ed25519, Ed448 sign as themselves
        };
    try {
      byte[] probe = "chat-server key check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
