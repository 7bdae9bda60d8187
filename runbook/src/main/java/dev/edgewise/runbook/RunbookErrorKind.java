package dev.edgewise.runbook;

/**
 * What is wrong with one place of a runbook: a syntax error of the PowerShell subset, a statement
 * the server (or Edgewise) refuses, or a warning. Kinds never change meaning once published; match
 * on them, not on messages.
 *
 * <pre>{@code
 * RunbookErrorKind.NOT_FOUND.isWarning();                           // false
 * RunbookErrorKind.NUMERIC_VERIFICATION_LEVEL_INFERRED.isWarning(); // true
 * }</pre>
 */
public enum RunbookErrorKind {
  // --- syntax -------------------------------------------------------------------------------
  /** A quoted string has no closing quote. */
  UNTERMINATED_STRING,
  /** A {@code <# ... #>} comment has no closing {@code #>}. */
  UNTERMINATED_COMMENT,
  /** An opening bracket, such as the one of an array or a hash table, has no closing bracket. */
  UNTERMINATED_GROUP,
  /** A character the subset does not use here, such as a pipe or a stray bracket. */
  UNEXPECTED_CHARACTER,
  /** A statement does not start with a cmdlet name, or a value is missing where one is needed. */
  UNEXPECTED_TOKEN,
  /** A variable other than {@code $true}, {@code $false} and {@code $null}. */
  VARIABLE_NOT_SUPPORTED,
  /** A hash table that is not {@code @{Add=...; Remove=...; Replace=...}}. */
  BAD_HASHTABLE,
  /** An {@code # edgewise:} declaration that is not one of the documented ones. */
  BAD_DECLARATION,

  // --- cmdlets and parameters ---------------------------------------------------------------
  /** A cmdlet Edgewise does not know. */
  UNKNOWN_CMDLET,
  /** A real cmdlet or parameter whose settings Edgewise does not model yet (privacy, XMPP...). */
  NOT_MODELLED,
  /** A cmdlet the configuration's product does not have. */
  CMDLET_NOT_ON_PRODUCT,
  /** A parameter the cmdlet does not have. */
  UNKNOWN_PARAMETER,
  /** An abbreviated parameter name that is a prefix of more than one parameter. */
  AMBIGUOUS_PARAMETER,
  /** A parameter the cmdlet has on other products only. */
  PARAMETER_NOT_ON_PRODUCT,
  /** The same parameter given twice. */
  DUPLICATE_PARAMETER,
  /** A required parameter is missing. */
  MISSING_PARAMETER,
  /** A value that belongs to no parameter. */
  UNEXPECTED_ARGUMENT,
  /** A value of the wrong type, such as a string for a Boolean. */
  WRONG_TYPE,
  /** A value of the right type that is not acceptable, such as a malformed domain. */
  INVALID_VALUE,

  // --- the server's refusals ----------------------------------------------------------------
  /** {@code New-} of an identity that already exists. */
  ALREADY_EXISTS,
  /** {@code Set-}, {@code Remove-} or {@code Grant-} of an identity that does not exist. */
  NOT_FOUND,
  /** A domain added to the allowed list while on the blocked list, or the other way round. */
  DOMAIN_ON_OTHER_LIST,
  /** A provider whose proxy FQDN another public or hosting provider already has. */
  DUPLICATE_PROXY_FQDN,
  /** A provider setting that {@code Set-} cannot change: remove and create the provider again. */
  RECREATION_REQUIRED,
  /** {@code Set-CsTenantPublicProvider} while {@code AllowPublicUsers} is off. */
  PUBLIC_USERS_OFF,
  /** {@code Remove-CsExternalAccessPolicy} of a per-user policy still granted to users. */
  POLICY_IN_USE,
  /** The configuration the runbook leads to fails {@code validate()} with an error. */
  INVALID_CONFIGURATION,

  // --- warnings -----------------------------------------------------------------------------
  /** A numeric {@code -VerificationLevel} read through the inferred table (warning). */
  NUMERIC_VERIFICATION_LEVEL_INFERRED;

  /** Returns whether this kind is a warning, which does not stop a runbook from being read. */
  public boolean isWarning() {
    return this == NUMERIC_VERIFICATION_LEVEL_INFERRED;
  }
}
