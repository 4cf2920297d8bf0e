package chat.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding failures into {@link ProtocolException}s. Jackson's own messages quote
 * the input and name Java classes, so none of them reaches the user: the message is built from the
 * JSON path and the expected JSON type, with every piece of input shortened.
 */
final class DecodeErrors {

  private static final int MAX_ECHO_CHARS = 64;

  private DecodeErrors() {}

  static ProtocolException translate(JsonProcessingException e) {
    List<Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
    ProtocolException fromConstructor = constructorProblem(e);
    if (fromConstructor != null) {
      return path.isEmpty()
          ? fromConstructor
          : new ProtocolException(
              fromConstructor.code(),
              render(path) + ": " + fromConstructor.getMessage(),
              topField(path),
              fromConstructor);
    }
    if (e instanceof InvalidTypeIdException typeProblem) {
      return typeProblem.getTypeId() == null
          ? Require.invalid("type", "type is required")
          : new ProtocolException(
              ErrorCode.UNKNOWN_TYPE,
              "unknown type: " + abbreviate(typeProblem.getTypeId()),
              "type");
    }
    if (path.isEmpty()) {
      return Require.invalid(null, "invalid input");
    }
    return Require.invalid(topField(path), render(path) + " " + reason(e));
  }

  /** A record constructor's own verdict, which Jackson wraps in ValueInstantiationException. */
  private static ProtocolException constructorProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException p) {
        return p;
      }
    }
    return null;
  }

  private static String reason(JsonProcessingException e) {
    if (e.getCause() instanceof InputCoercionException) {
      return "is out of range";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "must be " + describe(m.getTargetType());
    }
    return "is not valid";
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of: " + wireNames(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String wireNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(constant -> ProtocolJson.convert(constant, String.class))
        .collect(Collectors.joining(", "));
  }

  /** The JSON path of the failure, as {@code message.attachments[0].size}. */
  private static String render(List<Reference> path) {
    StringBuilder rendered = new StringBuilder();
    for (Reference step : path) {
      if (step.getFieldName() != null) {
        if (!rendered.isEmpty()) {
          rendered.append('.');
        }
        rendered.append(abbreviate(step.getFieldName()));
      } else if (step.getIndex() >= 0) {
        rendered.append('[').append(step.getIndex()).append(']');
      }
    }
    return rendered.toString();
  }

  private static String topField(List<Reference> path) {
    return path.getFirst().getFieldName();
  }

  private static String abbreviate(String input) {
    if (Limits.codePointLength(input) <= MAX_ECHO_CHARS) {
      return input;
    }
    return input.substring(0, input.offsetByCodePoints(0, MAX_ECHO_CHARS)) + "…";
  }
}
