package cn.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void everyElementOnceAndTheResultsInTheListsOrder() {
    List<Integer> in = IntStream.range(0, 10_007).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    List<String> out = Parallel.map(in, i -> {
      calls.incrementAndGet();
      if (i % 997 == 0) {
        busy(); // unequal elements, as bodies are
      }
      return "#" + i;
    });
    assertEquals(in.size(), calls.get());
    assertEquals(IntStream.range(0, 10_007).mapToObj(i -> "#" + i).toList(), out);
    assertEquals(List.of(), Parallel.map(List.of(), i -> i));
    assertEquals(List.of(2), Parallel.map(List.of(1), i -> i + 1));
  }

  @Test
  void theFailureItselfIsThrownOnceTheOthersStopped() {
    UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("磁盘错误"));
    Running running = new Running();
    UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> Parallel.map(IntStream.range(0, 5_000).boxed().toList(), i -> {
      running.enter();
      try {
        if (i == 1_234) {
          throw failure;
        }
        return i;
      } finally {
        running.leave();
      }
    }));
    assertSame(failure, thrown);
    assertEquals(0, running.count(), "no element still being worked on after it returned");
  }

  /** How many elements are being worked on now. */
  private static final class Running {
    private final ConcurrentHashMap<Thread, Integer> at = new ConcurrentHashMap<>();

    void enter() {
      at.merge(Thread.currentThread(), 1, Integer::sum);
    }

    void leave() {
      at.merge(Thread.currentThread(), -1, Integer::sum);
    }

    int count() {
      return at.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private static void busy() {
    long until = System.nanoTime() + 2_000_000;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }
}
