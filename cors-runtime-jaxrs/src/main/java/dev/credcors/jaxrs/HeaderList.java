package dev.credcors.jaxrs;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The few headers of one preflight answer, in the order they are sent: a read-only map over one
 * array of names and values. A preflight answer is built per request and read once, by {@link
 * #forEach}, into the container's response; a {@code LinkedHashMap} cost a node per header and a
 * hash table for that, which showed in the preflight profile (BENCHMARKS.md). Names are distinct
 * (the caller adds each once), so a lookup is a scan of at most seven entries.
 */
final class HeaderList extends AbstractMap<String, String> {

  private String[] pairs;
  private int size;

  HeaderList(int capacity) {
    this.pairs = new String[2 * capacity];
  }

  /** Appends a header; only while the answer is being built, before anyone else can see it. */
  HeaderList add(String name, String value) {
    if (2 * size == pairs.length) {
      pairs = Arrays.copyOf(pairs, Math.max(2, 4 * size));
    }
    pairs[2 * size] = name;
    pairs[2 * size + 1] = value;
    size++;
    return this;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < size; i++) {
      action.accept(pairs[2 * i], pairs[2 * i + 1]);
    }
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            Entry<String, String> entry =
                new SimpleImmutableEntry<>(pairs[2 * next], pairs[2 * next + 1]);
            next++;
            return entry;
          }
        };
      }
    };
  }
}
