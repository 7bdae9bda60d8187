package dev.edgewise.runbook.internal;

import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The hand-written, linear scanner of the PowerShell subset runbooks use (see {@code
 * docs/runbook.md}). Each character is looked at a bounded number of times; a syntax error records
 * one problem and skips to the next line, so that every statement's problems are reported.
 */
public final class Scanner extends Cursor {


  private static final String DECLARATION_PREFIX = "edgewise:";

  private final Problems problems;

  private Scanner(String s, Problems problems) {
    super(s);
    this.problems = problems;
  }

  /** Scans a whole script; syntax problems go to {@code problems}. */
  public static List<Statement> scan(String script, Problems problems) {
    return new Scanner(script, problems).statements();
  }

  private List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    while (true) {
      declaration = false;
      try {
        if (!skipBetweenStatements()) {
          break;
        }
        Statement st = command(false);
        out.add(st);
        endOfStatement();
      } catch (SyntaxError e) {
        problems.add(e.kind, e.line, e.col, e.text, String.valueOf(e.getMessage()));
        skipRestOfLine();
      }
    }
    return out;
  }

  // --- between statements ------------------------------------------------------------------------

  /** Skips blank lines, separators and comments; returns false at the end of the script. */
  private boolean skipBetweenStatements() {
    while (!eof()) {
      char c = peek();
      if (isSpace(c) || c == ';') {
        pos++;
      } else if (isNewline(c)) {
        newline();
      } else if (c == '`' && isNewline(peekAt(1))) {
        pos++;
        newline();
      } else if (c == '<' && peekAt(1) == '#') {
        blockComment();
      } else if (c == '#') {
        if (isDeclaration()) {
          return true;
        }
        skipRestOfLine();
      } else {
        return true;
      }
    }
    return false;
  }

  /** At a '#': whether the comment is an {@code # edgewise:} declaration; if so, enters it. */
  private boolean isDeclaration() {
    int i = pos + 1;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    if (!s.regionMatches(true, i, DECLARATION_PREFIX, 0, DECLARATION_PREFIX.length())) {
      return false;
    }
    pos = i + DECLARATION_PREFIX.length();
    declaration = true;
    skipInStatement();
    if (eof() || isNewline(peek())) {
      throw error(
          RunbookErrorKind.BAD_DECLARATION,
          line,
          col(),
          "# edgewise:",
          "an edgewise declaration names what it declares, such as SipDomain");
    }
    return true;
  }

  private void blockComment() {
    int l = line;
    int c = col();
    pos += 2;
    while (!eof()) {
      char ch = peek();
      if (ch == '#' && peekAt(1) == '>') {
        pos += 2;
        return;
      }
      if (isNewline(ch)) {
        newline();
      } else {
        pos++;
      }
    }
    throw error(
        RunbookErrorKind.UNTERMINATED_COMMENT, l, c, "<#", "the block comment has no closing #>");
  }

  /** After a statement: only a separator, a comment or the end may follow. */
  private void endOfStatement() {
    skipInStatement();
    if (eof()) {
      return;
    }
    char c = peek();
    if (isNewline(c)) {
      return;
    }
    if (c == ';' && !declaration) {
      pos++;
      return;
    }
    if (c == '#') {
      skipRestOfLine();
      return;
    }
    throw unexpected();
  }

  private SyntaxError unexpected() {
    char c = peek();
    String why =
        c == '|'
            ? "pipelines are not part of the runbook subset; write one cmdlet per statement"
            : c == ';'
                ? "an edgewise declaration holds one declaration"
                // Said, not quoted: a message is one line.
                : isNewline(c)
                    ? "the line ends where more is expected"
                    : "'" + c + "' is not expected here";
    return error(RunbookErrorKind.UNEXPECTED_CHARACTER, line, col(), around(pos), why);
  }

  // --- inside a statement ------------------------------------------------------------------------

  /** Skips spaces, continuations and block comments on the statement's line(s). */
  private void skipInStatement() {
    while (!eof()) {
      char c = peek();
      if (isSpace(c)) {
        pos++;
      } else if (c == '`' && !declaration && isNewline(peekAt(1))) {
        pos++;
        newline();
      } else if (c == '`' && !declaration && peekAt(1) == '\r' && peekAt(2) == '\n') {
        pos++;
        newline();
      } else if (c == '<' && peekAt(1) == '#' && !declaration) {
        blockComment();
      } else {
        return;
      }
    }
  }

  /** Skips white space including line breaks (inside brackets, after a comma). */
  private void skipAllSpace() {
    while (!eof()) {
      char c = peek();
      if (isSpace(c)) {
        pos++;
      } else if (isNewline(c)) {
        if (declaration) {
          return;
        }
        newline();
      } else if (c == '`' && isNewline(peekAt(1)) && !declaration) {
        pos++;
        newline();
      } else if (c == '<' && peekAt(1) == '#' && !declaration) {
        blockComment();
      } else if (c == '#' && !declaration) {
        skipRestOfLine();
      } else {
        return;
      }
    }
  }

  /**
   * A command: a name, then parameters and values up to the end of the statement (or the closing
   * bracket when {@code nested}).
   */
  private Statement command(boolean nested) {
    int l = line;
    int c = col();
    if (eof() || !isWordStart(peek())) {
      throw error(
          RunbookErrorKind.UNEXPECTED_TOKEN,
          l,
          c,
          eof() ? "" : around(pos),
          "a statement starts with a cmdlet name, such as Set-CsAccessEdgeConfiguration");
    }
    String name = bareText();
    if (!isCmdletName(name)) {
      throw error(
          RunbookErrorKind.UNEXPECTED_TOKEN,
          l,
          c,
          name,
          "a statement starts with a cmdlet name, such as Set-CsAccessEdgeConfiguration");
    }
    List<Statement.Arg> args = new ArrayList<>();
    while (true) {
      if (nested) {
        skipAllSpace();
      } else {
        skipInStatement();
      }
      if (eof()) {
        if (nested) {
          throw error(RunbookErrorKind.UNTERMINATED_GROUP, l, c, name, "the '(' has no ')'");
        }
        break;
      }
      char ch = peek();
      if (isNewline(ch) || ch == ';' || ch == '#' || (nested && ch == ')')) {
        break;
      }
      if (ch == '-' && isLetter(peekAt(1))) {
        args.add(param());
      } else {
        args.add(new Statement.Value(value()));
      }
    }
    return new Statement(name, declaration, args, l, c);
  }

  private Statement.Param param() {
    int l = line;
    int c = col();
    pos++; // '-'
    int start = pos;
    while (!eof() && (isLetter(peek()) || isDigit(peek()) || peek() == '_')) {
      pos++;
    }
    String name = s.substring(start, pos);
    @Nullable Val attached = null;
    if (!eof() && peek() == ':') {
      pos++;
      if (eof() || isSpace(peek()) || isNewline(peek())) {
        throw error(
            RunbookErrorKind.UNEXPECTED_TOKEN,
            l,
            c,
            "-" + name + ":",
            "a value must follow '-" + name + ":' directly");
      }
      attached = element();
    }
    return new Statement.Param(name, attached, l, c);
  }

  /** A value: one element, or a comma list of elements. */
  private Val value() {
    int l = line;
    int c = col();
    Val first = element();
    skipInStatement();
    if (eof() || peek() != ',') {
      return first;
    }
    List<Val> items = new ArrayList<>();
    items.add(first);
    while (!eof() && peek() == ',') {
      pos++;
      skipAllSpace();
      items.add(element());
      skipInStatement();
    }
    return new Val.Arr(items, l, c);
  }

  private Val element() {
    if (eof()) {
      throw error(RunbookErrorKind.UNEXPECTED_TOKEN, line, col(), "", "a value is missing");
    }
    int l = line;
    int c = col();
    char ch = peek();
    if (isSingleQuote(ch)) {
      return new Val.Str(quoted(false), l, c);
    }
    if (isDoubleQuote(ch)) {
      return new Val.Str(quoted(true), l, c);
    }
    if (ch == '$') {
      return variable();
    }
    if (ch == '@' && peekAt(1) == '(') {
      return array();
    }
    if (ch == '@' && peekAt(1) == '{') {
      return hash();
    }
    if (ch == '(') {
      pos++;
      skipAllSpace();
      Statement inner = command(true);
      if (eof() || peek() != ')') {
        throw error(RunbookErrorKind.UNTERMINATED_GROUP, l, c, "(", "the '(' has no ')'");
      }
      pos++;
      return new Val.Call(inner, l, c);
    }
    if (isWordStart(ch) || (ch == '-' && isDigit(peekAt(1)))) {
      String text = bareText();
      if (isNumber(text)) {
        if (text.length() > 18) {
          throw error(RunbookErrorKind.INVALID_VALUE, l, c, text, "the number is too large");
        }
        return new Val.Num(Long.parseLong(text), text, l, c);
      }
      return new Val.Word(text, l, c);
    }
    throw unexpected();
  }

  private static boolean isNumber(String t) {
    int i = t.startsWith("-") ? 1 : 0;
    if (i >= t.length()) {
      return false;
    }
    for (; i < t.length(); i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Val variable() {
    int l = line;
    int c = col();
    pos++;
    int start = pos;
    while (!eof() && (isLetter(peek()) || isDigit(peek()) || peek() == '_' || peek() == ':')) {
      pos++;
    }
    String name = s.substring(start, pos);
    if (name.equalsIgnoreCase("true")) {
      return new Val.Bool(true, l, c);
    }
    if (name.equalsIgnoreCase("false")) {
      return new Val.Bool(false, l, c);
    }
    if (name.equalsIgnoreCase("null")) {
      return new Val.Null(l, c);
    }
    throw error(
        RunbookErrorKind.VARIABLE_NOT_SUPPORTED,
        l,
        c,
        "$" + name,
        "variables are not part of the runbook subset; write the value itself"
            + " (only $true, $false and $null are read)");
  }

  private Val array() {
    int l = line;
    int c = col();
    pos += 2;
    List<Val> items = new ArrayList<>();
    while (true) {
      skipAllSpace();
      if (eof()) {
        throw error(RunbookErrorKind.UNTERMINATED_GROUP, l, c, "@(", "the '@(' has no ')'");
      }
      char ch = peek();
      if (ch == ')') {
        pos++;
        return new Val.Arr(items, l, c);
      }
      if (ch == ',' || ch == ';') {
        pos++;
        continue;
      }
      Val v = value();
      if (v instanceof Val.Arr a) {
        items.addAll(a.items());
      } else {
        items.add(v);
      }
    }
  }

  private Val hash() {
    int l = line;
    int c = col();
    pos += 2;
    Map<String, Val> entries = new LinkedHashMap<>();
    while (true) {
      skipAllSpace();
      if (eof()) {
        throw error(RunbookErrorKind.UNTERMINATED_GROUP, l, c, "@{", "the '@{' has no '}'");
      }
      char ch = peek();
      if (ch == '}') {
        pos++;
        return new Val.Hash(entries, l, c);
      }
      if (ch == ';') {
        pos++;
        continue;
      }
      int kl = line;
      int kc = col();
      String key;
      if (isSingleQuote(ch)) {
        key = quoted(false);
      } else if (isDoubleQuote(ch)) {
        key = quoted(true);
      } else {
        int start = pos;
        while (!eof() && (isLetter(peek()) || isDigit(peek()) || peek() == '_')) {
          pos++;
        }
        key = s.substring(start, pos);
      }
      skipInStatement();
      if (key.isEmpty() || eof() || peek() != '=') {
        throw error(
            RunbookErrorKind.BAD_HASHTABLE,
            kl,
            kc,
            around(kl == line ? lineStart + kc - 1 : pos),
            "a hash table holds Key=value entries, such as @{Add=\"fabrikam.com\"}");
      }
      pos++;
      skipAllSpace();
      if (entries.containsKey(key)) {
        throw error(RunbookErrorKind.BAD_HASHTABLE, kl, kc, key, "the key " + key + " is twice");
      }
      entries.put(key, value());
    }
  }

}
