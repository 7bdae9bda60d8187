package dev.edgewise.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Edgewise value type.
 *
 * <p>The generated {@code Immutable*} class stays package-private and hidden behind the abstract
 * type ({@code overshadowImplementation}), so callers only ever see {@code Foo.builder()} and
 * {@code Foo}; generated code uses JDK collections only, keeping Guava out of public signatures.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true)
public @interface EdgewiseStyle {}
