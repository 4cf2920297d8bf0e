package chat.server.store.blob;

import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of one bucket of any S3-compatible store (AWS S3, MinIO, Ceph, Garage, s3proxy),
 * for Redis-mode deployments, where every node must see every file. Objects are named by their key
 * alone. Path-style addressing, because most self-hosted stores serve no per-bucket host names;
 * checksums only where the API requires them, because the SDK's default trailing checksums are
 * refused by many S3-compatible stores.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  private static final int NOT_FOUND = 404;

  private final S3Client s3;
  private final String bucket;

  private S3BlobStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** A store on {@code bucket} (which must exist) at {@code endpoint}. */
  public static S3BlobStore connect(S3Settings settings) {
    S3Client s3 =
        S3Client.builder()
            .endpointOverride(URI.create(settings.endpoint()))
            .region(Region.of(settings.region()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
            .forcePathStyle(true)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    return new S3BlobStore(s3, settings.bucket());
  }

  @Override
  public void put(BlobKey key, Path file) throws IOException {
    if (size(key).isPresent()) {
      return;
    }
    call(() -> s3.putObject(b -> b.bucket(bucket).key(key.value()), RequestBody.fromFile(file)));
  }

  @Override
  public OptionalLong size(BlobKey key) throws IOException {
    try {
      return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key.value())).contentLength());
    } catch (SdkException e) {
      if (isNotFound(e)) {
        return OptionalLong.empty();
      }
      throw new IOException("S3 HEAD of blob " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream read(BlobKey key, long offset, long length) throws IOException {
    if (length == 0) {
      if (size(key).isEmpty()) {
        throw new NoSuchBlobException(key);
      }
      return InputStream.nullInputStream();
    }
    String range = "bytes=" + offset + "-" + (offset + length - 1);
    try {
      return s3.getObject(
          b -> b.bucket(bucket).key(key.value()).range(range), ResponseTransformer.toInputStream());
    } catch (SdkException e) {
      if (isNotFound(e)) {
        throw new NoSuchBlobException(key);
      }
      throw new IOException("S3 GET of blob " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(BlobKey key) throws IOException {
    call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key.value())));
  }

  @Override
  public void close() {
    s3.close();
  }

  private static boolean isNotFound(SdkException e) {
    return e instanceof S3Exception s3 && s3.statusCode() == NOT_FOUND;
  }

  private void call(Runnable request) throws IOException {
    try {
      request.run();
    } catch (SdkException e) {
      throw new IOException("S3 request failed: " + e.getMessage(), e);
    }
  }
}
