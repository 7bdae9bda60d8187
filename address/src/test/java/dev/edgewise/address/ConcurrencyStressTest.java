package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The value types are shared between threads without locks: {@link SipUri} builds its host,
 * canonical text, parameter map and header list on first use and caches them in plain fields
 * (racy single-check, safe because each cached value is immutable with final fields). Here many
 * threads race to be first on the same fresh instances, and every thread must see exactly what one
 * thread computes alone. No timing is involved: the threads are released together by a latch and
 * the test waits for all of them.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  private static final List<String> URIS =
      List.of(
          "sip:bob(contoso.com)@msn.com;transport=tls?Subject=hi%20there",
          "SIP:%61lice:secret@AtLanTa.CoM:5061;Transport=TCP;lr;maddr=[2001:db8::1];ttl=015",
          "sips:[::ffff:192.0.2.128]:5070;x=1;y;z=%41?a=b&c=",
          "sip:alice;day=tuesday@atlanta.com;method=REGISTER;user=phone",
                    // More than 16 parameters: comparison switches to its hash index.
          "sip:carol@chicago.com;p;q;a1;a2;a3;a4;a5;a6;a7;a8;a9;b1;b2;b3;b4;b5;b6;b7;b8");

  private static final List<String> TYPED =
      List.of(
          "\u00a0Bob <bob(Contoso.com)@MSN.com>",
          "alice@live.com",
          "bob@contoso.com",
          "\"Erin\" <sip:erin@northwind.com;transport=tls>",
          "bob(live.com)@msn.com");

  /** Everything a thread reads from a fresh URI and the shared rules, as one comparable text. */
  private static String observe(SipUri u, String typed, NameDecoration rules) {
    return u.host()
        + "|"
        + u.canonical()
        + "|"
        + u.parameters()
        + "|"
        + u.headers()
        + "|"
        + u.hashCode()
        + "|"
        + u.transport()
        + u.ttl()
        + u.maddr()
        + u.hasLr()
        + "|"
        + u.isEquivalentTo(u.canonical())
        + "|"
        + ContactAddress.classify(typed, rules).message();
  }

  @Test
  void everyThreadSeesWhatOneThreadComputes() throws Exception {
    NameDecoration rules = NameDecoration.defaults();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < URIS.size(); i++) {
      expected.add(observe(SipUri.parse(URIS.get(i)), TYPED.get(i), rules));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      int mismatches = 0;
      for (int round = 0; round < ROUNDS; round++) {
        // Fresh instances every round, so that every cache is empty when the threads start.
        List<SipUri> shared = new ArrayList<>();
        for (String s : URIS) {
          shared.add(SipUri.parse(s));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int offset = t;
          Callable<List<String>> task =
              () -> {
                start.await();
                List<String> seen = new ArrayList<>();
                for (int k = 0; k < shared.size(); k++) {
                  // Threads visit the URIs in different orders, to race on different fields.
                  int i = (k + offset) % shared.size();
                  seen.add(i + ":" + observe(shared.get(i), TYPED.get(i), rules));
                }
                seen.sort(null);
                return seen;
              };
          results.add(pool.submit(task));
        }
        start.countDown();
        for (Future<List<String>> f : results) {
          List<String> seen = f.get();
          for (int i = 0; i < expected.size(); i++) {
            if (!seen.get(i).equals(i + ":" + expected.get(i))) {
              mismatches++;
            }
          }
        }
      }
      assertEquals(0, mismatches);
    } finally {
      pool.shutdownNow();
    }
  }
}
