package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A response as a Jakarta REST container hands it to response filters: a status, a header map
 * reused between exchanges and a small text entity. Like {@link StubRequestContext} it does only
 * what a container must do anyway.
 */
public final class StubResponseContext implements ContainerResponseContext {

  private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
  private int status;
  private Object entity;

  /** Starts a new exchange: the resource answered {@code status} with this entity. */
  public StubResponseContext reset(int status, Object entity) {
    this.status = status;
    this.entity = entity;
    headers.clear();
    return this;
  }

  @Override
  public MultivaluedMap<String, Object> getHeaders() {
    return headers;
  }

  @Override
  public MultivaluedMap<String, String> getStringHeaders() {
    MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
    headers.forEach((name, values) -> values.forEach(v -> strings.add(name, String.valueOf(v))));
    return strings;
  }

  @Override
  public String getHeaderString(String name) {
    List<Object> values = headers.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1) {
      return String.valueOf(values.get(0));
    }
    StringBuilder joined = new StringBuilder();
    for (Object value : values) {
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(value);
    }
    return joined.toString();
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setStatus(int code) {
    this.status = code;
  }

  @Override
  public Response.StatusType getStatusInfo() {
    return Response.Status.fromStatusCode(status);
  }

  @Override
  public void setStatusInfo(Response.StatusType statusInfo) {
    this.status = statusInfo.getStatusCode();
  }

  @Override
  public boolean hasEntity() {
    return entity != null;
  }

  @Override
  public Object getEntity() {
    return entity;
  }

  @Override
  public Class<?> getEntityClass() {
    return entity == null ? null : entity.getClass();
  }

  @Override
  public Type getEntityType() {
    return getEntityClass();
  }

  @Override
  public void setEntity(Object entity) {
    this.entity = entity;
  }

  @Override
  public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) {
    this.entity = entity;
  }

  @Override
  public Annotation[] getEntityAnnotations() {
    return new Annotation[0];
  }

  @Override
  public MediaType getMediaType() {
    return entity == null ? null : MediaType.TEXT_PLAIN_TYPE;
  }

  @Override
  public Set<String> getAllowedMethods() {
    return Set.of();
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public Map<String, NewCookie> getCookies() {
    return Map.of();
  }

  @Override
  public EntityTag getEntityTag() {
    return null;
  }

  @Override
  public Date getLastModified() {
    return null;
  }

  @Override
  public URI getLocation() {
    return null;
  }

  @Override
  public Set<Link> getLinks() {
    return Set.of();
  }

  @Override
  public boolean hasLink(String relation) {
    return false;
  }

  @Override
  public Link getLink(String relation) {
    return null;
  }

  @Override
  public Link.Builder getLinkBuilder(String relation) {
    return null;
  }

  @Override
  public OutputStream getEntityStream() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setEntityStream(OutputStream outputStream) {
    throw new UnsupportedOperationException();
  }
}
