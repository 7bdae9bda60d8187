/**
 * Edgewise policy: the organization's federation configuration and the external-access evaluator
 * that explains its decisions.
 */
@SuppressWarnings("requires-transitive-automatic")
module dev.edgewise.policy {
  // Requests and decisions speak in core's and address's types.
  requires transitive dev.edgewise.core;
  requires transitive dev.edgewise.address;
  // Implementation only: public signatures use JDK types.
  requires com.google.common;
  // Transitive, and in compile scope in policy/pom.xml: the public builders extend generated classes
  // whose CLASS-retention annotations a consumer's javac reads. A consumer on the module path must
  // resolve this module, and gets the 17 kB jar from this module's POM without naming it.
  requires static transitive org.immutables.value.annotations;
  // Transitive: @Nullable and @CanIgnoreReturnValue appear in public signatures.
  requires static transitive org.checkerframework.checker.qual;
  requires static transitive com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.edgewise.policy;
}
