package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The online tenant's {@code AllowedDomains}: either every known domain ({@code
 * New-CsEdgeAllowAllKnownDomains}, the default) or only a list ({@code New-CsEdgeAllowList}). An
 * empty list allows no external domain.
 *
 * <pre>{@code
 * TenantAllowedDomains all = TenantAllowedDomains.allowAllKnownDomains();
 * TenantAllowedDomains only = TenantAllowedDomains.allowList(List.of(Domain.parse("fabrikam.com")));
 * only.isAllowList();   // true
 * }</pre>
 */
public sealed interface TenantAllowedDomains
    permits TenantAllowedDomains.AllowAllKnownDomains, TenantAllowedDomains.AllowList {

  /** Returns the open setting: every domain not blocked. */
  static TenantAllowedDomains allowAllKnownDomains() {
    return AllowAllKnownDomains.INSTANCE;
  }

  /** Returns an allow list of the given domains, in the given order, duplicates kept. */
  static TenantAllowedDomains allowList(Collection<Domain> domains) {
    return new AllowList(List.copyOf(Objects.requireNonNull(domains, "domains")));
  }

  /** Returns whether this is an allow list. */
  boolean isAllowList();

  /**
   * {@code AllowAllKnownDomains}: every external domain that is not blocked.
   *
   * <pre>{@code
   * TenantAllowedDomains.allowAllKnownDomains().toString();   // "AllowAllKnownDomains"
   * }</pre>
   */
  record AllowAllKnownDomains() implements TenantAllowedDomains {
    static final AllowAllKnownDomains INSTANCE = new AllowAllKnownDomains();

    @Override
    public boolean isAllowList() {
      return false;
    }

    /** Returns {@code AllowAllKnownDomains}. */
    @Override
    public String toString() {
      return "AllowAllKnownDomains";
    }
  }

  /**
   * {@code AllowList}: only these domains; the blocked list is ignored in this mode.
   *
   * <pre>{@code
   * new TenantAllowedDomains.AllowList(List.of(Domain.parse("fabrikam.com"))).domains();
   * }</pre>
   *
   * @param domains the allowed domains, in the order given
   */
  record AllowList(List<Domain> domains) implements TenantAllowedDomains {

    /** Copies the list. */
    public AllowList {
      Objects.requireNonNull(domains, "domains");
      for (Domain d : domains) {
        Objects.requireNonNull(d, "domains element");
      }
      domains = List.copyOf(domains);
    }

    @Override
    public boolean isAllowList() {
      return true;
    }

    /** Returns {@code AllowList[a, b]}. */
    @Override
    public String toString() {
      return "AllowList" + domains;
    }
  }
}
