package dev.credcors.processor.rules;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * The policy corpora under {@code src/test/resources/corpus/}: one policy per line as {@code
 * <expect><TAB><attributes>}, where the attributes are written exactly as inside
 * {@code @CredentialedCors(...)}.
 */
final class Corpus {

  /** The 1-based line of {@link #resource} on which {@code @CredentialedCors(} starts. */
  static final int ANNOTATION_LINE =
      resource("X", 0, "").lines().toList().indexOf("@CredentialedCors()") + 1;

  private Corpus() {}

  /**
   * One corpus line.
   *
   * @param file the corpus name, e.g. {@code insecure}
   * @param line the 1-based line number, for failure messages
   * @param expect "clean", a tag, or alternative tags joined by {@code |}
   * @param attributes the annotation's attribute list in Java syntax
   */
  record Entry(String file, int line, String expect, String attributes) {

    Set<String> expectedTags() {
      return Set.of(expect.split("\\|"));
    }

    /** The simple name of the resource class this entry is compiled in. */
    String className() {
      return Character.toUpperCase(file.charAt(0)) + file.substring(1) + "Line" + line;
    }

    /** A resource class carrying this policy, on a path no other entry shares. */
    JavaFileObject source() {
      return JavaFileObjects.forSourceString(
          "corpus." + className(), resource(className(), line, attributes));
    }

    @Override
    public String toString() {
      return file + ".txt:" + line + " " + attributes;
    }
  }

  /** Every entry of {@code corpus/<name>.txt}, skipping blank lines and {@code #} comments. */
  static List<Entry> read(String name) {
    List<String> lines = InputFiles.lines("corpus/" + name + ".txt");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      int tab = text.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(name + ".txt:" + (i + 1) + " has no tab: " + text);
      }
      entries.add(new Entry(name, i + 1, text.substring(0, tab), text.substring(tab + 1)));
    }
    return List.copyOf(entries);
  }

  /**
   * A resource class with {@code attributes} on a unique path, serving every method a corpus policy
   * may list, so {@code methods} entries never draw an {@code unserved-method} warning.
   */
  static String resource(String className, int id, String attributes) {
    return String.join(
        "\n",
        "package corpus;",
        "",
        "import dev.credcors.CredentialedCors;",
        "import jakarta.ws.rs.DELETE;",
        "import jakarta.ws.rs.GET;",
        "import jakarta.ws.rs.HEAD;",
        "import jakarta.ws.rs.PATCH;",
        "import jakarta.ws.rs.POST;",
        "import jakarta.ws.rs.PUT;",
        "import jakarta.ws.rs.Path;",
        "",
        "@Path(\"/" + className.toLowerCase(java.util.Locale.ROOT) + "/" + id + "\")",
        "@CredentialedCors(" + attributes + ")",
        "public class " + className + " {",
        "  @GET public String get() { return \"\"; }",
        "  @POST public void post(String body) {}",
        "  @PUT public void put(String body) {}",
        "  @PATCH public void patch(String body) {}",
        "  @DELETE public void delete() {}",
        "  @HEAD public void head() {}",
        "}",
        "");
  }
}
