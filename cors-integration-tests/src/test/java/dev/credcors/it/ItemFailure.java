package dev.credcors.it;

/** Thrown by a resource method and turned into a 500 by {@link ItemFailureMapper}. */
public class ItemFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ItemFailure(String message) {
    super(message);
  }
}
