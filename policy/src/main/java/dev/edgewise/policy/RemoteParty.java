package dev.edgewise.policy;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import java.util.Objects;

/**
 * The party at the other end of a request, as the caller knows it: a SIP address, a Skype user's
 * Microsoft account, text a person typed, or a kind of party the evaluator recognizes but does not
 * model (XMPP partners, anonymous conference users, remote sign-in).
 *
 * <p>The evaluator classifies the party against the configuration ({@code docs/policy.md}) and
 * reports the result as {@link Decision#remoteClass()}. Typed text is read with {@code
 * ContactAddress.classify} under the name decoration of the configuration's public provider; an
 * address that could be either a federated Lync user or a Microsoft account ({@code
 * bob@gmail.com}) is taken as written, the federated reading, as Lync routes it.
 *
 * <pre>{@code
 * RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@msn.com"));   // a decorated Skype user
 * RemoteParty.of(MicrosoftAccount.parse("bob@fabrikam.com"));      // the same Skype user
 * RemoteParty.typed("bob@outlook.com");                            // classified when evaluated
 * RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, "erin@jabber.example");
 * RemoteParty.teamsConsumer(MicrosoftAccount.parse("kim@outlook.com"));   // unmanaged Teams
 * RemoteParty.inTrialTenant(SipUri.parse("sip:erin@trial.example"));     // trial-only tenant
 * }</pre>
 */
