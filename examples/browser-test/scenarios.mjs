// The scenarios the browser test runs against each example server, in order (later ones depend
// on the state earlier ones leave: the session cookie, the bearer token, a renamed profile, a
// deleted item).
//
// Page origins (each a loopback origin, so the browser treats it as a secure context):
//   app      http://localhost:5173    listed by every class policy of the example API
//   admin    http://localhost:5174    listed only by the method-level policy of DELETE /api/items/{id}
//   otherHost  http://127.0.0.1:5173  same page server, another host name: a different origin
//   otherAddress http://127.0.0.2:5173 another loopback address
//   suffix   http://app.localhost:5173  ends with the allowed "localhost:5173" (a naive endsWith match)
//   prefix   http://localhost:51730   starts with the allowed "http://localhost:5173" (a naive startsWith match)
//   otherPort  http://localhost:<free port>  same host, another port
//
// expect: { read: <status>, body: <substring> } means the page must get the response;
// expect: 'blocked' means fetch() must reject with the browser's CORS error.

const json = (value) => ({ body: value });

export const scenarios = [
  {
    id: 'app-sign-in',
    page: 'app',
    what: 'JSON POST (preflighted: Content-Type) signs in and sets the session cookie',
    request: { method: 'POST', path: '/api/session', ...json({ user: 'alice', password: 'wonderland' }) },
    expect: { read: 200, body: '"token"' },
    keepToken: true,
  },
  {
    id: 'app-profile-cookie',
    page: 'app',
    what: 'simple GET authenticated by the SameSite=None cookie',
    request: { method: 'GET', path: '/api/profile' },
    expect: { read: 200, body: 'Alice Liddell' },
  },
  {
    id: 'app-profile-bearer',
    page: 'app',
    what: 'GET with an Authorization: Bearer header (preflighted)',
    request: { method: 'GET', path: '/api/profile', bearer: true },
    expect: { read: 200, body: '"user":"alice"' },
  },
  {
    id: 'app-rename',
    page: 'app',
    what: 'state-changing JSON PUT (preflighted)',
    request: { method: 'PUT', path: '/api/profile', ...json({ displayName: 'Alice (app)' }) },
    expect: { read: 200, body: 'Alice (app)' },
  },
  {
    id: 'app-item',
    page: 'app',
    what: 'GET on a path-parameter endpoint /api/items/{id: [0-9]+}',
    request: { method: 'GET', path: '/api/items/42' },
    expect: { read: 200, body: 'Blue teapot' },
  },
  {
    id: 'app-delete-item',
    page: 'app',
    what: 'DELETE whose method-level policy lists only the admin console',
    request: { method: 'DELETE', path: '/api/items/42' },
    expect: 'blocked',
  },
  {
    id: 'admin-profile',
    page: 'admin',
    what: 'the admin console reads the profile: the class policy does not list it',
    request: { method: 'GET', path: '/api/profile' },
    expect: 'blocked',
  },
  {
    id: 'admin-delete-item',
    page: 'admin',
    what: 'the admin console deletes item 42 (method-level policy, preflighted DELETE)',
    request: { method: 'DELETE', path: '/api/items/42' },
    expect: { read: 204, body: '' },
  },
  {
    id: 'app-item-gone',
    page: 'app',
    what: 'an error response (404) still carries the CORS headers, so the app can read it',
    request: { method: 'GET', path: '/api/items/42' },
    expect: { read: 404, body: 'no item 42' },
  },
  {
    id: 'other-host-profile',
    page: 'otherHost',
    what: 'simple GET with the victim\'s cookie from a host name the policy does not list',
    request: { method: 'GET', path: '/api/profile' },
    expect: 'blocked',
  },
  {
    id: 'other-host-rename',
    page: 'otherHost',
    what: 'preflighted JSON PUT from a host name the policy does not list',
    request: { method: 'PUT', path: '/api/profile', ...json({ displayName: 'Mallory' }) },
    expect: 'blocked',
  },
  {
    id: 'other-address-sign-in',
    page: 'otherAddress',
    what: 'JSON POST sign-in from another loopback address',
    request: { method: 'POST', path: '/api/session', ...json({ user: 'alice', password: 'wonderland' }) },
    expect: 'blocked',
  },
  {
    id: 'suffix-look-alike',
    page: 'suffix',
    what: 'simple GET from an origin that ends with the allowed one\'s host and port',
    request: { method: 'GET', path: '/api/profile' },
    expect: 'blocked',
  },
  {
    id: 'prefix-look-alike',
    page: 'prefix',
    what: 'preflighted JSON PUT from an origin that starts with the allowed origin',
    request: { method: 'PUT', path: '/api/profile', ...json({ displayName: 'Mallory' }) },
    expect: 'blocked',
  },
  {
    id: 'prefix-look-alike-get',
    page: 'prefix',
    what: 'simple GET with the victim\'s cookie from the prefix look-alike',
    request: { method: 'GET', path: '/api/profile' },
    expect: 'blocked',
  },
  {
    id: 'other-port-bearer',
    page: 'otherPort',
    what: 'GET with a stolen bearer token from the allowed host on another port',
    request: { method: 'GET', path: '/api/profile', bearer: true },
    expect: 'blocked',
  },
  {
    id: 'app-profile-unchanged',
    page: 'app',
    what: 'the profile is still the app\'s: no blocked PUT reached the resource',
    request: { method: 'GET', path: '/api/profile' },
    expect: { read: 200, body: 'Alice (app)' },
  },
  {
    id: 'app-sign-out',
    page: 'app',
    what: 'DELETE /api/session (preflighted) signs out and expires the cookie',
    request: { method: 'DELETE', path: '/api/session' },
    expect: { read: 204, body: '' },
  },
  {
    id: 'app-signed-out',
    page: 'app',
    what: 'the authentication filter\'s 401 carries the CORS headers, so the app can read it',
    request: { method: 'GET', path: '/api/profile' },
    expect: { read: 401, body: 'sign in first' },
  },
];
