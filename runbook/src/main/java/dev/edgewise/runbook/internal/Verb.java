package dev.edgewise.runbook.internal;

/** What a {@code New-}, {@code Set-} or {@code Remove-} cmdlet does to the object it names. */
enum Verb {
  NEW,
  SET,
  REMOVE
}
