package dev.edgewise.address;

import java.util.Objects;

/**
 * What a person typed into Lync's "Add a contact" box, classified under the public provider's name
 * decoration settings: a SIP address, a Microsoft account (plain or decorated), an address that
 * could be either, or something that cannot be added here (a Skype name, a phone number, invalid
 * text). {@link #classify} never throws for any text.
 *
 * <pre>{@code
 * NameDecoration rules = NameDecoration.defaults();
 * ContactAddress.classify("sip:erin@northwind.com", rules);    // SipAddress[uri=sip:erin@northwind.com]
 * ContactAddress.classify("alice@Live.com", rules);            // NativeAccount[account=alice@live.com, ...]
 * ContactAddress.classify("bob(contoso.com)@msn.com", rules);  // DecoratedAccount[account=bob@contoso.com, ...]
 * ContactAddress.classify("bob@contoso.com", rules);           // Ambiguous[...]: ask which one is meant
 * ContactAddress.classify("live:bob_1", rules);                // SkypeName[name=live:bob_1]
 * ContactAddress.classify("+1 425 555 0100", rules);           // PhoneNumber[number=+1 425 555 0100]
 *
 * ContactAddress c = ContactAddress.classify(typed, rules);
 * if (c instanceof ContactAddress.DecoratedAccount d) {
 *   add(d.imAddress());
 * } else if (!c.isAddable()) {
 *   show(c.message());
 * }
 * }</pre>
 *
 * <p>How text is read, in order:
 *
 * <ol>
 *   <li>Text over 4096 characters is {@link AddressErrorKind#TOO_LONG}. Surrounding spaces
 *       (including no-break and zero-width spaces from pasted text) are ignored; nothing left is
 *       {@link Invalid} with {@link AddressErrorKind#EMPTY}.
 *   <li>A display name form, {@code Bob Smith <bob@contoso.com>}, {@code "Bob" <sip:...>} or
 *       {@code Bob "The Boss" Smith <...>}, is reduced to what is between the angle brackets; a
 *       {@code <} without its closing {@code >} at the end, a stray {@code >} or an unclosed quote is
 *       {@link AddressErrorKind#BAD_NAME_ADDR}. These first two steps are exactly those of {@link
 *       SipUri#parseUserInput} and {@link NameDecoration#decode(CharSequence)}.
 *   <li>With a scheme: {@code sip:} and {@code sips:} are parsed as SIP URIs. At the routing domain
 *       or an excluded domain, or with a decorated user part, the URI is a Microsoft account's
 *       address and is decoded leniently (case folded, internationalized domains converted, see
 *       {@link NameDecoration}): {@link NativeAccount} or {@link DecoratedAccount}, or {@link
 *       Invalid} with the decoding error. A URI with {@code user=phone} is a {@link PhoneNumber};
 *       one without a user part names a server, not a person, and is {@link
 *       AddressErrorKind#BAD_USER_CHAR}. Any other SIP URI is a {@link SipAddress}: a Lync user, in
 *       this organization or a federated one. Invalid SIP URIs are {@link Invalid} with the kind
 *       {@link SipUri#parse} reports. {@code tel:} is a {@link PhoneNumber}; {@code live:} and
 *       {@code skype:} (and the {@code 8:} prefix of Skype's internal identifiers) are a {@link
 *       SkypeName}; {@code mailto:} is dropped and the rest read as below; any other scheme is
 *       {@link AddressErrorKind#BAD_SCHEME}, except that a word followed by a colon and a digit
 *       ({@code contoso.com:5061}) is a host and port and read as below.
 *   <li>Without a scheme and without an {@code @}: digits with the usual separators ({@code +},
 *       spaces, {@code - . ( ) /}) and at least three digits are a {@link PhoneNumber}; a word that
 *       starts with a letter and has at most 32 letters, digits, {@code . , - _} is a {@link
 *       SkypeName} (so is a bare domain such as {@code contoso.com}: Skype names may hold dots,
 *       and neither can be added); anything else is {@link AddressErrorKind#MISSING_AT}.
 *   <li>Without a scheme, with an {@code @}: at the routing domain or an excluded domain, or with
 *       parentheses, the text is decoded as a Microsoft account's address with {@link
 *       NameDecoration#decode(CharSequence)}. Otherwise, if it is a valid Microsoft account name,
 *       it is {@link Ambiguous}: a federated Lync user {@code sip:bob@contoso.com} or a Skype user
 *       who signs in with the Microsoft account {@code bob@contoso.com}, to be added as {@code
 *       sip:bob(contoso.com)@msn.com}. If it is only a valid SIP address ({@code
 *       bob;ext=1@contoso.com}, {@code bob@192.0.2.1}), it is a {@link SipAddress}; if neither, it
 *       is {@link Invalid} with the Microsoft account error.
 * </ol>
 *
 * <p>Every variant has a {@link #message()} that a help-desk engineer can read out or act on.
 */
