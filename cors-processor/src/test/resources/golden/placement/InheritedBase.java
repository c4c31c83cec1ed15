package placement;

import jakarta.ws.rs.POST;

/** A base class with a resource method the resource inherits. */
public abstract class InheritedBase {
  @POST
  public String post(String body) {
    return body;
  }
}
