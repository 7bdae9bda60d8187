/** Evaluator machinery that is not part of the API: compiled look-up structures. */
package dev.edgewise.policy.internal;
