package cn.gongkai.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A list mapped on every core, the results in the list's order. The calling thread and the common pool's
 * threads each take the next few elements whenever they finish one lot. A parallel stream splits the list
 * into a few equal parts up front; on two cores one thread was then often left alone with the last part,
 * for about half a second of a ten-second build (bodies differ much in length).
 */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code f} applied to every element. What {@code f} throws is thrown here, as it was thrown (the first one
   * if several threads fail); the other threads stop taking elements, and this returns only once they stopped.
   */
  public static <T, R> List<R> map(List<T> list, Function<? super T, ? extends R> f) {
    int n = list.size();
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), Runtime.getRuntime().availableProcessors() - 1);
    if (n < 2 || helpers < 1) {
      List<R> out = new ArrayList<>(n);
      list.forEach(e -> out.add(f.apply(e)));
      return out;
    }
    int lot = Math.max(1, Math.min(32, n / ((helpers + 1) * 32)));
    Object[] out = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      try {
        for (int start = next.getAndAdd(lot); start < n; start = next.getAndAdd(lot)) {
          for (int i = start, end = Math.min(n, start + lot); i < end; i++) {
            out[i] = f.apply(list.get(i));
          }
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
        next.set(n);
      }
    };
    List<ForkJoinTask<?>> others = new ArrayList<>(helpers);
    for (int h = 0; h < helpers; h++) {
      others.add(ForkJoinPool.commonPool().submit(work));
    }
    work.run();
    others.forEach(ForkJoinTask::join); // (work never throws: a failure is kept)
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Arrays.asList(out);
    return results;
  }
}
