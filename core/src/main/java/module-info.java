/**
 * Edgewise core: the vocabulary shared by every Edgewise module.
 *
 * <p>{@link dev.edgewise.core.Modality} and {@link dev.edgewise.core.Direction} describe one
 * communication attempt between an organization's user and an external party. {@link
 * dev.edgewise.core.contact.ContactRelationship} is the contact-request state machine of one Lync
 * user and one Skype user.
 */
module dev.edgewise.core {
  // Implementation only: public signatures use JDK types.
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.checkerframework.checker.qual;
  // Immutables emits @CanIgnoreReturnValue / @Var and @javax.annotation.processing.Generated.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.edgewise.core;
  exports dev.edgewise.core.contact;
  // The project-wide Immutables style, for sibling modules only.
  exports dev.edgewise.core.internal to
      dev.edgewise.policy;
}
