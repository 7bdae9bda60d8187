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
public final class Scanner {

  private static final String DECLARATION_PREFIX = "edgewise:";

  private final String s;
  private final Problems problems;
  private int pos;
  private int line = 1;
  private int lineStart;
  /** Inside an {@code # edgewise:} comment, which ends at the end of its line. */
  private boolean declaration;

  private Scanner(String s, Problems problems) {
    this.s = s;
    this.problems = problems;
  }

  /** Scans a whole script; syntax problems go to {@code problems}. */
  public static List<Statement> scan(String script, Problems problems) {
    return new Scanner(script, problems).statements();
  }

  /** A syntax error: recorded, then the scanner skips to the next line. */
  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final RunbookErrorKind kind;
    final int line;
    final int col;
    final String text;

    SyntaxError(RunbookErrorKind kind, int line, int col, String text, String message) {
      super(message, null, false, false);
      this.kind = kind;
      this.line = line;
      this.col = col;
      this.text = text;
    }
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

  // --- positions --------------------------------------------------------------------------------

  private int col() {
    return pos - lineStart + 1;
  }

  private boolean eof() {
    return pos >= s.length();
  }

  private char peek() {
    return s.charAt(pos);
  }

  private char peekAt(int offset) {
    int i = pos + offset;
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void newline() {
    // pos is at '\n' (or a lone '\r'); a "\r\n" pair counts once.
    if (s.charAt(pos) == '\r' && peekAt(1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
  }

  private static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f';
  }

  private SyntaxError error(RunbookErrorKind kind, int l, int c, String text, String message) {
    return new SyntaxError(kind, l, c, text, message);
  }

  private String around(int from) {
    int end = from;
    while (end < s.length() && end - from < 20 && !isNewline(s.charAt(end))) {
      end++;
    }
    return s.substring(from, end);
  }

  private void skipRestOfLine() {
    while (!eof() && !isNewline(peek())) {
      pos++;
    }
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
      return new Val.Str(singleQuoted(), l, c);
    }
    if (isDoubleQuote(ch)) {
      return new Val.Str(doubleQuoted(), l, c);
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
        key = singleQuoted();
      } else if (isDoubleQuote(ch)) {
        key = doubleQuoted();
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

  private String singleQuoted() {
    int l = line;
    int c = col();
    pos++;
    StringBuilder sb = new StringBuilder();
    while (!eof()) {
      char ch = peek();
      if (isSingleQuote(ch)) {
        if (isSingleQuote(peekAt(1))) {
          sb.append(ch);
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      if (isNewline(ch)) {
        if (declaration) {
          break;
        }
        sb.append('\n');
        newline();
      } else {
        sb.append(ch);
        pos++;
      }
    }
    throw error(
        RunbookErrorKind.UNTERMINATED_STRING, l, c, around(lineStartOf(l, c)), "the string has no closing quote");
  }

  private String doubleQuoted() {
    int l = line;
    int c = col();
    pos++;
    StringBuilder sb = new StringBuilder();
    while (!eof()) {
      char ch = peek();
      if (isDoubleQuote(ch)) {
        if (isDoubleQuote(peekAt(1))) {
          sb.append(ch);
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      if (ch == '`' && pos + 1 < s.length() && !isNewline(peekAt(1))) {
        sb.append(escape(peekAt(1)));
        pos += 2;
        continue;
      }
      if (ch == '$' && (isLetter(peekAt(1)) || peekAt(1) == '{' || peekAt(1) == '(')) {
        throw error(
            RunbookErrorKind.VARIABLE_NOT_SUPPORTED,
            line,
            col(),
            around(pos),
            "variables inside double-quoted strings are not part of the runbook subset;"
                + " write `$ for a dollar sign or use single quotes");
      }
      if (isNewline(ch)) {
        if (declaration) {
          break;
        }
        sb.append('\n');
        newline();
      } else {
        sb.append(ch);
        pos++;
      }
    }
    throw error(
        RunbookErrorKind.UNTERMINATED_STRING, l, c, around(lineStartOf(l, c)), "the string has no closing quote");
  }

  /** The offset of (line l, column c), when l is the current line or earlier on it. */
  private int lineStartOf(int l, int c) {
    return l == line ? lineStart + c - 1 : Math.max(0, Math.min(s.length(), pos));
  }

  private static char escape(char c) {
    return switch (c) {
      case '0' -> '\0';
      case 'a' -> '\u0007';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> '\u000b';
      default -> c;
    };
  }

  /** A bare word up to the next delimiter; a backtick escapes the next character. */
  private String bareText() {
    StringBuilder sb = new StringBuilder();
    while (!eof()) {
      char ch = peek();
      if (ch == '`') {
        if (pos + 1 >= s.length() || isNewline(peekAt(1))) {
          break;
        }
        sb.append(peekAt(1));
        pos += 2;
        continue;
      }
      if (isDelimiter(ch)) {
        break;
      }
      sb.append(ch);
      pos++;
    }
    return sb.toString();
  }

  private static boolean isDelimiter(char c) {
    return isSpace(c)
        || isNewline(c)
        || c == ','
        || c == ';'
        || c == '('
        || c == ')'
        || c == '{'
        || c == '}'
        || c == '|'
        || c == '&'
        || c == '>'
        || isSingleQuote(c)
        || isDoubleQuote(c);
  }

  private static boolean isWordStart(char c) {
    return !isDelimiter(c) && c != '$' && c != '@' && c != '#' && c != '-' && c != '<' && c != '['
        && c != '=' && c != '`' && c != '\0';
  }

  private static boolean isCmdletName(String name) {
    int dash = name.indexOf('-');
    if (dash <= 0 || dash == name.length() - 1) {
      // Declarations are single words, such as SipDomain.
      for (int i = 0; i < name.length(); i++) {
        if (!isLetter(name.charAt(i))) {
          return false;
        }
      }
      return !name.isEmpty();
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!(isLetter(ch) || (ch == '-' && i == dash))) {
        return false;
      }
    }
    return true;
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
  }

  private static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
  }
}
