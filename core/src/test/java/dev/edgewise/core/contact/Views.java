package dev.edgewise.core.contact;

/** Renders what each person sees, one line, for readable scenario assertions. */
final class Views {
  private Views() {}

  /**
   * For example {@code "Lync: Available +New | Skype: Offline | IM L->S"}: each side's display
   * label ("-" when the other person is not listed), "+New" / "+request" when a request is shown,
   * then the IM directions that work.
   */
  static String of(ContactRelationship r) {
    StringBuilder b = new StringBuilder();
    b.append("Lync: ").append(r.display(Side.LYNC).map(d -> d.label(Side.LYNC)).orElse("-"));
    if (r.isRequestShown(Side.LYNC)) {
      b.append(" +New");
    }
    b.append(" | Skype: ").append(r.display(Side.SKYPE).map(d -> d.label(Side.SKYPE)).orElse("-"));
    if (r.isRequestShown(Side.SKYPE)) {
      b.append(" +request");
    }
    if (r.canDeliverIm(Side.LYNC)) {
      b.append(" | IM L->S");
    }
    if (r.canDeliverIm(Side.SKYPE)) {
      b.append(" | IM S->L");
    }
    return b.toString();
  }
}
