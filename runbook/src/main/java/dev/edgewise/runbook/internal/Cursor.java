package dev.edgewise.runbook.internal;

import dev.edgewise.runbook.RunbookErrorKind;

/**
 * Where the runbook {@link Scanner} is in the script (offset, line, column), the moves over it,
 * and the lexical pieces below the grammar: quoted strings, bare words and character classes.
 * Every move advances, so each character is looked at a bounded number of times.
 */
abstract class Cursor {

  final String s;
  int pos;
  int line = 1;
  int lineStart;
  /** Inside an {@code # edgewise:} comment, which ends at the end of its line. */
  boolean declaration;

  Cursor(String s) {
    this.s = s;
  }

  /** A syntax error: recorded, then the scanner skips to the next line. */
  static final class SyntaxError extends RuntimeException {
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

  // --- positions --------------------------------------------------------------------------------

  int col() {
    return pos - lineStart + 1;
  }

  boolean eof() {
    return pos >= s.length();
  }

  char peek() {
    return s.charAt(pos);
  }

  char peekAt(int offset) {
    int i = pos + offset;
    return i < s.length() ? s.charAt(i) : '\0';
  }

  void newline() {
    // pos is at '\n' (or a lone '\r'); a "\r\n" pair counts once.
    if (s.charAt(pos) == '\r' && peekAt(1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
  }

  static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f';
  }

  SyntaxError error(RunbookErrorKind kind, int l, int c, String text, String message) {
    return new SyntaxError(kind, l, c, text, message);
  }

  String around(int from) {
    int end = from;
    while (end < s.length() && end - from < 20 && !isNewline(s.charAt(end))) {
      end++;
    }
    return s.substring(from, end);
  }

  void skipRestOfLine() {
    while (!eof() && !isNewline(peek())) {
      pos++;
    }
  }


  /**
   * A quoted string, the cursor at its opening quote. Both kinds double their quote to include it;
   * a double-quoted string also takes backtick escapes and refuses variables, which the runbook
   * subset does not expand. A line break ends an {@code # edgewise:} declaration's string.
   */
  String quoted(boolean isDouble) {
    int l = line;
    int c = col();
    pos++;
    StringBuilder sb = new StringBuilder();
    while (!eof()) {
      char ch = peek();
      if (isDouble ? isDoubleQuote(ch) : isSingleQuote(ch)) {
        if (isDouble ? isDoubleQuote(peekAt(1)) : isSingleQuote(peekAt(1))) {
          sb.append(ch);
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      if (isDouble && ch == '`' && pos + 1 < s.length() && !isNewline(peekAt(1))) {
        sb.append(escape(peekAt(1)));
        pos += 2;
        continue;
      }
      if (isDouble && ch == '$' && (isLetter(peekAt(1)) || peekAt(1) == '{' || peekAt(1) == '(')) {
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
  int lineStartOf(int l, int c) {
    return l == line ? lineStart + c - 1 : Math.max(0, Math.min(s.length(), pos));
  }

  static char escape(char c) {
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
  String bareText() {
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

  static boolean isDelimiter(char c) {
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

  static boolean isWordStart(char c) {
    return !isDelimiter(c) && c != '$' && c != '@' && c != '#' && c != '-' && c != '<' && c != '['
        && c != '=' && c != '`' && c != '\0';
  }

  static boolean isCmdletName(String name) {
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

  static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
  }

  static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
  }
}