public sealed interface RemoteParty
    permits RemoteParty.Address,
        RemoteParty.Account,
        RemoteParty.Typed,
        RemoteParty.Unmodelled,
        RemoteParty.TeamsConsumer,
        RemoteParty.TrialTenantUser {

  /** Returns the party with this SIP address. */
  static RemoteParty of(SipUri address) {
    return new Address(address);
  }

  /** Returns the Skype user who signs in with this Microsoft account. */
  static RemoteParty of(MicrosoftAccount account) {
    return new Account(account);
  }

  /** Returns the party a person typed, to be classified under the configuration's settings. */
  static RemoteParty typed(CharSequence text) {
    return new Typed(text.toString());
  }

  /**
   * Returns an anonymous (unauthenticated) user, known by the name they give: {@link
   * RemoteClass#ANONYMOUS}, who may join meetings ({@link MeetingJoinRequest}) and nothing else.
   *
   * <pre>{@code
   * RemoteParty guest = RemoteParty.anonymous("Guest 1");
   * }</pre>
   */
  static RemoteParty anonymous(String displayName) {
    return new Unmodelled(
        Unmodelled.Kind.ANONYMOUS_USER, java.util.Objects.requireNonNull(displayName, "displayName"));
  }

  /**
   * Returns a party named by kind: an anonymous user ({@link RemoteClass#ANONYMOUS}); an XMPP
   * partner's user, whose description is their address ({@link RemoteClass#XMPP_PARTNER}); a
   * remote sign-in, whose description is read as an address (ask {@link SignInRequest} to decide
   * the sign-in itself). A description that is no address is {@link RemoteClass#NOT_MODELLED}.
   */
  static RemoteParty notModelled(Unmodelled.Kind kind, String description) {
    return new Unmodelled(kind, description);
  }

  /**
   * Returns a person using Teams with an account no organization manages (a Teams consumer). Such
   * accounts are Microsoft accounts with ordinary e-mail addresses, so only the caller can say
   * that the party is one: the same address given with {@link #of(MicrosoftAccount)} is a Skype
   * user.
   */
  static RemoteParty teamsConsumer(MicrosoftAccount account) {
    return new TeamsConsumer(account);
  }

  /**
   * Returns the party with this SIP address, in a tenant that holds only trial licences (a fact
   * the caller knows; the evaluator cannot see it). A Teams tenant's {@code
   * ExternalAccessWithTrialTenants} decides whether it is reached; other products ignore it.
   */
  static RemoteParty inTrialTenant(SipUri address) {
    return new TrialTenantUser(address);
  }

  /**
   * A person using Teams with an account no organization manages.
   *
   * <pre>{@code
   * new RemoteParty.TeamsConsumer(MicrosoftAccount.parse("kim@outlook.com"));
   * }</pre>
   *
   * @param account the Microsoft account they sign in to Teams with
   */
  record TeamsConsumer(MicrosoftAccount account) implements RemoteParty {
    /** Checks that the account is not null. */
    public TeamsConsumer {
      Objects.requireNonNull(account, "account");
    }

    /** Returns the account. */
    @Override
    public String toString() {
      return account.toString();
    }
  }

  /**
   * A party known by its SIP address, in a tenant that holds only trial licences.
   *
   * <pre>{@code
   * new RemoteParty.TrialTenantUser(SipUri.parse("sip:erin@trial.example"));
   * }</pre>
   *
   * @param uri the address
   */
  record TrialTenantUser(SipUri uri) implements RemoteParty {
    /** Checks that the address is not null. */
    public TrialTenantUser {
      Objects.requireNonNull(uri, "uri");
    }

    /** Returns the address. */
    @Override
    public String toString() {
      return uri.toString();
    }
  }

  /**
   * A party known by its SIP address.
   *
   * <pre>{@code
   * new RemoteParty.Address(SipUri.parse("sip:erin@northwind.com"));
   * }</pre>
   *
   * @param uri the address
   */
  record Address(SipUri uri) implements RemoteParty {
    /** Rejects null, naming the component. */
    public Address {
      Objects.requireNonNull(uri, "uri");
    }

    /** Returns the address. */
    @Override
    public String toString() {
      return uri.toString();
    }
  }

  /**
   * A Skype user known by the Microsoft account they sign in with.
   *
   * <pre>{@code
   * new RemoteParty.Account(MicrosoftAccount.parse("bob@outlook.com"));
   * }</pre>
   *
   * @param account the account
   */
  record Account(MicrosoftAccount account) implements RemoteParty {
    /** Rejects null, naming the component. */
    public Account {
      Objects.requireNonNull(account, "account");
    }

    /** Returns the account. */
    @Override
    public String toString() {
      return account.toString();
    }
  }

  /**
   * Text a person typed, such as {@code bob(fabrikam.com)@msn.com} or {@code bob@gmail.com}.
   *
   * <pre>{@code
   * new RemoteParty.Typed("bob@outlook.com");
   * }</pre>
   *
   * @param text the text as typed
   */
  record Typed(String text) implements RemoteParty {
    /** Rejects null, naming the component. */
    public Typed {
      Objects.requireNonNull(text, "text");
    }

    /** Returns the text. */
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A party named by its kind rather than by an address alone (the name is kept for
   * compatibility): an anonymous user, an XMPP partner's user ({@code xmpp:ann@jabber.example}
   * or {@code ann@jabber.example}), or a remote sign-in; see {@link RemoteParty#notModelled}.
   *
   * <pre>{@code
   * new RemoteParty.Unmodelled(RemoteParty.Unmodelled.Kind.ANONYMOUS_USER, "conference guest");
   * }</pre>
   *
   * @param kind what kind of party
   * @param description how the caller knows it, for the explanation
   */
  record Unmodelled(Kind kind, String description) implements RemoteParty {
    /** Rejects null, naming the component. */
    public Unmodelled {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
    }


    /** Returns the description. */
    @Override
    public String toString() {
      return description;
    }

    /**
     * The kinds of party named by kind.
     *
     * <pre>{@code
     * RemoteParty.Unmodelled.Kind.XMPP_PARTNER.displayName();   // "an XMPP partner"
     * }</pre>
     */
    public enum Kind {
      /** A user of an XMPP federated partner ({@code EnableXmppAccess}). */
      XMPP_PARTNER("an XMPP partner"),
      /** An anonymous conference user ({@code AllowAnonymousUsers}). */
      ANONYMOUS_USER("an anonymous conference user"),
      /** One of the organization's own users signing in remotely ({@code AllowOutsideUsers}). */
      REMOTE_SIGN_IN("a remote sign-in");

      private final String displayName;

      Kind(String displayName) {
        this.displayName = displayName;
      }

      /** Returns a phrase for explanations, such as {@code "an XMPP partner"}. */
      public String displayName() {
        return displayName;
      }
    }
  }
}
