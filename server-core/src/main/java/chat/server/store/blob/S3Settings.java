package chat.server.store.blob;

/**
 * Where the S3-compatible blob store is and how to sign in to it ({@code FILES_S3_*}).
 *
 * @param endpoint the store's URL, such as {@code https://s3.example.com:9000}
 * @param region the region to sign requests for; most self-hosted stores accept any
 * @param bucket an existing bucket that holds the files and nothing else
 * @param accessKey the access key id
 * @param secretKey the secret access key; never logged, so left out of {@link #toString}
 */
public record S3Settings(
    String endpoint, String region, String bucket, String accessKey, String secretKey) {

  @Override
  public String toString() {
    return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
  }
}
