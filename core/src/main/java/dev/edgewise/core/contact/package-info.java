/**
 * The contact-request state machine of one Lync user and one Skype user: {@link
 * dev.edgewise.core.contact.ContactRelationship}, driven by {@link
 * dev.edgewise.core.contact.ContactEvent}s, with the organization's {@link
 * dev.edgewise.core.contact.Gates} as an input.
 *
 * <p>Each side's subscription is one of the nine states of RFC 6121 Appendix A; the transitions
 * follow its tables A.2 (outbound) and A.3 (inbound) and its pre-approval rules (section 3.4).
 * Lync's and Skype's own words ("Presence Unknown", "Available", "Online", the New tab, "Other
 * Contacts", "External Contacts") are the primary vocabulary.
 *
 * <p>{@link dev.edgewise.core.contact.ContactRelationship#play(java.util.List)} plays a script of
 * events and reports every refused one ({@link dev.edgewise.core.contact.PlayedScript}); {@link
 * dev.edgewise.core.contact.ContactDiagram} draws it as a Mermaid sequence diagram. {@link
 * dev.edgewise.core.contact.ClientGate} is the recipient's client as a gate of its own: whether
 * the Lync client shows what the server delivered, by the user's {@link
 * dev.edgewise.core.contact.ClientSettings}.
 *
 * <p>Every type here is immutable; no public method accepts or returns {@code null}.
 */
package dev.edgewise.core.contact;
