package placement;

import jakarta.ws.rs.GET;

/** The interface the resource implements; its method's @GET is inherited. */
public interface InheritedContract {
  @GET
  String get();
}
