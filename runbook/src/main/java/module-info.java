/**
 * Edgewise runbook: reads, prints and diffs a federation configuration as Lync / Skype for Business
 * Management Shell cmdlet runbooks, and tells which decisions a runbook would change.
 */
module dev.edgewise.runbook {
  // Public signatures speak in policy's configuration and request types.
  requires transitive dev.edgewise.policy;
  // Implementation only.
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.checkerframework.checker.qual;
  requires static com.google.errorprone.annotations;

  exports dev.edgewise.runbook;
}
