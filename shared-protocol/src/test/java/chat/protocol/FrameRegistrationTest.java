package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.client.ClientFrame;
import chat.protocol.server.ServerFrame;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every frame type in {@code permits} decodes by its own wire name, and nothing else does. */
class FrameRegistrationTest {

  @ParameterizedTest
  @ValueSource(classes = {ClientFrame.class, ServerFrame.class})
  void everyPermittedRecordIsRegisteredByItsWireNameAndNothingElse(Class<?> frame) {
    DeserializationConfig config = ProtocolJson.mapper().getDeserializationConfig();
    List<Class<?>> registered =
        config
            .getSubtypeResolver()
            .collectAndResolveSubtypesByTypeId(
                config, AnnotatedClassResolver.resolveWithoutSuperTypes(config, frame))
            .stream()
            .filter(NamedType::hasName)
            .<Class<?>>map(NamedType::getType)
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
}
