/** The runbook reader's scanner, binder and interpreter, the printer and the differ. */
package dev.edgewise.runbook.internal;
