package dev.edgewise.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.PrintWriter;

/** Writes the {@code --json} form of an answer: pretty-printed, with characters as they are. */
final class Json {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private Json() {}

  static void print(PrintWriter out, JsonElement answer) {
    out.println(GSON.toJson(answer));
    out.flush();
  }
}