public sealed interface ContactAddress {

  /**
   * Classifies what a person typed. Never throws, whatever the text.
   *
   * <pre>{@code
   * ContactAddress c = ContactAddress.classify("bob@gmail.com", NameDecoration.defaults());
   * c.isAddable();   // false: Ambiguous, ask whether bob is a Skype user
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  static ContactAddress classify(CharSequence typed, NameDecoration rules) {
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(rules, "rules");
    return Classifier.classify(typed, rules);
  }

  /**
   * Returns whether the address can be added as a contact as it is, without asking the person
   * anything: true for {@link SipAddress}, {@link NativeAccount} and {@link DecoratedAccount}.
   */
  boolean isAddable();

  /** Returns a sentence for the person who typed the text, or the help desk. */
  String message();

  /**
   * A SIP URI with its scheme, not at a public provider's domains: a Lync or Skype for Business
   * user, in this organization or at a federated one.
   *
   * @param uri the address as parsed
   */
  record SipAddress(SipUri uri) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return true;
    }

    @Override
    public String message() {
      return uri + " is a Lync or Skype for Business user's address; add it as it is.";
    }
  }

  /**
   * A Microsoft account at one of the excluded (native) domains, written as it is.
   *
   * @param account the account
   * @param imAddress the address to add, {@code sip:alice@live.com}
   */
  record NativeAccount(MicrosoftAccount account, SipUri imAddress) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return true;
    }

    @Override
    public String message() {
      return account + " is a Skype user's Microsoft account; add " + imAddress + ".";
    }
  }

  /**
   * A Microsoft account at another domain, written in decorated form.
   *
   * @param account the account, {@code bob@contoso.com}
   * @param imAddress the address to add, {@code sip:bob(contoso.com)@msn.com}
   */
  record DecoratedAccount(MicrosoftAccount account, SipUri imAddress) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return true;
    }

    @Override
    public String message() {
      return account + " is a Skype user's Microsoft account; add " + imAddress + ".";
    }
  }

  /**
   * A scheme-less address outside the excluded domains, which reads two ways: a federated Lync
   * user, or a Skype user whose Microsoft account has that name and who must be added in decorated
   * form. Only the person can say which. Both readings use the canonical, lower-case name.
   *
   * @param federatedUser the first reading, {@code sip:bob@contoso.com}
   * @param account the second reading, {@code bob@contoso.com}
   * @param decorated the address to add for the second reading, {@code
   *     sip:bob(contoso.com)@msn.com}
   */
  record Ambiguous(SipUri federatedUser, MicrosoftAccount account, SipUri decorated)
      implements ContactAddress {
    @Override
    public boolean isAddable() {
      return false;
    }

    @Override
    public String message() {
      return account
          + " can be a Lync user at "
          + account.domain()
          + " (add "
          + federatedUser
          + ") or a Skype user who signs in with that Microsoft account (add "
          + decorated
          + "); ask which.";
    }
  }

  /**
   * A Skype name, {@code live:bob_1} or a bare {@code bob.smith}: public IM connectivity reaches
   * Skype users only through their Microsoft account, so it cannot be added.
   *
   * @param name the name as typed, trimmed
   */
  record SkypeName(String name) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return false;
    }

    @Override
    public String message() {
      return "Skype names cannot be added; ask for the Microsoft account e-mail address the person"
          + " signs in to Skype with.";
    }
  }

  /**
   * A phone number, bare or as a {@code tel:} URI or a SIP URI with {@code user=phone}: not a
   * contact address here.
   *
   * @param number the number as typed, trimmed
   */
  record PhoneNumber(String number) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return false;
    }

    @Override
    public String message() {
      return "A phone number is not a contact address; ask for the person's Lync address or the"
          + " Microsoft account e-mail address they sign in to Skype with, or call the number.";
    }
  }

  /**
   * Text that is no address.
   *
   * @param kind what is wrong
   * @param index where in the typed text
   * @param message what is wrong and what to ask for instead
   */
  record Invalid(AddressErrorKind kind, int index, String message) implements ContactAddress {
    @Override
    public boolean isAddable() {
      return false;
    }
  }
}
