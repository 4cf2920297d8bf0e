package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.client.ClientFrame;
import chat.protocol.server.ServerFrame;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A frame type added to {@code permits} but not to {@code @JsonSubTypes} would never decode. */
class FrameRegistrationTest {

  @ParameterizedTest
  @ValueSource(classes = {ClientFrame.class, ServerFrame.class})
  void everyPermittedRecordIsRegisteredAsASubtypeAndNothingElse(Class<?> frame) {
    List<Class<?>> registered =
        Arrays.stream(frame.getAnnotation(JsonSubTypes.class).value())
            .<Class<?>>map(JsonSubTypes.Type::value)
            .toList();

    assertThat(registered).doesNotHaveDuplicates();
    assertThat(registered).containsExactlyInAnyOrder(frame.getPermittedSubclasses());
  }

  @ParameterizedTest
  @ValueSource(classes = {ClientFrame.class, ServerFrame.class})
  void everyPermittedRecordHasItsOwnWireName(Class<?> frame) {
    List<String> names =
        Arrays.stream(frame.getPermittedSubclasses())
            .map(type -> type.getAnnotation(JsonTypeName.class))
            .map(name -> name == null ? "" : name.value())
            .toList();

    assertThat(names).allSatisfy(name -> assertThat(name).isNotBlank());
    assertThat(names).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(classes = {ClientFrame.class, ServerFrame.class})
  void subtypesTakeTheirNamesFromJsonTypeNameOnly(Class<?> frame) {
    assertThat(frame.getAnnotation(JsonSubTypes.class).value())
        .allSatisfy(type -> assertThat(type.name()).isEmpty());
  }
}
