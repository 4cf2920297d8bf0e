package chat.client.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that asserts how soon something happens (an event shown within a second, a
 * probe that must not wait out a timeout, an mDNS announcement seen in time). The module's tests
 * run in two JVMs at once, each busy with a UI test; such a class instead runs in surefire's
 * execution {@code timing-sensitive}, one class at a time after the others, so that a bound it
 * asserts measures the code and not a neighbour's load.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("timing")
public @interface TimingSensitive {}
