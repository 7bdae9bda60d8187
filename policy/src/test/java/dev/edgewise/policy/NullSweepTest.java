package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.Side;
import dev.edgewise.core.contact.Transition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor, static factory and builder method of the public types in {@code
 * dev.edgewise.policy} rejects null with a {@link NullPointerException}, in the spirit of Guava's
 * {@code NullPointerTester} (guava-testlib is not a dependency, so the sweep is written here).
 * Record constructors must name the null component; builder setters must name their attribute.
 *
 * <p>Every public type of the package is swept; {@link #KNOWN_GAPS} pins any gap left open, so
 * fixing one (or opening a new one) makes this test say so.
 */
class NullSweepTest {

  private static final String PACKAGE = "dev.edgewise.policy";

  /**
   * Types that do not reject null yet; each must be fixed and removed here. Empty: every gap the
   * sweep found is closed, and a new one fails the test.
   */
  private static final Set<String> KNOWN_GAPS = Set.of();

  @Test
  void everyPublicEntryPointRejectsNull() throws IOException {
    TreeMap<String, List<String>> failures = new TreeMap<>();
    int swept = 0;
    for (Class<?> type : publicTypes()) {
      List<String> own = new ArrayList<>();
      for (Constructor<?> c : type.getConstructors()) {
        swept += sweep(type, c, own);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers())
            && !m.isSynthetic()) {
          swept += sweep(type, m, own);
        }
      }
      swept += sweepBuilder(type, own);
      if (!own.isEmpty()) {
        failures.put(topLevel(type), own);
      }
    }
    assertTrue(swept > 150, "the sweep reached only " + swept + " parameters");
    assertEquals(KNOWN_GAPS, failures.keySet(), () -> "null gaps: " + failures);
  }

  @Test
  void theSweepItselfCanFail() {
    List<String> out = new ArrayList<>();
    sweepExecutable(Lenient.class, Lenient.class.getDeclaredConstructors()[0], out);
    assertEquals(1, out.size(), out.toString());
  }

  /** A record that forgets to check its component: what the sweep must catch. */
  record Lenient(String name) {}

  // --- the sweep ---------------------------------------------------------------------------

  /**
   * The public top-level types of the main classes, read from the directory or jar that holds
   * them (the tests may run on the module path, where a class-path scan sees nothing).
   */
  private static List<Class<?>> publicTypes() throws IOException {
    List<String> names = new ArrayList<>();
    try {
      Path root =
          Path.of(FederationConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String prefix = PACKAGE.replace('.', '/') + "/";
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.list(root.resolve(prefix))) {
          files.forEach(f -> names.add(f.getFileName().toString()));
        }
      } else {
        try (ZipFile jar = new ZipFile(root.toFile())) {
          jar.stream()
              .map(ZipEntry::getName)
              .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
              .forEach(n -> names.add(n.substring(prefix.length())));
        }
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<Class<?>> out = new ArrayList<>();
    for (String file : names) {
      if (!file.endsWith(".class") || file.contains("$") || file.equals("module-info.class")
          || file.equals("package-info.class")) {
        continue;
      }
      Class<?> c;
      try {
        c = Class.forName(PACKAGE + "." + file.substring(0, file.length() - ".class".length()));
      } catch (ClassNotFoundException e) {
        throw new IOException(e);
      }
      if (Modifier.isPublic(c.getModifiers())) {
        addWithNested(c, out);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private static void addWithNested(Class<?> c, List<Class<?>> out) {
    out.add(c);
    for (Class<?> n : c.getDeclaredClasses()) {
      if (Modifier.isPublic(n.getModifiers())) {
        addWithNested(n, out);
      }
    }
  }

  private static int sweep(Class<?> type, Executable e, List<String> failures) {
    return sweepExecutable(type, e, failures);
  }

  private static int sweepExecutable(Class<?> type, Executable e, List<String> failures) {
    Parameter[] params = e.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Optional<Object> s = sample(params[i].getType(), 0);
      if (s.isEmpty()) {
        failures.add(describe(e) + ": no sample value for " + params[i].getType().getName());
        return 0;
      }
      args[i] = s.get();
    }
    int count = 0;
    for (int i = 0; i < params.length; i++) {
      if (params[i].getType().isPrimitive() || nullable(e, i)) {
        continue;
      }
      count++;
      Object[] withNull = args.clone();
      withNull[i] = null;
      Optional<String> expectedName = componentName(type, e, i);
      check(describe(e) + " argument " + i, () -> invoke(e, withNull), expectedName, failures);
    }
    return count;
  }

  private static int sweepBuilder(Class<?> type, List<String> failures) {
    Method factory;
    try {
      factory = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return 0;
    }
    if (!Modifier.isStatic(factory.getModifiers()) || factory.getParameterCount() != 0) {
      return 0;
    }
    int count = 0;
    Object probe = invokeQuietly(factory);
    for (Method m : probe.getClass().getMethods()) {
      if (m.getParameterCount() != 1
          || m.getParameterTypes()[0].isPrimitive()
          || !m.getDeclaringClass().getName().startsWith(PACKAGE)
          || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      count++;
      String name = m.getName();
      boolean plainSetter =
          !name.startsWith("add") && !name.startsWith("put") && !name.equals("from");
      check(
          type.getSimpleName() + ".builder()." + name + "(" + m.getParameterTypes()[0].getSimpleName() + ")",
          () -> {
            Object b = invokeQuietly(factory);
            m.setAccessible(true);
            m.invoke(b, new Object[] {null});
          },
          plainSetter && !WRAPPERS.contains(m.getParameterTypes()[0])
              ? Optional.of(name)
              : Optional.empty(),
          failures);
    }
    return count;
  }

  /** Setters taking these are named after the attribute but read the argument first. */
  private static final Set<Class<?>> WRAPPERS =
      Set.of(Optional.class, Iterable.class, Collection.class, List.class, Set.class, Map.class);

  private interface Call {
    void run() throws Exception;
  }

  private static void check(
      String what, Call call, Optional<String> expectedName, List<String> failures) {
    try {
      call.run();
      failures.add(what + ": accepted null");
    } catch (InvocationTargetException ite) {
      Throwable t = ite.getCause();
      if (!(t instanceof NullPointerException)) {
        failures.add(what + ": threw " + t + " instead of NullPointerException");
      } else if (expectedName.isPresent()
          && (t.getMessage() == null || !t.getMessage().contains(expectedName.get()))) {
        failures.add(what + ": NullPointerException does not name " + expectedName.get() + ": " + t.getMessage());
      }
    } catch (Exception e) {
      failures.add(what + ": could not be called: " + e);
    }
  }

  private static Object invoke(Executable e, Object[] args) throws Exception {
    e.setAccessible(true);
    return e instanceof Constructor<?> c ? c.newInstance(args) : ((Method) e).invoke(null, args);
  }

  private static Object invokeQuietly(Method m) {
    try {
      return m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  /** For a record's canonical constructor, the name of component i. */
  private static Optional<String> componentName(Class<?> type, Executable e, int i) {
    if (!(e instanceof Constructor<?>) || !type.isRecord()) {
      return Optional.empty();
    }
    RecordComponent[] rc = type.getRecordComponents();
    if (rc.length != e.getParameterCount()) {
      return Optional.empty();
    }
    for (int k = 0; k < rc.length; k++) {
      if (!rc[k].getType().equals(e.getParameterTypes()[k])) {
        return Optional.empty();
      }
    }
    return Optional.of(rc[i].getName());
  }

  private static boolean nullable(Executable e, int i) {
    return e.getAnnotatedParameterTypes()[i].getAnnotations().length > 0
        && List.of(e.getAnnotatedParameterTypes()[i].getAnnotations()).stream()
            .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static String describe(Executable e) {
    StringBuilder sb = new StringBuilder(e.getDeclaringClass().getSimpleName());
    if (e instanceof Method) {
      sb.append('.').append(e.getName());
    }
    sb.append('(');
    Class<?>[] p = e.getParameterTypes();
    for (int i = 0; i < p.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(p[i].getSimpleName());
    }
    return sb.append(')').toString();
  }

  private static String topLevel(Class<?> c) {
    Class<?> t = c;
    while (t.getEnclosingClass() != null) {
      t = t.getEnclosingClass();
    }
    return t.getSimpleName();
  }

  // --- sample values -----------------------------------------------------------------------

  private static Optional<Object> sample(Class<?> t, int depth) {
    Object known = known(t);
    if (known != null) {
      return Optional.of(known);
    }
    if (t.isEnum()) {
      return Optional.of(t.getEnumConstants()[0]);
    }
    if (depth > 3) {
      return Optional.empty();
    }
    // A public static factory of the type itself, fewest parameters first.
    List<Method> factories = new ArrayList<>();
    for (Method m : t.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && t.isAssignableFrom(m.getReturnType())) {
        factories.add(m);
      }
    }
    factories.sort(Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::getName));
    for (Method m : factories) {
      Optional<Object> made = make(m, depth);
      if (made.isPresent()) {
        return made;
      }
    }
    for (Constructor<?> c : t.getConstructors()) {
      Optional<Object> made = make(c, depth);
      if (made.isPresent()) {
        return made;
      }
    }
    return Optional.empty();
  }

  private static Optional<Object> make(Executable e, int depth) {
    Class<?>[] p = e.getParameterTypes();
    Object[] args = new Object[p.length];
    for (int i = 0; i < p.length; i++) {
      Optional<Object> s = sample(p[i], depth + 1);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      args[i] = s.get();
    }
    try {
      return Optional.ofNullable(invoke(e, args));
    } catch (Exception | LinkageError ex) {
      return Optional.empty();
    }
  }

  private static Object known(Class<?> t) {
    if (t == boolean.class) {
      return false;
    }
    if (t == int.class) {
      return 1;
    }
    if (t == long.class) {
      return 1L;
    }
    if (t == String.class || t == CharSequence.class || t == Object.class) {
      return "x";
    }
    if (t == Optional.class) {
      return Optional.empty();
    }
    if (t == List.class || t == Collection.class || t == Iterable.class) {
      return List.of();
    }
    if (t == Set.class) {
      return Set.of();
    }
    if (t == Map.class) {
      return Map.of();
    }
    if (t == Locale.class) {
      return Locale.ROOT;
    }
    if (t == Domain.class) {
      return Domain.parse("fabrikam.com");
    }
    if (t == SipUri.class) {
      return Fixtures.ALICE;
    }
    if (t == Transition.class) {
      return ContactRelationship.initial(Gates.allOpen()).apply(ContactEvent.add(Side.LYNC));
    }
    if (t == MicrosoftAccount.class) {
      return MicrosoftAccount.parse("bob@outlook.com");
    }
    if (t == FederationConfiguration.class || t == OnPremisesConfiguration.class) {
      return Fixtures.base();
    }
    if (t == OnlineTenantConfiguration.class) {
      return Fixtures.baseOnline();
    }
    return null;
  }

}
