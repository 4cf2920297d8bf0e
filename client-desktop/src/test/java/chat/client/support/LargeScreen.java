package chat.client.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that opens the window larger than Monocle's headless screen (1280×800 unless
 * told otherwise), up to 3840×2160: a window larger than the screen overflows the screen's
 * framebuffer. Such a class runs in surefire's execution {@code large-screen}, whose JVM has a
 * 3840×2160 headless screen; the other classes keep the small one, since every frame drawn clears
 * the whole screen's buffer first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("large-screen")
public @interface LargeScreen {}
